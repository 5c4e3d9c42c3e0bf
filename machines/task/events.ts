// Every event a task accepts (SCREAMING_SNAKE), each with a zod payload schema, as one discriminated union.
import { z } from 'zod';
import { LIMITS, LongTextSchema, ShortTextSchema, TextSchema } from '../limits';
import { InstantSchema } from '../schedule';
import { HandoffDeadlineSchema, HandoffStepSchema } from '../handoff';
import { ChildPlanProgressSchema } from '../rollup';

export const ActorRoleSchema = z.enum(['lead', 'assisting', 'supervisor', 'conference', 'system']);
export type ActorRole = z.infer<typeof ActorRoleSchema>;

/** who sends an event: a unit and the role it claims (checked against the task) */
export const ActorSchema = z.object({ unit: ShortTextSchema, role: ActorRoleSchema });
export type Actor = z.infer<typeof ActorSchema>;

/** a milestone id inside one task: `measures`, `start`, `complete`, `report-1`, `complete-2` … */
export const MilestoneIdSchema = ShortTextSchema;

/**
 * A date an event carries: an instant with an offset, in the years LIMITS allows (the task checks it again
 * against the plan's own window, DATE_OUT_OF_RANGE).
 */
export const EventInstantSchema = InstantSchema.check((ctx) => {
  // a value that is not a date at all is named by the format check
  if (!/^\d{4}-/.test(ctx.value) || Number.isNaN(Date.parse(ctx.value))) return;
  const year = Number(ctx.value.slice(0, 4));
  if (year < LIMITS.earliestYear || year > LIMITS.latestYear)
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: `日期须在 ${LIMITS.earliestYear}–${LIMITS.latestYear} 年之间 / the date must lie in the years ${LIMITS.earliestYear}–${LIMITS.latestYear}`,
      params: { code: 'DATE_OUT_OF_RANGE' },
    });
});

const envelope = {
  actor: ActorSchema,
  /** the time given by the caller or workflow; the machine never reads a clock */
  at: InstantSchema,
  /** idempotency key: a repeated eventId is refused with DUPLICATE_EVENT */
  eventId: ShortTextSchema.optional(),
};

const event = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), ...envelope, ...shape });

/** a conference resolution (联席会议决定) */
export const DecisionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('extend'), milestone: MilestoneIdSchema, newDue: EventInstantSchema }),
  z.object({ kind: z.literal('reassignLead'), leadUnits: z.array(ShortTextSchema).min(1).max(LIMITS.unitsPerDecision) }),
  /** 督办令: recorded, and the item it answers is closed (escalated → overdue) */
  z.object({ kind: z.literal('order'), text: TextSchema }),
  z.object({ kind: z.literal('waive'), unit: ShortTextSchema }),
  z.object({ kind: z.literal('cancel'), reason: TextSchema }),
]);
export type Decision = z.infer<typeof DecisionSchema>;

/** timers name the milestone and the due they were armed for, so stale ones are refused */
const timer = { milestone: MilestoneIdSchema, due: InstantSchema };

export const IssueMeasuresSchema = event('ISSUE_MEASURES', {
  measures: LongTextSchema,
  documentRef: ShortTextSchema.optional(),
});
export const AcknowledgeSchema = event('ACKNOWLEDGE', {});
export const StartSchema = event('START', {});
export const ReportProgressSchema = event('REPORT_PROGRESS', {
  summary: TextSchema,
  percent: z.number().min(0).max(100).optional(),
});
export const ContributeSchema = event('CONTRIBUTE', { summary: TextSchema });
export const SubmitSchema = event('SUBMIT', { evidence: LongTextSchema });
export const VerifySchema = event('VERIFY', { note: TextSchema.optional() });
export const ReturnSchema = event('RETURN', { reason: TextSchema });
export const RequestExtensionSchema = event('REQUEST_EXTENSION', {
  milestone: MilestoneIdSchema,
  newDue: EventInstantSchema,
  reason: TextSchema,
});
export const DecideExtensionSchema = event('DECIDE_EXTENSION', {
  approve: z.boolean(),
  note: TextSchema.optional(),
});
/** `issuedAt` is when the upstream document came out (the envelope's `at` is when we heard of it) */
export const UpstreamIssuedSchema = event('UPSTREAM_ISSUED', { issuedAt: EventInstantSchema, ref: ShortTextSchema });
export const SetDeadlineSchema = event('SET_DEADLINE', { milestone: MilestoneIdSchema, due: EventInstantSchema });
export const ResolveSchema = event('RESOLVE', {
  decision: DecisionSchema,
  /** the conference agenda item this answers, when there is one */
  itemId: ShortTextSchema.optional(),
});
export const RemindSchema = event('REMIND', timer);
export const DeadlinePassedSchema = event('DEADLINE_PASSED', timer);
export const EscalateSchema = event('ESCALATE', { ...timer, itemId: ShortTextSchema });
/** a step on an assisting unit's deadline (machines/handoff): named by unit, deadline, step and due, so stale ones are refused */
export const AssistTimerSchema = event('ASSIST_TIMER', { unit: ShortTextSchema, deadline: HandoffDeadlineSchema, step: HandoffStepSchema, due: InstantSchema });
/** a child plan's progress, from its rollup (a plan loaded as this task's implementation); met by its completion */
export const ChildPlanSchema = event('CHILD_PLAN', { progress: ChildPlanProgressSchema });

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
  AssistTimerSchema,
  ChildPlanSchema,
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
  /** an assisting unit's contribution, or a leading collective's member reporting its part done */
  CONTRIBUTE: ['assisting', 'lead'],
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
  ASSIST_TIMER: ['system'],
  CHILD_PLAN: ['system'],
};

/** the timers' own events (REMIND, DEADLINE_PASSED, ESCALATE, ASSIST_TIMER): those only the system may send */
export const TIMER_EVENT_TYPES: readonly TaskEventType[] = TASK_EVENT_TYPES.filter((t) => ROLES_FOR[t].every((r) => r === 'system'));

