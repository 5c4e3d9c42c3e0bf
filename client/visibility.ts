// Visibility queries over the task workflows' search attributes: filters (zod) → a safely quoted query string.
import { z } from 'zod';
import { LIFECYCLE_STATES, SUPERVISION_STATES } from '../machines';
import { AssistingUnits, DueAt, LeadUnit, LeadUnits, ParentTask, PlanId, Supervision, TaskNo, TaskState } from '../workflows/search-attributes';

/** A value a person typed: no control characters (they cannot be meant, and the query parser decodes escapes). */
const Text = z.string().min(1).max(200).regex(/^[^\p{Cc}]+$/u, 'no control characters');

export const TaskFiltersSchema = z.object({
  plan: Text.optional().describe('plan id, e.g. qinzhou-2015'),
  taskNo: Text.optional().describe('task number as in the workflow id, e.g. 7 or 1-1'),
  state: z.enum(LIFECYCLE_STATES).optional().describe('lifecycle state'),
  supervision: z.enum(SUPERVISION_STATES).optional().describe('onTrack (green) / dueSoon (blue) / overdue (yellow) / escalated (red) / closed'),
  lead: Text.optional().describe('a lead unit (牵头单位), canonical name, e.g. 市民政局; also a member of a leading collective'),
  assisting: Text.optional().describe('an assisting unit (配合单位); also a member of an assisting collective, e.g. 沈阳市人民政府'),
  parent: Text.optional().describe('the upper level’s task a child plan implements, `<planId>:<no>`, e.g. liaoning-2020:1-2'),
  dueBefore: z.iso.datetime({ offset: true }).optional().describe('next due date before this instant (ISO 8601 with offset)'),
});
export type TaskFilters = z.infer<typeof TaskFiltersSchema>;

/**
 * Quotes a string for Temporal's SQL-like visibility syntax: single quotes, a quote doubled, a
 * backslash doubled (the parser decodes backslash escapes inside strings).
 */
export function quote(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * The query for `client.workflow.list`: only task workflows, never the runs closed by continue-as-new
 * (they would repeat a task), every filter ANDed. Values are always quoted, never spliced.
 */
export function buildTaskQuery(filters: TaskFilters): string {
  const f = TaskFiltersSchema.parse(filters);
  const clauses = [`WorkflowType = 'taskWorkflow'`, `ExecutionStatus != 'ContinuedAsNew'`];
  const eq = (key: { name: string }, value: string | undefined): void => {
    if (value !== undefined) clauses.push(`${key.name} = ${quote(value)}`);
  };
  eq(PlanId, f.plan);
  eq(TaskNo, f.taskNo);
  eq(TaskState, f.state);
  eq(Supervision, f.supervision);
  // any of a task's lead units; LeadUnit alone for runs started before LeadUnits existed
  if (f.lead !== undefined) clauses.push(`(${LeadUnits.name} = ${quote(f.lead)} OR ${LeadUnit.name} = ${quote(f.lead)})`);
  // KeywordList: `=` matches when any element equals the value
  eq(AssistingUnits, f.assisting);
  eq(ParentTask, f.parent);
  if (f.dueBefore !== undefined) clauses.push(`${DueAt.name} < ${quote(new Date(f.dueBefore).toISOString())}`);
  return clauses.join(' AND ');
}
