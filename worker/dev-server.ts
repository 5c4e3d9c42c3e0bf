// Starts and stops the embedded Temporal dev server (Temporal CLI) on a SQLite file under the data dir.
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { makePrivateDir } from './data-dir';
import { isServing, waitUntilServing } from './serving';
import { devServerSearchAttributeArgs } from '../workflows/search-attributes';
import type { Logger } from '../platform/logger';

export interface DevServer {
  address: string;
  uiUrl: string;
  stop(): Promise<void>;
}

export interface DevServerOptions {
  cliPath: string;
  dataDir: string;
  port: number;
  uiPort: number;
  namespace: string;
  logger: Logger;
}

export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const dataDir = resolve(options.dataDir);
  makePrivateDir(dataDir);
  const dbFile = join(dataDir, 'temporal.sqlite');
  const args = [
    'server', 'start-dev',
    '--db-filename', dbFile,
    '--port', String(options.port),
    '--ui-port', String(options.uiPort),
    '--namespace', options.namespace,
    '--log-level', 'warn',
    ...devServerSearchAttributeArgs(),
  ];
  const log = options.logger.child({ component: 'temporal-dev-server' });
  if (await isServing(`127.0.0.1:${options.port}`)) {
    throw new Error(`PORT_IN_USE: something already serves Temporal on port ${options.port}; stop it or set TEMPORAL_ADDRESS to another port`);
  }
  log.info({ dbFile, port: options.port, uiPort: options.uiPort }, 'starting Temporal dev server');
  const child: ChildProcess = spawn(options.cliPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (b: Buffer) => log.debug(b.toString().trim()));
  let stopping = false; // the CLI complains loudly while it shuts down; that is not news
  child.stderr?.on('data', (b: Buffer) => (stopping ? log.debug(b.toString().trim()) : log.warn(b.toString().trim())));
  const exited = new Promise<number | null>((res) => child.once('exit', (code) => res(code)));

  const address = `127.0.0.1:${options.port}`;
  await waitUntilServing(address, exited, { code: 'DEV_SERVER', program: 'temporal server start-dev' });
  return {
    address,
    uiUrl: `http://localhost:${options.uiPort}`,
    async stop() {
      if (child.exitCode !== null) return;
      stopping = true;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
