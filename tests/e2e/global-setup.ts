import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** Builds the production app once and serves it on a free loopback port for every e2e test. */
export default async function setup(project: TestProject) {
  const root = new URL('../..', import.meta.url).pathname;
  await build({ root, logLevel: 'warn', build: { outDir: 'dist' } });
  const server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address.');
  project.provide('baseURL', url);
  return async () => {
    await server.close();
  };
}
