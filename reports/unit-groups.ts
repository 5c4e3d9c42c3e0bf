// Which group a unit is ranked in: divisions' governments against each other, departments against each other. Pure.
import type { Unit } from '../machines';
import type { ReportView } from './child-plans';

/**
 * divisions: governments of administrative divisions (沈阳市人民政府), the usual members of a collective;
 * departments: departments and outside bodies, ranked together as before collectives were expanded;
 * collectives: a collective not expanded into members (it still answers as one unit, so it is shown, but
 * beside neither cities nor departments)
 */
export type RankGroupKind = 'divisions' | 'departments' | 'collectives';
export const RANK_GROUPS: readonly RankGroupKind[] = ['divisions', 'departments', 'collectives'];

export const RANK_GROUP_LABEL: Record<RankGroupKind, { zh: string; en: string }> = {
  divisions: { zh: '各地政府', en: 'Governments of divisions' },
  departments: { zh: '部门及其他单位', en: 'Departments and other bodies' },
  collectives: { zh: '未分解到成员单位的集体单位', en: 'Collectives not expanded into members' },
};

/** the plan's units directory as a report needs it: unit id → kind (empty when the plan is not known) */
export type UnitKinds = Readonly<Record<string, Unit['kind']>>;

/**
 * The group of each unit. The directory's kind decides (a collective of departments, 各成员单位, has
 * departments as members); a unit the directory does not know is a division's government when it answers
 * for a collective in some task, else a department.
 */
export function unitGrouper(views: readonly ReportView[], kinds: UnitKinds): (unit: string) => RankGroupKind {
  const members = new Set(views.flatMap((v) => v.assists.filter((a) => a.collective !== null).map((a) => a.unit)));
  return (unit) => {
    const kind: Unit['kind'] | undefined = kinds[unit];
    if (kind === 'division') return 'divisions';
    if (kind === 'collective') return 'collectives';
    if (kind === undefined) return members.has(unit) ? 'divisions' : 'departments';
    return 'departments';
  };
}

/** the collectives a task expanded into members: these are not ranked, their members are */
export const expandedCollectives = (view: ReportView): Set<string> =>
  new Set(view.assists.flatMap((a) => (a.collective === null ? [] : [a.collective])));
