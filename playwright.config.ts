import { createHash } from 'node:crypto';
import { defineConfig } from '@playwright/test';

// One port per checkout (two clones can test at once), unless E2E_PORT names another. The config
// is evaluated again in every worker, so the port must not be random.
const port = Number(process.env.E2E_PORT ?? 41000 + (createHash('sha1').update(process.cwd()).digest().readUInt16BE(0) % 8000));
const baseURL = `http://127.0.0.1:${port}/`;
const buildDir = `test-results/e2e-app-${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // A run with its own E2E_PORT keeps its own artifacts: Playwright empties this folder as it starts.
  outputDir: process.env.E2E_PORT ? `test-results/e2e-artifacts-${port}` : 'test-results/e2e-artifacts',
  globalSetup: './tests/e2e/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  fullyParallel: true,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  use: {
    baseURL,
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    // The production build, served as a static site would be (the service worker included).
    command: `npx vite build --logLevel warn --outDir ${buildDir} --emptyOutDir && npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${buildDir}`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
