import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
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
});
