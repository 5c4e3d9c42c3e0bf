// What supervisors see of a task in the Temporal UI: summary, current details, search attribute values.
import type { SearchAttributeUpdatePair } from '@temporalio/common';
import { COLOUR_LABEL, milestoneLabel, nextMilestone, STATE_LABEL, stateNames, taskView, type Plan, type Task, type TaskSnapshot } from '../machines';
import { AssistingUnits, DueAt, LeadUnit, LeadUnits, PlanId, Supervision, TaskNo, TaskState } from './search-attributes';

/** `钦州` from `钦州市人民政府办公室`, `辽宁` from `辽宁省…` */
export function placeOf(issuerOrTitle: string): string {
  return /^(.+?)(省|市|区|县)/.exec(issuerOrTitle)?.[1] ?? issuerOrTitle.slice(0, 4);
}

/** `【常州-7】…（牵头：市老龄办）`: the static summary of a task workflow */
export function taskSummary(place: string, task: Pick<Task, 'no' | 'text' | 'leadUnits'>): string {
  const text = task.text.length > 40 ? `${task.text.slice(0, 40)}…` : task.text;
  return `【${place}-${task.no}】${text}（牵头：${task.leadUnits.join('、')}）`;
}

export const planPlace = (plan: Pick<Plan, 'issuer' | 'title'>): string => placeOf(plan.issuer || plan.title);

/** a few Markdown lines for `setCurrentDetails` */
export function currentDetails(snapshot: TaskSnapshot): string {
  const v = taskView(snapshot);
  const next = v.nextMilestone;
  const assists = v.assists.map((a) => `${a.unit}：${a.status}`).join('；') || '无';
  return [
    `**状态**：${STATE_LABEL[v.state.lifecycle]}　**督办**：${COLOUR_LABEL[v.colour]}`,
    `**下一节点**：${next ? `${milestoneLabel(next.id, next.kind)}，${next.due}` : '无'}`,
    `**牵头**：${v.leadUnits.join('、')}　**配合**：${assists}`,
    v.escalation ? `**联席会议事项**：${v.escalation.itemId}` : '',
    `**最近**：${v.history.at(-1)?.summary ?? '创建'}`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** the search attributes a task keeps current */
export function taskSearchAttributes(snapshot: TaskSnapshot): SearchAttributeUpdatePair[] {
  const c = snapshot.context;
  const { lifecycle, supervision } = stateNames(snapshot);
  const due = nextMilestone(snapshot)?.due;
  return [
    { key: PlanId, value: c.planId },
    { key: TaskNo, value: c.task.no },
    { key: TaskState, value: lifecycle },
    { key: Supervision, value: supervision },
    { key: LeadUnit, value: c.leadUnits[0] ?? '' },
    { key: LeadUnits, value: [...c.leadUnits] },
    { key: AssistingUnits, value: c.assists.map((a) => a.unit) },
    { key: DueAt, value: due ? new Date(due) : null },
  ];
}
