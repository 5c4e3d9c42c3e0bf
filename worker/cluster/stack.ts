// The native production-shaped Temporal cluster: PostgreSQL, schema, the server (16 shards, SQL visibility), namespace, UI.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Connection } from '@temporalio/client';
import { ensureNamespace } from '../namespace-setup';
import { startPostgres, type Postgres } from './postgres';
import { setupSchema, startTemporalServer, type TemporalServer } from './temporal-server';
import { startUi, type Ui } from './ui';

export interface ClusterOptions {
  /** the cluster's folder: PostgreSQL's data and the logs live here and survive a restart */
  dir: string;
  namespace: string;
  /** Temporal's ports from one base: the frontend on base + 233 */
  portBase: number;
  postgresPort: number;
  bins: { temporal: string; postgres: string; ui?: string | undefined };
  /** the UI's port; no UI without it (or without bins.ui) */
  uiPort?: number | undefined;
  /** each step, for a person watching `npm run start:cluster` */
  progress?: (step: string) => void;
}

export interface Cluster {
  address: string;
  namespace: string;
  uiUrl: string | null;
  postgres: Postgres;
  /** the Temporal server process: killed and started again by the fault tests */
  server: TemporalServer;
  /** SIGKILLs the server (as a crash) or stops it, then starts it again on the same databases */
  restartServer(how: 'kill' | 'stop', downMs?: number): Promise<void>;
  /** UI, server, PostgreSQL, in that order; the data stays */
  stop(): Promise<void>;
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const dir = resolve(options.dir);
  mkdirSync(dir, { recursive: true });
  const progress = options.progress ?? (() => undefined);
  const started: { stop(): Promise<void> }[] = [];
  const stopAll = async (): Promise<void> => {
    for (const s of started.splice(0).reverse()) await s.stop();
  };
  try {
    progress(`PostgreSQL on 127.0.0.1:${options.postgresPort} (${join(dir, 'postgres')})`);
    const postgres = await startPostgres({ binDir: options.bins.postgres, dir, port: options.postgresPort });
    started.push(postgres);
    progress('Temporal schema (persistence and SQL visibility)');
    await setupSchema(options.bins.temporal, postgres);
    const serverOptions = { binDir: options.bins.temporal, postgres, portBase: options.portBase, logFile: join(dir, 'temporal.log') };
    progress(`Temporal server on 127.0.0.1:${options.portBase + 233}`);
    let server = await startTemporalServer(serverOptions);
    const serverHandle = { stop: () => server.stop() };
    started.push(serverHandle);
    progress(`namespace ${options.namespace} and duban's search attributes`);
    const connection = await Connection.connect({ address: server.address });
    try {
      await ensureNamespace(connection, options.namespace);
    } finally {
      await connection.close();
    }
    let ui: Ui | null = null;
    if (options.bins.ui && options.uiPort) {
      progress(`Temporal UI on http://localhost:${options.uiPort} (read-only)`);
      ui = await startUi({ dir: options.bins.ui, temporalAddress: server.address, port: options.uiPort, namespace: options.namespace, logFile: join(dir, 'ui.log') });
      started.push(ui);
    }
    const cluster: Cluster = {
      address: server.address,
      namespace: options.namespace,
      uiUrl: ui?.url ?? null,
      postgres,
      server,
      async restartServer(how, downMs = 0) {
        await (how === 'kill' ? server.kill() : server.stop());
        if (downMs > 0) await new Promise((r) => setTimeout(r, downMs));
        server = await startTemporalServer(serverOptions);
        cluster.server = server;
      },
      stop: stopAll,
    };
    return cluster;
  } catch (err) {
    await stopAll().catch(() => undefined);
    throw err;
  }
}
