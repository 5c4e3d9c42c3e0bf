// Specification: each seed document imports by its detected layout, with the expected counts and spot checks.
import { describe, expect, it } from 'vitest';
import { PlanSchema } from '../../machines/plan';
import { seed, seedTask } from '../support/seeds';

describe('importing the four seed documents', () => {
  it.each([
    ['qinzhou-2015', 'numberedCells', 40, '市'],
    ['liaoning-2020', 'prose', 24, '省'],
    ['changzhou-2015', 'numberedCells', 37, '市'],
    ['taobei', 'rowTable', 77, '区'],
  ])('reads %s as %s with %i tasks at level %s', (planId, layout, count, level) => {
    const { plan, report } = seed(planId);
    expect(report.layout).toBe(layout);
    expect(plan.tasks).toHaveLength(count);
    expect(report.tasks).toBe(count);
    expect(plan.level).toBe(level);
    expect(PlanSchema.safeParse(plan).success).toBe(true);
  });

  it.each(['qinzhou-2015', 'liaoning-2020', 'changzhou-2015', 'taobei'])('gives every task of %s a lead unit listed in the units directory', (planId) => {
    const { plan } = seed(planId);
    const ids = new Set(plan.units.map((u) => u.id));
    for (const task of plan.tasks) {
      expect(task.leadUnits.length).toBeGreaterThan(0);
      for (const unit of [...task.leadUnits, ...task.assistingUnits]) expect(ids.has(unit)).toBe(true);
    }
    expect(new Set(plan.tasks.map((t) => t.no)).size).toBe(plan.tasks.length);
  });

  it('qinzhou #7: lead 市工信委, 出台具体措施 by 2016-03-31', () => {
    const task = seedTask('qinzhou-2015', '7');
    expect(task.leadUnits).toEqual(['市工信委']);
    expect(task.schedule.spec).toEqual({
      kind: 'by',
      targets: [{ milestone: 'measures', due: '2016-03-31T23:59:59+08:00', text: '2016年一季度出台具体措施。' }],
    });
  });

  it('qinzhou #38: both units before 牵头 lead, 会同有关部门 names nobody', () => {
    const task = seedTask('qinzhou-2015', '38');
    expect(task.leadUnits).toEqual(['市民政局', '市发改委']);
    expect(task.assistingUnits).toEqual([]);
  });

  it('qinzhou #39: 逐年落实 is ongoing yearly; #1 carries 市 down to 市国土资源局', () => {
    expect(seedTask('qinzhou-2015', '39').schedule.spec).toEqual({ kind: 'ongoing', cadence: 'yearly' });
    expect(seedTask('qinzhou-2015', '1').assistingUnits).toContain('市国土资源局');
  });

  it('changzhou #7: lead 市老龄办, assisting exactly 市科技局 市经信委 市发改委 各辖市、区人民政府, ongoing', () => {
    const task = seedTask('changzhou-2015', '7');
    expect(task.leadUnits).toEqual(['市老龄办']);
    expect(task.assistingUnits).toEqual(['市科技局', '市经信委', '市发改委', '各辖市、区人民政府']);
    expect(task.schedule.spec).toEqual({ kind: 'ongoing', cadence: 'quarterly' });
  });

  it('changzhou #13: a task text beginning with a year stays the task text', () => {
    const task = seedTask('changzhou-2015', '13');
    expect(task.text).toBe('2015年养老床位总数达到每千名老年人40张');
    expect(task.leadUnits).toEqual(['市民政局']);
    expect(task.schedule.raw).toBe('持续实施');
  });

  it('liaoning 一（一）: task 1-1, lead 省住房城乡建设厅, no date so ongoing', () => {
    const task = seedTask('liaoning-2020', '1-1');
    expect(task.printedNo).toBe('一（一）');
    expect(task.leadUnits).toEqual(['省住房城乡建设厅']);
    expect(task.assistingUnits).toEqual(['省自然资源厅', '省民政厅', '各市、县（市、区）政府']);
    expect(task.schedule.spec).toEqual({ kind: 'ongoing', cadence: 'quarterly' });
  });

  it('liaoning: dates in the prose become targets (到2024年, 2020年8月底前)', () => {
    expect(seedTask('liaoning-2020', '1-2').schedule.spec).toEqual({
      kind: 'by',
      targets: [{ milestone: 'complete', due: '2024-12-31T23:59:59+08:00', text: '到2024年' }],
    });
    expect(seedTask('liaoning-2020', '6-4').schedule.spec).toEqual({
      kind: 'by',
      targets: [{ milestone: 'complete', due: '2020-08-31T23:59:59+08:00', text: '2020年8月底前' }],
    });
  });

  it('liaoning: metadata and the joint conference come from the document', () => {
    const { plan } = seed('liaoning-2020');
    expect(plan).toMatchObject({ issuer: '辽宁省人民政府办公厅', issuedOn: '2020-04-24', timeZone: 'Asia/Shanghai' });
    expect(plan.sections).toHaveLength(7);
    expect(plan.conference).toMatchObject({ name: '辽宁省养老服务联席会议', convener: '省民政厅', office: '省民政厅', origin: 'document' });
  });

  it('taobei #14: afterEvent with a one-month window', () => {
    expect(seedTask('taobei', '14').schedule.spec).toEqual({
      kind: 'afterEvent',
      event: '省市出台实施办法和目录',
      window: { amount: 1, unit: 'months' },
      milestone: 'complete',
    });
  });

  it('taobei row 77 founds the district conference, led by 区民政局', () => {
    expect(seed('taobei').plan.conference).toMatchObject({ convener: '区民政局', office: '区民政局', origin: 'document' });
  });

  it.each(['qinzhou-2015', 'changzhou-2015'])('%s founds no conference: the unit leading the most tasks (市民政局) convenes the default one, reported', (planId) => {
    const { plan, report } = seed(planId);
    expect(plan.conference).toMatchObject({ convener: '市民政局', office: '市民政局', origin: 'default' });
    expect(report.counts.conferenceDefault).toBe(1);
  });

  it('records the source file and the sha256 of its bytes', () => {
    expect(seed('taobei').plan.source).toEqual({ file: 'taobei.txt', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });
});
