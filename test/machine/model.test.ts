// Model-based tests: walk the task machine's paths with xstate/graph and check invariants after every step.
import { describe, expect, it } from 'vitest';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import {
  applyEvent,
  explain,
  fromPersisted,
  nextMilestone,
  stateNames,
  TaskEventSchema,
  taskMachine,
  toPersisted,
  type TaskEvent,
  type TaskSnapshot,
} from '../../machines/task';
import { fresh } from '../support/drive';
import { assistItem, AT, byTask, conferenceActor, ev, plan, smallTask } from '../support/tasks';

const typed = (events: readonly object[]): TaskEvent[] => events.map((e) => TaskEventSchema.parse(e));

/** people's events, including ones that must be refused (wrong actor, wrong state) */
const peopleEvents = (units: readonly string[], taskNo: string): TaskEvent[] =>
  typed([
    ev.issue(),
    ev.issue({ unit: units[0] ?? '', role: 'lead' }),
    ev.start(),
    ev.submit(),
    ev.verify(),
    ev.verify({ unit: '市民政局', role: 'supervisor' }),
    ev.ret(),
    ev.resolve({ kind: 'cancel', reason: '政策调整' }, conferenceActor, assistItem(taskNo, units[0] ?? '')),
    ...units.flatMap((u) => [ev.ack(u), ev.contribute(u), ev.resolve({ kind: 'waive', unit: u }, conferenceActor, assistItem(taskNo, u))]),
  ]);

/** timers follow the nearest open milestone, as the workflow arms them */
function timerEvents(s: TaskSnapshot): TaskEvent[] {
  const next = nextMilestone(s);
  if (next === null) return [];
  return typed([
    ev.remind(next.id, next.due),
    ev.passed(next.id, next.due),
    ev.escalate(next.id, next.due),
    ev.resolve({ kind: 'order', text: '限期办结' }),
    ev.resolve({ kind: 'extend', milestone: next.id, newDue: '2016-06-30T23:59:59+08:00' }),
  ]);
}

const assistKey = (s: TaskSnapshot): string => s.context.assists.map((a) => a.status).join(',');
const lifecycleKey = (s: TaskSnapshot): string => `${stateNames(s).lifecycle}|${assistKey(s)}`;
const fullKey = (s: TaskSnapshot): string =>
  `${JSON.stringify(s.value)}|${assistKey(s)}|${s.context.milestones.map((m) => `${m.id}:${m.metAt !== null}`).join(',')}`;

const metCount = (s: TaskSnapshot): number => s.context.milestones.filter((m) => m.metAt !== null).length;

/** replays a path through explain/applyEvent and checks every invariant after each step */
function checkPath(start: TaskSnapshot, events: readonly TaskEvent[]): void {
  let s = start;
  let accepted = 0;
  for (const event of events) {
    const verdict = explain(s, event);
    expect(verdict.ok, JSON.stringify(verdict)).toBe(s.can(event));
    const result = applyEvent(s, event);
    // every event on a path moved the model to a new state, so it must have been accepted
    expect(result.ok, JSON.stringify(verdict)).toBe(true);
    if (!result.ok) continue;
    accepted += 1;
    const before = s;
    s = result.snapshot;
    expect(s).not.toBe(before);
    expect(s.context.history).toHaveLength(accepted);
    expect(s.context.history.map((h) => h.seq)).toEqual(s.context.history.map((_, i) => i + 1));
    const names = stateNames(s);
    if (names.lifecycle === 'verified') {
      expect(s.context.evidence).not.toBeNull();
      expect(s.context.assists.every((a) => a.status === 'contributed' || a.status === 'waived')).toBe(true);
    }
    if (metCount(s) > metCount(before) && s.status === 'active') expect(names.supervision).toBe('onTrack');
    if (names.supervision === 'escalated') expect(s.context.escalation).not.toBeNull();
    const restored = fromPersisted(JSON.parse(JSON.stringify(toPersisted(s))));
    expect(restored.value).toEqual(s.value);
    expect(restored.context).toEqual(s.context);
  }
}

const eventsOf = (steps: ReadonlyArray<{ event: { type: string } }>): TaskEvent[] =>
  steps.map((st) => st.event).filter((e): e is TaskEvent => !e.type.startsWith('xstate.'));

describe('taskMachine paths', () => {
  it('walks every simple path of the lifecycle (one assisting unit)', () => {
    const paths = getSimplePaths(taskMachine, {
      input: { task: smallTask, plan, at: AT },
      events: () => peopleEvents(smallTask.assistingUnits, smallTask.no),
      serializeState: (s) => lifecycleKey(s as TaskSnapshot),
    });
    expect(paths.length).toBeGreaterThan(20);
    const ends = new Set(paths.map((p) => stateNames(p.state as TaskSnapshot).lifecycle));
    expect(ends).toEqual(new Set(['draft', 'measuresIssued', 'inProgress.implementing', 'inProgress.awaitingVerification', 'verified', 'cancelled']));
    for (const path of paths) checkPath(fresh(smallTask), eventsOf(path.steps));
  });

  it('reaches every lifecycle × supervision state with timers as explicit events (three assisting units)', () => {
    const paths = getShortestPaths(taskMachine, {
      input: { task: byTask, plan, at: AT },
      events: (s) => [...peopleEvents(byTask.assistingUnits, byTask.no), ...timerEvents(s as TaskSnapshot)],
      serializeState: (s) => fullKey(s as TaskSnapshot),
    });
    const reached = new Set(paths.map((p) => JSON.stringify(stateNames(p.state as TaskSnapshot))));
    for (const supervision of ['onTrack', 'dueSoon', 'overdue', 'escalated']) {
      expect(reached).toContain(JSON.stringify({ lifecycle: 'draft', supervision }));
    }
    expect(reached).toContain(JSON.stringify({ lifecycle: 'measuresIssued', supervision: 'onTrack' }));
    expect(reached).toContain(JSON.stringify({ lifecycle: 'verified', supervision: 'closed' }));
    expect(reached).toContain(JSON.stringify({ lifecycle: 'cancelled', supervision: 'closed' }));
    for (const path of paths) checkPath(fresh(byTask), eventsOf(path.steps));
  });

  it('refuses every other candidate event consistently at each reachable state', () => {
    const paths = getShortestPaths(taskMachine, {
      input: { task: smallTask, plan, at: AT },
      events: (s) => [...peopleEvents(smallTask.assistingUnits, smallTask.no), ...timerEvents(s as TaskSnapshot)],
      serializeState: (s) => fullKey(s as TaskSnapshot),
    });
    for (const path of paths) {
      const s = path.state as TaskSnapshot;
      for (const event of [...peopleEvents(smallTask.assistingUnits, smallTask.no), ...timerEvents(s)]) {
        const verdict = explain(s, event);
        expect(verdict.ok).toBe(s.can(event));
      }
    }
  });
});
