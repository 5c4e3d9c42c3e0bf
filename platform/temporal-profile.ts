// The Temporal connection's settings read as the Temporal CLI reads them (@temporalio/envconfig): a TOML profile, then TEMPORAL_* variables.
import { loadClientConfigProfile, type ClientConfigProfile } from '@temporalio/envconfig';

export type Env = Record<string, string | undefined>;

/** duban's TLS variables from before envconfig → the Temporal CLI's names (the CLI's name wins when both are set) */
export const TLS_ALIASES = {
  TEMPORAL_TLS_CERT_PATH: 'TEMPORAL_TLS_CLIENT_CERT_PATH',
  TEMPORAL_TLS_KEY_PATH: 'TEMPORAL_TLS_CLIENT_KEY_PATH',
  TEMPORAL_TLS_CA_PATH: 'TEMPORAL_TLS_SERVER_CA_CERT_PATH',
} as const;

/** variables that are set and not empty: docker-compose passes `${X:-}` as an empty string for "not set" */
export function presentVars(env: Env): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
}

export class TemporalProfileError extends Error {
  readonly code = 'TEMPORAL_PROFILE_INVALID';
  constructor(readonly issue: string) {
    super(issue);
    this.name = 'TemporalProfileError';
  }
}

/**
 * The profile `TEMPORAL_PROFILE` (default `default`) of the TOML file `TEMPORAL_CONFIG_FILE` (default
 * `~/.config/temporalio/temporal.toml`, if there is one), overridden by the TEMPORAL_* variables of `env`
 * — only `env`, never the process's own environment.
 */
export function loadTemporalProfile(env: Env): ClientConfigProfile {
  const vars = presentVars(env);
  for (const [old, cli] of Object.entries(TLS_ALIASES)) if (vars[old] !== undefined && vars[cli] === undefined) vars[cli] = vars[old];
  let profile: ClientConfigProfile;
  try {
    profile = loadClientConfigProfile({ overrideEnvVars: vars });
  } catch (err) {
    // a missing profile, an unreadable file or bad TOML: named with the variables that chose them
    const where = vars.TEMPORAL_CONFIG_FILE ?? 'the default Temporal config file';
    throw new TemporalProfileError(`TEMPORAL_PROFILE / TEMPORAL_CONFIG_FILE (${where}): ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!profile.tls?.clientCert !== !profile.tls?.clientKey) {
    throw new TemporalProfileError('TEMPORAL_TLS_CLIENT_KEY_PATH: a client certificate and its key must be set together (TEMPORAL_TLS_CLIENT_CERT_PATH + TEMPORAL_TLS_CLIENT_KEY_PATH, or TEMPORAL_TLS_CERT_PATH + TEMPORAL_TLS_KEY_PATH, or both in the profile)');
  }
  return profile;
}
