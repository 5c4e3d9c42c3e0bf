// A city's implementation plan for the cascade tests and recordings: 沈阳's plan made from liaoning-2020's own rows.
import { PlanSchema, type Plan } from '../../machines';

/** 沈阳's implementation plan, built from liaoning-2020's own rows: the same work, given to 沈阳's departments */
export function shenyangPlan(province: Plan): Plan {
  const rows = province.tasks.filter((t) => ['1-2', '2-2'].includes(t.no));
  return PlanSchema.parse({
    ...province,
    id: 'shenyang-2020',
    title: '沈阳市贯彻落实《辽宁省关于推进养老服务发展的实施意见》任务分工',
    issuer: '沈阳市人民政府办公室',
    level: '市',
    units: [{ id: '沈阳市民政局', name: '沈阳市民政局', aliases: [], kind: 'department', verified: true }],
    tasks: rows.map((t, i) => ({ ...t, planId: 'shenyang-2020', no: String(i + 1), leadUnits: ['沈阳市民政局'], assistingUnits: [] })),
    conference: { ...province.conference, name: '沈阳市养老服务联席会议', convener: '沈阳市民政局', office: '沈阳市民政局', members: ['沈阳市民政局'] },
    parent: null,
  });
}

