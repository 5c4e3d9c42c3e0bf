// Hand-built tasks and a plan context for the task machine's tests (qinzhou-like), conforming to TaskSchema.
import { PolicySchema, TaskSchema, type Conference, type ScheduleSpec, type Task } from '../../machines';
import type { TaskPlanInput } from '../../machines/task';

export const LEAD = '市民政局';
export const ASSISTS = ['市财政局', '市卫计委', '市人社局'] as const;
export const OFFICE = '市老龄办';
export const CONVENER = '市人民政府';

export const conference: Conference = {
  name: '钦州市养老服务业发展联席会议',
  convener: CONVENER,
  office: OFFICE,
  members: [LEAD, ...ASSISTS],
  origin: 'document',
};

export const plan: TaskPlanInput = {
  id: 'qinzhou-2015',
  conference,
  policy: PolicySchema.parse({}),
  issuedOn: '2015-08-20',
};

export function task(no: string, raw: string, spec: ScheduleSpec, assisting: readonly string[] = ASSISTS): Task {
  return TaskSchema.parse({
    planId: plan.id,
    no,
    printedNo: no,
    inferredNo: false,
    seq: Number(no),
    section: '（一）加快养老服务体系建设',
    text: '建立健全高龄老人补贴制度',
    leadUnits: [LEAD],
    assistingUnits: [...assisting],
    measures: null,
    schedule: { raw, spec },
    source: { line: Number(no) + 10, cells: [no, '建立健全高龄老人补贴制度', LEAD, assisting.join('、'), raw] },
  });
}

/** 2015年底前出台具体措施 */
export const byTask = task('7', '2015年底前出台具体措施', {
  kind: 'by',
  targets: [{ milestone: 'measures', due: '2015-12-31T23:59:59+08:00', text: '2015年底前出台具体措施' }],
});

/** the same with one assisting unit: keeps model-based paths small */
export const smallTask = task('8', '2015年底前出台具体措施', byTask.schedule.spec, ['市财政局']);

export const ongoingTask = task('12', '持续实施', { kind: 'ongoing', cadence: 'quarterly' });

export const afterEventTask = task('15', '省出台办法后1个月内完成', {
  kind: 'afterEvent',
  event: '省出台办法',
  window: { amount: 1, unit: 'months' },
  milestone: 'complete',
});

export const timelyTask = task('16', '省出台办法后及时落实', { kind: 'afterEvent', event: '省出台办法', window: null, milestone: 'complete' });

export const upstreamTask = task('20', '按省要求时限落实', { kind: 'setByUpstream', authority: '省' });

export const AT = '2015-09-01T09:00:00+08:00';
export const lead = { unit: LEAD, role: 'lead' } as const;
export const supervisor = { unit: OFFICE, role: 'supervisor' } as const;
export const conferenceActor = { unit: CONVENER, role: 'conference' } as const;
export const system = { unit: 'duban', role: 'system' } as const;
export const assisting = (unit: string) => ({ unit, role: 'assisting' }) as const;

type Actor = { unit: string; role: 'lead' | 'assisting' | 'supervisor' | 'conference' | 'system' };
const base = (actor: Actor, at = AT) => ({ actor, at });

/** conference agenda item ids as the workflows make them: a milestone's escalation, an assisting unit's lateness */
export const milestoneItem = (taskNo: string, milestone: string): string => `${plan.id}:${taskNo}:${milestone}:1`;
export const assistItem = (taskNo: string, unit: string): string => `${plan.id}:${taskNo}:assist:${unit}:contribution`;
const defaultItem = (decision: Record<string, unknown>): string =>
  decision.kind === 'waive' && typeof decision.unit === 'string' ? assistItem('7', decision.unit) : milestoneItem('7', 'measures');

/** event builders with sensible defaults; override any field */
export const ev = {
  issue: (actor: Actor = lead) => ({ type: 'ISSUE_MEASURES', ...base(actor), measures: '印发高龄补贴实施办法', documentRef: '钦民发〔2015〕12号' }),
  ack: (unit: string = ASSISTS[0]) => ({ type: 'ACKNOWLEDGE', ...base(assisting(unit)) }),
  start: (actor: Actor = lead) => ({ type: 'START', ...base(actor) }),
  report: (actor: Actor = lead, at = AT) => ({ type: 'REPORT_PROGRESS', ...base(actor, at), summary: '已发放补贴', percent: 50 }),
  contribute: (unit: string = ASSISTS[0]) => ({ type: 'CONTRIBUTE', ...base(assisting(unit)), summary: '资金已落实' }),
  submit: (actor: Actor = lead) => ({ type: 'SUBMIT', ...base(actor), evidence: '实施情况报告' }),
  verify: (actor: Actor = supervisor) => ({ type: 'VERIFY', ...base(actor), note: '符合要求' }),
  ret: (actor: Actor = supervisor) => ({ type: 'RETURN', ...base(actor), reason: '材料不全' }),
  requestExtension: (newDue = '2016-03-31T23:59:59+08:00', milestone = 'measures', at = AT) => ({
    type: 'REQUEST_EXTENSION',
    ...base(lead, at),
    milestone,
    newDue,
    reason: '待省文件',
  }),
  decide: (approve: boolean, actor: Actor = supervisor) => ({ type: 'DECIDE_EXTENSION', ...base(actor), approve }),
  upstream: (issuedAt = '2016-01-15T10:00:00+08:00') => ({ type: 'UPSTREAM_ISSUED', ...base(supervisor), issuedAt, ref: '桂政发〔2016〕3号' }),
  setDeadline: (milestone = 'complete', due = '2016-06-30T23:59:59+08:00', actor: Actor = supervisor) => ({ type: 'SET_DEADLINE', ...base(actor), milestone, due }),
  /** on task 7's escalated measures item by default; a waiver answers the unit's own lateness item */
  resolve: (decision: Record<string, unknown>, actor: Actor = conferenceActor, itemId = defaultItem(decision)) => ({ type: 'RESOLVE', ...base(actor), decision, itemId }),
  remind: (milestone = 'measures', due = '2015-12-31T23:59:59+08:00') => ({ type: 'REMIND', ...base(system), milestone, due }),
  passed: (milestone = 'measures', due = '2015-12-31T23:59:59+08:00') => ({ type: 'DEADLINE_PASSED', ...base(system), milestone, due }),
  escalate: (milestone = 'measures', due = '2015-12-31T23:59:59+08:00', itemId = milestoneItem('7', milestone)) => ({ type: 'ESCALATE', ...base(system), milestone, due, itemId }),
};

/** every assisting unit of the qinzhou-like task contributes */
export const allContribute = (): object[] => ASSISTS.map((u) => ev.contribute(u));
