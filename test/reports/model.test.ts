// The report model from hand-built task views: counts, overdue and due-soon lists, conference items, ranking.
import { describe, expect, it } from 'vitest';
import { buildBulletin, buildReport } from '../../reports/model';
import { buildRanking, type RankRow, type Ranking } from '../../reports/ranking';
import { PolicySchema } from '../../machines';
import { agendaItem, facts, milestone, sampleViews, view } from './fixtures';

const policy = PolicySchema.parse({});
/** the one group of a plan without divisions' governments */
const departments = (r: Ranking): RankRow[] => r.groups.find((g) => g.kind === 'departments')?.rows ?? [];

describe('buildBulletin', () => {
  const items = [agendaItem('item-1', '1', 'measures', 'open'), agendaItem('item-0', '5', 'complete', 'resolved')];
  const b = buildBulletin(facts(sampleViews(), items));

  it('counts tasks by colour and by lifecycle state', () => {
    expect(b.taskCount).toBe(5);
    expect(b.byColour).toEqual({ green: 1, blue: 1, yellow: 1, red: 1, grey: 1 });
    expect(b.byState['inProgress.implementing']).toBe(4);
    expect(b.byState.verified).toBe(1);
    expect(b.byState.draft).toBe(0);
  });

  it('lists overdue milestones with days overdue, most overdue first, with their escalation status', () => {
    expect(b.overdue.map((o) => [o.taskNo, o.milestone, o.daysOverdue, o.escalation.status])).toEqual([
      ['1', 'measures', 91, 'open'],
      ['2', 'complete', 10, 'grace'],
    ]);
    expect(b.overdue[0]?.escalation.itemId).toBe('item-1');
    expect(b.overdue[0]?.milestoneLabel).toBe('出台措施');
  });

  it('lists what falls due in the next 30 days and nothing beyond', () => {
    expect(b.dueSoon.map((d) => [d.taskNo, d.milestone, d.daysLeft])).toEqual([['3', 'complete', 15]]);
    const edge = buildBulletin(facts([view('9', { milestones: [milestone('complete', '2025-07-30T23:59:59+08:00')] }), view('10', { milestones: [milestone('complete', '2025-07-31T10:00:00+08:00')] })]));
    expect(edge.dueSoon.map((d) => d.taskNo)).toEqual(['9']);
  });

  it('takes the conference’s open and resolved items from the agenda', () => {
    expect(b.conference.open.map((i) => i.itemId)).toEqual(['item-1']);
    expect(b.conference.resolved.map((i) => [i.itemId, i.decision])).toEqual([['item-0', '督办令：限期整改']]);
    expect(b.conference.sessionsHeld).toBe(1);
  });

  it('charts colours per primary lead unit and milestones met per month from the recorded metAt/late', () => {
    expect(b.colourByUnit.find((u) => u.unit === '市财政局')?.counts).toEqual({ green: 0, blue: 1, yellow: 1, red: 0, grey: 0 });
    expect(b.milestonesByMonth).toEqual([
      { month: '2025-01', onTime: 1, late: 0 },
      { month: '2025-03', onTime: 0, late: 1 },
    ]);
  });

  it('does not know, as of a day, of milestones met after it', () => {
    const v = view('7', { milestones: [milestone('complete', '2025-06-01T23:59:59+08:00', { at: '2025-07-10T00:00:00+08:00', late: true })] });
    const early = buildBulletin(facts([v], [], '2025-06-30'));
    expect(early.overdue.map((o) => o.daysOverdue)).toEqual([29]);
    expect(early.milestonesByMonth).toEqual([]);
  });
});

describe('buildRanking', () => {
  it('scores milestones led and handoffs assisted, and ranks by on-time rate', () => {
    const r = buildRanking(sampleViews(), policy, '2025-06-30');
    expect(r.groups.map((g) => g.kind)).toEqual(['departments']);
    expect(departments(r).map((x) => [x.rank, x.unit, x.scored, x.onTime])).toEqual([
      [1, '市财政局', 2, 1],
      [2, '市民政局', 3, 1],
      [3, '市住建委', 1, 0],
    ]);
    const mz = departments(r).find((x) => x.unit === '市民政局');
    expect(mz).toMatchObject({ led: 1, assisted: 1, milestonesOverdue: 1, acksOnTime: 1, contributionsOverdue: 1 });
    expect(mz?.onTimeRate).toBeCloseTo(1 / 3);
    expect(r.rules.join('\n')).toContain('按时率');
  });

  it('breaks ties by fewer overdue items, lets units equal on everything share a rank, and puts unscored units last', () => {
    const onTime = { at: '2025-01-10T00:00:00+08:00', late: false };
    const late = { at: '2025-03-10T00:00:00+08:00', late: true };
    const due = '2025-02-28T23:59:59+08:00';
    const views = [
      view('1', { leadUnits: ['乙局'], milestones: [milestone('measures', due, onTime), milestone('complete', due)] }),
      view('2', { leadUnits: ['甲局'], milestones: [milestone('measures', due, onTime), milestone('complete', due, late)] }),
      view('3', { leadUnits: ['丙局'], milestones: [milestone('measures', due, onTime), milestone('complete', due, late)] }),
      view('4', { leadUnits: ['丁局'], milestones: [milestone('complete', '2026-12-31T23:59:59+08:00')] }),
    ];
    const rows = departments(buildRanking(views, policy, '2025-06-30'));
    expect(rows.map((x) => [x.unit, x.rank])).toEqual([
      ['丙局', 1],
      ['甲局', 1],
      ['乙局', 3],
      ['丁局', null],
    ]);
    expect(rows.map((x) => x.onTimeRate)).toEqual([0.5, 0.5, 0.5, null]);
  });

  it('counts an acknowledgement after the working-day window as late and a waived unit not at all', () => {
    const views = [
      view('1', {
        milestones: [milestone('complete', '2025-12-31T23:59:59+08:00')],
        assists: [
          assistLate('市财政局'),
          { ...assistLate('市住建委'), status: 'waived', waivedAt: '2025-05-20T00:00:00+08:00' },
        ],
      }),
    ];
    const rows = departments(buildRanking(views, policy, '2025-06-30'));
    expect(rows.find((x) => x.unit === '市财政局')).toMatchObject({ acksLate: 1, scored: 1 });
    expect(rows.find((x) => x.unit === '市住建委')).toMatchObject({ assisted: 1, scored: 0, rank: null });
  });

  it.each([
    // notified Wednesday 2025-06-04 10:00 with 3 calendar days to acknowledge: the window ends Saturday 06-07
    ['keep', { acksLate: 1 }],
    ['nextWorkingDay', { acksOnTime: 1 }],
  ] as const)('ends the acknowledgement window on a day off by the plan policy (computedDueOnNonWorkingDay: %s)', (rule, expected) => {
    const byDays = PolicySchema.parse({ ackWindow: { amount: 3, unit: 'days' }, computedDueOnNonWorkingDay: rule });
    // acknowledged on the Sunday: late when the Saturday stands, on time when the due moves to Monday
    const acked = { ...assistLate('市财政局'), notifiedAt: '2025-06-04T10:00:00+08:00', acknowledgedAt: '2025-06-08T09:00:00+08:00' };
    const rows = departments(buildRanking([view('1', { milestones: [milestone('complete', '2025-12-31T23:59:59+08:00')], assists: [acked] })], byDays, '2025-06-30'));
    expect(rows.find((x) => x.unit === '市财政局')).toMatchObject({ ...expected, scored: 1 });
  });

  it('holds a unit to the deadlines its task recorded, not to ones computed again from today’s policy', () => {
    // the task gave 市财政局 until 05-20 (the policy it was notified under); recomputed, 05-16 would make it late
    const recorded = { ...assistLate('市财政局'), acknowledgeBy: '2025-05-20T23:59:59+08:00', contributeBy: '2025-06-10T23:59:59+08:00' };
    const rows = departments(buildRanking([view('1', { milestones: [milestone('complete', '2025-12-31T23:59:59+08:00')], assists: [recorded] })], policy, '2025-06-30'));
    expect(rows.find((x) => x.unit === '市财政局')).toMatchObject({ acksOnTime: 1, contributionsOverdue: 1, scored: 2 });
  });
});

function assistLate(unit: string): ReturnType<typeof view>['assists'][number] {
  // notified Friday 2025-05-09: five working days end Friday 2025-05-16; acknowledged the Monday after
  return { unit, role: 'assisting', collective: null, status: 'acknowledged', notifiedAt: '2025-05-09T09:00:00+08:00', acknowledgedAt: '2025-05-19T09:00:00+08:00', contributedAt: null, waivedAt: null, contribution: null, acknowledgeBy: null, contributeBy: null, steps: { acknowledgement: [], contribution: [] }, escalatedItemId: null };
}

describe('buildReport', () => {
  it('has one ledger row per task, in the plan’s order, with the fields a supervisor filters on', () => {
    const ordered = facts(sampleViews(), [agendaItem('item-1', '1', 'measures', 'open')]);
    const report = buildReport({ ...ordered, views: [...ordered.views].reverse() });
    expect(report.ledger.map((r) => r.no)).toEqual(['1', '2', '3', '4', '5']);
    expect(report.ledger[0]).toMatchObject({ section: '一、主要任务', leadUnits: '市民政局', state: '实施中', colour: 'red', conferenceItem: 'item-1（待议）', schedule: '2025年一季度出台具体措施' });
    expect(report.ledger[2]).toMatchObject({ nextMilestone: '完成', due: '2025-07-15' });
  });
});
