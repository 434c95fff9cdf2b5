import { useDatabase } from '../../data';
import type { SnapshotTasks } from './snapshotTasks';
import { snapshotTasksFor } from './snapshotTasksClient';

export function useSnapshotTasks(): SnapshotTasks {
  return snapshotTasksFor(useDatabase());
}
