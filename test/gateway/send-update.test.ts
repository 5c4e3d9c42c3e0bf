// sendUpdate: a transient refusal by the server is sent again with the same update id; the workflow's own answer is final.
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import { sendUpdate } from '../../client/send-update';
import { transitionUpdate, type TransitionRequest } from '../../workflows/messages';

/** a handle whose executeUpdate answers from a script (this checks the client's retry, not a workflow) */
function scripted(answers: Array<() => unknown>): { handle: WorkflowHandle; ids: string[] } {
  const ids: string[] = [];
  const handle = {
    executeUpdate: async (_def: unknown, opts: { updateId: string }) => {
      ids.push(opts.updateId);
      return (answers.shift() ?? (() => 'done'))();
    },
  } as unknown as WorkflowHandle;
  return { handle, ids };
}
const req: [TransitionRequest] = [{ type: 'START', actor: { unit: '市人社局', role: 'lead' } }];
const fast = { firstDelayMs: 1 };

describe('sendUpdate', () => {
  it('sends again, with the same update id, what the server refused', async () => {
    const { handle, ids } = scripted([
      () => {
        throw new Error('9 FAILED_PRECONDITION: Workflow Update was rejected: workflow is not ready');
      },
      () => 'applied',
    ]);
    await expect(sendUpdate(handle, transitionUpdate, req, fast)).resolves.toBe('applied');
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(1);
  });

  it('does not send again what the workflow refused', async () => {
    const refusal = new WorkflowUpdateFailedError('refused', ApplicationFailure.create({ type: 'TRANSITION_NOT_ALLOWED', message: 'no' }));
    const { handle, ids } = scripted([
      () => {
        throw refusal;
      },
    ]);
    await expect(sendUpdate(handle, transitionUpdate, req, fast)).rejects.toBe(refusal);
    expect(ids).toHaveLength(1);
  });

  it('gives up after its attempts', async () => {
    const down = () => {
      throw new Error('14 UNAVAILABLE');
    };
    const { handle, ids } = scripted([down, down, down, down]);
    await expect(sendUpdate(handle, transitionUpdate, req, { ...fast, attempts: 3 })).rejects.toThrow('UNAVAILABLE');
    expect(ids).toHaveLength(3);
  });
});
