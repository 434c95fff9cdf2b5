import { resolveChromium } from '../chromium.mjs';

/** Finds (and, for the packaged Chromium, unpacks) the browser once, before any worker starts. */
export default async function globalSetup() {
  const { executablePath, source } = await resolveChromium();
  console.log(`End-to-end tests use Chromium from ${source}: ${executablePath}`);
}
