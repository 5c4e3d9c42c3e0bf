// Persistence: a task snapshot as plain, versioned JSON and back (validated), with no actor and no clock.
import { z } from 'zod';
import { TaskContextSchema } from './context';
import { formatIssues } from '../zod-issues';
import { MACHINE_VERSION, taskMachine } from './machine';
import type { TaskSnapshot } from './view';

const StateValueSchema = z.object({
  lifecycle: z.union([
    z.enum(['draft', 'measuresIssued', 'verified', 'cancelled']),
    z.object({ inProgress: z.enum(['implementing', 'awaitingVerification']) }),
  ]),
  supervision: z.enum(['onTrack', 'dueSoon', 'overdue', 'escalated', 'closed']),
});

export const PersistedTaskSchema = z.object({
  machineVersion: z.number().int(),
  status: z.enum(['active', 'done']),
  value: StateValueSchema,
  context: TaskContextSchema,
});
export type PersistedTask = z.infer<typeof PersistedTaskSchema>;

export class TaskSnapshotError extends Error {
  constructor(
    readonly code: 'BAD_SNAPSHOT' | 'VERSION_MISMATCH',
    message: string,
  ) {
    super(message);
    this.name = 'TaskSnapshotError';
  }
}

export function toPersisted(snapshot: TaskSnapshot): PersistedTask {
  const plain: unknown = JSON.parse(JSON.stringify({ machineVersion: MACHINE_VERSION, status: snapshot.status, value: snapshot.value, context: snapshot.context }));
  return plain as PersistedTask;
}

/** validates the shape and the machine version, then resolves the snapshot purely */
export function fromPersisted(json: unknown): TaskSnapshot {
  const parsed = PersistedTaskSchema.safeParse(json);
  if (!parsed.success) {
    const where = formatIssues(parsed.error, { root: '(snapshot)' });
    throw new TaskSnapshotError('BAD_SNAPSHOT', `task snapshot is invalid: ${where}`);
  }
  const p = parsed.data;
  if (p.machineVersion !== MACHINE_VERSION)
    throw new TaskSnapshotError('VERSION_MISMATCH', `task snapshot is machine version ${p.machineVersion}; this machine is ${MACHINE_VERSION}`);
  return taskMachine.resolveState({ value: p.value, context: p.context });
}
