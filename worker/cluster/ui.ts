// The Temporal UI server for the native cluster: the same build and env-driven config as compose's temporalio/ui, read-only.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { ClusterError } from './run';

export interface UiOptions {
  /** the folder with temporal-ui-server and config/docker.yaml (scripts/ensure-temporal-ui.sh) */
  dir: string;
  temporalAddress: string;
  port: number;
  namespace: string;
  logFile: string;
}

export interface Ui {
  url: string;
  stop(): Promise<void>;
}

/** The variables config/docker.yaml reads: compose sets the same ones on the temporalio/ui image. */
export const uiEnv = (options: Pick<UiOptions, 'temporalAddress' | 'port' | 'namespace'>): NodeJS.ProcessEnv => ({
  TEMPORAL_ADDRESS: options.temporalAddress,
  TEMPORAL_UI_PORT: String(options.port),
  TEMPORAL_DEFAULT_NAMESPACE: options.namespace,
  TEMPORAL_CORS_ORIGINS: `http://localhost:${options.port}`,
  // supervisors read; tasks change only through the gateway, which checks who may do what
  TEMPORAL_DISABLE_WRITE_ACTIONS: 'true',
  TEMPORAL_NOTIFY_ON_NEW_VERSION: 'false',
});

export async function startUi(options: UiOptions): Promise<Ui> {
  const log = createWriteStream(options.logFile, { flags: 'a', mode: 0o600 });
  const child = spawn(join(options.dir, 'temporal-ui-server'), ['--root', options.dir, '--env', 'docker', 'start'], {
    env: { ...process.env, ...uiEnv(options) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => log.end());
  const url = `http://localhost:${options.port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new ClusterError('UI_EXITED', `temporal-ui-server exited before serving on ${url} (its log: ${options.logFile})`);
    const up = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
    if (up) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new ClusterError('UI_TIMEOUT', `temporal-ui-server did not serve on ${url} within 30 s (its log: ${options.logFile})`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(force);
    },
  };
}
