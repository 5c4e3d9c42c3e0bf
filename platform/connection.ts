// Connections to Temporal (worker side and client side) from one Config, with envconfig's TLS and API-key rules.
import { toClientOptions } from '@temporalio/envconfig';
import { NativeConnection } from '@temporalio/worker';
import { Connection, Client } from '@temporalio/client';
import type { Config } from './config';

/**
 * The SDK's connection options for this config, as the Temporal CLI would connect: TLS when the profile or
 * TEMPORAL_TLS* asks for it, or when there is an API key (unless TEMPORAL_TLS=false); certificate files read here.
 */
export function connectionOptionsOf(config: Config): ReturnType<typeof toClientOptions>['connectionOptions'] {
  const { connectionOptions } = toClientOptions({
    address: config.TEMPORAL_ADDRESS,
    namespace: config.TEMPORAL_NAMESPACE,
    ...(config.TEMPORAL_API_KEY !== undefined ? { apiKey: config.TEMPORAL_API_KEY } : {}),
    ...(config.temporalTls !== undefined ? { tls: config.temporalTls } : {}),
    ...(config.temporalGrpcMeta !== undefined ? { grpcMeta: config.temporalGrpcMeta } : {}),
  });
  const tls = connectionOptions.tls;
  // envconfig reads certificates as Uint8Array; the native bridge is handed Buffers, as the SDK's own docs show
  const withBuffers =
    typeof tls === 'object' && tls !== null
      ? {
          ...connectionOptions,
          tls: {
            ...tls,
            ...(tls.serverRootCACertificate ? { serverRootCACertificate: Buffer.from(tls.serverRootCACertificate) } : {}),
            ...(tls.clientCertPair ? { clientCertPair: { crt: Buffer.from(tls.clientCertPair.crt), key: Buffer.from(tls.clientCertPair.key) } } : {}),
          },
        }
      : connectionOptions;
  // pass only what is set: an option present as undefined is not always the same as one left out
  return Object.fromEntries(Object.entries(withBuffers).filter(([, v]) => v !== undefined)) as typeof connectionOptions;
}

export async function connectWorker(config: Config): Promise<NativeConnection> {
  return NativeConnection.connect(connectionOptionsOf(config));
}

export async function connectClient(config: Config): Promise<Client> {
  const { address, tls, apiKey, metadata } = connectionOptionsOf(config);
  const connection = await Connection.connect({
    ...(address !== undefined ? { address } : {}),
    ...(tls !== undefined ? { tls } : {}),
    ...(apiKey !== undefined ? { apiKey } : {}),
    ...(metadata !== undefined ? { metadata } : {}),
  });
  return new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
}
