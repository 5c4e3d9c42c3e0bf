// Configuration: parsed once from the environment with zod, then passed down (no module reads process.env).
import type { ClientConfigProfile } from '@temporalio/envconfig';
import { z } from 'zod';
import { loadTemporalProfile, presentVars, TemporalProfileError, type Env } from './temporal-profile';

const flag = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1');

export const ConfigSchema = z
  .object({
    // the connection as resolved by platform/temporal-profile.ts (profile file, then TEMPORAL_* variables)
    TEMPORAL_ADDRESS: z.string().regex(/^[^\s:]+:\d+$/, 'expected host:port, e.g. localhost:7233').default('localhost:7233'),
    TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
    TEMPORAL_API_KEY: z.string().optional(),
    /** checked here so that a typo is named; envconfig applies it (true/1 on, false/0 off) */
    TEMPORAL_TLS: flag,
    DUBAN_TASK_QUEUE: z.string().min(1).default('duban'),
    DUBAN_DATA_DIR: z.string().min(1).default('.data'),
    DUBAN_GATEWAY_PORT: z.coerce.number().int().min(1).max(65535).default(8080),
    /** the interface the gateway listens on: this machine only unless set (0.0.0.0 in a container) */
    DUBAN_GATEWAY_HOST: z.string().min(1).default('127.0.0.1'),
    /** the gateway's bearer tokens, hashed: { sha256(token) → { planId, unit, role, label } }; default <DUBAN_DATA_DIR>/tokens.json */
    DUBAN_TOKENS_FILE: z.string().min(1).optional(),
    DUBAN_UI_PORT: z.coerce.number().int().min(1).max(65535).default(8233),
    /** `npm run start:cluster`: worker processes on the one task queue */
    DUBAN_WORKER_REPLICAS: z.coerce.number().int().min(1).max(32).default(2),
    /** `npm run start:cluster`: the port of its own PostgreSQL (never the system's 5432) */
    DUBAN_PG_PORT: z.coerce.number().int().min(1).max(65535).default(15432),
    /** where notices go: pino log (default), an HTTP webhook (Standard Webhooks signatures), or a file outbox */
    DUBAN_NOTIFY_CHANNEL: z.enum(['log', 'webhook', 'file']).default('log'),
    DUBAN_WEBHOOK_URL: z.url().optional(),
    /** Standard Webhooks secret: `whsec_` + base64 of at least 16 random bytes (e.g. `whsec_$(openssl rand -base64 32)`) */
    DUBAN_WEBHOOK_SECRET: z
      .string()
      .regex(/^whsec_[A-Za-z0-9+/]{22,}={0,2}$/, 'expected whsec_<base64 of at least 16 bytes>, e.g. whsec_$(openssl rand -base64 32)')
      .optional(),
    /** about 330 KiB of worker memory each (bench/, issue 14): 1,000 stays well inside the default V8 heap */
    DUBAN_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(0).default(1000),
    /**
     * the worker's task pollers: `auto`, Temporal's poller autoscaling (server ≥ 1.28: more polls while the
     * queue has a backlog, the deadline herd's case), or a fixed maximum of concurrent polls per queue kind
     */
    DUBAN_POLLERS: z.union([z.literal('auto'), z.coerce.number().int().min(2).max(200)]).default('auto'),
    /** the programs the local stacks run, found or built by scripts/ (npm start, npm run start:cluster) */
    TEMPORAL_CLI: z.string().optional(),
    DUBAN_CLUSTER_BIN: z.string().optional(),
    DUBAN_PG_BIN: z.string().optional(),
    DUBAN_UI_DIR: z.string().optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  })
  .refine((c) => c.DUBAN_NOTIFY_CHANNEL !== 'webhook' || (c.DUBAN_WEBHOOK_URL && c.DUBAN_WEBHOOK_SECRET), {
    message: 'DUBAN_NOTIFY_CHANNEL=webhook needs DUBAN_WEBHOOK_URL and DUBAN_WEBHOOK_SECRET',
    path: ['DUBAN_WEBHOOK_URL'],
  });

export type Config = z.infer<typeof ConfigSchema> & {
  /** TLS as the profile and TEMPORAL_TLS* variables set it (paths or inline PEM data); undefined: plain */
  temporalTls: ClientConfigProfile['tls'];
  /** gRPC metadata of the profile (TEMPORAL_GRPC_META_*) */
  temporalGrpcMeta: ClientConfigProfile['grpcMeta'];
};

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly issues: string[]) {
    super(`invalid configuration:\n  ${issues.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * The config for a server this process started itself (npm start, start:cluster): its address, plain, so a
 * profile's API key or TLS meant for a remote cluster is not sent to the local one.
 */
export function onLocalServer(config: Config, address: string): Config {
  const { TEMPORAL_API_KEY: _apiKey, ...rest } = config;
  return { ...rest, TEMPORAL_ADDRESS: address, temporalTls: undefined, temporalGrpcMeta: undefined };
}

/**
 * Parses the environment once: the Temporal connection as the Temporal CLI resolves it (profile, then
 * TEMPORAL_* variables, see temporal-profile.ts), duban's own variables with zod. Throws ConfigError
 * naming every bad variable.
 */
export function loadConfig(env: Env): Config {
  let profile: ClientConfigProfile;
  try {
    profile = loadTemporalProfile(env);
  } catch (err) {
    if (err instanceof TemporalProfileError) throw new ConfigError([err.issue]);
    throw err;
  }
  const vars = { ...presentVars(env), TEMPORAL_ADDRESS: profile.address, TEMPORAL_NAMESPACE: profile.namespace, TEMPORAL_API_KEY: profile.apiKey };
  const parsed = ConfigSchema.safeParse(vars);
  if (!parsed.success) {
    // the wording of machines/zod-issues.ts (platform/ imports nothing of duban's): one line per variable
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(env)'}: ${i.message}`));
  }
  return { ...parsed.data, temporalTls: profile.tls, temporalGrpcMeta: profile.grpcMeta };
}
