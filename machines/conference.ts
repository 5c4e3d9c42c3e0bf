// The joint conference (联席会议) as a pure decider: who may act for it, what an escalation or a withdrawal
// does to the agenda, what a session takes up, which decisions may be taken, and what is carried over.
import type { Actor, Decision } from './task/events';
import type { Conference } from './plan';
import { refuse, type Refusal } from './task/refusal';

/** an item a task (or one of its assisting units) puts on the agenda */
export interface EscalationItem {
  itemId: string;
  planId: string;
  taskNo: string;
  taskWorkflowId: string;
  kind: 'milestoneOverdue' | 'assistLate';
  /** milestone id, or the assisting unit that is late */
  subject: string;
  due: string | null;
  leadUnits: string[];
  summary: string;
  raisedAt: string;
}

export interface AgendaItem extends EscalationItem {
  status: 'open' | 'withdrawn' | 'resolved';
  sessionNo: number | null;
  resolution: { decision: Decision; by: Actor; at: string } | null;
}

export interface SessionRecord {
  no: number;
  heldAt: string;
  convenedBy: 'cadence' | 'office';
  items: string[];
}

export interface Agenda {
  items: AgendaItem[];
  sessions: SessionRecord[];
}

/**
 * closed items and past sessions carried over to the next run (older ones live in earlier runs); a closed
 * item can carry a decision of LIMITS.text characters, so 50 of them stay under ~300 KB of the 2 MB input
 */
export const KEEP_CLOSED = 50;
export const KEEP_SESSIONS = 60;

/** the convener or the office as the conference, or the office as the supervisor (督查室) */
export const actsForConference = (conference: Conference, actor: Actor): boolean =>
  (actor.role === 'conference' && (actor.unit === conference.convener || actor.unit === conference.office)) ||
  (actor.role === 'supervisor' && actor.unit === conference.office);

export const openItems = (agenda: Agenda): AgendaItem[] => agenda.items.filter((i) => i.status === 'open');
export const closedItems = (agenda: Agenda): AgendaItem[] => agenda.items.filter((i) => i.status !== 'open');
export const findItem = (agenda: Agenda, itemId: string): AgendaItem | undefined => agenda.items.find((i) => i.itemId === itemId);

/** an escalation joins the agenda once: a retried one adds nothing */
export function addEscalation(agenda: Agenda, item: EscalationItem): Agenda {
  if (findItem(agenda, item.itemId)) return agenda;
  return { ...agenda, items: [...agenda.items, { ...item, status: 'open', sessionNo: null, resolution: null }] };
}

/** a task made its item moot (the milestone was met or moved): an open item is withdrawn, a closed one stays */
export function withdraw(agenda: Agenda, itemId: string): Agenda {
  return { ...agenda, items: agenda.items.map((i) => (i.itemId === itemId && i.status === 'open' ? { ...i, status: 'withdrawn' } : i)) };
}

/** a session takes up every open item (an item keeps the number of the first session that saw it) */
export function holdSession(agenda: Agenda, heldAt: string, convenedBy: SessionRecord['convenedBy']): { agenda: Agenda; session: SessionRecord } {
  const session: SessionRecord = { no: agenda.sessions.length + 1, heldAt, convenedBy, items: openItems(agenda).map((i) => i.itemId) };
  const items = agenda.items.map((i) => (i.status === 'open' ? { ...i, sessionNo: i.sessionNo ?? session.no } : i));
  return { agenda: { items, sessions: [...agenda.sessions, session] }, session };
}

export function conveneRefusal(conference: Conference, actor: Actor): Refusal | null {
  if (actsForConference(conference, actor)) return null;
  return refuse(
    'FORBIDDEN_ACTOR',
    `只有联席会议办公室${conference.office}或召集单位${conference.convener}可以召集会议；发送方为${actor.unit}`,
    `only the conference office ${conference.office} or convener ${conference.convener} may convene; sent by ${actor.unit}`,
  );
}

/** a decision answers an open item, taken by the conference, one at a time (`deciding`: being delivered) */
export function resolutionRefusal(conference: Conference, agenda: Agenda, actor: Actor, itemId: string, deciding: ReadonlySet<string>): Refusal | null {
  if (!actsForConference(conference, actor)) return refuse('FORBIDDEN_ACTOR', `只有联席会议可以作出决定；发送方为${actor.unit}`, `only the conference may resolve; sent by ${actor.unit}`);
  const item = findItem(agenda, itemId);
  if (!item) return refuse('UNKNOWN_ITEM', `议程中没有事项${itemId}`, `no agenda item ${itemId}`);
  if (item.status !== 'open') return refuse('ITEM_CLOSED', `事项${itemId}已${item.status === 'resolved' ? '决定' : '撤回'}`, `item ${itemId} is already ${item.status}`);
  if (deciding.has(itemId)) return refuse('ITEM_BUSY', `事项${itemId}的另一项决定正在送达`, `another decision on item ${itemId} is being delivered`);
  return null;
}

/** the task accepted the decision: the item is resolved */
export function resolve(agenda: Agenda, itemId: string, resolution: NonNullable<AgendaItem['resolution']>): Agenda {
  return { ...agenda, items: agenda.items.map((i) => (i.itemId === itemId ? { ...i, status: 'resolved', resolution } : i)) };
}


/** what the next run starts from: every open item, the newest closed ones and sessions */
export const carriedOver = (agenda: Agenda): Agenda => ({
  items: [...closedItems(agenda).slice(-KEEP_CLOSED), ...openItems(agenda)],
  sessions: agenda.sessions.slice(-KEEP_SESSIONS),
});

/** who hears that a session's agenda is out: the office and the lead units of its items */
export const sessionAudience = (conference: Conference, items: readonly AgendaItem[]): string[] => [
  ...new Set([conference.office, ...items.flatMap((i) => i.leadUnits)]),
];
