// Sends an Update so that a transient refusal by the server cannot lose it: one update id for every
// attempt, and attempts again when the server, not the workflow, refused it (a worker killed holding the
// workflow task, WorkflowNotReady; an Update cut off by a server restart). The server keeps one outcome
// per update id, so a retry never applies an event twice.
import { randomUUID } from 'node:crypto';
import { WorkflowNotFoundError } from '@temporalio/common';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';

/** the workflow answered (refused or accepted), or the workflow does not exist: no attempt changes that */
const isFinal = (err: unknown): boolean =>
  err instanceof WorkflowUpdateFailedError || err instanceof WorkflowNotFoundError || (err instanceof Error && (err.name === 'WorkflowUpdateFailedError' || err.name === 'WorkflowNotFoundError'));

export async function sendUpdate<Ret, Args extends [unknown, ...unknown[]]>(
  handle: WorkflowHandle,
  update: UpdateDefinition<Ret, Args>,
  args: Args,
  { attempts = 4, firstDelayMs = 500, updateId = randomUUID() }: { attempts?: number; firstDelayMs?: number; updateId?: string } = {},
): Promise<Ret> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await handle.executeUpdate(update, { args, updateId });
    } catch (err) {
      if (isFinal(err) || attempt >= attempts) throw err;
      await new Promise((r) => setTimeout(r, firstDelayMs * 2 ** (attempt - 1)));
    }
  }
}
