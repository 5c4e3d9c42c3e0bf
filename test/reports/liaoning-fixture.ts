// A liaoning-shaped plan by hand: 「各市、县（市、区）政府」 expanded to the 14 cities, a task it assists, one it leads, child plans.
import type { Assist } from '../../machines';
import type { ChildPlanProgress } from '../../reports/child-plans';
import type { ReportFacts } from '../../reports/model';
import type { UnitKinds } from '../../reports/unit-groups';
import { assist, facts, milestone, view } from './fixtures';

export const COLLECTIVE = '各市、县（市、区）政府';
export const CITIES = ['沈阳市', '大连市', '鞍山市', '抚顺市', '本溪市', '丹东市', '锦州市', '营口市', '阜新市', '辽阳市', '盘锦市', '铁岭市', '朝阳市', '葫芦岛市'].map((c) => `${c}人民政府`);

export const UNIT_KINDS: UnitKinds = {
  [COLLECTIVE]: 'collective',
  省发展改革委: 'department',
  省财政厅: 'department',
  省民政厅: 'department',
  ...Object.fromEntries(CITIES.map((c) => [c, 'division'])),
};

const NOTIFIED = '2025-05-09T09:00:00+08:00';
const ACK_BY = '2025-05-16T23:59:59+08:00';
const CONTRIBUTE_BY = '2025-06-20T23:59:59+08:00';
const ON_TIME_ACK = '2025-05-12T09:00:00+08:00';
const LATE_ACK = '2025-05-19T09:00:00+08:00';
const CONTRIBUTED = '2025-06-18T09:00:00+08:00';

/** task 1: the cities assist 省发展改革委 (with 省财政厅); 大连 contributes late, 鞍山 is escalated, 抚顺 escalated then waived */
function assistingCity(city: string): Assist {
  const share = { role: 'assisting', collective: COLLECTIVE, notifiedAt: NOTIFIED, acknowledgeBy: ACK_BY, contributeBy: CONTRIBUTE_BY } as const;
  const escalated = { acknowledgement: [], contribution: ['remind', 'late', 'escalate'] } as Assist['steps'];
  switch (city) {
    case '大连市人民政府':
      return assist(city, { ...share, acknowledgedAt: ON_TIME_ACK, contributedAt: '2025-06-25T09:00:00+08:00' });
    case '鞍山市人民政府':
      return assist(city, { ...share, acknowledgedAt: LATE_ACK, steps: escalated, escalatedItemId: 'item-7' });
    case '抚顺市人民政府':
      return assist(city, { ...share, acknowledgedAt: ON_TIME_ACK, steps: escalated, escalatedItemId: 'item-8', waivedAt: '2025-06-28T10:00:00+08:00' });
    default:
      return assist(city, { ...share, acknowledgedAt: ON_TIME_ACK, contributedAt: CONTRIBUTED });
  }
}

const TASK_DUE = '2025-06-15T23:59:59+08:00';

/** task 2: the collective leads; each city owes its report by the task's deadline; 鞍山 has not reported */
function leadingCity(city: string): Assist {
  const share = { role: 'lead', collective: COLLECTIVE, notifiedAt: '2025-03-01T09:00:00+08:00', acknowledgedAt: '2025-03-01T09:00:00+08:00', contributeBy: TASK_DUE } as const;
  if (city === '鞍山市人民政府') return assist(city, { ...share, steps: { acknowledgement: [], contribution: ['remind', 'late'] } });
  return assist(city, { ...share, contributedAt: '2025-06-10T09:00:00+08:00' });
}

export const CHILD_PLANS: ChildPlanProgress[] = [
  {
    planId: 'shenyang-2025',
    unit: '沈阳市人民政府',
    title: '沈阳市落实方案',
    total: 6,
    byLifecycle: { draft: 1, 'inProgress.implementing': 3, verified: 2 },
    byColour: { green: 2, blue: 1, yellow: 1, red: 0, grey: 2 },
    complete: false,
    updatedAt: '2025-06-29T08:00:00Z',
  },
  {
    planId: 'dalian-2025',
    unit: '大连市人民政府',
    title: '大连市落实方案',
    total: 4,
    byLifecycle: { verified: 4 },
    byColour: { green: 0, blue: 0, yellow: 0, red: 0, grey: 4 },
    complete: true,
    updatedAt: '2025-06-20T02:00:00Z',
  },
];

export function liaoningViews(): ReturnType<typeof view>[] {
  return [
    view('1', {
      leadUnits: ['省发展改革委'],
      milestones: [milestone('measures', '2025-04-30T23:59:59+08:00', { at: '2025-04-28T10:00:00+08:00', late: false }), milestone('complete', '2025-12-31T23:59:59+08:00')],
      assists: [assist('省财政厅', { notifiedAt: NOTIFIED, acknowledgeBy: ACK_BY, contributeBy: CONTRIBUTE_BY, acknowledgedAt: LATE_ACK, contributedAt: CONTRIBUTED }), ...CITIES.map(assistingCity)],
    }),
    view('2', { colour: 'yellow', leadUnits: [COLLECTIVE], milestones: [milestone('complete', TASK_DUE)], assists: CITIES.map(leadingCity), childPlans: CHILD_PLANS }),
    view('3', { colour: 'grey', leadUnits: ['省民政厅'], milestones: [milestone('complete', '2025-05-31T23:59:59+08:00', { at: '2025-06-05T10:00:00+08:00', late: true })] }),
  ];
}

export const liaoningFacts = (kinds: UnitKinds = UNIT_KINDS): ReportFacts => facts(liaoningViews(), [], '2025-06-30', kinds);
