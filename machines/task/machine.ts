// The task machine (任务状态机): lifecycle and supervision regions, pure — timers and children belong to the workflow.
import { and, assign, enqueueActions, setup } from 'xstate';
import type { CommandParams, TaskCommandType } from './commands';
import { createContext, type TaskContext, type TaskInput } from './context';
import type { TaskEvent } from './events';
import {
  acknowledgeRefusal,
  actorRefusal,
  assistsOutstanding,
  assistTimerRefusal,
  childPlanRefusal,
  contributeRefusal,
  datesRefusal,
  deadlineRefusal,
  decideExtensionRefusal,
  duplicateRefusal,
  extensionRefusal,
  resolveRefusal,
  timerRefusal,
  upstreamRefusal,
} from './guards';
import { summarize } from './history';
import { watchSettled } from './milestones';
import * as u from './updates';
import { allContributedNotice, assistEscalationSummary, handoffNotices } from '../handoff';
import { actingLeads } from './members';

/** bump when the context shape or state names change; fromPersisted refuses other versions */
export const MACHINE_VERSION = 1;

type Args = { context: TaskContext; event: TaskEvent };
/** a guard for one event's own rule: false for any other event, so a guard moved to the wrong event refuses it */
const rule =
  <T extends TaskEvent['type']>(types: readonly T[], refusal: (ctx: TaskContext, e: Extract<TaskEvent, { type: T }>) => unknown) =>
  ({ context, event }: Args): boolean =>
    (types as readonly string[]).includes(event.type) && refusal(context, event as Extract<TaskEvent, { type: T }>) === null;
/** a command action: does nothing here; transition() returns it with its params for the workflow */
const command =
  <T extends TaskCommandType>() =>
  (_: unknown, _params: CommandParams<T>): void =>
    undefined;

const audienceOf = (ctx: TaskContext) => ({ leads: actingLeads(ctx), office: ctx.conference.office });

const accepted = ['taskOpen', 'actorAllowed', 'eventIsNew', 'datesInWindow'] as const;

export const taskMachine = setup({
  types: { context: {} as TaskContext, events: {} as TaskEvent, input: {} as TaskInput },
  guards: {
    taskOpen: ({ context }) => context.verification === null && context.cancellation === null,
    actorAllowed: ({ context, event }) => actorRefusal(context, event) === null,
    eventIsNew: ({ context, event }) => duplicateRefusal(context, event) === null,
    datesInWindow: ({ context, event }) => datesRefusal(context, event) === null,
    // each checks its own event's rule (guards.ts), the one explain() reports
    assistCanAcknowledge: rule(['ACKNOWLEDGE'], acknowledgeRefusal),
    assistCanContribute: rule(['CONTRIBUTE'], contributeRefusal),
    assistsSettled: rule(['SUBMIT'], assistsOutstanding),
    extensionAllowed: rule(['REQUEST_EXTENSION'], extensionRefusal),
    extensionRequested: rule(['DECIDE_EXTENSION'], decideExtensionRefusal),
    upstreamAwaited: rule(['UPSTREAM_ISSUED'], upstreamRefusal),
    deadlineSettable: rule(['SET_DEADLINE'], deadlineRefusal),
    resolutionValid: rule(['RESOLVE'], resolveRefusal),
    timerIsCurrent: rule(['REMIND', 'DEADLINE_PASSED', 'ESCALATE'], timerRefusal),
    assistTimerIsCurrent: rule(['ASSIST_TIMER'], assistTimerRefusal),
    childPlanAccepted: rule(['CHILD_PLAN'], childPlanRefusal),
    decisionIsCancel: ({ event }) => event.type === 'RESOLVE' && event.decision.kind === 'cancel',
    /** 督办令 and a new lead answer the agenda item: supervision falls back to overdue */
    decisionClosesItem: ({ event }) =>
      event.type === 'RESOLVE' && (event.decision.kind === 'order' || event.decision.kind === 'reassignLead'),
    watchSettled: ({ context }) => watchSettled(context),
  },
  actions: {
    recordMeasures: assign(({ context, event }) => u.recordMeasures(context, event)),
    meetMilestones: assign(({ context, event }) => u.meetMilestones(context, event)),
    recordProgress: assign(({ context, event }) => u.recordProgress(context, event)),
    recordAcknowledgement: assign(({ context, event }) => u.recordAcknowledgement(context, event)),
    recordContribution: assign(({ context, event }) => u.recordContribution(context, event)),
    recordEvidence: assign(({ context, event }) => u.recordEvidence(context, event)),
    recordReturn: assign(({ context, event }) => u.recordReturn(context, event)),
    recordVerification: assign(({ context, event }) => u.recordVerification(context, event)),
    openExtensionRequest: assign(({ context, event }) => u.openExtensionRequest(context, event)),
    decideExtension: assign(({ context, event }) => u.decideExtension(context, event)),
    armUpstreamDeadline: assign(({ context, event }) => u.armUpstreamDeadline(context, event)),
    setDeadline: assign(({ context, event }) => u.setDeadline(context, event)),
    applyResolution: assign(({ context, event }) => u.applyResolution(context, event)),
    watchMilestone: assign(({ context, event }) => u.watchMilestone(context, event)),
    markMilestoneLate: assign(({ context, event }) => u.markMilestoneLate(context, event)),
    openEscalation: assign(({ context, event }) => u.openEscalation(context, event)),
    clearEscalation: assign(() => u.clearEscalation()),
    clearWatch: assign(() => u.clearWatch()),
    recordHistory: assign(({ context, event }) => u.recordHistory(context, event)),
    recordAssistStep: assign(({ context, event }) => u.recordAssistStep(context, event)),
    recordChildPlan: assign(({ context, event }) => u.recordChildPlan(context, event)),
    // commands for the workflow: no-ops here, returned by transition() with their params
    notifyUnits: command<'notifyUnits'>(),
    notifyLead: command<'notifyLead'>(),
    notifySupervisor: command<'notifySupervisor'>(),
    escalate: command<'escalate'>(),
    withdrawEscalation: command<'withdrawEscalation'>(),
    leadsChanged: command<'leadsChanged'>(),
    closeTask: command<'closeTask'>(),
    tellLead: enqueueActions(({ context, event, enqueue }) =>
      enqueue({ type: 'notifyLead', params: { units: actingLeads(context), message_zh: summarize(event, context.assists) } }),
    ),
    /**
     * the lead hears once, when the last handoff has settled: a contribution, or a child plan's completion that
     * met its unit's share (each contribution is in the view)
     */
    tellLeadAllContributed: enqueueActions(({ context, event, enqueue }) => {
      const settledNow = event.type === 'CONTRIBUTE' || (event.type === 'CHILD_PLAN' && context.assists.some((a) => a.unit === event.progress.unit && a.contributedAt === event.at));
      if (!settledNow || assistsOutstanding(context) !== null) return;
      const units = context.assists.filter((a) => a.status === 'contributed').map((a) => a.unit);
      enqueue({ type: 'notifyLead', params: { units: actingLeads(context), message_zh: allContributedNotice(context.task.no, units) } });
    }),
    tellSupervisor: enqueueActions(({ context, event, enqueue }) =>
      enqueue({ type: 'notifySupervisor', params: { unit: context.conference.office, message_zh: summarize(event, context.assists) } }),
    ),
    /** each unit notified by this event is told of its handoff */
    notifyAssisting: enqueueActions(({ context, event, enqueue }) => {
      for (const a of context.assists.filter((x) => x.status === 'notified' && x.notifiedAt === event.at))
        for (const n of handoffNotices(context.task, audienceOf(context), a, { kind: 'notified' })) enqueue({ type: 'notifyUnits', params: n });
    }),
    assistStepCommands: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'ASSIST_TIMER') return;
      const a = context.assists.find((x) => x.unit === event.unit);
      if (a === undefined) return;
      for (const n of handoffNotices(context.task, audienceOf(context), a, { kind: 'step', ...event })) enqueue({ type: 'notifyUnits', params: n });
      if (event.step === 'escalate' && a.escalatedItemId !== null)
        enqueue({
          type: 'escalate',
          params: { kind: 'assistLate', subject: a.unit, due: event.due, itemId: a.escalatedItemId, summary: assistEscalationSummary(context.task, a, event.deadline) },
        });
    }),
    escalateToConference: enqueueActions(({ context, event, enqueue }) => {
      if (event.type === 'ESCALATE')
        enqueue({
          type: 'escalate',
          params: { kind: 'milestoneOverdue', subject: event.milestone, due: event.due, itemId: event.itemId, summary: `${context.task.no} ${context.task.text.slice(0, 60)}：${event.milestone} 逾期（期限 ${event.due}）` },
        });
    }),
    /** the conference's own RESOLVE already settles its item; anything else makes it moot */
    withdrawIfNotResolved: enqueueActions(({ context, event, enqueue }) => {
      if (context.escalation !== null && event.type !== 'RESOLVE')
        enqueue({ type: 'withdrawEscalation', params: { itemId: context.escalation.itemId } });
    }),
    resolutionCommands: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'RESOLVE') return;
      const d = event.decision;
      if (d.kind === 'reassignLead') enqueue({ type: 'leadsChanged', params: { leadUnits: context.leadUnits } });
      enqueue({ type: 'notifyLead', params: { units: actingLeads(context), message_zh: summarize(event, context.assists) } });
    }),
  },
}).createMachine({
  id: 'task',
  type: 'parallel',
  context: ({ input }) => createContext(input),
  states: {
    lifecycle: {
      initial: 'draft',
      // events that keep the lifecycle state; accepted in every open state
      on: {
        REPORT_PROGRESS: { guard: and([...accepted]), actions: ['meetMilestones', 'recordProgress', 'recordHistory'] },
        ACKNOWLEDGE: {
          guard: and([...accepted, 'assistCanAcknowledge']),
          actions: ['recordAcknowledgement', 'recordHistory'],
        },
        CONTRIBUTE: {
          guard: and([...accepted, 'assistCanContribute']),
          actions: ['recordContribution', 'recordHistory', 'tellLeadAllContributed'],
        },
        ASSIST_TIMER: {
          guard: and([...accepted, 'assistTimerIsCurrent']),
          actions: ['recordAssistStep', 'recordHistory', 'assistStepCommands'],
        },
        // a child plan's completion may be the last share the lead waits for (recordChildPlan keeps its own history)
        CHILD_PLAN: { guard: and([...accepted, 'childPlanAccepted']), actions: ['recordChildPlan', 'tellLeadAllContributed'] },
        REQUEST_EXTENSION: { guard: and([...accepted, 'extensionAllowed']), actions: ['openExtensionRequest', 'recordHistory', 'tellSupervisor'] },
        DECIDE_EXTENSION: { guard: and([...accepted, 'extensionRequested']), actions: ['decideExtension', 'recordHistory', 'tellLead'] },
        UPSTREAM_ISSUED: { guard: and([...accepted, 'upstreamAwaited']), actions: ['armUpstreamDeadline', 'recordHistory', 'tellLead'] },
        SET_DEADLINE: { guard: and([...accepted, 'deadlineSettable']), actions: ['setDeadline', 'recordHistory', 'tellLead'] },
        RESOLVE: [
          {
            guard: and([...accepted, 'resolutionValid', 'decisionIsCancel']),
            target: ['#task.lifecycle.cancelled', '#task.supervision.closed'],
            actions: ['applyResolution', 'recordHistory', 'tellLead', { type: 'closeTask', params: { outcome: 'cancelled' as const } }],
          },
          { guard: and([...accepted, 'resolutionValid']), actions: ['applyResolution', 'recordHistory', 'resolutionCommands'] },
        ],
      },
      states: {
        draft: {
          on: {
            ISSUE_MEASURES: {
              guard: and([...accepted]),
              target: 'measuresIssued',
              actions: ['meetMilestones', 'recordMeasures', 'recordHistory', 'notifyAssisting'],
            },
          },
        },
        measuresIssued: {
          on: { START: { guard: and([...accepted]), target: 'inProgress', actions: ['meetMilestones', 'recordHistory'] } },
        },
        inProgress: {
          initial: 'implementing',
          states: {
            implementing: {
              on: {
                SUBMIT: { guard: and([...accepted, 'assistsSettled']), target: 'awaitingVerification', actions: ['recordEvidence', 'recordHistory', 'tellSupervisor'] },
              },
            },
            awaitingVerification: {
              on: {
                VERIFY: {
                  guard: and([...accepted]),
                  target: ['#task.lifecycle.verified', '#task.supervision.closed'],
                  actions: ['recordVerification', 'meetMilestones', 'recordHistory', 'tellLead', { type: 'closeTask', params: { outcome: 'verified' as const } }],
                },
                RETURN: { guard: and([...accepted]), target: 'implementing', actions: ['recordReturn', 'recordHistory', 'tellLead'] },
              },
            },
          },
        },
        verified: { type: 'final' },
        cancelled: { type: 'final' },
      },
    },
    supervision: {
      initial: 'onTrack',
      states: {
        onTrack: {
          on: {
            REMIND: { guard: and([...accepted, 'timerIsCurrent']), target: 'dueSoon', actions: ['watchMilestone', 'recordHistory', 'tellLead'] },
            DEADLINE_PASSED: { guard: and([...accepted, 'timerIsCurrent']), target: 'overdue', actions: ['watchMilestone', 'markMilestoneLate', 'recordHistory', 'tellLead', 'tellSupervisor'] },
          },
        },
        dueSoon: {
          always: { guard: 'watchSettled', target: 'onTrack', actions: 'clearWatch' },
          on: {
            REMIND: { guard: and([...accepted, 'timerIsCurrent']), actions: ['recordHistory', 'tellLead'] },
            DEADLINE_PASSED: { guard: and([...accepted, 'timerIsCurrent']), target: 'overdue', actions: ['watchMilestone', 'markMilestoneLate', 'recordHistory', 'tellLead', 'tellSupervisor'] },
          },
        },
        overdue: {
          always: { guard: 'watchSettled', target: 'onTrack', actions: 'clearWatch' },
          on: {
            REMIND: { guard: and([...accepted, 'timerIsCurrent']), actions: ['recordHistory', 'tellLead'] },
            ESCALATE: {
              guard: and([...accepted, 'timerIsCurrent']),
              target: 'escalated',
              actions: ['openEscalation', 'recordHistory', 'escalateToConference'],
            },
          },
        },
        escalated: {
          always: { guard: 'watchSettled', target: 'onTrack', actions: ['withdrawIfNotResolved', 'clearWatch'] },
          on: {
            // recorded by the lifecycle region's RESOLVE; here only the colour changes
            RESOLVE: { guard: and(['actorAllowed', 'eventIsNew', 'datesInWindow', 'resolutionValid', 'decisionClosesItem']), target: 'overdue', actions: 'clearEscalation' },
          },
        },
        closed: { type: 'final' },
      },
    },
  },
});
