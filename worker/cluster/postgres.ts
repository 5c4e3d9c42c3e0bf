// The cluster's own PostgreSQL: a data folder of its own (initdb once), its own port on loopback, never the system's.
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ClusterError, POSTGRES_USER, asPostgresUser, run, runningAsRoot } from './run';

export interface PostgresOptions {
  /** Debian: /usr/lib/postgresql/15/bin (scripts/ensure-postgres.sh finds it) */
  binDir: string;
  /** the cluster's folder: postgres/ (the data), postgres.password, postgres.log */
  dir: string;
  port: number;
}

export interface Postgres {
  host: string;
  port: number;
  user: string;
  password: string;
  stop(): Promise<void>;
}

const USER = 'temporal';

/** Initialises the data folder on first use, starts the server (or finds it running) and waits until it accepts connections. */
export async function startPostgres(options: PostgresOptions): Promise<Postgres> {
  const dataDir = join(options.dir, 'postgres');
  const logFile = join(options.dir, 'postgres.log');
  const bin = (name: string): string => join(options.binDir, name);
  const password = passwordOf(options.dir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (!existsSync(logFile)) writeFileSync(logFile, '', { mode: 0o600 });
  if (runningAsRoot()) {
    const { uid, gid } = postgresIds();
    chownSync(dataDir, uid, gid);
    chownSync(logFile, uid, gid);
  }
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await initdb(bin('initdb'), dataDir, password, options.port);
  const pgCtl = (...args: string[]): [string, string[]] => asPostgresUser(bin('pg_ctl'), ['-D', dataDir, ...args]);
  const running = await run('PG_STATUS', ...pgCtl('status')).then(() => true, () => false);
  if (!running) await run('PG_START', ...pgCtl('-l', logFile, '-w', '-t', '60', '-o', `-p ${options.port}`, 'start'), { timeoutMs: 90_000 });
  return {
    host: '127.0.0.1',
    port: options.port,
    user: USER,
    password,
    async stop() {
      await run('PG_STOP', ...pgCtl('-m', 'fast', '-w', '-t', '60', 'stop'), { timeoutMs: 90_000 }).catch(async (err: unknown) => {
        // already stopped is fine; anything else is news
        if (await run('PG_STATUS', ...pgCtl('status')).then(() => true, () => false)) throw err;
      });
    },
  };
}

/** one random password per cluster, kept beside the data (0600) so that a restart finds it */
function passwordOf(dir: string): string {
  const file = join(dir, 'postgres.password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dir, { recursive: true });
  const password = randomBytes(18).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

async function initdb(initdbBin: string, dataDir: string, password: string, port: number): Promise<void> {
  // initdb reads the superuser's password from a file: one the postgres user may read, removed at once
  const pwfile = join(dataDir, '..', '.initdb-password');
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (runningAsRoot()) chownSync(pwfile, postgresIds().uid, postgresIds().gid);
  try {
    await run('PG_INITDB', ...asPostgresUser(initdbBin, ['-D', dataDir, '-U', USER, `--pwfile=${pwfile}`, '-A', 'scram-sha-256', '-E', 'UTF8', '--locale=C.UTF-8']), { timeoutMs: 120_000 });
  } finally {
    rmSync(pwfile, { force: true });
  }
  // loopback only, on our port, no Unix socket in a system folder (that is the system cluster's); Temporal
  // holds ~30 connections per server process
  appendFileSync(
    join(dataDir, 'postgresql.conf'),
    `\n# duban's cluster\nlisten_addresses = '127.0.0.1'\nport = ${port}\nunix_socket_directories = ''\nmax_connections = 200\n`,
  );
}

let ids: { uid: number; gid: number } | null = null;
function postgresIds(): { uid: number; gid: number } {
  if (ids) return ids;
  try {
    const [uid, gid] = ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, POSTGRES_USER], { encoding: 'utf8' }).trim()));
    ids = { uid: uid!, gid: gid! };
    return ids;
  } catch {
    throw new ClusterError('PG_NO_USER', `running as root, PostgreSQL needs a '${POSTGRES_USER}' user to run as (Debian's postgresql package creates it)`);
  }
}
