// Connections to Temporal (worker side and client side) from one Config, TLS / API key included.
import { readFile } from 'node:fs/promises';
import { NativeConnection, type NativeConnectionOptions } from '@temporalio/worker';
import { Connection, Client, type ConnectionOptions } from '@temporalio/client';
import type { Config } from './config';

async function tlsOf(config: Config): Promise<ConnectionOptions['tls']> {
  if (!config.TEMPORAL_TLS && !config.TEMPORAL_TLS_CERT_PATH && !config.TEMPORAL_TLS_CA_PATH) return undefined;
  return {
    ...(config.TEMPORAL_TLS_SERVER_NAME ? { serverNameOverride: config.TEMPORAL_TLS_SERVER_NAME } : {}),
    ...(config.TEMPORAL_TLS_CA_PATH ? { serverRootCACertificate: await readFile(config.TEMPORAL_TLS_CA_PATH) } : {}),
    ...(config.TEMPORAL_TLS_CERT_PATH && config.TEMPORAL_TLS_KEY_PATH
      ? { clientCertPair: { crt: await readFile(config.TEMPORAL_TLS_CERT_PATH), key: await readFile(config.TEMPORAL_TLS_KEY_PATH) } }
      : {}),
  };
}

export async function connectWorker(config: Config): Promise<NativeConnection> {
  const tls = await tlsOf(config);
  const options: NativeConnectionOptions = {
    address: config.TEMPORAL_ADDRESS,
    ...(tls !== undefined ? { tls } : {}),
    ...(config.TEMPORAL_API_KEY ? { apiKey: config.TEMPORAL_API_KEY } : {}),
  };
  return NativeConnection.connect(options);
}

export async function connectClient(config: Config): Promise<Client> {
  const tls = await tlsOf(config);
  const connection = await Connection.connect({
    address: config.TEMPORAL_ADDRESS,
    ...(tls !== undefined ? { tls } : {}),
    ...(config.TEMPORAL_API_KEY ? { apiKey: config.TEMPORAL_API_KEY } : {}),
  });
  return new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
}
