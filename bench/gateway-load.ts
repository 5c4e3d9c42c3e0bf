// Load generator for the gateway benchmark: autocannon in its own process, bounded in connections and duration.
import { createRequire } from 'node:module';
import { z } from 'zod';

export type GatewayLoadMessage =
  | { kind: 'result'; mode: 'events' | 'healthz'; requestsPerSecond: number; p50: number; p99: number; ok: number; non2xx: number; errors: number; timeouts: number }
  | { kind: 'failed'; error: string };

const Env = z.object({
  LOAD_URL: z.url(),
  LOAD_MODE: z.enum(['events', 'healthz']),
  LOAD_TOKEN: z.string().default(''),
  LOAD_PATHS: z.string().default('[]'),
  LOAD_CONNECTIONS: z.coerce.number().int().min(1).max(16),
  LOAD_DURATION: z.coerce.number().int().min(1).max(15),
});

interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (req: AutocannonRequest) => AutocannonRequest;
}
interface AutocannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  '2xx': number;
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (opts: { url: string; connections: number; duration: number; requests?: AutocannonRequest[] }) => Promise<AutocannonResult>;

const tell = (m: GatewayLoadMessage): void => {
  process.send?.(m);
};

async function main(): Promise<void> {
  const env = Env.parse(process.env);
  const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
  const paths = z.array(z.string()).parse(JSON.parse(env.LOAD_PATHS));
  let n = 0;
  const requests: AutocannonRequest[] =
    env.LOAD_MODE === 'healthz'
      ? [{ method: 'GET', path: '/healthz' }]
      : [
          {
            method: 'POST',
            headers: { authorization: `Bearer ${env.LOAD_TOKEN}`, 'content-type': 'application/json' },
            // spread the events over many tasks: one task's Updates are serialised by its workflow
            setupRequest: (req) => {
              n++;
              return { ...req, path: paths[n % paths.length]!, body: JSON.stringify({ type: 'REPORT_PROGRESS', summary: `压测进展 ${n}`, percent: n % 100 }) };
            },
          },
        ];
  const r = await autocannon({ url: env.LOAD_URL, connections: env.LOAD_CONNECTIONS, duration: env.LOAD_DURATION, requests });
  tell({ kind: 'result', mode: env.LOAD_MODE, requestsPerSecond: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, ok: r['2xx'], non2xx: r.non2xx, errors: r.errors, timeouts: r.timeouts });
}

main().catch((err: unknown) => {
  tell({ kind: 'failed', error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
  process.exitCode = 1;
});
