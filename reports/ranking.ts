// Unit ranking (绩效考核): per unit, milestones of the tasks it leads and its handoffs as an assisting unit, scored on time. Pure.
import { acknowledgementWindow, endOfDate, type Milestone, type Policy, type TaskView } from '../machines';
import { ms } from './labels';

export interface RankRow {
  unit: string;
  /** tasks it leads (any lead unit, not only the first) / assists */
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
  /** items that count: every on-time, late and overdue one above */
  scored: number;
  onTime: number;
  /** onTime / scored, 0..1; null when nothing was due yet (不参评) */
  onTimeRate: number | null;
  /** 1-based, shared by units equal on every criterion; null when not ranked */
  rank: number | null;
}

export interface Ranking {
  asOf: string;
  rules: string[];
  rows: RankRow[];
}

/** the scoring rules, printed in every report so that a unit can check its own line */
export const RANKING_RULES: readonly string[] = [
  '计分对象：截至通报日已到期或已完成的事项。每项只计一次：按时 = 按时完成；逾期完成 = 完成时已过期限；逾期未完成 = 截至通报日仍未完成且已过期限。',
  '牵头任务：所牵头任务（含共同牵头）的每个节点（出台措施、启动实施、完成、每期进展报告）计一项；是否按时以系统记录的完成时间和逾期标记为准，不按文字推算。',
  '配合任务：每次交办计两项——签收（自交办起按计划规定的签收时限，默认5个工作日）和报送配合材料（期限为交办时任务最近一个节点的期限；无期限的不计）。被联席会议免除配合的不计。',
  '按时率 = 按时项数 ÷ 计分项数。无计分项的单位不参评，列于表末。',
  '排名：按时率高者在前；相同时逾期未完成项少者在前；再相同时逾期完成项少者在前；再相同时计分项多者（任务量大）在前；以上全部相同者并列同一名次，按单位名称排列。',
  'Rules (English): on-time rate = on-time items ÷ scored items; ties broken by fewer overdue, then fewer late, then more scored items; units equal on all share a rank.',
];

type Outcome = 'onTime' | 'late' | 'overdue' | null;

const blankRow = (unit: string): RankRow => ({
  unit,
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
function contributeBy(view: TaskView, notifiedAt: string): string | null {
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

/** compares two rows by the rules; 0 means they share a rank */
export function compareRows(a: RankRow, b: RankRow): number {
  if (a.onTimeRate === null || b.onTimeRate === null) return (a.onTimeRate === null ? 1 : 0) - (b.onTimeRate === null ? 1 : 0);
  return b.onTimeRate - a.onTimeRate || a.milestonesOverdue + a.acksOverdue + a.contributionsOverdue - (b.milestonesOverdue + b.acksOverdue + b.contributionsOverdue) ||
    a.milestonesLate + a.acksLate + a.contributionsLate - (b.milestonesLate + b.acksLate + b.contributionsLate) || b.scored - a.scored;
}

export function buildRanking(views: readonly TaskView[], policy: Policy, asOf: string): Ranking {
  const asOfEnd = endOfDate(asOf);
  const rows = new Map<string, RankRow>();
  const row = (unit: string): RankRow => {
    let r = rows.get(unit);
    if (!r) rows.set(unit, (r = blankRow(unit)));
    return r;
  };
  for (const v of views) {
    for (const unit of v.leadUnits) {
      const r = row(unit);
      r.led++;
      for (const m of v.milestones) tally(r, milestoneOutcome(m, asOfEnd), MILESTONE_KEYS);
    }
    for (const a of v.assists) {
      const r = row(a.unit);
      r.assisted++;
      if (a.notifiedAt === null || a.waivedAt !== null) continue;
      // the deadlines the task holds the unit to (machines/handoff); computed the same way for a view without them
      const ackBy = a.acknowledgeBy ?? acknowledgementWindow(a.notifiedAt, policy).at;
      tally(r, deadlineOutcome(a.acknowledgedAt, ackBy, asOfEnd), ACK_KEYS);
      tally(r, deadlineOutcome(a.contributedAt, a.contributeBy ?? contributeBy(v, a.notifiedAt), asOfEnd), CONTRIB_KEYS);
    }
  }
  const sorted = [...rows.values()]
    .map((r) => ({ ...r, onTimeRate: r.scored === 0 ? null : r.onTime / r.scored }))
    .sort((a, b) => compareRows(a, b) || a.unit.localeCompare(b.unit, 'zh-CN'));
  sorted.forEach((r, i) => {
    const prev = sorted[i - 1];
    r.rank = r.onTimeRate === null ? null : prev && prev.rank !== null && compareRows(prev, r) === 0 ? prev.rank : i + 1;
  });
  return { asOf, rules: [...RANKING_RULES], rows: sorted };
}
