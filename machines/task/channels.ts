// Which events may arrive by which door: backends send theirs through `transition`; RESOLVE only from the
// conference workflow (an agenda item's decision); CHILD_PLAN only from a child plan's rollup; REMIND,
// DEADLINE_PASSED, ESCALATE and ASSIST_TIMER only from the task's timers.
import { TIMER_EVENT_TYPES } from './events';
import { refuse, type Refusal } from './refusal';

export type Channel = 'transition' | 'conference' | 'rollup';

/** null when the event may come by this channel; a named refusal otherwise (the rest is explain's) */
export function channelRefusal(channel: Channel, event: unknown): Refusal | null {
  const e = typeof event === 'object' && event !== null ? (event as { type?: unknown; actor?: { role?: unknown } }) : {};
  if (channel === 'rollup')
    return e.type === 'CHILD_PLAN' ? null : refuse('FORBIDDEN_ACTOR', '下级方案渠道只接受下级方案进展（CHILD_PLAN）', 'the rollup channel carries child plan progress (CHILD_PLAN) only');
  if (channel === 'conference')
    return e.type === 'RESOLVE' ? null : refuse('NOT_ON_AGENDA', '联席会议渠道只接受决定（RESOLVE）', 'the conference channel carries decisions (RESOLVE) only');
  if (e.type === 'RESOLVE')
    return refuse(
      'NOT_ON_AGENDA',
      '联席会议决定须针对议程事项作出：POST /conference/{plan}/resolutions',
      'a conference decision answers an agenda item: POST /conference/{plan}/resolutions',
    );
  if (e.actor?.role === 'system' || (typeof e.type === 'string' && (TIMER_EVENT_TYPES as readonly string[]).includes(e.type)))
    return refuse('FORBIDDEN_ACTOR', '系统事件只能由任务自身的计时器产生', 'system events come only from the task’s own timers');
  return null;
}
