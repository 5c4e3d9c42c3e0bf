// handoffWorkflow (handoff:<plan>:<no>:<unit>): one assisting unit's part — notified, acknowledged, contributed.
import { condition, getExternalWorkflowHandle, log, proxyActivities, setCurrentDetails, setHandler, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../activities';
import { after, afterExplained, before, msUntil, toIso } from './durations';
import { taskWorkflowId } from './ids';
import {
  handoffReportSignal,
  handoffStatusSignal,
  handoffViewQuery,
  type HandoffReport,
  type HandoffStatus,
  type HandoffView,
  type HandoffWorkflowInput,
} from './messages';

const { notify, escalateToConference } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { maximumInterval: '10 minutes' },
  summary: '配合单位通知、催办或提交联席会议',
});

const RANK: Record<HandoffStatus, number> = { notified: 0, acknowledged: 1, contributed: 2, waived: 2 };
const STATUS_ZH: Record<HandoffStatus, string> = { notified: '已通知，待签收', acknowledged: '已签收', contributed: '已报送配合材料', waived: '已免除' };

export async function handoffWorkflow(input: HandoffWorkflowInput): Promise<HandoffView> {
  const { planId, taskNo, unit, policy } = input;
  const id = workflowInfo().workflowId;
  let status: HandoffStatus = 'notified';
  let late = false;
  let escalatedItemId: string | null = null;
  // the acknowledgement window on the plan's day-off rule
  const ack = afterExplained(input.notifiedAt, policy.ackWindow, policy.computedDueOnNonWorkingDay);
  const acknowledgeBy = ack.at;
  const ackReminder = before(acknowledgeBy, policy.reminderLead);
  const acknowledgementReminderAt = Date.parse(ackReminder) > Date.parse(input.notifiedAt) ? ackReminder : null;
  const view = (): HandoffView => ({ unit, status, acknowledgeBy, acknowledgeByExplained: ack.explanation, acknowledgementReminderAt, contributeBy: input.contributeBy, late, escalatedItemId });

  setHandler(handoffStatusSignal, (s) => {
    // a status only moves forward; a late or repeated signal changes nothing
    if (RANK[s.status] > RANK[status]) status = s.status;
  });
  setHandler(handoffViewQuery, view);
  const parent = getExternalWorkflowHandle(taskWorkflowId(planId, taskNo));
  const tellParent = async (report: HandoffReport): Promise<void> => {
    try {
      await parent.signal(handoffReportSignal, report);
    } catch (err) {
      log.info('task not running; report dropped', { error: String(err) });
    }
  };
  const base = { planId, taskNo };
  const show = (): void => setCurrentDetails(`**${unit}**：${STATUS_ZH[status]}　签收期限 ${acknowledgeBy}${late ? '　**已逾期**' : ''}`);

  /** reminder before, notices when late, escalation after the grace; returns as soon as `done()` holds */
  async function keep(done: () => boolean, deadline: string, kind: 'acknowledgementLate' | 'contributionLate', what: string): Promise<void> {
    const remindAt = before(deadline, policy.reminderLead);
    if (msUntil(remindAt, Date.now()) > 0) {
      if (await condition(done, msUntil(remindAt, Date.now()), { summary: `${what}到期前催办 ${unit}` })) return;
      await notify({ ...base, unit, kind: 'reminder', message: `请于${deadline}前完成${what}：任务${taskNo}`, dedupeKey: `${id}:${kind}:remind` });
    }
    if (await condition(done, msUntil(deadline, Date.now()), { summary: `${unit}${what}期限 ${deadline}` })) return;
    late = true;
    show();
    await notify({ ...base, unit, kind: 'overdue', message: `已超过${what}期限（${deadline}），请立即办理：任务${taskNo}`, dedupeKey: `${id}:${kind}:unit` });
    for (const lead of input.leadUnits) {
      await notify({ ...base, unit: lead, kind: 'overdue', message: `配合单位${unit}逾期未${what}（期限${deadline}）：任务${taskNo}`, dedupeKey: `${id}:${kind}:${lead}` });
    }
    await tellParent({ unit, kind });
    const graceEnd = after(deadline, policy.escalationGrace, policy.computedDueOnNonWorkingDay);
    if (await condition(done, msUntil(graceEnd, Date.now()), { summary: `${unit}逾期宽限期满提交联席会议 ${graceEnd}` })) return;
    if (escalatedItemId !== null) return;
    escalatedItemId = `${planId}:${taskNo}:assist:${unit}:${kind}`;
    await escalateToConference(
      {
        itemId: escalatedItemId,
        ...base,
        taskWorkflowId: taskWorkflowId(planId, taskNo),
        kind: 'assistLate',
        subject: unit,
        due: deadline,
        leadUnits: input.leadUnits,
        summary: `配合单位${unit}逾期未${what}：任务${taskNo} ${input.taskText.slice(0, 40)}`,
        raisedAt: toIso(Date.now()),
      },
      { planId, conference: input.conference, policy },
    );
    await tellParent({ unit, kind: 'escalated', itemId: escalatedItemId });
  }

  show();
  await notify({
    ...base,
    unit,
    kind: 'handoff',
    message: `请签收并配合落实任务${taskNo}：${input.taskText.slice(0, 60)}（牵头：${input.leadUnits.join('、')}；${acknowledgeBy}前签收）`,
    dedupeKey: `${id}:notified`,
  });
  const settled = (): boolean => status === 'contributed' || status === 'waived';
  await keep(() => status !== 'notified', acknowledgeBy, 'acknowledgementLate', '签收');
  show();
  if (input.contributeBy !== null && !settled()) await keep(settled, input.contributeBy, 'contributionLate', '报送配合材料');
  await condition(settled);
  show();
  return view();
}
