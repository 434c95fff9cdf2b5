// Finds the Chromium that the end-to-end tests and the benchmark drive, in this order:
// CHROMIUM_PATH; a system Chromium or Chrome; the Chromium shipped inside the @sparticuz/chromium
// dev dependency (Linux only; it carries the few libraries it needs, so a machine with Node.js and
// nothing else can run the tests); a browser installed by `npx playwright install chromium`.
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The flags every launch uses: no sandbox (root in CI), and nothing that reaches the network. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SYSTEM_BROWSERS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const MAC_BROWSERS = [
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const INSTALL_COMMAND = 'npx playwright install chromium';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findSystemBrowser() {
  const directories = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of SYSTEM_BROWSERS) {
    for (const directory of directories) {
      const path = join(directory, name);
      if (isExecutable(path)) return path;
    }
  }
  return MAC_BROWSERS.find(isExecutable) ?? null;
}

/**
 * Unpacks @sparticuz/chromium's browser, fonts and libraries once per installed version, into a
 * folder of this checkout. It is unpacked into a staging folder and renamed into place, so a run
 * interrupted half way, or two runs at once, never leave a half-written browser behind.
 */
async function unpackPackagedChromium() {
  if (process.platform !== 'linux' || (process.arch !== 'x64' && process.arch !== 'arm64')) return null;
  let entry;
  try {
    entry = fileURLToPath(import.meta.resolve('@sparticuz/chromium'));
  } catch {
    return null;
  }
  // The package's entry point sits some folders down; its package.json names the version.
  let packageFolder = dirname(entry);
  while (!existsSync(join(packageFolder, 'package.json')) || !existsSync(join(packageFolder, 'bin'))) {
    const parent = dirname(packageFolder);
    if (parent === packageFolder) return null;
    packageFolder = parent;
  }
  const { version } = JSON.parse(readFileSync(join(packageFolder, 'package.json'), 'utf8'));
  const bin = join(packageFolder, 'bin');
  const root = fileURLToPath(new URL('../node_modules/.cache/chromium/', import.meta.url));
  const target = join(root, `${version}-${process.arch}`);
  const launch = (folder) => ({
    executablePath: join(folder, 'chromium'),
    env: { LD_LIBRARY_PATH: join(folder, 'al2023', 'lib'), FONTCONFIG_PATH: join(folder, 'fonts') },
    source: `@sparticuz/chromium ${version}`,
  });
  if (existsSync(join(target, 'complete'))) return launch(target);

  mkdirSync(root, { recursive: true });
  const staging = mkdtempSync(join(root, 'staging-'));
  // The package's own unpacker (beside its entry point) writes into os.tmpdir(), which follows
  // TMPDIR at each call. The libraries (al2023) are unpacked here too: the package itself unpacks
  // them only on Amazon Linux, and Chromium needs them wherever NSS is not installed.
  const { inflate } = await import(pathToFileURL(join(dirname(entry), 'lambdafs.js')).href);
  const previousTmpdir = process.env.TMPDIR;
  process.env.TMPDIR = staging;
  try {
    await Promise.all(['chromium.br', 'fonts.tar.br', 'al2023.tar.br'].map((file) => inflate(join(bin, file))));
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  } finally {
    if (previousTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmpdir;
  }
  writeFileSync(
    join(staging, 'fonts', 'fonts.conf'),
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${join(target, 'fonts', 'fonts')}</dir>\n  <dir>/usr/share/fonts</dir>\n  <cachedir>${join(target, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
  );
  writeFileSync(join(staging, 'complete'), '');
  try {
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(join(target, 'complete'))) throw error;
  }
  return launch(target);
}

async function findPlaywrightBrowser() {
  const { chromium } = await import('playwright-core');
  const path = chromium.executablePath();
  return path && isExecutable(path) ? path : null;
}

/**
 * @returns {Promise<{ executablePath: string, env: Record<string, string>, source: string }>}
 */
export async function resolveChromium() {
  const fromEnvironment = process.env.CHROMIUM_PATH;
  if (fromEnvironment) {
    if (!isExecutable(fromEnvironment)) {
      throw new Error(`CHROMIUM_PATH is ${fromEnvironment}, which is not an executable file.`);
    }
    return { executablePath: fromEnvironment, env: {}, source: 'CHROMIUM_PATH' };
  }
  const system = findSystemBrowser();
  if (system) return { executablePath: system, env: {}, source: 'system' };
  const packaged = await unpackPackagedChromium();
  if (packaged) return packaged;
  const playwright = await findPlaywrightBrowser();
  if (playwright) return { executablePath: playwright, env: {}, source: 'playwright' };
  throw new Error(
    `No Chromium was found for the end-to-end tests (no CHROMIUM_PATH, no system Chromium or Chrome, and the packaged Chromium does not run on ${process.platform}-${process.arch}). Run: ${INSTALL_COMMAND}`,
  );
}

/** Launch options for playwright's chromium.launch(). */
export async function chromiumLaunchOptions() {
  const { executablePath, env } = await resolveChromium();
  return { executablePath, args: CHROMIUM_FLAGS, env: { ...process.env, ...env } };
}
