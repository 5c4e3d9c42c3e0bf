// ScheduleSpec (时间进度): what a task's schedule cell means, as a discriminated union.
import { z } from 'zod';
import { DurationSchema } from './duration';

/** An instant with an explicit offset, e.g. `2016-03-31T23:59:59+08:00`. */
export const InstantSchema = z.iso.datetime({ offset: true });
export type Instant = z.infer<typeof InstantSchema>;

/** measures = 出台具体措施 / 出台…文件; start = 启动实施; complete = 完成 / 公布 / 落实 / a prose target. */
export const MilestoneKindSchema = z.enum(['measures', 'start', 'complete']);
export type MilestoneKind = z.infer<typeof MilestoneKindSchema>;

export const TargetSchema = z.object({
  milestone: MilestoneKindSchema,
  due: InstantSchema,
  /** the words the date came from, e.g. `2015年四季度出台具体措施` or `到2022年` */
  text: z.string(),
});
export type Target = z.infer<typeof TargetSchema>;

export const ScheduleSpecSchema = z.discriminatedUnion('kind', [
  /** fixed dates; prose plans may carry several targets in one paragraph */
  z.object({ kind: z.literal('by'), targets: z.array(TargetSchema).min(1) }),
  /** 每月 / 按月推进 (monthly), 持续实施 / 持续推进 (quarterly), 逐年落实 (yearly): recurring progress reports, no completion date */
  z.object({ kind: z.literal('ongoing'), cadence: z.enum(['monthly', 'quarterly', 'yearly']) }),
  /** 省市出台办法后，1个月内完成: armed by UPSTREAM_ISSUED; window null = 及时 (the plan policy's default) */
  z.object({
    kind: z.literal('afterEvent'),
    event: z.string().min(1),
    window: DurationSchema.nullable(),
    milestone: MilestoneKindSchema,
  }),
  /** 按省市要求时限落实: no date until a supervisor sets one */
  z.object({ kind: z.literal('setByUpstream'), authority: z.string() }),
  /** damaged or unknown text, kept raw elsewhere; treated as setByUpstream until curated */
  z.object({ kind: z.literal('unparsed'), reason: z.string() }),
]);
export type ScheduleSpec = z.infer<typeof ScheduleSpecSchema>;

export const ScheduleSchema = z.object({
  /** the cell or sentence exactly as printed (verbatim, always) */
  raw: z.string(),
  spec: ScheduleSpecSchema,
});
export type Schedule = z.infer<typeof ScheduleSchema>;
