import { render } from '@testing-library/react';
import { App } from '../../src/app/App';
import { createAppQueryClient } from '../../src/app/createAppQueryClient';
import type { TrackerDatabase } from '../../src/db';
import { createTestDatabase } from './testDatabase';

/** Renders the whole app on its own database at a hash route such as "/board". */
export function renderApp(path: string, db: TrackerDatabase = createTestDatabase()) {
  window.location.hash = `#${path}`;
  const queryClient = createAppQueryClient();
  const result = render(<App db={db} queryClient={queryClient} />);
  return { ...result, db, queryClient };
}
