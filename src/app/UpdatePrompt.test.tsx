import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../i18n';
import { UpdatePrompt } from './UpdatePrompt';

const { updateServiceWorker, setNeedRefresh } = vi.hoisted(() => ({
  updateServiceWorker: vi.fn(() => Promise.resolve()),
  setNeedRefresh: vi.fn(),
}));

vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: () => ({
    needRefresh: [true, setNeedRefresh],
    offlineReady: [false, () => undefined],
    updateServiceWorker,
  }),
}));

describe('UpdatePrompt', () => {
  it('offers a new version and reloads into it only when asked', async () => {
    const user = userEvent.setup();
    render(
      <I18nextProvider i18n={i18n}>
        <UpdatePrompt />
      </I18nextProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Update available');
    expect(updateServiceWorker).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(updateServiceWorker).toHaveBeenCalledWith(true);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(setNeedRefresh).toHaveBeenCalledWith(false);
  });
});
