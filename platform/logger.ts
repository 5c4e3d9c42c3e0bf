// The one base logger: pino, JSON in production, pino-pretty in development; secrets redacted by path.
import { pino, type Logger } from 'pino';
import { CREDENTIAL_HEADERS } from './credentials';
import type { Config } from './config';

export const REDACT_PATHS = [
  ...CREDENTIAL_HEADERS.flatMap((h) => [`req.headers["${h}"]`, `headers["${h}"]`]),
  'authorization',
  'token',
  '*.token',
  'apiKey',
  '*.apiKey',
  'TEMPORAL_API_KEY',
];

export function createLogger(config: Pick<Config, 'LOG_LEVEL' | 'NODE_ENV'>, service: string): Logger {
  return pino({
    level: config.LOG_LEVEL,
    base: { service },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    ...(config.NODE_ENV === 'development'
      ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } }
      : {}),
  });
}

export type { Logger };
