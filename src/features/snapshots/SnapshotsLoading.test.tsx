import { beforeAll, describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import { render, screen } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { createAppQueryClient } from '../../app/createAppQueryClient';
import { DatabaseProvider } from '../../data/DatabaseContext';
import { createTestDatabase } from '../../../tests/helpers/testDatabase';
import { loadViewMessages } from '../../i18n';
import { BackupStatus } from './BackupStatus';
import { SnapshotList } from './SnapshotList';

// The words of the snapshots view, which the view's lazy route would fetch.
beforeAll(() => loadViewMessages());

function renderWithData(children: ReactNode) {
  return render(
    <QueryClientProvider client={createAppQueryClient()}>
      <DatabaseProvider db={createTestDatabase()}>{children}</DatabaseProvider>
    </QueryClientProvider>,
  );
}

describe('what the snapshots view shows while it reads', () => {
  it('holds the backup status lines in place while it reads them, so the export button never jumps', async () => {
    const { container } = renderWithData(<BackupStatus />);
    // First paint: nothing read yet, yet the two lines already take their room.
    expect(container.querySelectorAll('ul.snapshots__status > li')).toHaveLength(2);
    expect(await screen.findByText('Last export: none yet from this browser')).toBeInTheDocument();
    expect(container.querySelectorAll('ul.snapshots__status > li')).toHaveLength(2);
  });

  it('shows a line where the saved list goes while it reads it, so the comparison below never jumps', async () => {
    renderWithData(<SnapshotList onRestore={() => undefined} />);
    expect(screen.getByRole('status')).toHaveTextContent('Reading the saved snapshots…');
    expect(await screen.findByText('No snapshots saved yet.')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
