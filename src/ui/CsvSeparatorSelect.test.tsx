import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeLanguage } from '../i18n';
import { useCsvStore } from '../state/csvStore';
import { CsvSeparatorSelect } from './CsvSeparatorSelect';
import { useCsvSeparator } from './useCsvSeparator';

function Probe() {
  return <output aria-label="separator">{JSON.stringify(useCsvSeparator())}</output>;
}

describe('CsvSeparatorSelect', () => {
  it('names the separator automatic gives in the interface language, and the downloads use it', async () => {
    render(
      <>
        <CsvSeparatorSelect />
        <Probe />
      </>,
    );
    expect(screen.getByRole('combobox', { name: 'CSV separator' })).toHaveDisplayValue('Automatic (,)');
    expect(screen.getByRole('status', { name: 'separator' })).toHaveTextContent('","');
    await act(() => changeLanguage('fr'));
    expect(await screen.findByRole('combobox', { name: 'Séparateur CSV' })).toHaveDisplayValue('Automatique (;)');
    expect(screen.getByRole('status', { name: 'separator' })).toHaveTextContent('";"');
  });

  it('keeps the choice across reloads, for every language', async () => {
    render(
      <>
        <CsvSeparatorSelect />
        <Probe />
      </>,
    );
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'CSV separator' }), 'Tab');
    expect(screen.getByRole('status', { name: 'separator' })).toHaveTextContent('"\\t"');
    expect(JSON.parse(localStorage.getItem('action-line-tracker-csv') ?? '{}')).toMatchObject({ state: { separator: 'tab' } });
    await act(() => changeLanguage('fr'));
    expect(await screen.findByRole('combobox', { name: 'Séparateur CSV' })).toHaveDisplayValue('Tabulation');
  });

  it('falls back to automatic when the stored choice is not one it knows', async () => {
    localStorage.setItem('action-line-tracker-csv', JSON.stringify({ state: { separator: 'pipe' }, version: 1 }));
    await useCsvStore.persist.rehydrate();
    expect(useCsvStore.getState().separator).toBe('automatic');
  });
});
