// Inputs for the bad-input drill: event bodies of every type, the steps to each task state, malformed payloads.
import { nextMilestone, type TaskSnapshot } from '../../machines';
import { toIso } from '../../machines';

export type Who = 'lead' | 'assisting' | 'assisting2' | 'assisting3' | 'outsider' | 'office' | 'other';
export interface Step {
  who: Exclude<Who, 'other'>;
  type: string;
  eventId?: string;
}

export const EVENT_TYPES = [
  'ISSUE_MEASURES', 'ACKNOWLEDGE', 'START', 'REPORT_PROGRESS', 'CONTRIBUTE', 'SUBMIT', 'VERIFY',
  'RETURN', 'REQUEST_EXTENSION', 'DECIDE_EXTENSION', 'UPSTREAM_ISSUED', 'SET_DEADLINE', 'RESOLVE',
] as const;

const DAY = 86_400_000;

/** a well-formed body of `type` (the gateway adds actor and time); milestones are the task's own */
export function bodyOf(type: string, snapshot: TaskSnapshot, eventId?: string): Record<string, unknown> {
  const milestone = nextMilestone(snapshot)?.id ?? 'complete';
  const later = toIso(Date.now() + 400 * DAY);
  const payload: Record<string, Record<string, unknown>> = {
    ISSUE_MEASURES: { measures: '印发实施方案', documentRef: '钦人社发〔2015〕1号' },
    REPORT_PROGRESS: { summary: '已培训120人', percent: 50 },
    CONTRIBUTE: { summary: '配合完成' },
    SUBMIT: { evidence: '培训台账' },
    VERIFY: { note: '核验通过' },
    RETURN: { reason: '材料不全' },
    REQUEST_EXTENSION: { milestone, newDue: later, reason: '待省文件' },
    DECIDE_EXTENSION: { approve: true },
    UPSTREAM_ISSUED: { issuedAt: toIso(Date.now()), ref: '桂政发〔2016〕3号' },
    SET_DEADLINE: { milestone: 'no-such-milestone', due: later },
    RESOLVE: { decision: { kind: 'order', text: '限期整改' } },
  };
  return { type, ...(payload[type] ?? {}), ...(eventId === undefined ? {} : { eventId }) };
}

const ASSISTING: Array<Step['who']> = ['assisting', 'assisting2', 'assisting3'];
/** accepted steps that bring a fresh #34 copy to `state` */
export function stepsTo(state: string): Step[] {
  const issue: Step[] = [{ who: 'lead', type: 'ISSUE_MEASURES' }];
  const start: Step[] = [...issue, { who: 'lead', type: 'START' }];
  const submitted: Step[] = [
    ...start,
    ...ASSISTING.flatMap((who): Step[] => [{ who, type: 'ACKNOWLEDGE' }, { who, type: 'CONTRIBUTE' }]),
    { who: 'lead', type: 'SUBMIT' },
  ];
  switch (state) {
    case 'measuresIssued':
      return issue;
    case 'implementing':
      return [...start, { who: 'assisting', type: 'ACKNOWLEDGE' }];
    case 'awaitingVerification':
      return submitted;
    case 'verified':
      return [...submitted, { who: 'office', type: 'VERIFY' }];
    default:
      return [];
  }
}

/** malformed bodies, each refused before any workflow sees it: 400 BAD_PAYLOAD unless a code is named */
export function badPayloads(): Array<[string, string | object, string?]> {
  return [
    ['no type', { measures: '方案' }],
    ['unknown type', { type: 'FLY' }],
    ['timer event from outside', { type: 'REMIND', milestone: 'complete', due: toIso(Date.now()) }],
    ['numeric type', { type: 7 }],
    ['lower-case type', { type: 'start' }],
    ['ISSUE_MEASURES without measures', { type: 'ISSUE_MEASURES' }],
    ['ISSUE_MEASURES with empty measures', { type: 'ISSUE_MEASURES', measures: '' }, 'BAD_TEXT'],
    ['ISSUE_MEASURES with blank measures', { type: 'ISSUE_MEASURES', measures: ' \t\n' }, 'BAD_TEXT'],
    ['REPORT_PROGRESS with a NUL byte', { type: 'REPORT_PROGRESS', summary: '进展\u0000' }, 'BAD_TEXT'],
    ['REPORT_PROGRESS with a terminal escape', { type: 'REPORT_PROGRESS', summary: '\u001b]0;pwned\u0007进展' }, 'BAD_TEXT'],
    ['REPORT_PROGRESS with a bidi override', { type: 'REPORT_PROGRESS', summary: '进展\u202e展进' }, 'BAD_TEXT'],
    ['REPORT_PROGRESS with a lone surrogate', { type: 'REPORT_PROGRESS', summary: '进展\udc00' }, 'BAD_TEXT'],
    ['REPORT_PROGRESS summary over the text limit', { type: 'REPORT_PROGRESS', summary: '进'.repeat(2_001) }, 'TOO_LARGE'],
    ['REQUEST_EXTENSION to the year 9999', { type: 'REQUEST_EXTENSION', milestone: 'complete', newDue: '9999-12-31T23:59:59+08:00', reason: '待定' }, 'DATE_OUT_OF_RANGE'],
    ['SET_DEADLINE in the year 0001', { type: 'SET_DEADLINE', milestone: 'complete', due: '0001-01-01T00:00:00+08:00' }, 'DATE_OUT_OF_RANGE'],
    ['body with __proto__', '{"type":"START","__proto__":{"admin":true}}'],
    ['body with constructor.prototype', '{"type":"START","constructor":{"prototype":{"admin":true}}}'],
    ['ISSUE_MEASURES measures not a string', { type: 'ISSUE_MEASURES', measures: ['a'] }],
    ['REPORT_PROGRESS percent 150', { type: 'REPORT_PROGRESS', summary: '进展', percent: 150 }],
    ['REPORT_PROGRESS percent -1', { type: 'REPORT_PROGRESS', summary: '进展', percent: -1 }],
    ['REPORT_PROGRESS percent as text', { type: 'REPORT_PROGRESS', summary: '进展', percent: '五十' }],
    ['REPORT_PROGRESS without summary', { type: 'REPORT_PROGRESS' }],
    ['CONTRIBUTE summary null', { type: 'CONTRIBUTE', summary: null }],
    ['SUBMIT without evidence', { type: 'SUBMIT' }],
    ['RETURN without reason', { type: 'RETURN' }],
    ['DECIDE_EXTENSION approve as text', { type: 'DECIDE_EXTENSION', approve: 'yes' }],
    ['SET_DEADLINE with a bad date', { type: 'SET_DEADLINE', milestone: 'complete', due: '明年' }],
    ['SET_DEADLINE without due', { type: 'SET_DEADLINE', milestone: 'complete' }],
    ['REQUEST_EXTENSION without milestone', { type: 'REQUEST_EXTENSION', newDue: toIso(Date.now() + DAY), reason: '待定' }],
    ['RESOLVE unknown decision', { type: 'RESOLVE', decision: { kind: 'pardon' } }, 'NOT_ON_AGENDA'],
    ['RESOLVE decision missing', { type: 'RESOLVE' }, 'NOT_ON_AGENDA'],
    ['RESOLVE order outside the agenda', { type: 'RESOLVE', decision: { kind: 'order', text: '限期整改' }, itemId: 'qinzhou-2015:34:complete:1' }, 'NOT_ON_AGENDA'],
    ['eventId empty', { type: 'START', eventId: '' }, 'BAD_TEXT'],
    ['body carries actor', { type: 'START', actor: { unit: '市人社局', role: 'lead' } }],
    ['body carries at', { type: 'START', at: toIso(Date.now()) }],
    ['body is an array', [{ type: 'START' }]],
    ['body is a string', '"START"'],
    ['body is null', 'null'],
    ['body is not JSON', '{type: START'],
    ['body is empty', ''],
  ];
}
