// duban worker processes (worker/main.ts, the production worker) on one task queue: started, stopped, or SIGKILLed.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ClusterError } from './run';

const workerMain = fileURLToPath(new URL('../main.ts', import.meta.url));

export interface WorkerProcess {
  pid: number;
  /** the last lines it printed, for an error message */
  output(): string;
  /** resolves when the process has exited, however */
  exited: Promise<void>;
  alive(): boolean;
  /** SIGTERM: the SDK drains the worker, then the process ends */
  stop(): Promise<void>;
  /** SIGKILL: a crash, with workflow tasks and Updates in flight */
  kill(): Promise<void>;
}

export interface WorkerProcessOptions {
  /** the worker's environment (platform/config.ts): TEMPORAL_ADDRESS, DUBAN_TASK_QUEUE, LOG_LEVEL, … */
  env: NodeJS.ProcessEnv;
  /** each line it prints (a person's console), or nothing (tests keep only the tail) */
  echo?: (line: string) => void;
  /** its bundle takes a few seconds of CPU; on a busy 2-core machine more */
  readyTimeoutMs?: number;
}

/** Starts `worker/main.ts` and resolves once it says `worker polling` (its workflows are bundled). */
export async function startWorkerProcess(options: WorkerProcessOptions): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', workerMain], { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail: string[] = [];
  let ready: () => void = () => undefined;
  const polling = new Promise<void>((resolve) => (ready = resolve));
  const onData = (chunk: Buffer): void => {
    for (const line of chunk.toString().split('\n')) {
      if (line.trim() === '') continue;
      tail.push(line);
      if (tail.length > 40) tail.shift();
      options.echo?.(line);
      if (line.includes('worker polling')) ready();
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const output = (): string => tail.join('\n');
  const timeoutMs = options.readyTimeoutMs ?? 120_000;
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    polling.then(() => 'ready' as const),
    exited.then(() => 'exited' as const),
    new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs))),
  ]);
  clearTimeout(timer);
  if (outcome !== 'ready') {
    child.kill('SIGKILL');
    const why = outcome === 'exited' ? 'exited before polling' : `was not polling after ${timeoutMs / 1000} s`;
    throw new ClusterError('WORKER_START', `worker/main.ts ${why}\n${output()}`);
  }
  const alive = (): boolean => child.exitCode === null && child.signalCode === null;
  const end = async (signal: NodeJS.Signals): Promise<void> => {
    if (!alive()) return;
    child.kill(signal);
    const force = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(force);
  };
  return { pid: child.pid!, output, exited, alive, stop: () => end('SIGTERM'), kill: () => end('SIGKILL') };
}

/** `count` workers on the same queue, started side by side. */
export async function startWorkerProcesses(count: number, options: WorkerProcessOptions): Promise<WorkerProcess[]> {
  const started = await Promise.allSettled(Array.from({ length: count }, () => startWorkerProcess(options)));
  const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) {
    await Promise.all(started.map((s) => (s.status === 'fulfilled' ? s.value.kill() : undefined)));
    throw failed.reason;
  }
  return started.map((s) => (s as PromiseFulfilledResult<WorkerProcess>).value);
}
