import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { changeLanguage } from '../i18n';
import type { FieldSaveResult } from '../domain';
import { ReportingDateField } from './ReportingDateField';

const saved = (): Promise<FieldSaveResult> => Promise.resolve({ status: 'saved' });

describe('ReportingDateField', () => {
  it('saves a valid date when the user leaves the field, not while they type', () => {
    const onSave = vi.fn(saved);
    render(<ReportingDateField value="2026-01-15" onSave={onSave} />);
    const field = screen.getByLabelText('Reporting date');
    fireEvent.change(field, { target: { value: '2026-03-31' } });
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.blur(field);
    expect(onSave).toHaveBeenCalledWith('2026-03-31');
  });

  it('refuses an emptied date with the domain message and keeps the stored one', () => {
    const onSave = vi.fn(saved);
    render(<ReportingDateField value="2026-01-15" onSave={onSave} />);
    const field = screen.getByLabelText('Reporting date');
    fireEvent.change(field, { target: { value: '' } });
    fireEvent.blur(field);
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText('Enter a date as YYYY-MM-DD.', { exact: false })).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
  });

  it('writes the date out in the interface language beside the browser-formatted input, and follows the draft', async () => {
    render(<ReportingDateField value="2026-03-12" onSave={saved} />);
    const field = screen.getByLabelText('Reporting date');
    expect(field).toHaveAccessibleDescription(/^12 March 2026 /);
    fireEvent.change(field, { target: { value: '2026-04-01' } });
    expect(screen.getByText('1 April 2026')).toBeInTheDocument();
    await act(() => changeLanguage('fr'));
    expect(await screen.findByText('1 avril 2026')).toBeInTheDocument();
    await act(() => changeLanguage('ar'));
    expect(await screen.findByText('1 أبريل 2026')).toBeInTheDocument();
  });

  it('writes nothing out while the date is empty', () => {
    render(<ReportingDateField value="2026-03-12" onSave={saved} />);
    fireEvent.change(screen.getByLabelText('Reporting date'), { target: { value: '' } });
    expect(screen.queryByText(/2026/)).not.toBeInTheDocument();
  });

  it('says who set the date and when, and is locked, saying why, for a team reader', async () => {
    await act(() => changeLanguage('en'));
    const setBy = { name: 'ada', at: '2026-06-02T09:30:00.000Z' };
    const { rerender } = render(<ReportingDateField value="2026-06-30" onSave={saved} setBy={setBy} />);
    const field = screen.getByLabelText('Reporting date');
    expect(field).toBeEnabled();
    expect(field).toHaveAccessibleDescription(/computed against this date\. Set by \u2068ada\u2069, .*2026/);
    rerender(<ReportingDateField value="2026-06-30" onSave={saved} setBy={setBy} isReadOnly />);
    expect(field).toBeDisabled();
    expect(field).toHaveAccessibleDescription(/as a reader: you can see everything but not change it\. Set by \u2068ada\u2069, /);
  });
});
