import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';

export interface RunningServer {
  url: string;
  admin: { name: string; password: string };
  stop: () => Promise<void>;
}

/** Starts sync/server.cjs on a free loopback port, resolving once it listens. */
export function startSyncServer(): Promise<RunningServer> {
  const admin = { name: 'admin', password: randomUUID() };
  const child: ChildProcess = spawn(process.execPath, ['sync/server.cjs'], {
    env: { ...process.env, SYNC_PORT: '0', SYNC_ADMIN: admin.name, SYNC_ADMIN_PASSWORD: admin.password },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill();
    });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening on (\S+)/.exec(output)?.[1];
      if (url) resolve({ url, admin, stop });
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the sync server stopped (${code}): ${output}`)));
  });
}

/** Runs a node script to its end: its exit code and everything it printed. */
export function runScript(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => resolve({ code, output }));
  });
}
