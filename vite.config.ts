import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/** The production Content-Security-Policy; see the README's "Your data" section for the reasons. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

function couchProxy() {
  return {
    target: `http://127.0.0.1:${process.env.SYNC_PORT ?? 5984}`,
    rewrite: (path: string) => path.replace(/^\/couchdb/, ''),
  };
}

/**
 * Test files that need a module graph of their own: one replaces a module with vi.mock, two test
 * what happens the first time a language's messages are fetched, which other files have done.
 */
const FRESH_MODULE_TESTS = ['src/app/UpdatePrompt.test.tsx', 'src/app/BackupReminder.test.tsx', 'src/i18n/messageParts.test.ts'];

// Relative base so the static build works from any folder or sub-path of a web server.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    contentSecurityPolicy(),
    VitePWA({
      // The app asks before swapping in a new version ("Update available - Reload").
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
      manifest: {
        name: 'Action Line Tracker',
        short_name: 'Action Lines',
        description: "Track the implementation of a strategy's action lines and present progress to its committee.",
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f4f6f9',
        theme_color: '#0b4f8a',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: 'index.html',
      },
    }),
  ],
  build: {
    // The first-load file is about 550 kB minified; its budget is the benchmark's gzip figure.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      // The app's own TypeScript modules have no side effects on import, so a feature's index.ts can
      // re-export a view without pulling that lazily loaded view into the first load.
      treeshake: { moduleSideEffects: (id: string) => !/\/src\/.*\.tsx?$/.test(id) },
      output: {
        codeSplitting: {
          // Everything the first paint loads (the modules the entry imports statically, libraries
          // included) in one file. Otherwise each module that a lazy view shares with the board
          // becomes a small file of its own, and gzip compresses one file better than the sixteen
          // it was (4.9 kB less on the first load). Lazily loaded modules stay out of it.
          groups: [{ name: 'app', tags: ['$initial'] }],
        },
      },
    },
  },
  // Team sync's database on the app's own origin, as deployed (README, "Team sync"): /couchdb/ goes
  // to `npm run sync-server` (SYNC_PORT, 5984 by default) while developing and previewing.
  server: { port: 5173, proxy: { '/couchdb': couchProxy() } },
  preview: { port: 4173, proxy: { '/couchdb': couchProxy() } },
  test: {
    // Vitest leaves one of two cores idle by default; the component tests keep both busy.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          globals: true,
          setupFiles: ['./tests/setup.ts'],
          include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
          exclude: FRESH_MODULE_TESTS,
          // Every test has its own database and query client (tests/helpers) and the setup resets
          // the stores after each test, so files share one environment per worker: a fresh jsdom
          // and module graph per file cost 60 % of the suite's time (123 s isolated, 48 s shared).
          isolate: false,
          // Component tests drive the whole app on 2-core CI machines; give slow runs room.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          // The team database's rules, over HTTP against sync/server.cjs (a child process).
          name: 'sync',
          environment: 'node',
          include: ['tests/sync/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'unit-isolated',
          environment: 'jsdom',
          globals: true,
          setupFiles: ['./tests/setup.ts'],
          include: FRESH_MODULE_TESTS,
          testTimeout: 30_000,
        },
      },
    ],
  },
});
