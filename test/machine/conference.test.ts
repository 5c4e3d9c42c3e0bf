// The conference decider (machines/conference): who acts for it, the agenda's rules, sessions, carry-over.
import { describe, expect, it } from 'vitest';
import { addEscalation, carriedOver, conveneRefusal, holdSession, KEEP_CLOSED, openItems, resolutionRefusal, resolve, sessionAudience, withdraw, type Agenda, type EscalationItem } from '../../machines';
import { conference, CONVENER, LEAD, OFFICE } from '../support/tasks';

const item = (itemId: string, lead = LEAD): EscalationItem => ({
  itemId, planId: 'p', taskNo: '7', taskWorkflowId: 'task:p:7', kind: 'milestoneOverdue', subject: 'measures', due: null, leadUnits: [lead], summary: '逾期', raisedAt: '2015-09-01T09:00:00+08:00',
});
const empty: Agenda = { items: [], sessions: [] };
const AT = '2016-01-20T10:00:00+08:00';

describe('conference decider', () => {
  it('adds an escalation once, and withdraws only an open item', () => {
    const a = addEscalation(addEscalation(empty, item('i1')), item('i1'));
    expect(a.items).toHaveLength(1);
    const decided = resolve(a, 'i1', { decision: { kind: 'cancel', reason: '撤销' }, by: { unit: CONVENER, role: 'conference' }, at: AT });
    expect(withdraw(decided, 'i1').items[0]?.status).toBe('resolved');
    expect(withdraw(a, 'i1').items[0]?.status).toBe('withdrawn');
  });

  it('lets the convener, the office as conference or the office as supervisor convene; nobody else', () => {
    expect(conveneRefusal(conference, { unit: CONVENER, role: 'conference' })).toBeNull();
    expect(conveneRefusal(conference, { unit: OFFICE, role: 'supervisor' })).toBeNull();
    expect(conveneRefusal(conference, { unit: CONVENER, role: 'supervisor' })?.code).toBe('FORBIDDEN_ACTOR');
    expect(conveneRefusal(conference, { unit: LEAD, role: 'conference' })?.code).toBe('FORBIDDEN_ACTOR');
  });

  it('refuses a decision on an unknown, closed or busy item, or from a non-member, by name', () => {
    const a = withdraw(addEscalation(addEscalation(empty, item('open')), item('gone')), 'gone');
    const by = { unit: CONVENER, role: 'conference' } as const;
    expect(resolutionRefusal(conference, a, by, 'open', new Set())).toBeNull();
    expect(resolutionRefusal(conference, a, by, 'nope', new Set())?.code).toBe('UNKNOWN_ITEM');
    expect(resolutionRefusal(conference, a, by, 'gone', new Set())?.code).toBe('ITEM_CLOSED');
    expect(resolutionRefusal(conference, a, by, 'open', new Set(['open']))?.code).toBe('ITEM_BUSY');
    expect(resolutionRefusal(conference, a, { unit: LEAD, role: 'lead' }, 'open', new Set())?.code).toBe('FORBIDDEN_ACTOR');
  });

  it('takes up every open item in a session, numbered from the first session that saw it', () => {
    const first = holdSession(addEscalation(empty, item('a')), AT, 'cadence');
    const second = holdSession(addEscalation(first.agenda, item('b', '市财政局')), AT, 'office');
    expect(second.session).toMatchObject({ no: 2, items: ['a', 'b'], convenedBy: 'office' });
    expect(second.agenda.items.map((i) => i.sessionNo)).toEqual([1, 2]);
    expect(sessionAudience(conference, second.agenda.items)).toEqual([OFFICE, LEAD, '市财政局']);
  });

  it('carries every open item and the newest closed ones over', () => {
    let a = empty;
    for (let i = 0; i < KEEP_CLOSED + 5; i++) a = withdraw(addEscalation(a, item(`c${i}`)), `c${i}`);
    a = addEscalation(a, item('still-open'));
    const next = carriedOver(a);
    expect(openItems(next).map((i) => i.itemId)).toEqual(['still-open']);
    expect(next.items).toHaveLength(KEEP_CLOSED + 1);
    expect(next.items[0]?.itemId).toBe('c5');
  });
});
