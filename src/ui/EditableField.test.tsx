import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EditableField } from './EditableField';
import type { FieldSaveResult } from '../domain';

const saved = (): Promise<FieldSaveResult> => Promise.resolve({ status: 'saved' });

describe('EditableField', () => {
  it('saves nothing when the user only visited the field, and follows a value changed meanwhile', async () => {
    const user = userEvent.setup();
    const onCommit = vi.fn(saved);
    const { rerender } = render(<EditableField label="Notes" value="" onCommit={onCommit} />);
    await user.click(screen.getByLabelText('Notes'));
    // Another tab saves notes while this one has the field focused, untouched.
    rerender(<EditableField label="Notes" value="Written in tab A" onCommit={onCommit} />);
    await user.tab();
    expect(onCommit).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Notes')).toHaveValue('Written in tab A');
  });

  it('keeps the user text and asks which to keep when the stored value changed while they typed', async () => {
    const user = userEvent.setup();
    const onCommit = vi.fn(saved);
    const { rerender } = render(<EditableField label="Title" value="Old" onCommit={onCommit} />);
    const field = screen.getByLabelText('Title');
    await user.clear(field);
    await user.type(field, 'Mine');
    rerender(<EditableField label="Title" value="Theirs" onCommit={onCommit} />);
    await user.tab();
    expect(onCommit).not.toHaveBeenCalled();
    expect(field).toHaveValue('Mine');
    expect(screen.getByRole('alert')).toHaveTextContent('changed elsewhere');
    expect(screen.getByRole('alert')).toHaveTextContent('Theirs');
    await user.click(screen.getByRole('button', { name: 'Save my text' }));
    expect(onCommit).toHaveBeenCalledWith('Mine');
  });

  it('drops the user text when they choose the newer value', async () => {
    const user = userEvent.setup();
    const onCommit = vi.fn(saved);
    const { rerender } = render(<EditableField label="Title" value="Old" onCommit={onCommit} />);
    await user.type(screen.getByLabelText('Title'), ' and more');
    rerender(<EditableField label="Title" value="Theirs" onCommit={onCommit} />);
    await user.tab();
    await user.click(screen.getByRole('button', { name: 'Use the newer text' }));
    expect(screen.getByLabelText('Title')).toHaveValue('Theirs');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('asks which to keep when the database refuses the save as stale', async () => {
    const user = userEvent.setup();
    render(<EditableField label="Notes" value="" onCommit={() => Promise.resolve({ status: 'stale' })} />);
    await user.type(screen.getByLabelText('Notes'), 'Mine');
    await user.tab();
    expect(await screen.findByRole('button', { name: 'Save my text' })).toBeInTheDocument();
    expect(screen.getByLabelText('Notes')).toHaveValue('Mine');
  });

  it('keeps the text, marked unsaved with the reason beside it, when a save fails', async () => {
    const user = userEvent.setup();
    const onCommit = vi.fn(() => Promise.resolve<FieldSaveResult>({ status: 'failed', reason: 'The storage is full.' }));
    render(<EditableField label="Notes" value="" onCommit={onCommit} />);
    await user.type(screen.getByLabelText('Notes'), 'Too long for the disk');
    await user.tab();
    const field = screen.getByLabelText('Notes');
    expect(await screen.findByRole('alert')).toHaveTextContent('Not saved: The storage is full.');
    expect(field).toHaveValue('Too long for the disk');
    expect(field).toHaveAccessibleDescription(/Not saved: The storage is full\./);
    expect(field).toBeInvalid();
  });

  it('keeps the draft and shows the message when the value is refused', async () => {
    const user = userEvent.setup();
    render(<EditableField label="Target" value="Q1 2026" onCommit={() => 'Enter a quarter such as Q3 2026.'} />);
    const field = screen.getByLabelText('Target');
    await user.clear(field);
    await user.type(field, 'soon');
    await user.tab();
    expect(field).toHaveValue('soon');
    expect(field).toHaveAccessibleDescription('Enter a quarter such as Q3 2026.');
  });

  it('stops a paste at the limit and says it was cut', async () => {
    const user = userEvent.setup();
    render(<EditableField label="Notes" value="" isMultiline maxLength={20} onCommit={saved} />);
    const field = screen.getByLabelText('Notes');
    await user.click(field);
    await user.paste('x'.repeat(1_000));
    expect(field).toHaveValue('x'.repeat(20));
    expect(field).toHaveAttribute('maxlength', '20');
    expect(screen.getByRole('status')).toHaveTextContent('The pasted text was cut to 20 characters');
  });
});
