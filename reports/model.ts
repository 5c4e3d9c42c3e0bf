// The report model: facts (task views, the agenda, the plan, a date) → the supervision bulletin (督查通报). Pure.
import { daysBegun, endOfDate, LIFECYCLE_STATES, PolicySchema, shanghaiDateOf, shiftDays, type Colour, type LifecycleState, type Milestone, type Plan, type Policy } from '../machines';
import type { ReportAgenda, ReportAgendaItem } from './agenda';
import { childPlanRows, type ChildPlanRow, type ReportView } from './child-plans';
import { COLOURS, milestoneLabel, ms } from './labels';
import { buildLedgerRows, type LedgerRow } from './ledger-rows';
import { memberRows, namedAssisting, type MemberRow } from './member-rows';
import { buildRanking, type Ranking } from './ranking';
import type { UnitKinds } from './unit-groups';

/** what a report needs of one task of the plan beyond its view: where it sits and how it was written */
export interface TaskOutline {
  no: string;
  section: string | null;
  assistingUnits: string[];
  /** the schedule as printed (时间进度), verbatim */
  schedule: string | null;
}

/** the plan as a report sees it; from the canonical plan when there is one, else from the views alone */
export interface PlanOutline {
  id: string;
  title: string;
  conferenceName: string | null;
  office: string | null;
  policy: Policy;
  tasks: TaskOutline[];
  /** the units directory's kinds, so that cities are ranked against cities (empty when only the views are known) */
  unitKinds: UnitKinds;
}

export function outlineOf(plan: Plan): PlanOutline {
  const sections = new Map(plan.sections.map((s) => [s.id, s.title]));
  return {
    id: plan.id,
    title: plan.title,
    conferenceName: plan.conference.name,
    office: plan.conference.office,
    policy: plan.policy,
    tasks: plan.tasks.map((t) => ({
      no: t.no,
      section: t.section === null ? null : (sections.get(t.section) ?? t.section),
      assistingUnits: t.assistingUnits,
      schedule: t.schedule.raw,
    })),
    unitKinds: Object.fromEntries(plan.units.map((u) => [u.id, u.kind])),
  };
}

export function outlineFromViews(planId: string, views: readonly ReportView[]): PlanOutline {
  return {
    id: planId,
    title: planId,
    conferenceName: null,
    office: null,
    policy: PolicySchema.parse({}),
    // the units named on their own and the collectives, as the plan would list them (not every member)
    tasks: views.map((v) => ({ no: v.taskNo, section: null, assistingUnits: namedAssisting(v), schedule: null })),
    unitKinds: {},
  };
}

export interface ReportFacts {
  plan: PlanOutline;
  views: ReportView[];
  agenda: ReportAgenda | null;
  /** YYYY-MM-DD in Asia/Shanghai: the report counts that whole day */
  asOf: string;
  generatedAt: string;
}

/** a milestone of a task, as the bulletin's tables list it */
interface MilestoneRow {
  taskNo: string;
  text: string;
  leadUnits: string[];
  milestone: string;
  milestoneLabel: string;
  due: string;
  /** `各市、县（市、区）政府：14个成员单位中3个逾期`, or null: what the colour does not say */
  membersNote: string | null;
}

export interface OverdueRow extends MilestoneRow {
  daysOverdue: number;
  /** 督办 status: the agenda item it was escalated with, or why it is not (yet) */
  escalation: { itemId: string | null; status: 'open' | 'resolved' | 'withdrawn' | 'grace' | 'none'; label: string };
}

export interface DueSoonRow extends MilestoneRow {
  daysLeft: number;
}

export interface ItemRow {
  itemId: string;
  taskNo: string;
  kind: ReportAgendaItem['kind'];
  subject: string;
  leadUnits: string[];
  raisedAt: string;
  sessionNo: number | null;
  decision: string | null;
}

export interface Bulletin {
  planId: string;
  title: string;
  asOf: string;
  generatedAt: string;
  taskCount: number;
  byState: Record<LifecycleState, number>;
  byColour: Record<Colour, number>;
  overdue: OverdueRow[];
  dueSoon: DueSoonRow[];
  dueSoonDays: number;
  conference: { name: string | null; open: ItemRow[]; resolved: ItemRow[]; sessionsHeld: number; nextSessionAt: string | null };
  /** per task and collective: how many members are done, late, waived */
  members: MemberRow[];
  /** per task with child plans (下级实施方案): each child plan's tasks by colour and state */
  childPlans: ChildPlanRow[];
  /** per primary lead unit: tasks by colour (chart 1) */
  colourByUnit: { unit: string; counts: Record<Colour, number> }[];
  /** per month of metAt: milestones met on time vs late (chart 2), as the machine recorded them */
  milestonesByMonth: { month: string; onTime: number; late: number }[];
}

export interface Report {
  bulletin: Bulletin;
  ranking: Ranking;
  ledger: LedgerRow[];
}

export const DUE_SOON_DAYS = 30;

const zeroColours = (): Record<Colour, number> => ({ green: 0, blue: 0, yellow: 0, red: 0, grey: 0 });

/** a milestone met by the report's day (a later metAt is not known yet as of that day) */
export const metBy = (m: Milestone, asOfEnd: string): boolean => m.metAt !== null && ms(m.metAt) <= ms(asOfEnd);

/** views in the plan's order (tasks the plan does not list come last, by number) */
export function orderedViews(plan: PlanOutline, views: readonly ReportView[]): ReportView[] {
  const seq = new Map(plan.tasks.map((t, i) => [t.no, i]));
  const at = (v: ReportView): number => seq.get(v.taskNo) ?? Number.MAX_SAFE_INTEGER;
  return [...views].sort((a, b) => at(a) - at(b) || a.taskNo.localeCompare(b.taskNo, 'en', { numeric: true }));
}

function escalationOf(view: ReportView, m: Milestone, items: readonly ReportAgendaItem[]): OverdueRow['escalation'] {
  const item = [...items].reverse().find((i) => i.taskNo === view.taskNo && i.kind === 'milestoneOverdue' && i.subject === m.id);
  const itemId = view.escalation?.milestone === m.id ? view.escalation.itemId : (item?.itemId ?? null);
  const status = item?.status ?? (itemId !== null ? 'open' : null);
  if (status === 'open') return { itemId, status, label: `已提交联席会议（${itemId ?? ''}），待议` };
  if (status === 'resolved') return { itemId, status, label: `联席会议已决定（${itemId ?? ''}）` };
  if (status === 'withdrawn') return { itemId, status, label: `已撤回（${itemId ?? ''}）` };
  if (view.state.supervision === 'overdue') return { itemId: null, status: 'grace', label: '逾期，宽限期内，尚未提交' };
  return { itemId: null, status: 'none', label: '尚未提交联席会议' };
}

function decisionText(item: ReportAgendaItem): string | null {
  const d = item.resolution?.decision;
  if (!d) return null;
  switch (d.kind) {
    case 'extend':
      return `延期：${d.milestone} 至 ${d.newDue.slice(0, 10)}`;
    case 'reassignLead':
      return `调整牵头单位：${d.leadUnits.join('、')}`;
    case 'order':
      return `督办令：${d.text}`;
    case 'waive':
      return `免除配合：${d.unit}`;
    case 'cancel':
      return `撤销任务：${d.reason}`;
  }
}

const itemRow = (i: ReportAgendaItem): ItemRow => ({
  itemId: i.itemId,
  taskNo: i.taskNo,
  kind: i.kind,
  subject: i.subject,
  leadUnits: i.leadUnits,
  raisedAt: i.raisedAt,
  sessionNo: i.sessionNo,
  decision: decisionText(i),
});

function deadlineLists(views: readonly ReportView[], items: readonly ReportAgendaItem[], asOfEnd: string): { overdue: OverdueRow[]; dueSoon: DueSoonRow[] } {
  const overdue: OverdueRow[] = [];
  const dueSoon: DueSoonRow[] = [];
  const horizon = ms(shiftDays(asOfEnd, DUE_SOON_DAYS));
  for (const v of views) {
    if (v.closed) continue;
    for (const m of v.milestones) {
      if (m.due === null || metBy(m, asOfEnd)) continue;
      const base = { taskNo: v.taskNo, text: v.text, leadUnits: v.leadUnits, milestone: m.id, milestoneLabel: milestoneLabel(m.id, m.kind), due: m.due, membersNote: v.membersNote };
      if (ms(m.due) < ms(asOfEnd)) overdue.push({ ...base, daysOverdue: daysBegun(m.due, asOfEnd), escalation: escalationOf(v, m, items) });
      else if (ms(m.due) <= horizon) dueSoon.push({ ...base, daysLeft: daysBegun(asOfEnd, m.due) });
    }
  }
  overdue.sort((a, b) => b.daysOverdue - a.daysOverdue); // stable: plan order among equals
  dueSoon.sort((a, b) => ms(a.due) - ms(b.due));
  return { overdue, dueSoon };
}

function colourByUnit(views: readonly ReportView[]): Bulletin['colourByUnit'] {
  const byUnit = new Map<string, Record<Colour, number>>();
  for (const v of views) {
    const unit = v.leadUnits[0] ?? '—';
    const counts = byUnit.get(unit) ?? zeroColours();
    counts[v.colour]++;
    byUnit.set(unit, counts);
  }
  const total = (c: Record<Colour, number>): number => COLOURS.reduce((s, k) => s + c[k], 0);
  return [...byUnit.entries()]
    .map(([unit, counts]) => ({ unit, counts }))
    .sort((a, b) => total(b.counts) - total(a.counts) || a.unit.localeCompare(b.unit, 'zh-CN'));
}

function milestonesByMonth(views: readonly ReportView[], asOfEnd: string): Bulletin['milestonesByMonth'] {
  const months = new Map<string, { onTime: number; late: number }>();
  for (const m of views.flatMap((v) => v.milestones)) {
    if (!metBy(m, asOfEnd) || m.metAt === null) continue;
    const key = shanghaiDateOf(m.metAt).slice(0, 7);
    const row = months.get(key) ?? { onTime: 0, late: 0 };
    row[m.late ? 'late' : 'onTime']++;
    months.set(key, row);
  }
  return [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, r]) => ({ month, ...r }));
}

export function buildBulletin(facts: ReportFacts): Bulletin {
  const asOfEnd = endOfDate(facts.asOf);
  const views = orderedViews(facts.plan, facts.views);
  const items = facts.agenda ? [...facts.agenda.open, ...facts.agenda.closed] : [];
  const byState = Object.fromEntries(LIFECYCLE_STATES.map((s) => [s, 0])) as Record<LifecycleState, number>;
  const byColour = zeroColours();
  for (const v of views) {
    byState[v.state.lifecycle]++;
    byColour[v.colour]++;
  }
  return {
    planId: facts.plan.id,
    title: facts.plan.title,
    asOf: facts.asOf,
    generatedAt: facts.generatedAt,
    taskCount: views.length,
    byState,
    byColour,
    ...deadlineLists(views, items, asOfEnd),
    dueSoonDays: DUE_SOON_DAYS,
    conference: {
      name: facts.agenda?.conference.name ?? facts.plan.conferenceName,
      open: (facts.agenda?.open ?? []).map(itemRow),
      resolved: (facts.agenda?.closed ?? []).filter((i) => i.status === 'resolved').map(itemRow),
      sessionsHeld: facts.agenda?.sessions.length ?? 0,
      nextSessionAt: facts.agenda?.nextSessionAt ?? null,
    },
    members: memberRows(views),
    childPlans: childPlanRows(views),
    colourByUnit: colourByUnit(views),
    milestonesByMonth: milestonesByMonth(views, asOfEnd),
  };
}

/** bulletin, unit ranking and ledger rows from one set of facts */
export function buildReport(facts: ReportFacts): Report {
  const views = orderedViews(facts.plan, facts.views);
  return {
    bulletin: buildBulletin(facts),
    ranking: buildRanking(views, facts.plan.policy, facts.asOf, facts.plan.unitKinds),
    ledger: buildLedgerRows(facts.plan, views, facts.agenda),
  };
}
