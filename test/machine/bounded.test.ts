// No sequence of accepted events grows a task's snapshot or view towards Temporal's 2 MB payload limit:
// hundreds of events at their size limits, of every kind that keeps a log, leave both far below it.
import { describe, expect, it } from 'vitest';
import { LIMITS, taskView, toPersisted, transitionResult } from '../../machines';
import { drive, fresh } from '../support/drive';
import { allContribute, ASSISTS, AT, ev, milestoneItem } from '../support/tasks';

const text = (n: number, mark: string): string => `${mark}${'进'.repeat(n - mark.length)}`;
const bytes = (v: unknown): number => Buffer.byteLength(JSON.stringify(v));

describe('a task at its limits', () => {
  // 2015-09-01: measures due 2015-12-31; every extension moves it one more day
  const events: object[] = [];
  for (let i = 0; i < 60; i++) {
    const newDue = new Date(Date.parse('2016-01-01T23:59:59+08:00') + i * 86_400_000).toISOString().replace('Z', '+00:00');
    events.push({ ...ev.requestExtension(newDue), reason: text(LIMITS.text, `延期${i}`), eventId: text(LIMITS.shortText, `x${i}-`) }, { ...ev.decide(true), note: text(LIMITS.text, `批${i}`) });
  }
  events.push({ ...ev.issue(), measures: text(LIMITS.longText, '措施') }, ev.start(), ...allContribute().map((c) => ({ ...c, summary: text(LIMITS.text, '配合') })));
  for (let i = 0; i < 200; i++) {
    events.push({ ...ev.report(i % 2 ? ev.start().actor : { unit: ASSISTS[0], role: 'assisting' }, AT), summary: text(LIMITS.text, `第${i}期`), eventId: `report-${i}` });
  }
  for (let i = 0; i < 40; i++) events.push({ ...ev.submit(), evidence: text(LIMITS.longText, `材料${i}`) }, { ...ev.ret(), reason: text(LIMITS.text, `退回${i}`) });
  const { snapshot } = drive(fresh(), events);

  it('keeps the newest entries of every log and counts them all', () => {
    const c = snapshot.context;
    expect(c.historyCount).toBe(events.length);
    expect(c.history).toHaveLength(LIMITS.keptHistory);
    expect(c.history.at(-1)?.seq).toBe(events.length);
    expect(c.progress).toHaveLength(LIMITS.keptProgress);
    expect(c.progress.at(-1)?.summary.startsWith('第199期')).toBe(true);
    expect(c.returns).toHaveLength(LIMITS.keptReturns);
    expect(c.eventIds).toHaveLength(LIMITS.keptEventIds);
    expect(c.milestones.find((m) => m.id === 'measures')?.extensions).toHaveLength(LIMITS.keptExtensions);
  });

  it('stays far below the 2 MB payload limit: snapshot, view and Update result', () => {
    expect(bytes(toPersisted(snapshot))).toBeLessThan(512 * 1024);
    expect(bytes(taskView(snapshot))).toBeLessThan(512 * 1024);
    expect(bytes(transitionResult(snapshot))).toBeLessThan(4 * 1024);
  });

  it('counts every event after the history is trimmed, so ids made from the count (agenda items, notice keys) never repeat', () => {
    const overdue = drive(fresh(), [ev.passed()]).snapshot;
    let s = overdue;
    for (let i = 1; i <= LIMITS.keptHistory + 5; i++) {
      s = drive(s, [ev.escalate('measures', '2015-12-31T23:59:59+08:00', milestoneItem('7', 'measures')), ev.resolve({ kind: 'order', text: `督办${i}` })]).snapshot;
    }
    expect(s.context.history).toHaveLength(LIMITS.keptHistory);
    expect(s.context.historyCount).toBe(1 + 2 * (LIMITS.keptHistory + 5));
    expect(s.context.orders).toHaveLength(LIMITS.keptOrders);
  });
});
