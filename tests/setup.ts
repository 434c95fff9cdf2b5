import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { resetCsvStore } from '../src/state/csvStore';
import { resetReportStore } from '../src/state/reportStore';
import { resetUiStore } from '../src/state/uiStore';
import { resetUndoStore } from '../src/state/undoStore';
import { changeLanguage, i18n, loadViewMessages } from '../src/i18n';

// The views fetch their messages with their code (src/app/routes.tsx); tests that render a view's
// components directly need them up front.
await loadViewMessages('en');

// findBy* and waitFor wait for what a user waits for: a lazily loaded chunk, message bundle or
// IndexedDB read arrives in milliseconds on an idle machine and in seconds on a loaded 2-core one.
// Testing Library's 1-second default failed such tests under load; passing tests do not wait longer.
configure({ asyncUtilTimeout: 10_000 });

// Files share one environment per worker (vite.config.ts): nothing a test leaves behind in the
// page, its storage or the message layer reaches the next test or file.
afterEach(async () => {
  cleanup();
  resetUiStore();
  resetCsvStore();
  resetReportStore();
  resetUndoStore();
  window.location.hash = '';
  localStorage.clear();
  sessionStorage.clear();
  if (i18n.language !== 'en') await changeLanguage('en');
});

// jsdom has no modal dialogs; this stand-in keeps the open state and close event that the app uses.
if (!HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

// The service-worker registration is a build-time virtual module; component tests run without one.
vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: () => ({
    needRefresh: [false, () => undefined],
    offlineReady: [false, () => undefined],
    updateServiceWorker: () => Promise.resolve(),
  }),
}));
