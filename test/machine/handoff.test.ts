// The handoff decider (machines/handoff): deadlines on the working-day calendar, the order of its steps,
// and the task machine taking them — a stale or repeated step is refused.
import { describe, expect, it } from 'vitest';
import { acknowledgementWindow, applyEvent, beforeExplained, nextHandoffTimer, notifyAssist, pendingAssist, planTimer, PolicySchema, takeStep, timerEvent, type TaskSnapshot } from '../../machines';
import { drive, fresh } from '../support/drive';
import { ASSISTS, AT, ev } from '../support/tasks';

const policy = PolicySchema.parse({ ackWindow: { amount: 5, unit: 'workingDays' }, reminderLead: { amount: 2, unit: 'workingDays' } });

describe('handoff deadlines on the working-day calendar', () => {
  it('moves a reminder that would fall on a holiday to the next working day', () => {
    // 7 days before Tue 2025-10-14 is Tue 2025-10-07, inside the Oct 1–8 holiday: remind on Thu Oct 9
    const r = beforeExplained('2025-10-14T23:59:59+08:00', { amount: 7, unit: 'days' });
    expect(r.at).toBe('2025-10-09T23:59:59+08:00');
    expect(r.explanation.zh).toContain('国庆节');
  });

  it('counts a reminder lead in months as calendar months, not 30 days', () => {
    // a month before Fri 2026-07-31 is Tue 2026-06-30 (30 days before would be Wed 07-01)
    const r = beforeExplained('2026-07-31T23:59:59+08:00', { amount: 1, unit: 'months' });
    expect(r.at).toBe('2026-06-30T23:59:59+08:00');
    expect(r.explanation.zh).toContain('前1个月');
  });

  it('counts 5 working days from 2025-09-30 to 2025-10-14 and reminds 2 working days before, on the make-up Saturday', () => {
    const a = notifyAssist(pendingAssist('市老龄办'), '2025-09-30T10:00:00+08:00', policy, null);
    expect(a.acknowledgeBy).toBe('2025-10-14T23:59:59+08:00');
    const window = acknowledgementWindow('2025-09-30T10:00:00+08:00', policy);
    expect(window.explanation.zh).toContain('国庆节');
    expect(window.explanation.en).toContain('make-up');
    // Mon Oct 13 and Sat Oct 11 (a make-up working day) are the two working days before Tue Oct 14
    expect(nextHandoffTimer(a, policy)).toMatchObject({ deadline: 'acknowledgement', step: 'remind', fireAt: '2025-10-11T23:59:59+08:00' });
  });
});

describe('handoff steps', () => {
  const notified = notifyAssist(pendingAssist('市财政局'), '2025-09-30T10:00:00+08:00', policy, '2025-12-31T23:59:59+08:00');

  it('goes remind → late → escalate on the open deadline, then nothing', () => {
    let a = notified;
    const seen: string[] = [];
    for (let next = nextHandoffTimer(a, policy); next !== null; next = nextHandoffTimer(a, policy)) {
      seen.push(`${next.deadline}/${next.step}`);
      a = takeStep(a, next.deadline, next.step, 'item');
    }
    expect(seen).toEqual(['acknowledgement/remind', 'acknowledgement/late', 'acknowledgement/escalate']);
    expect(a.escalatedItemId).toBe('item');
  });

  it('skips the reminder when its moment came before the unit was notified', () => {
    const short = PolicySchema.parse({ ackWindow: { amount: 3, unit: 'days' }, reminderLead: { amount: 7, unit: 'days' } });
    const a = notifyAssist(pendingAssist('市财政局'), AT, short, null);
    expect(nextHandoffTimer(a, short)).toMatchObject({ step: 'late', fireAt: a.acknowledgeBy });
  });

  it('holds an acknowledged unit to its contribution date, and a contributed or waived one to nothing', () => {
    const acked = { ...notified, status: 'acknowledged' as const, acknowledgedAt: '2025-10-09T09:00:00+08:00' };
    expect(nextHandoffTimer(acked, policy)).toMatchObject({ deadline: 'contribution', step: 'remind', due: '2025-12-31T23:59:59+08:00' });
    expect(nextHandoffTimer({ ...acked, contributeBy: null }, policy)).toBeNull();
    expect(nextHandoffTimer({ ...acked, status: 'contributed' }, policy)).toBeNull();
    expect(nextHandoffTimer({ ...acked, status: 'waived' }, policy)).toBeNull();
  });
});

describe('the task machine keeps its handoffs', () => {
  const issued = drive(fresh(), [ev.issue()]);
  const fire = (s: TaskSnapshot) => {
    const plan = planTimer(s, Date.parse(AT));
    if (plan === null) throw new Error('no timer');
    return { plan, result: applyEvent(s, timerEvent(s, plan, plan.fireAt)) };
  };

  it('notifies every assisting unit when measures are issued, each with its acknowledgement deadline', () => {
    const notices = issued.commands.filter((c) => c.type === 'notifyUnits');
    expect(notices.flatMap((c) => (c.type === 'notifyUnits' ? c.units : []))).toEqual([...ASSISTS]);
    expect(issued.snapshot.context.assists.every((a) => a.status === 'notified' && a.acknowledgeBy !== null)).toBe(true);
  });

  it('arms the earliest step and tells the unit and its lead when it is late; the same step again is stale', () => {
    let s = issued.snapshot;
    let late: ReturnType<typeof fire> | null = null;
    for (let i = 0; i < 10 && late === null; i++) {
      const f = fire(s);
      if (!f.result.ok) throw new Error(f.result.code);
      if (f.plan.event === 'ASSIST_TIMER' && f.plan.step === 'late') late = f;
      s = f.result.snapshot;
    }
    if (late === null || !late.result.ok || late.plan.event !== 'ASSIST_TIMER') throw new Error('never late');
    const told = late.result.commands.flatMap((c) => (c.type === 'notifyUnits' ? c.units : []));
    expect(told).toEqual([late.plan.unit, ...s.context.leadUnits]);
    const again = applyEvent(s, timerEvent(s, late.plan, late.plan.fireAt));
    expect(again.ok ? 'accepted' : again.code).toBe('STALE_TIMER');
  });

  it('tells the lead once, when the last assisting unit has contributed', () => {
    let s = issued.snapshot;
    const told: number[] = [];
    for (const unit of ASSISTS) {
      const r = applyEvent(s, ev.contribute(unit));
      if (!r.ok) throw new Error(r.code);
      told.push(r.commands.filter((c) => c.type === 'notifyLead').length);
      s = r.snapshot;
    }
    expect(told).toEqual([0, 0, 1]);
  });
});
