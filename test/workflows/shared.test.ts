// The modules every workflow shares (workflows/shared.ts) still work once frozen as the SDK freezes them:
// the machine's whole life, hostile events and persisted snapshots, without a TypeError from a frozen schema.
import { describe, expect, it } from 'vitest';
import * as xstate from 'xstate';
import { z } from 'zod';
import * as machines from '../../machines';
import { sharedSchemas } from '../../workflows/shared';
import { drive, fresh } from '../support/drive';
import { allContribute, ev, lead } from '../support/tasks';
import { seed } from '../support/seeds';

/** what the SDK does to shared modules after preloading them: objects in depth, functions themselves only */
function freezeLikeTheSdk(value: unknown, seen = new WeakSet<object>()): void {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value)) return;
  seen.add(value);
  if (typeof value === 'object') {
    for (const key of Reflect.ownKeys(value)) {
      try {
        freezeLikeTheSdk(Reflect.get(value, key), seen);
      } catch {
        // as the SDK: some values cannot be read or frozen
      }
    }
  }
  Object.freeze(value);
}

describe('workflows/shared', () => {
  it('a zod schema frozen without preparing it fails to parse (the hazard the shared module removes)', () => {
    const bare = { schema: z.object({ no: z.string().regex(/^\d+$/) }) };
    freezeLikeTheSdk(bare);
    expect(() => bare.schema.safeParse({ no: '7' })).toThrow(TypeError);
  });

  describe('after the freeze', () => {
    freezeLikeTheSdk({ machines, z, xstate });

    it('prepared every schema the machines export', () => {
      expect(sharedSchemas).toBeGreaterThan(100);
      expect(Object.isFrozen(machines.TaskEventSchema)).toBe(true);
    });

    it('runs a task through its whole life', () => {
      const { snapshot } = drive(fresh(), [ev.requestExtension(), ev.decide(true), ev.issue(), ev.start(), ...allContribute(), ev.report(), ev.submit(), ev.ret(), ev.submit(), ev.verify()]);
      expect(snapshot.status).toBe('done');
      expect(machines.fromPersisted(machines.toPersisted(snapshot)).context.historyCount).toBe(snapshot.context.historyCount);
    });

    it.each([
      ['a field of the wrong type', { ...ev.report(), summary: 42 }, 'BAD_PAYLOAD'],
      ['text over its limit', { ...ev.report(), summary: '长'.repeat(machines.LIMITS.text + 1) }, 'TOO_LARGE'],
      ['a control character', { ...ev.report(), summary: 'a\u0000b' }, 'BAD_TEXT'],
      ['a malformed instant', { ...ev.report(), at: '2015-13-01' }, 'BAD_PAYLOAD'],
      ['a date out of range', ev.setDeadline('complete', '2199-01-01T00:00:00+08:00'), 'DATE_OUT_OF_RANGE'],
      ['an unknown event', { type: 'DROP_TABLE', actor: lead, at: ev.start().at }, 'BAD_PAYLOAD'],
      ['the wrong actor', ev.issue({ unit: '市财政局', role: 'lead' }), 'FORBIDDEN_ACTOR'],
    ])('refuses %s with its code', (_name, event, code) => {
      const verdict = machines.explain(fresh(), event);
      expect(verdict.ok ? 'accepted' : verdict.code).toBe(code);
    });

    it('reads a seed plan and refuses a bad one by field', () => {
      expect(machines.PlanSchema.safeParse(seed('qinzhou-2015').plan).success).toBe(true);
      const bad = machines.PlanSchema.safeParse({ ...seed('qinzhou-2015').plan, id: 'Not A Slug', issuedOn: '2015-02-30' });
      expect(bad.success ? [] : bad.error.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['id', 'issuedOn']));
    });

    it('refuses a plan that gives one number to two tasks, naming the second (a task’s workflow is named by its number)', () => {
      const plan = seed('qinzhou-2015').plan;
      const twice = { ...plan, tasks: [...plan.tasks, { ...plan.tasks[2]! }] };
      const verdict = machines.PlanSchema.safeParse(twice);
      expect(verdict.success ? [] : verdict.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
        `tasks.${plan.tasks.length}.no: task number ${plan.tasks[2]!.no} is given to an earlier task too: every task needs its own number`,
      ]);
    });
  });
});
