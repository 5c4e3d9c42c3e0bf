// The gateway's request and response schemas, built from the machine's zod schemas (one source of truth).
import { z } from 'zod';
import {
  AcknowledgeSchema,
  ContributeSchema,
  DecideExtensionSchema,
  DecisionSchema,
  IssueMeasuresSchema,
  PlanSchema,
  ReportProgressSchema,
  LIMITS,
  RequestExtensionSchema,
  ReturnSchema,
  SetDeadlineSchema,
  StartSchema,
  SubmitSchema,
  UpstreamIssuedSchema,
  VerifySchema,
} from '../../machines';
import { PAGE_TOKEN_MAX } from '../page-token';
import { TaskFiltersSchema } from '../visibility';

/** The actor comes from the bearer token and the time from the workflow: neither is part of a body. */
const fromToken = { actor: true, at: true } as const;

/**
 * Every event a person's system may send (the timers' REMIND, DEADLINE_PASSED and ESCALATE are the
 * workflow's own; RESOLVE is the conference's, through an agenda item).
 */
export const EventBodySchema = z
  .discriminatedUnion('type', [
    IssueMeasuresSchema.omit(fromToken),
    AcknowledgeSchema.omit(fromToken),
    StartSchema.omit(fromToken),
    ReportProgressSchema.omit(fromToken),
    ContributeSchema.omit(fromToken),
    SubmitSchema.omit(fromToken),
    VerifySchema.omit(fromToken),
    ReturnSchema.omit(fromToken),
    RequestExtensionSchema.omit(fromToken),
    DecideExtensionSchema.omit(fromToken),
    UpstreamIssuedSchema.omit(fromToken),
    SetDeadlineSchema.omit(fromToken),
  ])
  .describe('an event of the task machine: `type` plus its payload; `actor` and `at` are refused (they come from the token and the workflow); RESOLVE goes to the conference’s agenda');
export type EventBody = z.infer<typeof EventBodySchema>;

export const ErrorBodySchema = z
  .object({ error: z.object({ code: z.string().describe('a named code, e.g. TRANSITION_NOT_ALLOWED'), message: z.string().describe('the reason, 中文 / English') }) })
  .describe('every error');
export const errorResponses = {
  400: ErrorBodySchema,
  401: ErrorBodySchema,
  403: ErrorBodySchema,
  404: ErrorBodySchema,
  409: ErrorBodySchema,
  410: ErrorBodySchema,
  413: ErrorBodySchema,
  503: ErrorBodySchema,
} as const;

export const TaskIdParamsSchema = z.object({
  id: z.string().min(1).describe('the workflow id `task:<planId>:<no>` URL-encoded (task%3Aqinzhou-2015%3A7), or `<planId>:<no>`'),
});
export const TaskPathParamsSchema = z.object({ plan: z.string().min(1).describe('plan id'), no: z.string().min(1).describe('task number') });

const StateSchema = z.looseObject({ lifecycle: z.string(), supervision: z.string() });
export const TaskViewSchema = z
  .looseObject({
    planId: z.string(),
    taskNo: z.string(),
    text: z.string(),
    state: StateSchema,
    closed: z.boolean(),
    colour: z.string().describe('green on track, blue due soon, yellow overdue, red escalated, grey closed'),
    leadUnits: z.array(z.string()),
    actingLeads: z.array(z.string()).describe('who may act as lead: the lead units named on their own and the members of leading collectives'),
    assists: z
      .array(z.looseObject({ unit: z.string(), role: z.string(), collective: z.string().nullable(), status: z.string() }))
      .describe('one handoff per assisting unit and per member of a collective (各市政府 → each city), each with its own status and deadlines'),
    members: z
      .array(z.looseObject({ collective: z.string(), role: z.string(), total: z.number(), done: z.number(), late: z.number() }))
      .describe('per collective: how many members are notified, done, waived, late'),
    membersNote: z.string().nullable().describe('what the colour does not say: how many members of a collective are late'),
    history: z.array(z.unknown()).describe('every accepted event: actor, time, payload summary'),
  })
  .describe('the task view (the workflow’s `view` query) and its workflow status (RUNNING, COMPLETED, TERMINATED …)');

const HistoryEntrySchema = z.looseObject({ seq: z.number(), type: z.string(), at: z.string(), summary: z.string() });
export const TransitionResultSchema = z
  .looseObject({
    planId: z.string(),
    taskNo: z.string(),
    state: StateSchema,
    closed: z.boolean(),
    colour: z.string(),
    leadUnits: z.array(z.string()),
    actingLeads: z.array(z.string()),
    membersNote: z.string().nullable(),
    nextMilestone: z.unknown().nullable(),
    milestones: z.array(z.unknown()),
    accepted: HistoryEntrySchema.nullable().describe('the history entry this event added'),
    historyCount: z.number(),
  })
  .describe('what an accepted event returns: the new state and dates, compact whatever the task holds');

export const TaskViewQuerySchema = z.object({
  historyBefore: z.coerce.number().int().min(1).optional().describe('history entries before this seq (older pages)'),
  historyLimit: z.coerce.number().int().min(1).max(LIMITS.historyPage).optional().describe(`history entries per page (at most ${LIMITS.historyPage})`),
});

export const TaskListQuerySchema = TaskFiltersSchema.extend({
  pageSize: z.coerce.number().int().min(1).max(1000).optional().describe('rows per page (default 100)'),
  nextPageToken: z.string().min(1).max(PAGE_TOKEN_MAX).optional().describe('from the previous page of the same query'),
});
export const TaskSummarySchema = z.object({
  id: z.string(),
  planId: z.string().nullable(),
  taskNo: z.string().nullable(),
  state: z.string().nullable(),
  supervision: z.string().nullable(),
  leadUnit: z.string().nullable(),
  leadUnits: z.array(z.string()),
  assistingUnits: z.array(z.string()),
  dueAt: z.string().nullable(),
  status: z.string(),
});
export const TaskPageSchema = z.object({ tasks: z.array(TaskSummarySchema), nextPageToken: z.string().nullable() });

export const PlanParamsSchema = z.object({ plan: z.string().min(1).describe('plan id, e.g. qinzhou-2015') });
export const AgendaSchema = z.looseObject({ planId: z.string(), open: z.array(z.unknown()), closed: z.array(z.unknown()), sessions: z.array(z.unknown()) });
export const SessionSchema = z.looseObject({ no: z.number(), heldAt: z.string(), items: z.array(z.string()) });
export const ResolutionBodySchema = z.object({ itemId: z.string().min(1).describe('the agenda item'), decision: DecisionSchema });
export const AgendaItemSchema = z.looseObject({ itemId: z.string(), status: z.string() });

export const ImportBodySchema = z.object({
  document: z.string().min(1).describe('a task-division list (任务分工清单): its text (.txt, .csv, .html), or its bytes in base64 (encoding: base64), which .xlsx, .docx, .doc and text-layer .pdf need and any format may use'),
  encoding: z.enum(['utf8', 'base64']).optional().describe('how `document` is written; default utf8, for the text formats (.txt, .csv, .html) only'),
  fileName: z.string().min(1).max(255).describe('its file name: the format and the plan id come from it (qinzhou-2015.txt → qinzhou-2015)'),
  overrides: z.unknown().optional().describe('curated fixes; default: the seed overrides of that plan, if any'),
});
export const PlanBodySchema = z.union([ImportBodySchema, PlanSchema]).describe('a canonical plan JSON, or a document to import');
export const PlanQuerySchema = z.object({
  dryRun: z.enum(['true', 'false']).optional().transform((v) => v === 'true').describe('only import and report; nothing is started'),
  rebase: z.iso.date().optional().describe('move the plan so it is issued on this day (YYYY-MM-DD)'),
  parent: z.string().min(1).max(LIMITS.shortText).optional().describe('load the plan as the implementation of an upper level’s task, e.g. `liaoning-2020:3` (404 UNKNOWN_TASK when there is none)'),
  parentUnit: z
    .string()
    .min(1)
    .max(LIMITS.shortText)
    .optional()
    .describe('the unit of that task answering through this plan; its completion meets that unit’s share (default: the plan’s issuer, when the task names it; 400 UNKNOWN_UNIT when it does not answer there)'),
});
export const LoadResponseSchema = z.object({
  planId: z.string(),
  tasks: z.number(),
  started: z.number(),
  existing: z.number(),
  conference: z.enum(['started', 'existing']),
});
export const DryRunResponseSchema = z.object({ plan: PlanSchema, report: z.unknown().nullable() });

export const HealthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  temporal: z.object({ reachable: z.boolean(), serverVersion: z.string().nullable() }),
  taskQueue: z.string(),
});
