// taskMachine: every allowed transition and every kind of refusal, table-driven through explain/applyEvent.
import { describe, expect, it } from 'vitest';
import { applyEvent, explain, stateNames, type TaskCommand, type TaskSnapshot } from '../../machines/task';
import type { Task } from '../../machines';
import { drive, fresh } from '../support/drive';
import { LIMITS } from '../../machines';
import { allContribute, assistItem, ASSISTS, AT, ev, milestoneItem, LEAD, afterEventTask, byTask, conferenceActor, lead, ongoingTask, supervisor, system, upstreamTask } from '../support/tasks';

const ISSUED = [ev.issue()];
const STARTED = [...ISSUED, ev.start()];
const ALL_IN = [...STARTED, ...allContribute()];
const AWAITING = [...ALL_IN, ev.submit()];
const OVERDUE = [ev.passed()];
const ESCALATED = [...OVERDUE, ev.escalate()];

interface Allowed {
  name: string;
  task?: Task;
  given: readonly unknown[];
  send: unknown;
  lifecycle: string;
  supervision: string;
  check?: (s: TaskSnapshot, commands: TaskCommand[]) => void;
}

const allowed: Allowed[] = [
  { name: 'ISSUE_MEASURES from the lead: draft → measuresIssued, handoffs start', given: [], send: ev.issue(), lifecycle: 'measuresIssued', supervision: 'onTrack',
    check: (s, c) => {
      expect(s.context.assists.map((a) => a.status)).toEqual(['notified', 'notified', 'notified']);
      expect(c.flatMap((x) => (x.type === 'notifyUnits' && x.kind === 'handoff' ? x.units : []))).toEqual([...ASSISTS]);
      expect(s.context.milestones[0]?.metAt).not.toBeNull();
    } },
  { name: 'ACKNOWLEDGE from a notified assisting unit', given: ISSUED, send: ev.ack(), lifecycle: 'measuresIssued', supervision: 'onTrack',
    check: (s, c) => { expect(s.context.assists[0]?.status).toBe('acknowledged'); expect(s.context.assists[0]?.acknowledgedAt).toBe(AT); expect(c).toEqual([]); } },
  { name: 'START from the lead: measuresIssued → implementing', given: ISSUED, send: ev.start(), lifecycle: 'inProgress.implementing', supervision: 'onTrack' },
  { name: 'REPORT_PROGRESS from the lead appends to the progress log', given: STARTED, send: ev.report(), lifecycle: 'inProgress.implementing', supervision: 'onTrack',
    check: (s) => expect(s.context.progress).toHaveLength(1) },
  { name: 'REPORT_PROGRESS from an assisting unit', given: STARTED, send: ev.report({ unit: ASSISTS[1], role: 'assisting' }), lifecycle: 'inProgress.implementing', supervision: 'onTrack' },
  { name: 'CONTRIBUTE without an acknowledgement first', given: STARTED, send: ev.contribute(), lifecycle: 'inProgress.implementing', supervision: 'onTrack',
    check: (s) => expect(s.context.assists[0]?.status).toBe('contributed') },
  { name: 'SUBMIT once every assisting unit contributed', given: ALL_IN, send: ev.submit(), lifecycle: 'inProgress.awaitingVerification', supervision: 'onTrack',
    check: (_s, c) => expect(c.some((x) => x.type === 'notifySupervisor')).toBe(true) },
  { name: 'SUBMIT with the others waived by the conference', given: [...STARTED, ev.contribute(), ev.resolve({ kind: 'waive', unit: ASSISTS[1] }), ev.resolve({ kind: 'waive', unit: ASSISTS[2] })],
    send: ev.submit(), lifecycle: 'inProgress.awaitingVerification', supervision: 'onTrack' },
  { name: 'VERIFY from the office: verified, supervision closed', given: AWAITING, send: ev.verify(), lifecycle: 'verified', supervision: 'closed',
    check: (s, c) => { expect(s.status).toBe('done'); expect(c).toContainEqual({ type: 'closeTask', outcome: 'verified' }); } },
  { name: 'RETURN from the office: back to implementing', given: AWAITING, send: ev.ret(), lifecycle: 'inProgress.implementing', supervision: 'onTrack' },
  { name: 'REQUEST_EXTENSION before the due date', given: [], send: ev.requestExtension(), lifecycle: 'draft', supervision: 'onTrack',
    check: (s) => expect(s.context.extensionRequest?.newDue).toBe('2016-03-31T23:59:59+08:00') },
  { name: 'DECIDE_EXTENSION approve moves the milestone', given: [ev.requestExtension()], send: ev.decide(true), lifecycle: 'draft', supervision: 'onTrack',
    check: (s, c) => { expect(s.context.milestones[0]?.due).toBe('2016-03-31T23:59:59+08:00'); expect(c.find((x) => x.type === 'rearmTimers')).toBeDefined(); } },
  { name: 'DECIDE_EXTENSION refuse leaves the milestone', given: [ev.requestExtension()], send: ev.decide(false), lifecycle: 'draft', supervision: 'onTrack',
    check: (s) => { expect(s.context.milestones[0]?.due).toBe('2015-12-31T23:59:59+08:00'); expect(s.context.extensionRequest).toBeNull(); } },
  { name: 'UPSTREAM_ISSUED arms an afterEvent deadline (1 month)', task: afterEventTask, given: [], send: ev.upstream(), lifecycle: 'draft', supervision: 'onTrack',
    check: (s) => expect(s.context.milestones[0]?.due).toBe('2016-02-15T23:59:59+08:00') },
  { name: 'SET_DEADLINE by the office dates a setByUpstream task', task: upstreamTask, given: [], send: ev.setDeadline(), lifecycle: 'draft', supervision: 'onTrack',
    check: (s) => expect(s.context.milestones[0]?.due).toBe('2016-06-30T23:59:59+08:00') },
  { name: 'SET_DEADLINE by the conference', task: upstreamTask, given: [], send: ev.setDeadline('complete', '2016-06-30T23:59:59+08:00', conferenceActor), lifecycle: 'draft', supervision: 'onTrack' },
  { name: 'REMIND: onTrack → dueSoon', given: [], send: ev.remind(), lifecycle: 'draft', supervision: 'dueSoon' },
  { name: 'REMIND again while dueSoon stays dueSoon', given: [ev.remind()], send: ev.remind(), lifecycle: 'draft', supervision: 'dueSoon' },
  { name: 'DEADLINE_PASSED: dueSoon → overdue, milestone late', given: [ev.remind()], send: ev.passed(), lifecycle: 'draft', supervision: 'overdue',
    check: (s) => expect(s.context.milestones[0]?.late).toBe(true) },
  { name: 'ESCALATE: overdue → escalated with the item id', given: OVERDUE, send: ev.escalate(), lifecycle: 'draft', supervision: 'escalated',
    check: (s, c) => { expect(s.context.escalation?.itemId).toBe(milestoneItem('7', 'measures')); expect(c).toContainEqual(expect.objectContaining({ type: 'escalate', kind: 'milestoneOverdue', subject: 'measures', due: '2015-12-31T23:59:59+08:00', itemId: milestoneItem('7', 'measures') })); } },
  { name: 'a late ISSUE_MEASURES meets the milestone: escalated → onTrack', given: ESCALATED, send: ev.issue(), lifecycle: 'measuresIssued', supervision: 'onTrack',
    check: (s, c) => { expect(s.context.milestones[0]?.late).toBe(true); expect(c).toContainEqual({ type: 'withdrawEscalation', itemId: milestoneItem('7', 'measures') }); } },
  { name: 'RESOLVE extend: escalated → onTrack', given: ESCALATED, send: ev.resolve({ kind: 'extend', milestone: 'measures', newDue: '2016-03-31T23:59:59+08:00' }), lifecycle: 'draft', supervision: 'onTrack' },
  { name: 'RESOLVE order (督办令): escalated → overdue, order recorded', given: ESCALATED, send: ev.resolve({ kind: 'order', text: '限期一个月内出台' }), lifecycle: 'draft', supervision: 'overdue',
    check: (s) => { expect(s.context.orders).toHaveLength(1); expect(s.context.escalation).toBeNull(); } },
  { name: 'RESOLVE reassignLead changes who may act', given: ESCALATED, send: ev.resolve({ kind: 'reassignLead', leadUnits: ['市财政局'] }), lifecycle: 'draft', supervision: 'overdue',
    check: (s, c) => { expect(s.context.leadUnits).toEqual(['市财政局']); expect(c).toContainEqual({ type: 'leadsChanged', leadUnits: ['市财政局'] }); } },
  { name: 'RESOLVE waive an assisting unit', given: ISSUED, send: ev.resolve({ kind: 'waive', unit: ASSISTS[2] }), lifecycle: 'measuresIssued', supervision: 'onTrack',
    check: (s) => expect(s.context.assists[2]?.status).toBe('waived') },
  { name: 'RESOLVE cancel: cancelled, supervision closed', given: ESCALATED, send: ev.resolve({ kind: 'cancel', reason: '政策调整' }), lifecycle: 'cancelled', supervision: 'closed',
    check: (s, c) => { expect(s.status).toBe('done'); expect(c).toContainEqual({ type: 'closeTask', outcome: 'cancelled' }); } },
  { name: 'a lead report meets the quarterly period of an ongoing task and opens the next', task: ongoingTask, given: [], send: ev.report(), lifecycle: 'draft', supervision: 'onTrack',
    check: (s) => expect(s.context.milestones.map((m) => [m.id, m.due, m.metAt !== null])).toEqual([
      ['report-1', '2015-09-30T23:59:59+08:00', true],
      ['report-2', '2015-12-31T23:59:59+08:00', false],
    ]) },
];

type Code = string;
const forbidden: Array<{ name: string; task?: Task; given: readonly unknown[]; send: unknown; code: Code }> = [
  { name: 'ISSUE_MEASURES from an assisting unit', given: [], send: ev.issue({ unit: '市财政局', role: 'lead' }), code: 'FORBIDDEN_ACTOR' },
  { name: 'ISSUE_MEASURES from the office', given: [], send: ev.issue(supervisor), code: 'FORBIDDEN_ACTOR' },
  { name: 'ISSUE_MEASURES twice', given: ISSUED, send: ev.issue(), code: 'TRANSITION_NOT_ALLOWED' },
  { name: 'ISSUE_MEASURES without measures', given: [], send: { ...ev.issue(), measures: undefined }, code: 'BAD_PAYLOAD' },
  { name: 'ISSUE_MEASURES with blank measures', given: [], send: { ...ev.issue(), measures: ' \n ' }, code: 'BAD_TEXT' },
  { name: 'REPORT_PROGRESS with a NUL byte', given: STARTED, send: { ...ev.report(), summary: '已完成\u0000' }, code: 'BAD_TEXT' },
  { name: 'REPORT_PROGRESS with a terminal escape', given: STARTED, send: { ...ev.report(), summary: '\u001b[31m已完成' }, code: 'BAD_TEXT' },
  { name: 'REPORT_PROGRESS with a bidi override', given: STARTED, send: { ...ev.report(), summary: '已完成\u202e成完未' }, code: 'BAD_TEXT' },
  { name: 'REPORT_PROGRESS with a lone surrogate', given: STARTED, send: { ...ev.report(), summary: '已完成\ud800' }, code: 'BAD_TEXT' },
  { name: 'REPORT_PROGRESS longer than the text limit', given: STARTED, send: { ...ev.report(), summary: '报'.repeat(LIMITS.text + 1) }, code: 'TOO_LARGE' },
  { name: 'ISSUE_MEASURES longer than the long-text limit', given: [], send: { ...ev.issue(), measures: '措'.repeat(LIMITS.longText + 1) }, code: 'TOO_LARGE' },
  { name: 'an eventId longer than the short-text limit', given: [], send: { ...ev.issue(), eventId: 'e'.repeat(LIMITS.shortText + 1) }, code: 'TOO_LARGE' },
  { name: 'an array instead of an event', given: [], send: [], code: 'BAD_PAYLOAD' },
  { name: 'REQUEST_EXTENSION to the year 9999', given: [], send: ev.requestExtension('9999-12-31T23:59:59+08:00'), code: 'DATE_OUT_OF_RANGE' },
  { name: 'SET_DEADLINE in the year 0001', task: upstreamTask, given: [], send: ev.setDeadline('complete', '0001-01-01T00:00:00+08:00'), code: 'DATE_OUT_OF_RANGE' },
  { name: 'SET_DEADLINE 40 years after the plan', task: upstreamTask, given: [], send: ev.setDeadline('complete', '2056-01-01T00:00:00+08:00'), code: 'DATE_OUT_OF_RANGE' },
  { name: 'SET_DEADLINE two years before the plan', task: upstreamTask, given: [], send: ev.setDeadline('complete', '2013-06-01T00:00:00+08:00'), code: 'DATE_OUT_OF_RANGE' },
  { name: 'RESOLVE extend to the year 9999', given: ESCALATED, send: ev.resolve({ kind: 'extend', milestone: 'measures', newDue: '9999-01-01T00:00:00+08:00' }), code: 'DATE_OUT_OF_RANGE' },
  { name: 'RESOLVE with no agenda item', given: ESCALATED, send: { ...ev.resolve({ kind: 'order', text: '限期整改' }), itemId: undefined }, code: 'NOT_ON_AGENDA' },
  { name: 'RESOLVE on another task’s item', given: ESCALATED, send: ev.resolve({ kind: 'order', text: '限期整改' }, conferenceActor, milestoneItem('9', 'measures')), code: 'NOT_ON_AGENDA' },
  { name: 'RESOLVE on a milestone item that is not open', given: [], send: ev.resolve({ kind: 'order', text: '限期整改' }), code: 'NOT_ON_AGENDA' },
  { name: 'RESOLVE reassignLead to a unit outside the plan', given: ESCALATED, send: ev.resolve({ kind: 'reassignLead', leadUnits: ['火星局'] }), code: 'UNKNOWN_UNIT' },
  { name: 'an event with no actor', given: [], send: { type: 'START', at: '2015-09-01T09:00:00+08:00' }, code: 'BAD_PAYLOAD' },
  { name: 'an unknown event type', given: [], send: { type: 'MILESTONE_MET', actor: lead, at: '2015-09-01T09:00:00+08:00' }, code: 'BAD_PAYLOAD' },
  { name: 'an instant without an offset', given: [], send: { ...ev.start(), at: '2015-09-01 09:00' }, code: 'BAD_PAYLOAD' },
  { name: 'START in draft', given: [], send: ev.start(), code: 'TRANSITION_NOT_ALLOWED' },
  { name: 'START from an assisting unit', given: ISSUED, send: ev.start({ unit: ASSISTS[0], role: 'assisting' }), code: 'FORBIDDEN_ACTOR' },
  { name: 'ACKNOWLEDGE before the unit was notified', given: [], send: ev.ack(), code: 'TRANSITION_NOT_ALLOWED' },
  { name: 'ACKNOWLEDGE from a unit that does not assist', given: ISSUED, send: ev.ack('市教育局'), code: 'FORBIDDEN_ACTOR' },
  { name: 'CONTRIBUTE twice', given: [...ISSUED, ev.contribute()], send: ev.contribute(), code: 'TRANSITION_NOT_ALLOWED' },
  { name: 'SUBMIT with assisting units outstanding', given: [...STARTED, ev.contribute()], send: ev.submit(), code: 'ASSISTS_OUTSTANDING' },
  { name: 'SUBMIT before START', given: ISSUED, send: ev.submit(), code: 'TRANSITION_NOT_ALLOWED' },
  { name: 'VERIFY from the lead', given: AWAITING, send: ev.verify(lead), code: 'FORBIDDEN_ACTOR' },
  { name: 'VERIFY while implementing', given: ALL_IN, send: ev.verify(), code: 'TRANSITION_NOT_ALLOWED' },
  { name: 'RETURN without a reason', given: AWAITING, send: { ...ev.ret(), reason: undefined }, code: 'BAD_PAYLOAD' },
  { name: 'any event once verified', given: [...AWAITING, ev.verify()], send: ev.report(), code: 'TASK_CLOSED' },
  { name: 'any event once cancelled', given: [ev.resolve({ kind: 'cancel', reason: '撤销' }, conferenceActor, assistItem('7', ASSISTS[0]))], send: ev.issue(), code: 'TASK_CLOSED' },
  { name: 'REQUEST_EXTENSION after the due date', given: [], send: ev.requestExtension(undefined, 'measures', '2016-01-05T09:00:00+08:00'), code: 'MILESTONE_PASSED' },
  { name: 'REQUEST_EXTENSION to an earlier date', given: [], send: ev.requestExtension('2015-11-30T23:59:59+08:00'), code: 'NOT_LATER' },
  { name: 'REQUEST_EXTENSION for an unknown milestone', given: [], send: ev.requestExtension(undefined, 'start'), code: 'UNKNOWN_MILESTONE' },
  { name: 'REQUEST_EXTENSION for a met milestone', given: ISSUED, send: ev.requestExtension(), code: 'MILESTONE_MET' },
  { name: 'REQUEST_EXTENSION while one is open', given: [ev.requestExtension()], send: ev.requestExtension(), code: 'EXTENSION_PENDING' },
  { name: 'DECIDE_EXTENSION with nothing requested', given: [], send: ev.decide(true), code: 'NO_EXTENSION_REQUEST' },
  { name: 'DECIDE_EXTENSION from the lead', given: [ev.requestExtension()], send: ev.decide(true, lead), code: 'FORBIDDEN_ACTOR' },
  { name: 'UPSTREAM_ISSUED on a dated task', given: [], send: ev.upstream(), code: 'NOT_AFTER_EVENT' },
  { name: 'UPSTREAM_ISSUED twice', task: afterEventTask, given: [ev.upstream()], send: ev.upstream(), code: 'DEADLINE_ALREADY_SET' },
  { name: 'SET_DEADLINE from the lead', task: upstreamTask, given: [], send: ev.setDeadline('complete', '2016-06-30T23:59:59+08:00', lead), code: 'FORBIDDEN_ACTOR' },
  { name: 'SET_DEADLINE for a milestone that cannot exist', task: upstreamTask, given: [], send: ev.setDeadline('report-9'), code: 'UNKNOWN_MILESTONE' },
  { name: 'RESOLVE from the lead', given: [], send: ev.resolve({ kind: 'order', text: 'x' }, lead), code: 'FORBIDDEN_ACTOR' },
  { name: 'RESOLVE waive of a unit that does not assist', given: [], send: ev.resolve({ kind: 'waive', unit: '市教育局' }), code: 'UNKNOWN_UNIT' },
  { name: 'RESOLVE with an unknown decision', given: [], send: ev.resolve({ kind: 'pardon' }), code: 'BAD_PAYLOAD' },
  { name: 'REMIND from a person', given: [], send: { ...ev.remind(), actor: supervisor }, code: 'FORBIDDEN_ACTOR' },
  { name: 'REMIND for a met milestone', given: ISSUED, send: ev.remind(), code: 'STALE_TIMER' },
  { name: 'DEADLINE_PASSED armed for a due that was extended', given: [ev.requestExtension(), ev.decide(true)], send: ev.passed(), code: 'STALE_TIMER' },
  { name: 'DEADLINE_PASSED twice', given: OVERDUE, send: ev.passed(), code: 'TRANSITION_NOT_ALLOWED' },
  { name: 'ESCALATE while on track', given: [], send: ev.escalate(), code: 'TRANSITION_NOT_ALLOWED' },
  { name: 'REMIND while escalated', given: ESCALATED, send: ev.remind(), code: 'TRANSITION_NOT_ALLOWED' },
  { name: 'a timer without its milestone', given: [], send: { type: 'REMIND', actor: system, at: '2015-09-01T09:00:00+08:00' }, code: 'BAD_PAYLOAD' },
  { name: 'a repeated eventId', given: [{ ...ev.report(), eventId: 'oa-1' }], send: { ...ev.report(), eventId: 'oa-1' }, code: 'DUPLICATE_EVENT' },
];

describe('taskMachine', () => {
  it.each(allowed)('accepts $name', ({ task, given, send, lifecycle, supervision, check }) => {
    const before = drive(fresh(task), given).snapshot;
    expect(explain(before, send)).toEqual({ ok: true });
    expect(before.can(send as never)).toBe(true);
    const result = applyEvent(before, send);
    if (!result.ok) throw new Error(result.message_en);
    expect(stateNames(result.snapshot)).toEqual({ lifecycle, supervision });
    expect(result.snapshot.context.history).toHaveLength(before.context.history.length + 1);
    check?.(result.snapshot, result.commands);
  });

  it.each(forbidden)('refuses $name with $code', ({ task, given, send, code }) => {
    const before = drive(fresh(task), given).snapshot;
    const verdict = explain(before, send);
    expect(verdict).toMatchObject({ ok: false, code });
    const result = applyEvent(before, send);
    expect(result.ok).toBe(false);
    // the machine agrees: either it cannot take the event, or the payload never reaches it
    if (!['BAD_PAYLOAD', 'BAD_TEXT', 'TOO_LARGE'].includes(code)) expect(before.can(send as never)).toBe(false);
  });

  it('names the lead unit and the sender in a refusal', () => {
    const verdict = explain(fresh(), ev.issue({ unit: '市财政局', role: 'lead' }));
    expect(verdict).toEqual({
      ok: false,
      code: 'FORBIDDEN_ACTOR',
      message_zh: `只有牵头单位${LEAD}可以 ISSUE_MEASURES；发送方为市财政局`,
      message_en: `only the lead unit ${LEAD} may ISSUE_MEASURES; sent by 市财政局`,
    });
  });

  it('names the missing field path in BAD_PAYLOAD', () => {
    const verdict = explain(fresh(), ev.resolve({ kind: 'extend', milestone: 'measures' }));
    expect(verdict.ok === false && verdict.message_en).toContain('decision.newDue');
  });

  it('names the outstanding assisting units', () => {
    const s = drive(fresh(), [...STARTED, ev.contribute()]).snapshot;
    expect(explain(s, ev.submit())).toMatchObject({ code: 'ASSISTS_OUTSTANDING', message_zh: expect.stringContaining('市卫计委、市人社局') });
  });

  it('lets any co-lead act and records which one did', () => {
    const coLed = { ...byTask, leadUnits: [LEAD, '市老龄委'] };
    const s = drive(fresh(coLed), [ev.issue({ unit: '市老龄委', role: 'lead' })]).snapshot;
    expect(s.context.history[0]?.actor.unit).toBe('市老龄委');
  });

  it('leaves the history untouched on a refusal', () => {
    const s = drive(fresh(), ISSUED).snapshot;
    const result = applyEvent(s, ev.issue());
    expect(result.ok).toBe(false);
    expect(s.context.history).toHaveLength(1);
  });
});
