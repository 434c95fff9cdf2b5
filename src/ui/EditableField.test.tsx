import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EditableField } from './EditableField';

describe('EditableField', () => {
  it('returns to the saved value when a save fails and the value never changed', async () => {
    const user = userEvent.setup();
    // The save is started (no validation message) but fails: the value passed in stays the same.
    const onCommit = vi.fn(() => null);
    const { rerender } = render(<EditableField label="Notes" value="" onCommit={onCommit} />);
    await user.type(screen.getByLabelText('Notes'), 'Too long for the disk');
    await user.tab();
    expect(onCommit).toHaveBeenCalledWith('Too long for the disk');
    rerender(<EditableField label="Notes" value="" onCommit={onCommit} />);
    expect(screen.getByLabelText('Notes')).toHaveValue('');
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
});
