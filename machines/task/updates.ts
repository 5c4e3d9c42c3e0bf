// How each accepted event changes the context: pure updaters behind the machine's named assign actions.
import type { TaskContext } from './context';
import { assistItemId, notifyAssist, takeStep, type Assist } from '../handoff';
import type { TaskEvent } from './events';
import { keepNewest, LIMITS } from '../limits';
import { summarize } from './history';
import { findMilestone, markLate, meet, milestonesMetBy, moveDue, nearestOpen } from './milestones';
import { addWindow } from './periods';
import { leadSharesAfterReassign } from './members';

type Update = Partial<TaskContext>;

const setAssist = (ctx: TaskContext, unit: string, change: (a: Assist) => Assist): Assist[] =>
  ctx.assists.map((a) => (a.unit === unit ? change(a) : a));

/** measures issued: every assisting unit is notified; it contributes by the nearest due date still open (after meetMilestones) */
export function recordMeasures(ctx: TaskContext, e: TaskEvent): Update {
  if (e.type !== 'ISSUE_MEASURES') return {};
  const contributeBy = nearestOpen(ctx.milestones)?.due ?? null;
  return {
    measures: { text: e.measures, documentRef: e.documentRef ?? null, at: e.at, unit: e.actor.unit },
    assists: ctx.assists.map((a) => (a.status === 'pending' ? notifyAssist(a, e.at, ctx.policy, contributeBy) : a)),
  };
}

/** a step on an assisting unit's deadline was taken (reminded, late, escalated) */
export function recordAssistStep(ctx: TaskContext, e: TaskEvent): Update {
  if (e.type !== 'ASSIST_TIMER') return {};
  const itemId = assistItemId(ctx.planId, ctx.task.no, e.unit, e.deadline);
  return { assists: setAssist(ctx, e.unit, (a) => takeStep(a, e.deadline, e.step, itemId)) };
}

/** milestones the event meets get metAt; an extension request for them is dropped */
export function meetMilestones(ctx: TaskContext, e: TaskEvent): Update {
  const ids = milestonesMetBy(ctx, e.type, e.at, e.actor.role === 'lead');
  if (ids.length === 0) return {};
  const request = ctx.extensionRequest;
  return {
    milestones: meet(ctx, ids, e.at),
    extensionRequest: request !== null && ids.includes(request.milestone) ? null : request,
  };
}

export function recordProgress(ctx: TaskContext, e: TaskEvent): Update {
  if (e.type !== 'REPORT_PROGRESS' || (e.actor.role !== 'lead' && e.actor.role !== 'assisting')) return {};
  const entry = { at: e.at, unit: e.actor.unit, role: e.actor.role, summary: e.summary, percent: e.percent ?? null };
  return { progress: keepNewest([...ctx.progress, entry], LIMITS.keptProgress) };
}

export function recordAcknowledgement(ctx: TaskContext, e: TaskEvent): Update {
  if (e.type !== 'ACKNOWLEDGE') return {};
  return { assists: setAssist(ctx, e.actor.unit, (a) => ({ ...a, status: 'acknowledged', acknowledgedAt: e.at })) };
}

export function recordContribution(ctx: TaskContext, e: TaskEvent): Update {
  if (e.type !== 'CONTRIBUTE') return {};
  return {
    assists: setAssist(ctx, e.actor.unit, (a) => ({
      ...a,
      status: 'contributed',
      acknowledgedAt: a.acknowledgedAt ?? e.at, // contributing implies having received the task
      contributedAt: e.at,
      contribution: e.summary,
    })),
  };
}

export function recordEvidence(_ctx: TaskContext, e: TaskEvent): Update {
  return e.type === 'SUBMIT' ? { evidence: { text: e.evidence, at: e.at, unit: e.actor.unit } } : {};
}

export function recordReturn(ctx: TaskContext, e: TaskEvent): Update {
  return e.type === 'RETURN' ? { returns: keepNewest([...ctx.returns, { reason: e.reason, at: e.at, unit: e.actor.unit }], LIMITS.keptReturns) } : {};
}

export function recordVerification(_ctx: TaskContext, e: TaskEvent): Update {
  return e.type === 'VERIFY' ? { verification: { note: e.note ?? null, at: e.at, unit: e.actor.unit } } : {};
}

export function openExtensionRequest(ctx: TaskContext, e: TaskEvent): Update {
  if (e.type !== 'REQUEST_EXTENSION') return {};
  const currentDue = findMilestone(ctx, e.milestone)?.due ?? e.newDue;
  const request = { milestone: e.milestone, currentDue, newDue: e.newDue, reason: e.reason, at: e.at, unit: e.actor.unit };
  return { extensionRequest: request };
}

export function decideExtension(ctx: TaskContext, e: TaskEvent): Update {
  const r = ctx.extensionRequest;
  if (e.type !== 'DECIDE_EXTENSION' || r === null) return {};
  if (!e.approve) return { extensionRequest: null };
  const move = { to: r.newDue, at: e.at, source: 'request' as const, unit: r.unit, reason: r.reason };
  return { extensionRequest: null, milestones: moveDue(ctx, r.milestone, move) };
}

/** afterEvent: due = upstream issue + window (及时 = the policy's timelyWindow) */
export function armUpstreamDeadline(ctx: TaskContext, e: TaskEvent): Update {
  const spec = ctx.task.schedule.spec;
  if (e.type !== 'UPSTREAM_ISSUED' || spec.kind !== 'afterEvent') return {};
  const { due, explanation } = addWindow(e.issuedAt, spec.window ?? ctx.policy.timelyWindow, ctx.policy.computedDueOnNonWorkingDay);
  // the reason says where the date came from and how it was counted (holidays, 调休)
  const move = { to: due, at: e.at, source: 'upstream' as const, unit: e.actor.unit, reason: `${e.ref}：${explanation.zh}` };
  return { upstream: { issuedAt: e.issuedAt, ref: e.ref, at: e.at, unit: e.actor.unit }, milestones: moveDue(ctx, spec.milestone, move) };
}

export function setDeadline(ctx: TaskContext, e: TaskEvent): Update {
  if (e.type !== 'SET_DEADLINE') return {};
  const move = { to: e.due, at: e.at, source: 'deadlineSet' as const, unit: e.actor.unit, reason: null };
  return { milestones: moveDue(ctx, e.milestone, move) };
}

export function applyResolution(ctx: TaskContext, e: TaskEvent): Update {
  if (e.type !== 'RESOLVE') return {};
  const d = e.decision;
  switch (d.kind) {
    case 'extend': {
      const move = { to: d.newDue, at: e.at, source: 'conference' as const, unit: e.actor.unit, reason: e.itemId ?? null };
      return { milestones: moveDue(ctx, d.milestone, move) };
    }
    case 'reassignLead': {
      // members of a collective that no longer leads are released; a newly leading collective's members take their share
      return { leadUnits: [...d.leadUnits], assists: leadSharesAfterReassign(ctx, d.leadUnits, e.at) };
    }
    case 'order':
      return { orders: keepNewest([...ctx.orders, { text: d.text, itemId: e.itemId ?? null, at: e.at }], LIMITS.keptOrders) };
    case 'waive':
      return { assists: setAssist(ctx, d.unit, (a) => ({ ...a, status: 'waived', waivedAt: e.at })) };
    case 'cancel':
      return { cancellation: { reason: d.reason, at: e.at } };
  }
}

/**
 * A child plan's progress replaces the last report of that plan; its completion meets the obligation of the
 * unit that answers through it (a city's plan done: the city's share of the province's task is done). Only
 * its first report and a change of completion go into the history: the counts are in the view.
 */
export function recordChildPlan(ctx: TaskContext, e: TaskEvent): Update {
  if (e.type !== 'CHILD_PLAN') return {};
  const p = e.progress;
  const before = ctx.childPlans.find((c) => c.planId === p.planId);
  const childPlans = before === undefined ? [...ctx.childPlans, p] : ctx.childPlans.map((c) => (c.planId === p.planId ? p : c));
  const share = p.unit === null ? undefined : ctx.assists.find((a) => a.unit === p.unit);
  const meets = p.complete && share !== undefined && share.status !== 'contributed' && share.status !== 'waived';
  const assists = meets
    ? setAssist(ctx, share.unit, (a) => ({ ...a, status: 'contributed', acknowledgedAt: a.acknowledgedAt ?? e.at, contributedAt: e.at, contribution: `下级落实方案 ${p.planId} 全部完成` }))
    : ctx.assists;
  const noteworthy = before === undefined || before.complete !== p.complete;
  return { childPlans, assists, ...(noteworthy ? recordHistory({ ...ctx, assists }, e) : {}) };
}

/** supervision now reacts to this milestone (REMIND / DEADLINE_PASSED) */
export function watchMilestone(_ctx: TaskContext, e: TaskEvent): Update {
  return e.type === 'REMIND' || e.type === 'DEADLINE_PASSED' ? { watch: { milestone: e.milestone, due: e.due } } : {};
}

export function markMilestoneLate(ctx: TaskContext, e: TaskEvent): Update {
  return e.type === 'DEADLINE_PASSED' ? { milestones: markLate(ctx, e.milestone) } : {};
}

export function openEscalation(_ctx: TaskContext, e: TaskEvent): Update {
  if (e.type !== 'ESCALATE') return {};
  return { watch: { milestone: e.milestone, due: e.due }, escalation: { itemId: e.itemId, milestone: e.milestone, due: e.due, at: e.at } };
}

export const clearEscalation = (): Update => ({ escalation: null });
export const clearWatch = (): Update => ({ watch: null, escalation: null });

/** appends to the history and the idempotency keys, keeping the newest of each (bounded snapshot) */
export function recordHistory(ctx: TaskContext, e: TaskEvent): Update {
  const seq = ctx.historyCount + 1;
  const entry = { seq, type: e.type, actor: e.actor, at: e.at, summary: summarize(e, ctx.assists), eventId: e.eventId ?? null };
  return {
    history: keepNewest([...ctx.history, entry], LIMITS.keptHistory),
    historyCount: seq,
    eventIds: e.eventId === undefined ? ctx.eventIds : keepNewest([...ctx.eventIds, e.eventId], LIMITS.keptEventIds),
  };
}
