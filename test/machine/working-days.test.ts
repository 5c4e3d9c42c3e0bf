// The machine on the working-day calendar: windows in 工作日, and the plan's rules for dates on days off.
import { describe, expect, it } from 'vitest';
import { applyEvent, createTaskSnapshot, nextMilestone, PolicySchema, TaskSchema, type TaskSnapshot } from '../../machines';
import { afterEventTask, byTask, plan, supervisor } from '../support/tasks';

const withWindow = TaskSchema.parse({
  ...afterEventTask,
  schedule: {
    raw: '上级文件印发后5个工作日内完成',
    spec: { kind: 'afterEvent', event: '上级文件印发', window: { amount: 5, unit: 'workingDays' }, milestone: 'complete' },
  },
});

function upstreamIssued(snapshot: TaskSnapshot, issuedAt: string): TaskSnapshot {
  const r = applyEvent(snapshot, { type: 'UPSTREAM_ISSUED', actor: supervisor, at: issuedAt, issuedAt, ref: '国办发〔2025〕1号' });
  if (!r.ok) throw new Error(r.message_en);
  return r.snapshot;
}

describe('taskMachine on the working-day calendar', () => {
  it('arms "5个工作日内" from 2025-09-30 at the end of 2025-10-14 and says why', () => {
    const s = upstreamIssued(createTaskSnapshot({ task: withWindow, plan, at: '2025-09-01T09:00:00+08:00' }), '2025-09-30T10:00:00+08:00');
    expect(nextMilestone(s)).toMatchObject({ id: 'complete', due: '2025-10-14T23:59:59+08:00' });
    const extension = s.context.milestones.find((m) => m.id === 'complete')?.extensions.at(-1);
    expect(extension?.reason).toContain('国庆节');
  });

  it('moves a computed one-month window that ends on a holiday to the next working day (default rule)', () => {
    // 2025-09-01 + 1 month = Wed 2025-10-01, National Day: due Thu 2025-10-09
    const s = upstreamIssued(createTaskSnapshot({ task: afterEventTask, plan, at: '2025-08-01T09:00:00+08:00' }), '2025-09-01T10:00:00+08:00');
    expect(nextMilestone(s)?.due).toBe('2025-10-09T23:59:59+08:00');
  });

  it('keeps the computed date when the plan says keep', () => {
    const keep = { ...plan, policy: PolicySchema.parse({ computedDueOnNonWorkingDay: 'keep' }) };
    const s = upstreamIssued(createTaskSnapshot({ task: afterEventTask, plan: keep, at: '2025-08-01T09:00:00+08:00' }), '2025-09-01T10:00:00+08:00');
    expect(nextMilestone(s)?.due).toBe('2025-10-01T23:59:59+08:00');
  });

  it('keeps a printed date on a day off by default, and moves it when the plan says so', () => {
    const printed = TaskSchema.parse({
      ...byTask,
      schedule: { raw: '2025年9月底前出台具体措施', spec: { kind: 'by', targets: [{ milestone: 'measures', due: '2025-10-04T23:59:59+08:00', text: 'x' }] } },
    });
    expect(nextMilestone(createTaskSnapshot({ task: printed, plan, at: '2025-09-01T09:00:00+08:00' }))?.due).toBe('2025-10-04T23:59:59+08:00');
    const moving = { ...plan, policy: PolicySchema.parse({ printedDueOnNonWorkingDay: 'nextWorkingDay' }) };
    expect(nextMilestone(createTaskSnapshot({ task: printed, plan: moving, at: '2025-09-01T09:00:00+08:00' }))?.due).toBe('2025-10-09T23:59:59+08:00');
  });
});
