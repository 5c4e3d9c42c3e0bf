// Commands the machine hands to the workflow (notices, escalation, timers), as a zod union.
import { z } from 'zod';
import { InstantSchema } from '../schedule';
import { TaskMilestoneKindSchema } from './context';

export const TaskCommandSchema = z.discriminatedUnion('type', [
  /** tell assisting units of their handoff, remind them, or tell them (and their leads) they are late */
  z.object({ type: z.literal('notifyUnits'), units: z.array(z.string()).min(1), kind: z.enum(['handoff', 'reminder', 'overdue']), message_zh: z.string() }),
  z.object({ type: z.literal('notifyLead'), units: z.array(z.string()), message_zh: z.string() }),
  z.object({ type: z.literal('notifySupervisor'), unit: z.string(), message_zh: z.string() }),
  /** put the task on the conference agenda (signal-with-start) under this item id: a milestone overdue, or an assisting unit late */
  z.object({ type: z.literal('escalate'), kind: z.enum(['milestoneOverdue', 'assistLate']), subject: z.string(), due: InstantSchema, itemId: z.string(), summary: z.string() }),
  /** the escalated milestone was met or moved: the agenda item is moot */
  z.object({ type: z.literal('withdrawEscalation'), itemId: z.string() }),
  /** cancel and re-arm reminder/due/escalation timers for this milestone (null: none) */
  z.object({
    type: z.literal('rearmTimers'),
    milestone: z.object({ id: z.string(), kind: TaskMilestoneKindSchema, due: InstantSchema }).nullable(),
    supervision: z.string(),
  }),
  /** the conference reassigned the lead (update search attributes, notify) */
  z.object({ type: z.literal('leadsChanged'), leadUnits: z.array(z.string()).min(1) }),
  /** the task reached a final state: stop its timers, complete the workflow */
  z.object({ type: z.literal('closeTask'), outcome: z.enum(['verified', 'cancelled']) }),
]);
export type TaskCommand = z.infer<typeof TaskCommandSchema>;
export type TaskCommandType = TaskCommand['type'];
export type CommandParams<T extends TaskCommandType> = Omit<Extract<TaskCommand, { type: T }>, 'type'>;

/** command names that appear as machine actions (rearmTimers is derived by applyEvent) */
export const MACHINE_COMMANDS: readonly TaskCommandType[] = [
  'notifyUnits',
  'notifyLead',
  'notifySupervisor',
  'escalate',
  'withdrawEscalation',
  'leadsChanged',
  'closeTask',
];
