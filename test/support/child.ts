// Child processes of the bench and the fault drills: forked with tsx (and --expose-gc), talking to the parent over IPC.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { WorkerChildMessage } from './worker-child';

export interface Child<Msg> {
  process: ChildProcess;
  /** the next message matching `pick`, or a rejection after `timeoutMs` or when the child exits */
  next<T extends Msg>(pick: (m: Msg) => m is T, timeoutMs: number): Promise<T>;
  send(message: object): void;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** `module` is a URL (`new URL('./x.ts', import.meta.url)`), so a caller in any folder names its own file */
export function forkTs<Msg extends { kind: string }>(module: URL, env: Record<string, string>, nodeFlags: string[] = []): Child<Msg> {
  const file = fileURLToPath(module);
  const child = fork(file, [], {
    execArgv: ['--import', 'tsx', '--expose-gc', ...nodeFlags],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const inbox: Msg[] = [];
  const waiters = new Set<() => void>();
  let exited = false;
  child.on('message', (m) => {
    inbox.push(m as Msg);
    for (const w of waiters) w();
  });
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      for (const w of waiters) w();
      resolve();
    }),
  );
  return {
    process: child,
    next<T extends Msg>(pick: (m: Msg) => m is T, timeoutMs: number): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const deadline = setTimeout(() => done(new Error(`BENCH_CHILD_TIMEOUT: ${file} sent nothing suitable in ${timeoutMs} ms`)), timeoutMs);
        const check = (): void => {
          const i = inbox.findIndex(pick);
          if (i >= 0) return done(null, inbox.splice(i, 1)[0] as T);
          if (exited) done(new Error(`BENCH_CHILD_EXITED: ${file} exited`));
        };
        function done(err: Error | null, value?: T): void {
          clearTimeout(deadline);
          waiters.delete(check);
          if (err) reject(err);
          else resolve(value!);
        }
        waiters.add(check);
        check();
      });
    },
    send(message) {
      if (!exited) child.send(message);
    },
    async kill(signal = 'SIGTERM') {
      if (exited) return;
      child.kill(signal);
      const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exit;
      clearTimeout(force);
    },
  };
}

type Started = Extract<WorkerChildMessage, { kind: 'ready' | 'failed' }>;
const isStarted = (m: WorkerChildMessage): m is Started => m.kind === 'ready' || m.kind === 'failed';

/** a worker child's first word: ready, or why it could not start (thrown) */
export async function workerStarted(child: Child<WorkerChildMessage>): Promise<void> {
  const m = await child.next(isStarted, 120_000);
  if (m.kind === 'failed') throw new Error(`BENCH_WORKER_FAILED: ${m.error}`);
}
