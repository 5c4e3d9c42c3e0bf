// Unit ranking (绩效考核): per unit, milestones of the tasks it leads and its own handoffs (as an assisting unit or a
// member of a collective), scored on time; divisions' governments ranked against each other, departments against departments. Pure.
import { acknowledgementWindow, endOfDate, type Assist, type Milestone, type Policy } from '../machines';
import type { ReportView } from './child-plans';
import { ms } from './labels';
import { expandedCollectives, RANK_GROUP_LABEL, RANK_GROUPS, unitGrouper, type RankGroupKind, type UnitKinds } from './unit-groups';

export interface RankRow {
  unit: string;
  group: RankGroupKind;
  /** tasks it leads (any lead unit, not only the first, or as a member of a leading collective) / assists */
  led: number;
  assisted: number;
  milestonesOnTime: number;
  milestonesLate: number;
  milestonesOverdue: number;
  acksOnTime: number;
  acksLate: number;
  acksOverdue: number;
  contributionsOnTime: number;
  contributionsLate: number;
  contributionsOverdue: number;
  /** a member of a leading collective: its report of its own part (报告落实情况), due by the task's deadline */
  partsOnTime: number;
  partsLate: number;
  partsOverdue: number;
  /** handoffs the conference waived (免除): not scored, and never shown as late */
  waived: number;
  /** handoffs escalated to the conference (提请联席会议) and still neither done nor waived */
  escalated: number;
  /** items that count: every on-time, late and overdue one above */
  scored: number;
  onTime: number;
  /** onTime / scored, 0..1; null when nothing was due yet (不参评) */
  onTimeRate: number | null;
  /** 1-based within its group, shared by units equal on every criterion; null when not ranked */
  rank: number | null;
}

/** units ranked against their own kind: cities against cities, departments against departments */
export interface RankGroup {
  kind: RankGroupKind;
  label: string;
  labelEn: string;
  rows: RankRow[];
}

export interface Ranking {
  asOf: string;
  rules: string[];
  /** the groups that have units, in RANK_GROUPS order */
  groups: RankGroup[];
}

/** the scoring rules, printed in every report so that a unit can check its own line */
export const RANKING_RULES: readonly string[] = [
  '计分对象：截至通报日已到期或已完成的事项。每项只计一次：按时 = 按时完成；逾期完成 = 完成时已过期限；逾期未完成 = 截至通报日仍未完成且已过期限。',
  '牵头任务：所牵头任务（含共同牵头）的每个节点（出台措施、启动实施、完成、每期进展报告）计一项；是否按时以系统记录的完成时间和逾期标记为准，不按文字推算。',
  '配合任务：每次交办计两项——签收（自交办起按计划规定的签收时限，默认5个工作日）和报送配合材料（期限为交办时任务最近一个节点的期限；无期限的不计）。被联席会议免除的不计，列为“免除”，不计为逾期。',
  '集体单位（如“各市、县（市、区）政府”）已分解到成员单位的，不作为一个单位排名，每个成员单位按本单位自己的交办记录计分：集体单位配合的，同配合任务；集体单位牵头的，成员单位报告本地落实情况计一项，期限为任务的期限（任务节点由实际牵头办理的单位计）。',
  '分组排名：各地政府（行政区划政府，及单位名录未载明类别的集体单位成员）之间排名，部门（含其他单位）之间排名；尚未分解的集体单位单列。',
  '按时率 = 按时项数 ÷ 计分项数。无计分项的单位不参评，列于表末。',
  '排名：按时率高者在前；相同时逾期未完成项少者在前；再相同时逾期完成项少者在前；再相同时计分项多者（任务量大）在前；以上全部相同者并列同一名次，按单位名称排列。',
  'Rules (English): on-time rate = on-time items ÷ scored items; ties broken by fewer overdue, then fewer late, then more scored items; units equal on all share a rank. Each member of an expanded collective is ranked on its own handoff, governments of divisions against each other and departments against each other; waived handoffs are not scored.',
];

type Outcome = 'onTime' | 'late' | 'overdue' | null;

const blankRow = (unit: string, group: RankGroupKind): RankRow => ({
  unit,
  group,
  led: 0,
  assisted: 0,
  milestonesOnTime: 0,
  milestonesLate: 0,
  milestonesOverdue: 0,
  acksOnTime: 0,
  acksLate: 0,
  acksOverdue: 0,
  contributionsOnTime: 0,
  contributionsLate: 0,
  contributionsOverdue: 0,
  partsOnTime: 0,
  partsLate: 0,
  partsOverdue: 0,
  waived: 0,
  escalated: 0,
  scored: 0,
  onTime: 0,
  onTimeRate: null,
  rank: null,
});

/** a milestone as the machine recorded it: met (late or not), or overdue now, or not yet due */
function milestoneOutcome(m: Milestone, asOfEnd: string): Outcome {
  if (m.metAt !== null && ms(m.metAt) <= ms(asOfEnd)) return m.late ? 'late' : 'onTime';
  return m.due !== null && ms(m.due) < ms(asOfEnd) ? 'overdue' : null;
}

/** something done at `doneAt` (or not yet) against a deadline, as of the report's day */
function deadlineOutcome(doneAt: string | null, due: string | null, asOfEnd: string): Outcome {
  if (due === null) return null;
  const done = doneAt !== null && ms(doneAt) <= ms(asOfEnd);
  if (done) return ms(doneAt) <= ms(due) ? 'onTime' : 'late';
  return ms(due) < ms(asOfEnd) ? 'overdue' : null;
}

/** the contribution is due by the task's nearest milestone when the unit was notified (as the task records it in `contributeBy`) */
function contributeBy(view: ReportView, notifiedAt: string): string | null {
  const dues = view.milestones
    .map((m) => m.extensions[0]?.from ?? m.due)
    .filter((d): d is string => d !== null && ms(d) >= ms(notifiedAt))
    .sort((a, b) => ms(a) - ms(b));
  return dues[0] ?? null;
}

function tally(row: RankRow, outcome: Outcome, keys: { onTime: keyof RankRow; late: keyof RankRow; overdue: keyof RankRow }): void {
  if (outcome === null) return;
  (row[keys[outcome]] as number)++;
  row.scored++;
  if (outcome === 'onTime') row.onTime++;
}

const MILESTONE_KEYS = { onTime: 'milestonesOnTime', late: 'milestonesLate', overdue: 'milestonesOverdue' } as const;
const ACK_KEYS = { onTime: 'acksOnTime', late: 'acksLate', overdue: 'acksOverdue' } as const;
const CONTRIB_KEYS = { onTime: 'contributionsOnTime', late: 'contributionsLate', overdue: 'contributionsOverdue' } as const;
const PART_KEYS = { onTime: 'partsOnTime', late: 'partsLate', overdue: 'partsOverdue' } as const;

/** a row's items past their deadline and not done, and done after it */
export const overdueOf = (r: RankRow): number => r.milestonesOverdue + r.acksOverdue + r.contributionsOverdue + r.partsOverdue;
export const lateOf = (r: RankRow): number => r.milestonesLate + r.acksLate + r.contributionsLate + r.partsLate;

/** compares two rows by the rules; 0 means they share a rank */
export function compareRows(a: RankRow, b: RankRow): number {
  if (a.onTimeRate === null || b.onTimeRate === null) return (a.onTimeRate === null ? 1 : 0) - (b.onTimeRate === null ? 1 : 0);
  return b.onTimeRate - a.onTimeRate || overdueOf(a) - overdueOf(b) || lateOf(a) - lateOf(b) || b.scored - a.scored;
}

/** one handoff's record on its unit's row: a waived one only as waived; a leading member's part against the task's deadline */
function tallyAssist(r: RankRow, v: ReportView, a: Assist, policy: Policy, asOfEnd: string): void {
  if (a.role === 'lead') r.led++;
  else r.assisted++;
  if (a.waivedAt !== null || a.status === 'waived') {
    r.waived++;
    return;
  }
  if (a.escalatedItemId !== null && a.status !== 'contributed') r.escalated++;
  if (a.notifiedAt === null) return;
  if (a.role === 'lead') {
    // nothing to acknowledge (the task is its own); its report is due by the deadline the task recorded
    tally(r, deadlineOutcome(a.contributedAt, a.contributeBy, asOfEnd), PART_KEYS);
    return;
  }
  // the deadlines the task holds the unit to (machines/handoff); computed the same way for a view without them
  const ackBy = a.acknowledgeBy ?? acknowledgementWindow(a.notifiedAt, policy).at;
  tally(r, deadlineOutcome(a.acknowledgedAt, ackBy, asOfEnd), ACK_KEYS);
  tally(r, deadlineOutcome(a.contributedAt, a.contributeBy ?? contributeBy(v, a.notifiedAt), asOfEnd), CONTRIB_KEYS);
}

/** rates, order and shared ranks within one group */
function ranked(rows: readonly RankRow[]): RankRow[] {
  const sorted = rows
    .map((r) => ({ ...r, onTimeRate: r.scored === 0 ? null : r.onTime / r.scored }))
    .sort((a, b) => compareRows(a, b) || a.unit.localeCompare(b.unit, 'zh-CN'));
  sorted.forEach((r, i) => {
    const prev = sorted[i - 1];
    r.rank = r.onTimeRate === null ? null : prev && prev.rank !== null && compareRows(prev, r) === 0 ? prev.rank : i + 1;
  });
  return sorted;
}

export function buildRanking(views: readonly ReportView[], policy: Policy, asOf: string, kinds: UnitKinds = {}): Ranking {
  const asOfEnd = endOfDate(asOf);
  const groupOf = unitGrouper(views, kinds);
  const rows = new Map<string, RankRow>();
  const row = (unit: string): RankRow => {
    let r = rows.get(unit);
    if (!r) rows.set(unit, (r = blankRow(unit, groupOf(unit))));
    return r;
  };
  for (const v of views) {
    const expanded = expandedCollectives(v);
    for (const unit of v.leadUnits) {
      // an expanded collective has no record of its own: its members answer, each on its own handoff
      if (expanded.has(unit)) continue;
      const r = row(unit);
      r.led++;
      for (const m of v.milestones) tally(r, milestoneOutcome(m, asOfEnd), MILESTONE_KEYS);
    }
    for (const a of v.assists) tallyAssist(row(a.unit), v, a, policy, asOfEnd);
  }
  const all = [...rows.values()];
  const groups = RANK_GROUPS.map((kind) => ({ kind, label: RANK_GROUP_LABEL[kind].zh, labelEn: RANK_GROUP_LABEL[kind].en, rows: ranked(all.filter((r) => r.group === kind)) }));
  return { asOf, rules: [...RANKING_RULES], groups: groups.filter((g) => g.rows.length > 0) };
}
