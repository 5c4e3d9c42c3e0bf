// Every event a task accepts (SCREAMING_SNAKE), each with a zod payload schema, as one discriminated union.
import { z } from 'zod';
import { InstantSchema } from '../schedule';

export const ActorRoleSchema = z.enum(['lead', 'assisting', 'supervisor', 'conference', 'system']);
export type ActorRole = z.infer<typeof ActorRoleSchema>;

/** who sends an event: a unit and the role it claims (checked against the task) */
export const ActorSchema = z.object({ unit: z.string().min(1), role: ActorRoleSchema });
export type Actor = z.infer<typeof ActorSchema>;

/** a milestone id inside one task: `measures`, `start`, `complete`, `report-1`, `complete-2` … */
export const MilestoneIdSchema = z.string().min(1);

const envelope = {
  actor: ActorSchema,
  /** the time given by the caller or workflow; the machine never reads a clock */
  at: InstantSchema,
  /** idempotency key: a repeated eventId is refused with DUPLICATE_EVENT */
  eventId: z.string().min(1).optional(),
};

const event = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), ...envelope, ...shape });

/** a conference resolution (联席会议决定) */
export const DecisionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('extend'), milestone: MilestoneIdSchema, newDue: InstantSchema }),
  z.object({ kind: z.literal('reassignLead'), leadUnits: z.array(z.string().min(1)).min(1) }),
  /** 督办令: recorded, and the item it answers is closed (escalated → overdue) */
  z.object({ kind: z.literal('order'), text: z.string().min(1) }),
  z.object({ kind: z.literal('waive'), unit: z.string().min(1) }),
  z.object({ kind: z.literal('cancel'), reason: z.string().min(1) }),
]);
export type Decision = z.infer<typeof DecisionSchema>;

/** timers name the milestone and the due they were armed for, so stale ones are refused */
const timer = { milestone: MilestoneIdSchema, due: InstantSchema };

export const IssueMeasuresSchema = event('ISSUE_MEASURES', {
  measures: z.string().min(1),
  documentRef: z.string().min(1).optional(),
});
export const AcknowledgeSchema = event('ACKNOWLEDGE', {});
export const StartSchema = event('START', {});
export const ReportProgressSchema = event('REPORT_PROGRESS', {
  summary: z.string().min(1),
  percent: z.number().min(0).max(100).optional(),
});
export const ContributeSchema = event('CONTRIBUTE', { summary: z.string().min(1) });
export const SubmitSchema = event('SUBMIT', { evidence: z.string().min(1) });
export const VerifySchema = event('VERIFY', { note: z.string().min(1).optional() });
export const ReturnSchema = event('RETURN', { reason: z.string().min(1) });
export const RequestExtensionSchema = event('REQUEST_EXTENSION', {
  milestone: MilestoneIdSchema,
  newDue: InstantSchema,
  reason: z.string().min(1),
});
export const DecideExtensionSchema = event('DECIDE_EXTENSION', {
  approve: z.boolean(),
  note: z.string().min(1).optional(),
});
/** `issuedAt` is when the upstream document came out (the envelope's `at` is when we heard of it) */
export const UpstreamIssuedSchema = event('UPSTREAM_ISSUED', { issuedAt: InstantSchema, ref: z.string().min(1) });
export const SetDeadlineSchema = event('SET_DEADLINE', { milestone: MilestoneIdSchema, due: InstantSchema });
export const ResolveSchema = event('RESOLVE', {
  decision: DecisionSchema,
  /** the conference agenda item this answers, when there is one */
  itemId: z.string().min(1).optional(),
});
export const RemindSchema = event('REMIND', timer);
export const DeadlinePassedSchema = event('DEADLINE_PASSED', timer);
export const EscalateSchema = event('ESCALATE', { ...timer, itemId: z.string().min(1) });

export const TaskEventSchema = z.discriminatedUnion('type', [
  IssueMeasuresSchema,
  AcknowledgeSchema,
  StartSchema,
  ReportProgressSchema,
  ContributeSchema,
  SubmitSchema,
  VerifySchema,
  ReturnSchema,
  RequestExtensionSchema,
  DecideExtensionSchema,
  UpstreamIssuedSchema,
  SetDeadlineSchema,
  ResolveSchema,
  RemindSchema,
  DeadlinePassedSchema,
  EscalateSchema,
]);
export type TaskEvent = z.infer<typeof TaskEventSchema>;
export type TaskEventType = TaskEvent['type'];
export type EventOf<T extends TaskEventType> = Extract<TaskEvent, { type: T }>;

export const TASK_EVENT_TYPES = TaskEventSchema.options.map((o) => o.shape.type.value) as TaskEventType[];

/** the roles that may send each event (the unit is checked against the task separately) */
export const ROLES_FOR: Record<TaskEventType, readonly ActorRole[]> = {
  ISSUE_MEASURES: ['lead'],
  ACKNOWLEDGE: ['assisting'],
  START: ['lead'],
  REPORT_PROGRESS: ['lead', 'assisting'],
  CONTRIBUTE: ['assisting'],
  SUBMIT: ['lead'],
  VERIFY: ['supervisor'],
  RETURN: ['supervisor'],
  REQUEST_EXTENSION: ['lead'],
  DECIDE_EXTENSION: ['supervisor'],
  UPSTREAM_ISSUED: ['supervisor'],
  SET_DEADLINE: ['supervisor', 'conference'],
  RESOLVE: ['conference'],
  REMIND: ['system'],
  DEADLINE_PASSED: ['system'],
  ESCALATE: ['system'],
};

