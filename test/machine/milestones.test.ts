// Milestones from each ScheduleSpec, report periods of ongoing tasks, deadline windows, and the colours.
import { describe, expect, it } from 'vitest';
import { colourOf, nextMilestone, type TaskSnapshot } from '../../machines/task';
import { firstPeriodEnd, nextPeriodEnd } from '../../machines/task/periods';
import { drive, fresh } from '../support/drive';
import { afterEventTask, byTask, ev, lead, ongoingTask, task, timelyTask, upstreamTask } from '../support/tasks';

const dues = (s: TaskSnapshot) => s.context.milestones.map((m) => [m.id, m.due, m.metAt !== null, m.late]);

describe('task milestones', () => {
  it('takes `by` targets as dated milestones', () => {
    expect(nextMilestone(fresh(byTask))).toEqual({ id: 'measures', kind: 'measures', due: '2015-12-31T23:59:59+08:00' });
  });

  it('opens the quarter containing the plan issue date for an ongoing task', () => {
    expect(nextMilestone(fresh(ongoingTask))).toEqual({ id: 'report-1', kind: 'report', due: '2015-09-30T23:59:59+08:00' });
  });

  it('opens the next period when one passes, and a late report settles every begun period', () => {
    let s = drive(fresh(ongoingTask), [ev.passed('report-1', '2015-09-30T23:59:59+08:00')]).snapshot;
    expect(dues(s)).toEqual([
      ['report-1', '2015-09-30T23:59:59+08:00', false, true],
      ['report-2', '2015-12-31T23:59:59+08:00', false, false],
    ]);
    expect(colourOf(s)).toBe('yellow');
    s = drive(s, [ev.report(lead, '2015-10-10T09:00:00+08:00')]).snapshot;
    expect(dues(s)).toEqual([
      ['report-1', '2015-09-30T23:59:59+08:00', true, true],
      ['report-2', '2015-12-31T23:59:59+08:00', true, false],
      ['report-3', '2016-03-31T23:59:59+08:00', false, false],
    ]);
    expect(colourOf(s)).toBe('green');
  });

  it('reports a monthly task (每月推进) by each month\'s end, December rolling into January', () => {
    const monthly = task('13', '每月推进', { kind: 'ongoing', cadence: 'monthly' });
    expect(nextMilestone(fresh(monthly))).toEqual({ id: 'report-1', kind: 'report', due: '2015-08-31T23:59:59+08:00' });
    const s = drive(fresh(monthly), [ev.passed('report-1', '2015-08-31T23:59:59+08:00')]).snapshot;
    expect(dues(s)).toEqual([
      ['report-1', '2015-08-31T23:59:59+08:00', false, true],
      ['report-2', '2015-09-30T23:59:59+08:00', false, false],
    ]);
    expect(firstPeriodEnd('2015-12-05', 'monthly')).toBe('2015-12-31T23:59:59+08:00');
    expect(nextPeriodEnd('2015-12-31T23:59:59+08:00', 'monthly')).toBe('2016-01-31T23:59:59+08:00');
    expect(nextPeriodEnd('2016-01-31T23:59:59+08:00', 'monthly')).toBe('2016-02-29T23:59:59+08:00');
  });

  it('does not let an assisting unit meet a report period', () => {
    const s = drive(fresh(ongoingTask), [ev.report({ unit: '市财政局', role: 'assisting' })]).snapshot;
    expect(s.context.milestones[0]?.metAt).toBeNull();
    expect(s.context.progress).toHaveLength(1);
  });

  it('has no due date for afterEvent and setByUpstream tasks until one is given', () => {
    expect(nextMilestone(fresh(afterEventTask))).toBeNull();
    expect(nextMilestone(fresh(upstreamTask))).toBeNull();
  });

  it('uses the policy timelyWindow (30 days) for 及时', () => {
    const s = drive(fresh(timelyTask), [ev.upstream('2016-01-15T10:00:00+08:00')]).snapshot;
    expect(nextMilestone(s)?.due).toBe('2016-02-14T23:59:59+08:00');
  });

  it('adds calendar months, clamped to the month end', () => {
    const s = drive(fresh(afterEventTask), [ev.upstream('2016-01-31T10:00:00+08:00')]).snapshot;
    expect(nextMilestone(s)?.due).toBe('2016-02-29T23:59:59+08:00');
  });

  it('takes the local (+08:00) date of the upstream instant', () => {
    const s = drive(fresh(afterEventTask), [ev.upstream('2016-01-31T20:00:00Z')]).snapshot;
    expect(nextMilestone(s)?.due).toBe('2016-03-01T23:59:59+08:00');
  });

  it('shows the supervision colours', () => {
    const base = fresh(byTask);
    expect(colourOf(base)).toBe('green');
    expect(colourOf(drive(base, [ev.remind()]).snapshot)).toBe('blue');
    expect(colourOf(drive(base, [ev.passed()]).snapshot)).toBe('yellow');
    expect(colourOf(drive(base, [ev.passed(), ev.escalate()]).snapshot)).toBe('red');
  });

  it('records extensions on the milestone', () => {
    const s = drive(fresh(byTask), [ev.requestExtension(), ev.decide(true)]).snapshot;
    expect(s.context.milestones[0]?.extensions).toMatchObject([
      { from: '2015-12-31T23:59:59+08:00', to: '2016-03-31T23:59:59+08:00', source: 'request', unit: '市民政局' },
    ]);
  });
});
