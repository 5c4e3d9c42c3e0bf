// Whether a Temporal frontend answers on an address, and waiting for one that is starting (dev server, cluster).
import { Connection } from '@temporalio/client';

export async function isServing(address: string): Promise<boolean> {
  try {
    const connection = await Connection.connect({ address, connectTimeout: 1000 });
    await connection.close();
    return true;
  } catch {
    return false;
  }
}

/**
 * Polls `getSystemInfo` every 500 ms until the frontend answers; fails early when the process exits.
 * Errors carry `<code>_EXITED` / `<code>_TIMEOUT` and name the program.
 */
export async function waitUntilServing(address: string, exited: Promise<unknown>, what: { code: string; program: string; seconds?: number }): Promise<void> {
  const seconds = what.seconds ?? 60;
  let gone = false;
  void exited.then(() => (gone = true));
  for (let attempt = 0; attempt < seconds * 2; attempt++) {
    if (gone) throw new Error(`${what.code}_EXITED: ${what.program} exited before serving on ${address}`);
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1000 });
      await connection.workflowService.getSystemInfo({});
      await connection.close();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new Error(`${what.code}_TIMEOUT: no Temporal server on ${address} after ${seconds} s`);
}
