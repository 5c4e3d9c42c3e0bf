// What every CLI command gets: output streams and a DubanClient connected lazily from the environment config.
import { connectClient } from '../../platform/connection';
import { loadConfig, type Config } from '../../platform/config';
import { DubanClient } from '../duban-client';
import { toDubanError } from '../errors';

export interface CliContext {
  out: (text: string) => void;
  err: (text: string) => void;
  /** connects on first use (import --dry-run and --help never do) */
  client: () => Promise<DubanClient>;
  close: () => Promise<void>;
  stderrIsTty: boolean;
}

export function createCliContext(env: Record<string, string | undefined>): CliContext {
  let config: Config | null = null;
  let connected: Promise<DubanClient> | null = null;
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    stderrIsTty: process.stderr.isTTY === true,
    client: () => {
      config ??= loadConfig(env);
      const c = config;
      connected ??= connectClient(c).then(
        (client) => new DubanClient(client, c.DUBAN_TASK_QUEUE),
        (err: unknown) => {
          throw toDubanError(err, { notFound: 'UNKNOWN_TASK', context: { address: c.TEMPORAL_ADDRESS } });
        },
      );
      return connected;
    },
    close: async () => {
      if (connected) await connected.then((c) => c.client.connection.close()).catch(() => undefined);
    },
  };
}
