// Specification: rebasing moves a plan so its issue date lands on a given day and keeps every interval.
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../machines/deadline';
import type { Plan } from '../../machines/plan';
import { importSeed, rebasePlan } from '../../seeds';
import { seed } from '../support/seeds';

const dues = (plan: Plan): string[] =>
  plan.tasks.flatMap((t) => (t.schedule.spec.kind === 'by' ? t.schedule.spec.targets.map((x) => x.due) : []));

const dayOf = (instant: string): string => instant.slice(0, 10);

describe('rebasePlan', () => {
  it.each(['qinzhou-2015', 'liaoning-2020', 'changzhou-2015', 'taobei'])('moves %s to 2026-01-15 keeping every interval', (planId) => {
    const { plan } = seed(planId);
    const moved = rebasePlan(plan, '2026-01-15');
    expect(moved.issuedOn).toBe('2026-01-15');
    const before = dues(plan);
    const after = dues(moved);
    expect(after).toHaveLength(before.length);
    before.forEach((due, i) => {
      expect(daysBetween(plan.issuedOn, dayOf(due))).toBe(daysBetween(moved.issuedOn, dayOf(after[i] ?? '')));
      expect(after[i]?.slice(10)).toBe(due.slice(10));
    });
  });

  it('leaves undated schedules alone and the original plan untouched', () => {
    const { plan } = seed('liaoning-2020');
    const moved = rebasePlan(plan, '2030-04-24');
    expect(moved.tasks[0]?.schedule).toEqual(plan.tasks[0]?.schedule);
    expect(plan.issuedOn).toBe('2020-04-24');
    expect(dues(moved)[0]).toBe('2034-12-31T23:59:59+08:00');
  });

  it('is reported as a rebased line when importing with --rebase', () => {
    const { plan, report } = importSeed('liaoning-2020.txt', '2021-04-24');
    expect(plan.issuedOn).toBe('2021-04-24');
    expect(report.lines.at(-1)).toMatchObject({ kind: 'rebased', raw: '2020-04-24' });
    expect(report.counts.rebased).toBe(1);
  });

  it.each(['2024-02-30', '2024-1-5', 'tomorrow'])('refuses the rebase date %s with BAD_REBASE', (date) => {
    expect(() => importSeed('taobei.txt', date)).toThrow(expect.objectContaining({ code: 'BAD_REBASE' }));
  });
});
