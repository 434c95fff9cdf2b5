import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, preview } from 'vite';

const peerRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * Builds the peer board on its own (no vite.config.ts: nothing of the app's build, and nothing of
 * the peer in the app's) and serves it. Returns its address and a function that stops it.
 */
export async function startPeer({ logLevel = 'warn' } = {}) {
  const outDir = mkdtempSync(join(tmpdir(), 'action-line-tracker-peer-'));
  const config = { root: peerRoot, base: './', configFile: false, logLevel, build: { outDir, emptyOutDir: true } };
  const removeBuild = () => rmSync(outDir, { recursive: true, force: true });
  let server;
  try {
    await build({ ...config, plugins: [react()] });
    server = await preview({ ...config, preview: { host: '127.0.0.1', port: 0, strictPort: false } });
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('The peer preview server did not report its address.');
    return {
      url,
      close: async () => {
        await server.close();
        removeBuild();
      },
    };
  } catch (error) {
    await server?.close();
    removeBuild();
    throw error;
  }
}
