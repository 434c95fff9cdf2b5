import type { SnapshotTasks } from './snapshotTasks';

export type TaskName = keyof SnapshotTasks;

export interface TaskRequest {
  id: number;
  databaseName: string;
  task: TaskName;
  args: unknown[];
}

/** Errors cross as plain data; their names are what the storage error messages read. */
export interface TaskError {
  name: string;
  message: string;
  inner: { name: string } | undefined;
}

export type TaskReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: TaskError };
