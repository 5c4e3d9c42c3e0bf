// `--parent liaoning-2020:3`: a plan loaded as the implementation of an upper level's task (层层分解). The
// parent task must exist; the unit that answers through the plan is named, or found by the plan's issuer.
import { ParentLinkSchema, type Plan, type TaskView } from '../machines';
import { DubanError } from './errors';
import { parseTaskRef } from './task-ref';

/** the units of a parent task that may answer through a plan of their own: its handoffs and its acting leads */
const answerable = (parent: Pick<TaskView, 'assists' | 'actingLeads'>): string[] => [...new Set([...parent.actingLeads, ...parent.assists.map((a) => a.unit)])];

/**
 * `沈阳市人民政府办公室` issues for 沈阳市人民政府, `沈阳市和平区人民政府` for 和平区人民政府: the unit itself, else the
 * government whose place the issuer names (the longest place first, so 和平区 wins over 沈阳市).
 */
function unitOfIssuer(issuer: string, units: readonly string[]): string | null {
  const exact = units.find((u) => u === issuer);
  if (exact !== undefined) return exact;
  const place = (u: string): string => u.replace(/人民政府$|政府$/, '');
  const governments = units.filter((u) => /政府$/.test(u) && place(u).length >= 2 && issuer.includes(place(u)));
  return governments.sort((a, b) => place(b).length - place(a).length)[0] ?? null;
}

/**
 * The plan with its parent link. `view` reads the parent task (UNKNOWN_TASK when there is none); a named
 * `unit` must answer on that task (UNKNOWN_UNIT otherwise); without one, the issuer's unit is taken when the
 * task names it, else the plan only reports progress (unit null).
 */
export async function linkToParent(plan: Plan, ref: string, view: (workflowId: string) => Promise<Pick<TaskView, 'assists' | 'actingLeads' | 'planId'>>, unit?: string): Promise<Plan> {
  const parentRef = parseTaskRef(ref);
  if (parentRef.planId === plan.id) throw new DubanError('BAD_PAYLOAD', `下级方案不能落实本方案自己的任务 / a plan cannot implement its own task (${ref})`);
  const parent = await view(parentRef.workflowId);
  const units = answerable(parent);
  if (unit !== undefined && !units.includes(unit))
    throw new DubanError('UNKNOWN_UNIT', `${unit} 不是上级任务 ${ref} 的责任单位（可选：${units.slice(0, 20).join('、')}）/ ${unit} does not answer on ${ref}`);
  const link = ParentLinkSchema.parse({ planId: parentRef.planId, taskNo: parentRef.taskNo, unit: unit ?? unitOfIssuer(plan.issuer, units) });
  return { ...plan, parent: link };
}
