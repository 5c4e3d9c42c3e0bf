// conferenceWorkflow (conference:<plan>): the joint conference (联席会议) — agenda, sessions, resolutions.
import { allHandlersFinished, ApplicationFailure, condition, continueAsNew, log, proxyActivities, setCurrentDetails, setHandler } from '@temporalio/workflow';
import type { Activities } from '../activities';
import { after, msUntil, toIso, type Actor } from '../machines';
import { refuse } from './failures';
import {
  agendaQuery,
  conveneUpdate,
  escalationSignal,
  resolveUpdate,
  withdrawalSignal,
  type AgendaItem,
  type ConferenceWorkflowInput,
  type SessionRecord,
} from './messages';

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

/**
 * closed items and past sessions carried over to the next run (older ones live in earlier runs); a closed
 * item can carry a decision of LIMITS.text characters, so 50 of them stay under ~300 KB of the 2 MB input
 */
const KEEP_CLOSED = 50;
const KEEP_SESSIONS = 60;

export async function conferenceWorkflow(input: ConferenceWorkflowInput): Promise<void> {
  const { planId, conference, policy } = input;
  const agenda: AgendaItem[] = [...(input.agenda ?? [])];
  const sessions: SessionRecord[] = [...(input.sessions ?? [])];
  const lastHeld = sessions.at(-1)?.heldAt ?? toIso(Date.now());
  const nextSessionAt = after(lastHeld, policy.conferenceCadence);
  /** items whose decision is being delivered to their task: one decision at a time per item */
  const deciding = new Set<string>();
  let held: SessionRecord | null = null;

  const isMember = (actor: Actor): boolean =>
    (actor.role === 'conference' && (actor.unit === conference.convener || actor.unit === conference.office)) ||
    (actor.role === 'supervisor' && actor.unit === conference.office);
  const find = (itemId: string): AgendaItem | undefined => agenda.find((i) => i.itemId === itemId);
  const openItems = (): AgendaItem[] => agenda.filter((i) => i.status === 'open');

  setHandler(escalationSignal, (item) => {
    if (find(item.itemId)) return; // a retried escalation adds nothing
    agenda.push({ ...item, status: 'open', sessionNo: null, resolution: null });
  });
  setHandler(withdrawalSignal, ({ itemId }) => {
    const item = find(itemId);
    if (item?.status === 'open') item.status = 'withdrawn';
  });
  setHandler(agendaQuery, () => ({
    planId,
    conference,
    open: openItems(),
    closed: agenda.filter((i) => i.status !== 'open'),
    sessions,
    nextSessionAt: held ? null : nextSessionAt,
  }));

  function holdSession(convenedBy: SessionRecord['convenedBy']): SessionRecord {
    const record: SessionRecord = { no: sessions.length + 1, heldAt: toIso(Date.now()), convenedBy, items: openItems().map((i) => i.itemId) };
    for (const item of openItems()) item.sessionNo = item.sessionNo ?? record.no;
    sessions.push(record);
    held = record;
    return record;
  }
  setHandler(conveneUpdate, () => held ?? holdSession('office'), {
    validator: ({ actor }) => {
      if (!isMember(actor)) throw refuse('FORBIDDEN_ACTOR', `只有联席会议办公室${conference.office}或召集单位${conference.convener}可以召集会议；发送方为${actor.unit}`, `only the conference office ${conference.office} or convener ${conference.convener} may convene; sent by ${actor.unit}`);
    },
  });
  // The task checks the decision before the item closes: a refusal (a new due not later than the current
  // one, a unit outside the plan …) reaches the caller with the task's code, and the item stays open.
  setHandler(
    resolveUpdate,
    async ({ actor, itemId, decision }) => {
      const item = find(itemId)!;
      deciding.add(itemId);
      try {
        const notice = { itemId, decision, actor: { unit: actor.unit, role: 'conference' as const } };
        const delivery = await deliverResolution(item.taskWorkflowId, notice).catch((err: unknown) => {
          throw ApplicationFailure.create({ type: 'UNAVAILABLE', message: `决定未能送达任务 / the decision could not reach the task: ${String(err)}`, nonRetryable: true });
        });
        if (!delivery.ok) {
          throw ApplicationFailure.create({ type: delivery.code, message: `${delivery.message_zh} / ${delivery.message_en}`, details: [delivery], nonRetryable: true });
        }
        if (!delivery.applied) log.info('task not running; resolution recorded only on the agenda', { itemId });
        item.status = 'resolved';
        item.resolution = { decision, by: actor, at: toIso(Date.now()) };
        return item;
      } finally {
        deciding.delete(itemId);
      }
    },
    {
      validator: ({ actor, itemId }) => {
        if (!isMember(actor)) throw refuse('FORBIDDEN_ACTOR', `只有联席会议可以作出决定；发送方为${actor.unit}`, `only the conference may resolve; sent by ${actor.unit}`);
        const item = find(itemId);
        if (!item) throw refuse('UNKNOWN_ITEM', `议程中没有事项${itemId}`, `no agenda item ${itemId}`);
        if (item.status !== 'open') throw refuse('ITEM_CLOSED', `事项${itemId}已${item.status === 'resolved' ? '决定' : '撤回'}`, `item ${itemId} is already ${item.status}`);
        if (deciding.has(itemId)) throw refuse('ITEM_BUSY', `事项${itemId}的另一项决定正在送达`, `another decision on item ${itemId} is being delivered`);
      },
    },
  );

  const show = (): void =>
    setCurrentDetails(`**${conference.name}**　待议事项 ${openItems().length} 项　已开会议 ${sessions.length} 次　下次例会 ${nextSessionAt}`);
  for (;;) {
    show();
    const due = msUntil(nextSessionAt, Date.now());
    const woke = await condition(() => held !== null, due === 0 ? 1 : due, { summary: `联席会议例会 ${nextSessionAt}` });
    if (!woke && held === null) holdSession('cadence');
    if (held !== null) break;
  }
  const session: SessionRecord = held;
  const items = agenda.filter((i) => session.items.includes(i.itemId));
  await publishAgenda({ planId, conferenceName: conference.name, session, items });
  for (const unit of new Set([conference.office, ...items.flatMap((i) => i.leadUnits)])) {
    await notify({ planId, unit, kind: 'escalation', message: `${conference.name}第${session.no}次会议议程已发布（${items.length}项）`, dedupeKey: `conference:${planId}:session-${session.no}:${unit}` });
  }
  // The supervision bulletin (督查通报) after every session — monthly on the default cadence. Decisions
  // taken meanwhile are handled as they come; the next run starts once every handler has finished.
  await publishReport({ planId, asOf: toIso(Date.now()).slice(0, 10), sessionNo: session.no }).catch((err: unknown) =>
    log.warn('督查通报发布失败 / bulletin not published', { error: String(err) }),
  );
  await condition(allHandlersFinished);
  const closed = agenda.filter((i) => i.status !== 'open').slice(-KEEP_CLOSED);
  return continueAsNew<typeof conferenceWorkflow>({ ...input, agenda: [...closed, ...openItems()], sessions: sessions.slice(-KEEP_SESSIONS) });
}
