import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetUiStore } from '../src/state/uiStore';

afterEach(() => {
  cleanup();
  resetUiStore();
  window.location.hash = '';
});
