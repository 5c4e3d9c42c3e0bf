// conferenceWorkflow (conference:<plan>): hosts the conference decider (machines/conference) — agenda,
// sessions on the cadence or when convened, decisions checked by their task before an item closes.
import { allHandlersFinished, ApplicationFailure, condition, continueAsNew, log, proxyActivities, setCurrentDetails, setHandler } from '@temporalio/workflow';
import type { Activities } from '../activities';
import {
  addEscalation,
  after,
  carriedOver,
  closedItems,
  conveneRefusal,
  findItem,
  holdSession,
  msUntil,
  openItems,
  resolutionRefusal,
  resolve,
  sessionAudience,
  toIso,
  withdraw,
  type Agenda,
  type SessionRecord,
} from '../machines';
import { refusalFailure } from './failures';
import { agendaQuery, conveneUpdate, escalationSignal, resolveUpdate, withdrawalSignal, type ConferenceWorkflowInput } from './messages';

const { publishAgenda } = proxyActivities<Activities>({ startToCloseTimeout: '1 minute', summary: '发布联席会议议程' });
const { notify } = proxyActivities<Activities>({ startToCloseTimeout: '30 seconds', summary: '通知联席会议成员单位' });
const { deliverResolution } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { maximumAttempts: 5, maximumInterval: '30 seconds' },
  summary: '向任务送达联席会议决定（任务先核验）',
});
const { publishReport } = proxyActivities<Activities>({
  startToCloseTimeout: '10 minutes',
  retry: { maximumAttempts: 5, initialInterval: '30 seconds' },
  summary: '发布督查通报（每次会议后）',
});

export async function conferenceWorkflow(input: ConferenceWorkflowInput): Promise<void> {
  const { planId, conference, policy } = input;
  let agenda: Agenda = { items: [...(input.agenda ?? [])], sessions: [...(input.sessions ?? [])] };
  const nextSessionAt = after(agenda.sessions.at(-1)?.heldAt ?? toIso(Date.now()), policy.conferenceCadence);
  /** items whose decision is being delivered to their task: one decision at a time per item */
  const deciding = new Set<string>();
  let held: SessionRecord | null = null;

  setHandler(escalationSignal, (item) => void (agenda = addEscalation(agenda, item)));
  setHandler(withdrawalSignal, ({ itemId }) => void (agenda = withdraw(agenda, itemId)));
  setHandler(agendaQuery, () => ({ planId, conference, open: openItems(agenda), closed: closedItems(agenda), sessions: agenda.sessions, nextSessionAt: held ? null : nextSessionAt }));

  const convene = (by: SessionRecord['convenedBy']): SessionRecord => {
    const next = holdSession(agenda, toIso(Date.now()), by);
    agenda = next.agenda;
    return (held = next.session);
  };
  setHandler(conveneUpdate, () => held ?? convene('office'), {
    validator: ({ actor }) => {
      const refusal = conveneRefusal(conference, actor);
      if (refusal) throw refusalFailure(refusal);
    },
  });
  // The task checks the decision before the item closes: a refusal (a new due not later than the current
  // one, a unit outside the plan …) reaches the caller with the task's code, and the item stays open.
  setHandler(
    resolveUpdate,
    async ({ actor, itemId, decision }) => {
      const item = findItem(agenda, itemId)!;
      deciding.add(itemId);
      try {
        const notice = { itemId, decision, actor: { unit: actor.unit, role: 'conference' as const } };
        const delivery = await deliverResolution(item.taskWorkflowId, notice).catch((err: unknown) => {
          throw ApplicationFailure.create({ type: 'UNAVAILABLE', message: `决定未能送达任务 / the decision could not reach the task: ${String(err)}`, nonRetryable: true });
        });
        if (!delivery.ok) throw ApplicationFailure.create({ type: delivery.code, message: `${delivery.message_zh} / ${delivery.message_en}`, details: [delivery], nonRetryable: true });
        if (!delivery.applied) log.info('task not running; resolution recorded only on the agenda', { itemId });
        agenda = resolve(agenda, itemId, { decision, by: actor, at: toIso(Date.now()) });
        return findItem(agenda, itemId)!;
      } finally {
        deciding.delete(itemId);
      }
    },
    {
      validator: ({ actor, itemId }) => {
        const refusal = resolutionRefusal(conference, agenda, actor, itemId, deciding);
        if (refusal) throw refusalFailure(refusal);
      },
    },
  );

  const show = (): void =>
    setCurrentDetails(`**${conference.name}**　待议事项 ${openItems(agenda).length} 项　已开会议 ${agenda.sessions.length} 次　下次例会 ${nextSessionAt}`);
  while (held === null) {
    show();
    const due = msUntil(nextSessionAt, Date.now());
    const woke = await condition(() => held !== null, due === 0 ? 1 : due, { summary: `联席会议例会 ${nextSessionAt}` });
    if (!woke && held === null) convene('cadence');
  }
  const session: SessionRecord = held;
  const items = agenda.items.filter((i) => session.items.includes(i.itemId));
  await publishAgenda({ planId, conferenceName: conference.name, session, items });
  for (const unit of sessionAudience(conference, items)) {
    await notify({ planId, unit, kind: 'escalation', message: `${conference.name}第${session.no}次会议议程已发布（${items.length}项）`, dedupeKey: `conference:${planId}:session-${session.no}:${unit}` });
  }
  // The supervision bulletin (督查通报) after every session — monthly on the default cadence. Decisions
  // taken meanwhile are handled as they come; the next run starts once every handler has finished.
  await publishReport({ planId, asOf: toIso(Date.now()).slice(0, 10), sessionNo: session.no }).catch((err: unknown) =>
    log.warn('督查通报发布失败 / bulletin not published', { error: String(err) }),
  );
  await condition(allHandlersFinished);
  const next = carriedOver(agenda);
  return continueAsNew<typeof conferenceWorkflow>({ ...input, agenda: next.items, sessions: next.sessions });
}
