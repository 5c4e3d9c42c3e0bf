// The file outbox (activities/notify.ts) with a tally: how many notices a worker delivered, and when each task's overdue notice went out.
import { fileChannel, type NotifyChannel } from '../../activities/notify';

/** what a deadline's passing tells the lead and the supervisor (machines/task/history.ts, DEADLINE_PASSED) */
const OVERDUE_NOTICE = /^节点 \S+ 已于 \S+ 逾期$/;

export interface OutboxTally {
  /** notices written (duplicates by dedupe key not counted) */
  delivered: number;
  /** per plan: tasks that have had an overdue notice, notices of that kind, and when the last one was written (epoch ms) */
  overdue: Record<string, { tasks: number; notices: number; lastAt: number }>;
}

export function countedOutbox(dir: string): { channel: NotifyChannel; tally(): OutboxTally } {
  const deliver = fileChannel(dir);
  let delivered = 0;
  const plans = new Map<string, { tasks: Set<string>; notices: number; lastAt: number }>();
  const channel: NotifyChannel = async (notice) => {
    const result = await deliver(notice);
    if (result !== 'sent') return result;
    delivered++;
    if (OVERDUE_NOTICE.test(notice.message)) {
      const p = plans.get(notice.planId) ?? { tasks: new Set<string>(), notices: 0, lastAt: 0 };
      p.tasks.add(notice.taskNo ?? '');
      p.notices++;
      p.lastAt = Date.now();
      plans.set(notice.planId, p);
    }
    return result;
  };
  const tally = (): OutboxTally => ({
    delivered,
    overdue: Object.fromEntries([...plans].map(([id, p]) => [id, { tasks: p.tasks.size, notices: p.notices, lastAt: p.lastAt }])),
  });
  return { channel, tally };
}
