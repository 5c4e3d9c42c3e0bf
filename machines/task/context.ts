// The task machine's context as a zod schema (the persisted shape) and its construction from a task and plan.
import { z } from 'zod';
import { ConferenceSchema, ParentLinkSchema, PolicySchema, TaskSchema, type Conference, type ParentLink, type Policy, type Task } from '../plan';
import { ChildPlanProgressSchema } from '../rollup';
import { InstantSchema } from '../schedule';
import { ActorSchema, MilestoneIdSchema } from './events';
import { milestonesFromSchedule } from './milestones';
import { AssistSchema } from '../handoff';
import { openLeadShares, sharesOf, type CollectiveMembers } from './members';

export const TaskMilestoneKindSchema = z.enum(['measures', 'start', 'complete', 'report']);
export type TaskMilestoneKind = z.infer<typeof TaskMilestoneKindSchema>;

/** one move of a milestone's due date (延期 / 设定时限) */
export const ExtensionSchema = z.object({
  from: InstantSchema.nullable(),
  to: InstantSchema,
  at: InstantSchema,
  source: z.enum(['request', 'conference', 'deadlineSet', 'upstream']),
  unit: z.string(),
  reason: z.string().nullable(),
});
export type Extension = z.infer<typeof ExtensionSchema>;

export const MilestoneSchema = z.object({
  id: MilestoneIdSchema,
  kind: TaskMilestoneKindSchema,
  due: InstantSchema.nullable(),
  metAt: InstantSchema.nullable(),
  /** true once its due passed before it was met */
  late: z.boolean(),
  extensions: z.array(ExtensionSchema),
});
export type Milestone = z.infer<typeof MilestoneSchema>;

export const ProgressEntrySchema = z.object({
  at: InstantSchema,
  unit: z.string(),
  role: z.enum(['lead', 'assisting']),
  summary: z.string(),
  percent: z.number().nullable(),
});
export type ProgressEntry = z.infer<typeof ProgressEntrySchema>;

export const HistoryEntrySchema = z.object({
  seq: z.number().int().positive(),
  type: z.string(),
  actor: ActorSchema,
  at: InstantSchema,
  /** what happened, in Chinese */
  summary: z.string(),
  eventId: z.string().nullable(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

const stamped = { at: InstantSchema, unit: z.string() };

export const TaskContextSchema = z.object({
  planId: z.string(),
  task: TaskSchema,
  conference: ConferenceSchema,
  policy: PolicySchema,
  issuedOn: z.iso.date(),
  createdAt: InstantSchema,
  /** current 牵头单位 (the conference may reassign them) */
  leadUnits: z.array(z.string()).min(1),
  assists: z.array(AssistSchema),
  measures: z.object({ text: z.string(), documentRef: z.string().nullable(), ...stamped }).nullable(),
  progress: z.array(ProgressEntrySchema),
  evidence: z.object({ text: z.string(), ...stamped }).nullable(),
  returns: z.array(z.object({ reason: z.string(), ...stamped })),
  verification: z.object({ note: z.string().nullable(), ...stamped }).nullable(),
  milestones: z.array(MilestoneSchema),
  /** the open 延期申请, if any */
  extensionRequest: z
    .object({ milestone: MilestoneIdSchema, currentDue: InstantSchema, newDue: InstantSchema, reason: z.string(), ...stamped })
    .nullable(),
  upstream: z.object({ issuedAt: InstantSchema, ref: z.string(), ...stamped }).nullable(),
  /** the milestone the supervision region is reacting to (dueSoon/overdue/escalated) */
  watch: z.object({ milestone: MilestoneIdSchema, due: InstantSchema }).nullable(),
  /** the open conference item while escalated */
  escalation: z.object({ itemId: z.string(), milestone: MilestoneIdSchema, due: InstantSchema, at: InstantSchema }).nullable(),
  orders: z.array(z.object({ text: z.string(), itemId: z.string().nullable(), at: InstantSchema })),
  cancellation: z.object({ reason: z.string(), at: InstantSchema }).nullable(),
  /** the newest LIMITS.keptHistory entries (Temporal's own history keeps every event) */
  history: z.array(HistoryEntrySchema),
  /** how many events were accepted in all: the next entry's seq is historyCount + 1 */
  historyCount: z.number().int().nonnegative(),
  /** the newest LIMITS.keptEventIds idempotency keys */
  eventIds: z.array(z.string()),
  /** the ids of the plan's units (a reassigned lead must be one of them) */
  planUnits: z.array(z.string()),
  /** the upper level's task this task's plan implements (its id is in the summary and ParentTask) */
  parent: ParentLinkSchema.nullable().default(null),
  /** plans loaded as this task's implementation, as their rollups last reported (bounded: LIMITS.childPlans) */
  childPlans: z.array(ChildPlanProgressSchema).default([]),
  /** the task's collectives that stand for members: collective id → member unit ids (machines/task/members) */
  collectives: z.record(z.string(), z.array(z.string())).default({}),
});
export type TaskContext = z.infer<typeof TaskContextSchema>;

/** the plan facts a task needs */
export interface TaskPlanInput {
  id: string;
  conference: Conference;
  policy: Policy;
  /** YYYY-MM-DD, the plan's issue date (start of the first report period) */
  issuedOn: string;
  /** the ids of the plan's units directory; without it, the task's own units and the conference's */
  units?: string[];
  /** the members of the collectives this task names (plan.units[*].members); absent: none expanded */
  members?: CollectiveMembers;
  /** the upper level's task the plan implements */
  parent?: ParentLink | null;
}

export interface TaskInput {
  task: Task;
  plan: TaskPlanInput;
  /** creation instant, given by the caller */
  at: string;
}

export function createContext({ task, plan, at }: TaskInput): TaskContext {
  const milestones = milestonesFromSchedule(task.schedule.spec, plan.issuedOn, plan.policy.printedDueOnNonWorkingDay);
  return {
    planId: plan.id,
    task,
    conference: plan.conference,
    policy: plan.policy,
    issuedOn: plan.issuedOn,
    createdAt: at,
    leadUnits: [...task.leadUnits],
    assists: openLeadShares(sharesOf(task, plan.members), at, plan.policy, milestones),
    measures: null,
    progress: [],
    evidence: null,
    returns: [],
    verification: null,
    milestones,
    extensionRequest: null,
    upstream: null,
    watch: null,
    escalation: null,
    orders: [],
    cancellation: null,
    history: [],
    historyCount: 0,
    eventIds: [],
    parent: plan.parent ?? null,
    childPlans: [],
    collectives: Object.fromEntries(Object.entries(plan.members ?? {}).filter(([, m]) => m.length > 0).map(([c, m]) => [c, [...m]])),
    planUnits: plan.units ?? [...new Set([...task.leadUnits, ...task.assistingUnits, plan.conference.convener, plan.conference.office, ...plan.conference.members])],
  };
}
