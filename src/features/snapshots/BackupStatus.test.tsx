import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { createAppQueryClient } from '../../app/createAppQueryClient';
import { DatabaseProvider } from '../../data/DatabaseContext';
import { createTestDatabase } from '../../../tests/helpers/testDatabase';
import { loadViewMessages } from '../../i18n';
import { BackupStatus } from './BackupStatus';

// The words of the snapshots view, which the view's lazy route would fetch.
beforeAll(() => loadViewMessages());

function renderBackupStatus() {
  return render(
    <QueryClientProvider client={createAppQueryClient()}>
      <DatabaseProvider db={createTestDatabase()}>
        <BackupStatus />
      </DatabaseProvider>
    </QueryClientProvider>,
  );
}

describe('BackupStatus', () => {
  it('holds the place of its two lines while it reads them, so the controls below never jump', async () => {
    const { container } = renderBackupStatus();
    // First paint: nothing read yet, yet the two lines already take their room.
    expect(container.querySelectorAll('ul.snapshots__status > li')).toHaveLength(2);
    expect(await screen.findByText('Last export: none yet from this browser')).toBeInTheDocument();
    expect(container.querySelectorAll('ul.snapshots__status > li')).toHaveLength(2);
  });
});
