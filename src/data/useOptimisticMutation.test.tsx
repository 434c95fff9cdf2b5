import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { createTestDatabase } from '../../tests/helpers/testDatabase';
import { AppProviders } from '../app/AppProviders';
import type { ActionLine } from '../domain';
import { planLineMove } from '../domain/rank';
import { useActionLines } from './queries';
import { createQueryClient } from './queryClient';
import { queryKeys } from './queryKeys';
import { useMoveActionLine } from './useMoveActionLine';
import { useOptimisticMutation } from './useOptimisticMutation';

function renderWithData<T>(hook: () => T) {
  const db = createTestDatabase();
  const queryClient = createQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <AppProviders db={db} queryClient={queryClient}>
      {children}
    </AppProviders>
  );
  return { db, queryClient, ...renderHook(hook, { wrapper }) };
}

const lineIn = (lines: ActionLine[] | undefined, code: string) => lines?.find((line) => line.code === code);

describe('useOptimisticMutation', () => {
  it('refreshes the cache once per write, from the change event of its commit', async () => {
    const { queryClient, result } = renderWithData(() => ({ lines: useActionLines(), move: useMoveActionLine() }));
    await waitFor(() => expect(result.current.lines.data).toBeDefined());
    let reads = 0;
    queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'fetch' && event.query.queryKey[0] === queryKeys.actionLines[0]) reads += 1;
    });

    const placement = planLineMove(result.current.lines.data ?? [], 'E1', 'Completed', 0);
    await act(() => result.current.move.mutateAsync({ code: 'E1', toStatus: 'Completed', toIndex: 0, placement }));

    // The completion year is set by the repository only: it shows once the cache is read again.
    await waitFor(() => expect(lineIn(result.current.lines.data, 'E1')?.completedYear).not.toBeNull());
    await waitFor(() => expect(result.current.lines.fetchStatus).toBe('idle'));
    expect(lineIn(result.current.lines.data, 'E1')?.status).toBe('Completed');
    // The key shown at once is the key stored: the card does not move when the data is read again.
    expect(lineIn(result.current.lines.data, 'E1')?.rank).toBe(placement.rank);
    expect(reads).toBe(1);
  });

  it('shows a change at once and restores the cache when the write fails', async () => {
    let failWrite: (error: Error) => void = () => undefined;
    const { result } = renderWithData(() => ({
      lines: useActionLines(),
      rename: useOptimisticMutation<ActionLine[], string>({
        queryKey: queryKeys.actionLines,
        write: () => new Promise((_resolve, reject) => (failWrite = reject)),
        applyToCache: (lines, title) => lines.map((line) => (line.code === 'M2' ? { ...line, title } : line)),
      }),
    }));
    await waitFor(() => expect(result.current.lines.data).toBeDefined());
    const storedTitle = lineIn(result.current.lines.data, 'M2')?.title;

    act(() => result.current.rename.mutate('Renamed here'));
    await waitFor(() => expect(lineIn(result.current.lines.data, 'M2')?.title).toBe('Renamed here'));
    act(() => failWrite(new Error('injected failure')));

    await waitFor(() => expect(result.current.rename.isError).toBe(true));
    expect(lineIn(result.current.lines.data, 'M2')?.title).toBe(storedTitle);
  });
});
