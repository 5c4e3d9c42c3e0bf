// PostgreSQL facts for the scale figures, through psql on the cluster's own server: database sizes, commit and block counters, backend pids.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import type { Postgres } from '../worker/cluster/postgres';
import { postgresBinPath } from '../test/support/servers';

/** the two databases of deploy/temporal/duban.yaml */
export const DATABASES = ['temporal', 'temporal_visibility'] as const;
export type Database = (typeof DATABASES)[number];

/** rows of `sql` as arrays of cells (psql -At, tab-separated) */
export function psql(pg: Postgres, sql: string): Promise<string[][]> {
  const args = ['-X', '-At', '-F', '\t', '-h', pg.host, '-p', String(pg.port), '-U', pg.user, '-d', 'temporal', '-c', sql];
  return new Promise((resolve, reject) => {
    execFile(join(postgresBinPath(), 'psql'), args, { env: { ...process.env, PGPASSWORD: pg.password }, timeout: 30_000 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(`BENCH_PSQL: ${sql}: ${stderr || err.message}`));
      resolve(stdout.split('\n').filter((l) => l !== '').map((l) => l.split('\t')));
    });
  });
}

export type DatabaseSizes = Record<Database, number>;

export async function databaseSizes(pg: Postgres): Promise<DatabaseSizes> {
  const [row] = await psql(pg, `SELECT ${DATABASES.map((d) => `pg_database_size('${d}')`).join(', ')}`);
  return { temporal: Number(row?.[0]), temporal_visibility: Number(row?.[1]) };
}

export interface PgCounters {
  xactCommit: number;
  blksRead: number;
  blksHit: number;
  tupInserted: number;
  tupUpdated: number;
  tupDeleted: number;
}

const COUNTERS = 'xact_commit, blks_read, blks_hit, tup_inserted, tup_updated, tup_deleted';

/** pg_stat_database's cumulative counters of each database */
export async function pgCounters(pg: Postgres): Promise<Record<Database, PgCounters>> {
  const rows = await psql(pg, `SELECT datname, ${COUNTERS} FROM pg_stat_database WHERE datname IN (${DATABASES.map((d) => `'${d}'`).join(', ')})`);
  const of = (d: Database): PgCounters => {
    const r = rows.find((x) => x[0] === d)?.slice(1).map(Number) ?? [];
    return { xactCommit: r[0] ?? 0, blksRead: r[1] ?? 0, blksHit: r[2] ?? 0, tupInserted: r[3] ?? 0, tupUpdated: r[4] ?? 0, tupDeleted: r[5] ?? 0 };
  };
  return { temporal: of('temporal'), temporal_visibility: of('temporal_visibility') };
}

export function countersDelta(a: Record<Database, PgCounters>, b: Record<Database, PgCounters>): Record<Database, PgCounters> {
  const d = (x: PgCounters, y: PgCounters): PgCounters => ({
    xactCommit: y.xactCommit - x.xactCommit,
    blksRead: y.blksRead - x.blksRead,
    blksHit: y.blksHit - x.blksHit,
    tupInserted: y.tupInserted - x.tupInserted,
    tupUpdated: y.tupUpdated - x.tupUpdated,
    tupDeleted: y.tupDeleted - x.tupDeleted,
  });
  return { temporal: d(a.temporal, b.temporal), temporal_visibility: d(a.temporal_visibility, b.temporal_visibility) };
}

/** the checkpointer's pid: it lives as long as the server, and its parent is the postmaster (the parent of every backend) */
export async function checkpointerPid(pg: Postgres): Promise<number> {
  const [row] = await psql(pg, "SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'");
  return Number(row?.[0]);
}
