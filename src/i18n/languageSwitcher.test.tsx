import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../tests/helpers/renderApp';
import { useUiStore } from '../state/uiStore';
import { changeLanguage } from '.';

describe('the language switcher', () => {
  afterEach(() => changeLanguage('en'));

  it('switches the interface, the document direction and the saved preference', async () => {
    renderApp('/board');
    const select = await screen.findByRole('combobox', { name: 'Language' });
    expect([...select.querySelectorAll('option')].map((option) => option.textContent)).toEqual([
      'العربية',
      '中文',
      'English',
      'Français',
      'Русский',
      'Español',
    ]);

    await userEvent.selectOptions(select, 'ar');
    await screen.findByRole('heading', { level: 1, name: /^لوحة المهام/ });
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(document.title).toBe('متتبِّع خطوط العمل');
    expect(useUiStore.getState().language).toBe('ar');
    expect(JSON.parse(localStorage.getItem('action-line-tracker-ui') ?? '{}').state.language).toBe('ar');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'اللغة' }), 'zh');
    await screen.findByRole('heading', { level: 1, name: /^看板/ });
    await waitFor(() => expect(document.documentElement).toHaveAttribute('dir', 'ltr'));
    expect(screen.getByRole('region', { name: '尚未启动' })).toBeInTheDocument();
  });
});
