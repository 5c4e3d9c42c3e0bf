// Overrides (人工校订): the curated fixes in seeds/overrides/<plan>.json, validated by zod and applied after parsing.
import { z } from 'zod';
import { ConferenceSchema, TaskNoSchema, UnitKindSchema } from '../machines/plan';
import { ScheduleSpecSchema } from '../machines/schedule';
import { FIELDS } from './columns';
import type { ParsedDocument } from './parsed';
import type { Reporter } from './reporter';

const reason = z.string().min(1, 'every override says why');

export const TaskOverrideSchema = z.object({
  no: TaskNoSchema,
  reason,
  schedule: z.object({ raw: z.string().optional(), spec: ScheduleSpecSchema }).optional(),
  leadUnits: z.array(z.string().min(1)).min(1).optional(),
  assistingUnits: z.array(z.string().min(1)).optional(),
});

export const UnitOverrideSchema = z.object({
  /** the canonical name; mentions equal to one of the aliases resolve to it */
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  kind: UnitKindSchema.optional(),
  verified: z.boolean().default(true),
  reason,
});

/** a member named by hand: a division's government (with its code) or a body no dataset knows (a 管委会) */
export const MemberOverrideSchema = z.object({
  name: z.string().min(1),
  code: z.string().regex(/^\d{6}$/, 'a division code has 6 digits').nullable().default(null),
  aliases: z.array(z.string().min(1)).default([]),
  kind: UnitKindSchema.exclude(['collective']).default('division'),
});

/** a collective's members (各辖市、区人民政府): add to those found, replace them, or reach the counties of a province's cities */
export const CollectiveOverrideSchema = z
  .object({
    /** the collective as the plan names it (its id or an alias) */
    name: z.string().min(1),
    add: z.array(MemberOverrideSchema).optional(),
    members: z.array(MemberOverrideSchema).optional(),
    depth: z.enum(['children', 'counties']).optional(),
    reason,
  })
  .refine((o) => !(o.add && o.members), { message: 'add or members (replace), not both', path: ['members'] });

/** How many words a plan's overrides may name for its columns and labels: a list has a dozen, never hundreds. */
const MAX_OWN_WORDS = 64;

/**
 * How to read a list whose words or rules the importer does not know (guided import): the header and label words it
 * uses, each with the field it gives (`实施部门` → assisting, `考核指标` → text), and its rule that the first listed unit
 * leads where the document words it so no known phrase does (true), or where a phrase the importer takes for it is none (false).
 */
export const ReadingOverrideSchema = z.object({
  words: z
    .record(z.string().min(1).max(16, 'a header or label word has at most 16 characters'), z.enum(FIELDS))
    .refine((w) => Object.keys(w).length <= MAX_OWN_WORDS, { message: `at most ${MAX_OWN_WORDS} words` })
    .default({}),
  firstListedLeads: z.boolean().optional(),
  reason,
});

export const OverridesSchema = z.object({
  planId: z.string(),
  metadata: z
    .object({ title: z.string().optional(), issuer: z.string().optional(), issuedOn: z.iso.date().optional(), reason })
    .optional(),
  sections: z.array(z.object({ id: z.string(), title: z.string().min(1), reason })).default([]),
  tasks: z.array(TaskOverrideSchema).default([]),
  units: z.array(UnitOverrideSchema).default([]),
  collectives: z.array(CollectiveOverrideSchema).default([]),
  reading: ReadingOverrideSchema.optional(),
  conference: ConferenceSchema.pick({ name: true, convener: true, office: true }).partial().extend({ reason }).optional(),
});
export type Overrides = z.infer<typeof OverridesSchema>;
export type UnitOverride = z.infer<typeof UnitOverrideSchema>;
export type CollectiveOverride = z.infer<typeof CollectiveOverrideSchema>;
export type MemberOverride = z.infer<typeof MemberOverrideSchema>;

/** Applies section and task overrides to a parsed document in place; units, conference and collectives are applied where they are resolved. */
export function applyTaskOverrides(doc: ParsedDocument, overrides: Overrides, reporter: Reporter): void {
  for (const o of overrides.sections) {
    const section = doc.sections.find((s) => s.id === o.id);
    if (!section) throw new RangeError(`override for unknown section ${o.id}`);
    reporter.add('override', null, null, section.title, `章节标题改为「${o.title}」：${o.reason}`);
    section.title = o.title;
  }
  for (const o of overrides.tasks) {
    const task = doc.tasks.find((t) => t.no === o.no);
    if (!task) throw new RangeError(`override for unknown task ${o.no}`);
    if (o.schedule) {
      reporter.add('override', o.no, task.line, task.scheduleRaw, `时间进度改为 ${JSON.stringify(o.schedule.spec)}：${o.reason}`);
      task.schedule = o.schedule.spec;
      if (o.schedule.raw !== undefined) task.scheduleRaw = o.schedule.raw;
    }
    if (o.leadUnits) {
      reporter.add('override', o.no, task.line, task.leads.map((u) => u.raw).join(' '), `牵头单位改为 ${o.leadUnits.join('、')}：${o.reason}`);
      task.leads = o.leadUnits.map((name) => ({ name, raw: name }));
    }
    if (o.assistingUnits) {
      reporter.add('override', o.no, task.line, task.assisting.map((u) => u.raw).join(' '), `配合单位改为 ${o.assistingUnits.join('、') || '（无）'}：${o.reason}`);
      task.assisting = o.assistingUnits.map((name) => ({ name, raw: name }));
    }
  }
}
