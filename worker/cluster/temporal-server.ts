// The Temporal server on PostgreSQL: schema set up with the SQL tool, then `temporal-server start` on deploy/temporal/duban.yaml.
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitUntilServing } from '../serving';
import type { Postgres } from './postgres';
import { ClusterError, run } from './run';

/** deploy/: the server's config template, its dynamic config and the schema script, shared with docker compose */
export const deployDir = fileURLToPath(new URL('../../deploy/', import.meta.url));

export interface TemporalServerOptions {
  /** the folder with temporal-server and temporal-sql-tool (scripts/ensure-temporal-server.sh) */
  binDir: string;
  postgres: Postgres;
  /** every port from one base: the frontend on base + 233 (7000 → 7233) */
  portBase: number;
  /** where the server's own log goes (appended) */
  logFile: string;
  /** fixed when the databases are first set up */
  historyShards?: number;
}

export interface TemporalServer {
  address: string;
  pid: number | undefined;
  /** SIGTERM and wait; SIGKILL after 15 s */
  stop(): Promise<void>;
  /** SIGKILL, as a crashed host: nothing is flushed */
  kill(): Promise<void>;
}

const sqlEnv = (pg: Postgres): NodeJS.ProcessEnv => ({
  SQL_HOST: pg.host,
  SQL_PORT: String(pg.port),
  SQL_USER: pg.user,
  SQL_PASSWORD: pg.password,
});

/** Creates or migrates both databases to this server version's schema (deploy/temporal/setup-schema.sh). */
export async function setupSchema(binDir: string, pg: Postgres): Promise<void> {
  const env = { ...process.env, ...sqlEnv(pg), TEMPORAL_SQL_TOOL: join(binDir, 'temporal-sql-tool') };
  await run('SCHEMA_SETUP', 'sh', [join(deployDir, 'temporal', 'setup-schema.sh')], { env, timeoutMs: 180_000 });
}

/** The environment that deploy/temporal/duban.yaml reads (the same names compose sets). */
export function serverEnv(options: Pick<TemporalServerOptions, 'postgres' | 'portBase' | 'historyShards'>): NodeJS.ProcessEnv {
  return {
    POSTGRES_SEEDS: options.postgres.host,
    DB_PORT: String(options.postgres.port),
    POSTGRES_USER: options.postgres.user,
    POSTGRES_PWD: options.postgres.password,
    TEMPORAL_PORT_BASE: String(options.portBase),
    TEMPORAL_NUM_HISTORY_SHARDS: String(options.historyShards ?? 16),
    TEMPORAL_DYNAMIC_CONFIG: join(deployDir, 'temporal', 'dynamicconfig.yaml'),
  };
}

/** Starts the server (all four services in one process) and resolves once its frontend answers. */
export async function startTemporalServer(options: TemporalServerOptions): Promise<TemporalServer> {
  const address = `127.0.0.1:${options.portBase + 233}`;
  const log = createWriteStream(options.logFile, { flags: 'a', mode: 0o600 });
  const child = spawn(
    join(options.binDir, 'temporal-server'),
    ['--root', deployDir, '--config', 'temporal', '--env', 'duban', '--allow-no-auth', 'start'],
    { env: { ...process.env, ...serverEnv(options) }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  void exited.then(() => log.end());
  try {
    await waitUntilServing(address, exited, { code: 'TEMPORAL_SERVER', program: 'temporal-server', seconds: 120 });
  } catch (err) {
    child.kill('SIGKILL');
    await exited;
    // the last error lines say why (a port in use, the database, the config)
    const errors = readFileSync(options.logFile, 'utf8').split('\n').filter((l) => /"level":"(error|fatal)"/.test(l)).slice(-3);
    throw new ClusterError('TEMPORAL_SERVER_START', `${err instanceof Error ? err.message : String(err)} (its log: ${options.logFile})\n${errors.join('\n')}`);
  }
  const end = async (signal: NodeJS.Signals): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(force);
  };
  return { address, pid: child.pid, stop: () => end('SIGTERM'), kill: () => end('SIGKILL') };
}
