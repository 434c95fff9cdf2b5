import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../i18n';
import { useUiStore } from '../state/uiStore';
import { ToastRegion } from './ToastRegion';

describe('ToastRegion', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lets confirmations fade but keeps errors until dismissed', () => {
    render(
      <I18nextProvider i18n={i18n}>
        <ToastRegion />
      </I18nextProvider>,
    );
    act(() => {
      useUiStore.getState().showToast({ kind: 'info', message: 'M2 moved to Completed' });
      useUiStore.getState().showToast({ kind: 'error', message: 'The change could not be saved' });
    });
    expect(screen.getByRole('status')).toHaveTextContent('M2 moved to Completed');
    act(() => {
      vi.advanceTimersByTime(6_500);
    });
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The change could not be saved');
  });

  it('keeps a confirmation that says something was left out until it is dismissed', () => {
    render(
      <I18nextProvider i18n={i18n}>
        <ToastRegion />
      </I18nextProvider>,
    );
    act(() => {
      useUiStore.getState().showToast({ kind: 'info', message: 'Snapshot exported without 12 old entries', isSticky: true });
    });
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(screen.getByRole('status')).toHaveTextContent('Snapshot exported without 12 old entries');
  });

  it('keeps only the newest three', () => {
    render(
      <I18nextProvider i18n={i18n}>
        <ToastRegion />
      </I18nextProvider>,
    );
    act(() => {
      for (const n of [1, 2, 3, 4]) useUiStore.getState().showToast({ kind: 'error', message: `Error ${n}` });
    });
    expect(screen.getAllByRole('alert').map((toast) => toast.textContent)).toEqual([
      expect.stringContaining('Error 2'),
      expect.stringContaining('Error 3'),
      expect.stringContaining('Error 4'),
    ]);
  });
});
