// Implementation plans for the cascade tests and recordings, made from liaoning-2020's own rows: 沈阳's plan
// under a liaoning task, and (optionally) 沈阳's districts as a collective that 和平区's own plan answers for.
import { PlanSchema, type Plan, type Unit } from '../../machines';

export const DISTRICTS = '各区、县（市）政府';

const unit = (id: string, kind: Unit['kind'], members: string[] = []): Unit => ({ id, name: id, aliases: [], kind, verified: true, code: null, members, membership: null });

/**
 * 沈阳's implementation plan: the same work, given to 沈阳's departments; with `districts`, its tasks are
 * assisted by 各区、县（市）政府 standing for those districts.
 */
export function shenyangPlan(province: Plan, districts: string[] = []): Plan {
  const rows = province.tasks.filter((t) => ['1-2', '2-2'].includes(t.no));
  const assisting = districts.length > 0 ? [DISTRICTS] : [];
  return PlanSchema.parse({
    ...province,
    id: 'shenyang-2020',
    title: '沈阳市贯彻落实《辽宁省关于推进养老服务发展的实施意见》任务分工',
    issuer: '沈阳市人民政府办公室',
    level: '市',
    units: [unit('沈阳市民政局', 'department'), ...(districts.length > 0 ? [unit(DISTRICTS, 'collective', districts), ...districts.map((d) => unit(d, 'division'))] : [])],
    tasks: rows.map((t, i) => ({ ...t, planId: 'shenyang-2020', no: String(i + 1), leadUnits: ['沈阳市民政局'], assistingUnits: assisting })),
    conference: { ...province.conference, name: '沈阳市养老服务联席会议', convener: '沈阳市民政局', office: '沈阳市民政局', members: ['沈阳市民政局'] },
    parent: null,
  });
}

/** 和平区's own plan for one 沈阳 task: one row of it, given to 和平区民政局 */
export function hepingPlan(city: Plan): Plan {
  return PlanSchema.parse({
    ...city,
    id: 'heping-2020',
    title: '沈阳市和平区落实养老服务发展任务分工',
    issuer: '沈阳市和平区人民政府',
    level: '区',
    units: [unit('和平区民政局', 'department')],
    tasks: city.tasks.slice(0, 1).map((t) => ({ ...t, planId: 'heping-2020', leadUnits: ['和平区民政局'], assistingUnits: [] })),
    conference: { ...city.conference, name: '和平区养老服务联席会议', convener: '和平区民政局', office: '和平区民政局', members: ['和平区民政局'] },
    parent: null,
  });
}
