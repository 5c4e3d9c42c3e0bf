// Chinese-first labels and date arithmetic shared by every report renderer (督查通报, 绩效考核, 台账).
import type { Colour, LifecycleState, TaskMilestoneKind } from '../machines';

export const COLOURS: readonly Colour[] = ['green', 'blue', 'yellow', 'red', 'grey'];

export const COLOUR_LABEL: Record<Colour, string> = {
  green: '绿（正常推进）',
  blue: '蓝（临期）',
  yellow: '黄（逾期）',
  red: '红（督办）',
  grey: '灰（已办结）',
};

/** fills of the ledger and the charts, pale enough to print */
export const COLOUR_HEX: Record<Colour, string> = {
  green: '4CAF50',
  blue: '2F80ED',
  yellow: 'F2C94C',
  red: 'EB5757',
  grey: 'A0A0A0',
};
export const COLOUR_FILL: Record<Colour, string> = {
  green: 'C6EFCE',
  blue: 'BDD7EE',
  yellow: 'FFEB9C',
  red: 'FFC7CE',
  grey: 'D9D9D9',
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

/** `complete-2` → 完成（2）; `report-3` → 第3期进展报告 */
export function milestoneLabel(id: string, kind: TaskMilestoneKind): string {
  const n = /-(\d+)$/.exec(id)?.[1];
  if (n === undefined) return KIND_LABEL[kind];
  return kind === 'report' ? `第${n}期${KIND_LABEL[kind]}` : `${KIND_LABEL[kind]}（${n}）`;
}

const DAY_MS = 86_400_000;
const SHANGHAI_MS = 8 * 3_600_000;

/** the end of a Shanghai day: a report "as of" a date counts that whole day */
export const endOfDay = (date: string): string => `${date}T23:59:59+08:00`;
export const ms = (instant: string): number => Date.parse(instant);
/** the Shanghai calendar date of an instant */
export const shanghaiDate = (instant: string | number): string =>
  new Date((typeof instant === 'number' ? instant : ms(instant)) + SHANGHAI_MS).toISOString().slice(0, 10);
export const shanghaiMonth = (instant: string): string => shanghaiDate(instant).slice(0, 7);
/** whole days from `from` to `to`, rounded up (a due at 10:00 today is one day overdue at midnight) */
export const daysBetween = (from: string, to: string): number => Math.ceil((ms(to) - ms(from)) / DAY_MS);
export const addDays = (instant: string, days: number): number => ms(instant) + days * DAY_MS;
