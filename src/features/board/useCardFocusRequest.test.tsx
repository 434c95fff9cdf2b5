import { describe, expect, it } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import { renderApp } from '../../../tests/helpers/renderApp';
import { useUiStore } from '../../state/uiStore';

async function boardWithM2() {
  const { db } = renderApp('/board');
  await screen.findByRole('button', { name: 'Drag M2' });
  const m2 = await db.actionLines.get('M2');
  if (!m2) throw new Error('M2 is not seeded');
  return { code: m2.code, status: m2.status, rank: m2.rank };
}

describe('focus that follows a moved card', () => {
  it('goes to the card once it is in its new place, when focus was lost on the way', async () => {
    const place = await boardWithM2();
    (document.activeElement as HTMLElement | null)?.blur();
    act(() => useUiStore.getState().requestCardFocus({ ...place, target: 'handle' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Drag M2' })).toHaveFocus());
    expect(useUiStore.getState().cardFocusRequest).toBeNull();
  });

  it('never takes focus from a control the user has moved to since', async () => {
    const place = await boardWithM2();
    const search = screen.getByRole('searchbox');
    search.focus();
    act(() => useUiStore.getState().requestCardFocus({ ...place, target: 'handle' }));
    await waitFor(() => expect(useUiStore.getState().cardFocusRequest).toBeNull());
    expect(search).toHaveFocus();
  });
});
