// Every Chinese label people read of a task — its state, its colour, its milestones — in one place, for
// the Temporal UI's details, the timers' summaries, the notices and the reports alike.
import type { TaskMilestoneKind } from './task/context';
import type { Colour, LifecycleState } from './task/view';

export const COLOURS: readonly Colour[] = ['green', 'blue', 'yellow', 'red', 'grey'];

/** the 督办单 grades */
export const COLOUR_LABEL: Record<Colour, string> = {
  green: '绿（正常推进）',
  blue: '蓝（临期）',
  yellow: '黄（逾期）',
  red: '红（督办）',
  grey: '灰（已办结）',
};

export const STATE_LABEL: Record<LifecycleState, string> = {
  draft: '待出台措施',
  measuresIssued: '已出台措施',
  'inProgress.implementing': '实施中',
  'inProgress.awaitingVerification': '待核验',
  verified: '已办结',
  cancelled: '已撤销',
};

const KIND_LABEL: Record<TaskMilestoneKind, string> = { measures: '出台措施', start: '启动实施', complete: '完成', report: '进展报告' };
const KINDS = Object.keys(KIND_LABEL) as TaskMilestoneKind[];

/** `complete-2` → 完成（2）; `report-3` → 第3期进展报告; the kind is read from the id when not given */
export function milestoneLabel(id: string, kind: TaskMilestoneKind | undefined = KINDS.find((k) => id === k || id.startsWith(`${k}-`))): string {
  if (kind === undefined) return id;
  const n = /-(\d+)$/.exec(id)?.[1];
  if (n === undefined) return KIND_LABEL[kind];
  return kind === 'report' ? `第${n}期${KIND_LABEL[kind]}` : `${KIND_LABEL[kind]}（${n}）`;
}
