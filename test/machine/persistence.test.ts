// Snapshots as versioned JSON: round trips, validation, and restored snapshots that keep working.
import { describe, expect, it } from 'vitest';
import { applyEvent, fromPersisted, MACHINE_VERSION, taskView, toPersisted, TaskSnapshotError } from '../../machines/task';
import { drive, fresh } from '../support/drive';
import { allContribute, assistItem, ASSISTS, conferenceActor, ev } from '../support/tasks';

const roundTrip = (json: unknown): unknown => JSON.parse(JSON.stringify(json));

describe('task snapshot persistence', () => {
  it('round-trips a mid-flight snapshot through JSON.stringify/parse', () => {
    const { snapshot } = drive(fresh(), [ev.remind(), ev.issue(), ev.start(), ev.contribute()]);
    const persisted = toPersisted(snapshot);
    expect(persisted.machineVersion).toBe(MACHINE_VERSION);
    const restored = fromPersisted(roundTrip(persisted));
    expect(restored.value).toEqual(snapshot.value);
    expect(restored.context).toEqual(snapshot.context);
    expect(toPersisted(restored)).toEqual(persisted);
  });

  it('keeps working after a restore: the next event is applied as before', () => {
    const { snapshot } = drive(fresh(), [ev.issue(), ev.start(), ...allContribute()]);
    const restored = fromPersisted(roundTrip(toPersisted(snapshot)));
    const a = applyEvent(snapshot, ev.submit());
    const b = applyEvent(restored, ev.submit());
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) {
      expect(b.snapshot.value).toEqual(a.snapshot.value);
      expect(b.commands).toEqual(a.commands);
    }
  });

  it('restores a closed task as closed', () => {
    const { snapshot } = drive(fresh(), [ev.resolve({ kind: 'cancel', reason: '撤销' }, conferenceActor, assistItem('7', ASSISTS[0]))]);
    const restored = fromPersisted(roundTrip(toPersisted(snapshot)));
    expect(restored.status).toBe('done');
    expect(applyEvent(restored, ev.issue())).toMatchObject({ ok: false, code: 'TASK_CLOSED' });
  });

  it('refuses another machine version', () => {
    const persisted = { ...toPersisted(fresh()), machineVersion: MACHINE_VERSION + 1 };
    expect(() => fromPersisted(persisted)).toThrow(TaskSnapshotError);
    expect(() => fromPersisted(persisted)).toThrow(/machine version/);
  });

  it('refuses a damaged snapshot, naming the path', () => {
    const persisted = toPersisted(fresh());
    const damaged = { ...persisted, context: { ...persisted.context, leadUnits: [] } };
    expect(() => fromPersisted(damaged)).toThrow(/context\.leadUnits/);
    expect(() => fromPersisted({ ...persisted, value: { lifecycle: 'limbo', supervision: 'onTrack' } })).toThrow(TaskSnapshotError);
  });

  it('gives a JSON-safe view', () => {
    const { snapshot } = drive(fresh(), [ev.issue(), ev.start()]);
    const view = taskView(snapshot);
    expect(roundTrip(view)).toEqual(view);
    expect(view).toMatchObject({ state: { lifecycle: 'inProgress.implementing', supervision: 'onTrack' }, colour: 'green', closed: false });
  });
});
