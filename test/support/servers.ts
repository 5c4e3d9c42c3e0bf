// Paths of the Temporal servers the tests start: built or fetched by the project's own scripts.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const scriptsDir = fileURLToPath(new URL('../../scripts/', import.meta.url));

function ensure(script: string, envName: string): string {
  const preset = process.env[envName];
  if (preset) return preset;
  // The scripts print the path on stdout and progress on stderr; cached after the first run.
  const path = execFileSync('bash', [scriptsDir + script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
  process.env[envName] = path;
  return path;
}

/** The Temporal CLI (dev server + UI). */
export const temporalCliPath = (): string => ensure('ensure-temporal-cli.sh', 'TEMPORAL_CLI');

/** The launcher of the Java time-skipping test server. */
export const testServerPath = (): string => ensure('ensure-test-server.sh', 'DUBAN_TEST_SERVER');

/** The folder with temporal-server and temporal-sql-tool (the native cluster). */
export const clusterBinPath = (): string => ensure('ensure-temporal-server.sh', 'DUBAN_CLUSTER_BIN');

/** PostgreSQL's server programs (initdb, pg_ctl). */
export const postgresBinPath = (): string => ensure('ensure-postgres.sh', 'DUBAN_PG_BIN');

/** The Temporal UI server's folder (binary and its env-driven config). */
export const uiDirPath = (): string => ensure('ensure-temporal-ui.sh', 'DUBAN_UI_DIR');
