import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../../tests/helpers/renderApp';
import { updateActionLine } from '../../../tests/helpers/writeElsewhere';

describe('the line history', () => {
  it('isolates each value, so a note with a right-to-left override cannot scramble the entry', async () => {
    const { db } = renderApp('/board?line=M2');
    // The panel is loaded on demand: wait for it as long as a slow first load takes.
    const panel = await screen.findByRole('dialog', { name: 'M2 details' });
    const history = await within(panel).findByRole('region', { name: 'History' });
    await updateActionLine(db, 'M2', { notes: 'see \u202E2M' });
    await waitFor(() => expect(within(history).getAllByRole('listitem')).toHaveLength(1));
    const entry = within(history).getByRole('listitem');
    const values = [...entry.querySelectorAll('bdi')].map((element) => element.textContent);
    expect(values).toEqual(['Notes', '(empty)', 'see \u202E2M']);
  });
});
