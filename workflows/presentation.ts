// What supervisors see of a task in the Temporal UI: summary, current details, search attribute values.
import type { SearchAttributeUpdatePair } from '@temporalio/common';
import { COLOUR_LABEL, milestoneLabel, nextMilestone, peekTaskView, STATE_LABEL, stateNames, type Plan, type Task, type TaskSnapshot } from '../machines';
import { AssistingUnits, DueAt, LeadUnit, LeadUnits, ParentTask, PlanId, Supervision, TaskNo, TaskState } from './search-attributes';

/** `钦州` from `钦州市人民政府办公室`, `辽宁` from `辽宁省…` */
export function placeOf(issuerOrTitle: string): string {
  return /^(.+?)(省|市|区|县)/.exec(issuerOrTitle)?.[1] ?? issuerOrTitle.slice(0, 4);
}

/**
 * `【常州-7】…（牵头：市老龄办）`: the static summary of a task workflow; a collective says how many members
 * it stands for (`牵头：县区政府（管委）5个成员单位`, `各市、县（市、区）政府14个成员单位配合`).
 */
export function taskSummary(place: string, task: Pick<Task, 'no' | 'text' | 'leadUnits'>, members: Readonly<Record<string, number>> = {}): string {
  const text = task.text.length > 40 ? `${task.text.slice(0, 40)}…` : task.text;
  const counted = (u: string): string => (members[u] === undefined ? u : `${u}${members[u]}个成员单位`);
  const assisting = Object.keys(members).filter((u) => !task.leadUnits.includes(u));
  return `【${place}-${task.no}】${text}（牵头：${task.leadUnits.map(counted).join('、')}${assisting.length > 0 ? `；${assisting.map(counted).join('、')}配合` : ''}）`;
}

export const planPlace = (plan: Pick<Plan, 'issuer' | 'title'>): string => placeOf(plan.issuer || plan.title);

const parentLine = (snapshot: TaskSnapshot): string => {
  const p = snapshot.context.parent;
  return p === null ? '' : `**落实上级任务**：${p.planId}:${p.taskNo}${p.unit === null ? '' : `（${p.unit}）`}`;
};

/** a few Markdown lines for `setCurrentDetails` */
export function currentDetails(snapshot: TaskSnapshot): string {
  const v = peekTaskView(snapshot, { limit: 1 });
  const next = v.nextMilestone;
  const assists = v.assists.filter((a) => a.collective === null).map((a) => `${a.unit}：${a.status}`).join('；') || '无';
  // a collective's members in one line each (14 cities would not fit one by one)
  const members = v.members.map(
    (m) => `**${m.collective}**（${m.role === 'lead' ? '牵头' : '配合'}，${m.total}个成员单位）：已完成 ${m.done}，已免除 ${m.waived}，逾期 ${m.late}${m.lateUnits.length > 0 ? `（${m.lateUnits.slice(0, 20).join('、')}${m.lateUnits.length > 20 ? '…' : ''}）` : ''}`,
  );
  return [
    `**状态**：${STATE_LABEL[v.state.lifecycle]}　**督办**：${COLOUR_LABEL[v.colour]}${v.membersNote === null ? '' : `（${v.membersNote}）`}`,
    `**下一节点**：${next ? `${milestoneLabel(next.id, next.kind)}，${next.due}` : '无'}`,
    `**牵头**：${v.leadUnits.join('、')}　**配合**：${assists}`,
    ...members,
    v.escalation ? `**联席会议事项**：${v.escalation.itemId}` : '',
    parentLine(snapshot),
    ...snapshot.context.childPlans.map((p) => `**下级方案** ${p.planId}${p.unit === null ? '' : `（${p.unit}）`}：${p.total} 项，已验收 ${p.byLifecycle['verified'] ?? 0}，逾期 ${p.byColour.yellow + p.byColour.red}${p.complete ? '，已全部完成' : ''}`),
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
    // a leading collective's members are found as leads, an assisting one's as assisting units, and each collective by its own name
    { key: LeadUnits, value: [...new Set([...c.leadUnits, ...c.assists.filter((a) => a.role === 'lead').map((a) => a.unit)])] },
    { key: AssistingUnits, value: [...new Set([...c.assists.filter((a) => a.role === 'assisting').map((a) => a.unit), ...c.task.assistingUnits])] },
    { key: DueAt, value: due ? new Date(due) : null },
    { key: ParentTask, value: c.parent === null ? null : `${c.parent.planId}:${c.parent.taskNo}` },
  ];
}
