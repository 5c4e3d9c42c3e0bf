// Specification: roles however a list states them — columns, inline groups, label lines, section headings — and every guess reported.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../seeds';
import { readOverridesFile, SEEDS_DIR } from '../../seeds/catalog';
import { dueDay } from '../../seeds/corpus';
import { seed } from '../support/seeds';
import { readLines as read, rolesOf as roles } from '../support/read-lines';

describe('roles in tables', () => {
  it('reads the changzhou seed with its headers renamed 牵头单位 / 责任单位 to the same leads and assisting units', () => {
    const renamed = readFileSync(join(SEEDS_DIR, 'changzhou-2015.txt'), 'utf8').replace('牵头部门', '牵头单位').replace('参与部门', '责任单位');
    const { plan } = importDocument(renamed, 'changzhou-2015.txt', { overrides: readOverridesFile('changzhou-2015') });
    const canonical = seed('changzhou-2015').plan.tasks;
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual(canonical.map((t) => [t.leadUnits, t.assistingUnits]));
  });

  it('keeps 责任领导 as people, not units, and reads 完成时限 with the plan year', () => {
    const doc = ['2023年重点工作任务分解表', '序号\t重点任务\t责任领导\t牵头单位\t责任单位\t完成时限', '1\t建成智慧平台\t张三\t区数据局\t区财政局、各街道\t12月底前'];
    const [task] = read(doc).plan.tasks;
    expect(task).toMatchObject({ leadUnits: ['区数据局'], assistingUnits: ['区财政局', '各街道'] });
    expect(task?.schedule.spec).toEqual({ kind: 'by', targets: [{ milestone: 'complete', due: '2023-12-31T23:59:59+08:00', text: '12月底前' }] });
  });

  it('reports the first-listed guess when one column holds every unit, naming the line', () => {
    const doc = ['2023年任务分工', '序号\t工作任务\t责任单位\t完成时间', '1\t任务一\t市民政局、市财政局\t2023年6月底前'];
    const { plan, report } = read(doc);
    expect(plan.tasks[0]).toMatchObject({ leadUnits: ['市民政局'], assistingUnits: ['市财政局'] });
    expect(report.lines).toContainEqual(expect.objectContaining({ kind: 'leadInferred', taskNo: '1', line: 3 }));
  });

  it('takes the first listed as lead without a guess when the document says so', () => {
    const doc = ['2023年任务分工', '列第一位的责任单位为牵头单位。', '序号\t工作任务\t责任单位\t完成时间', '1\t任务一\t市民政局、市财政局\t年底前'];
    const { report } = read(doc);
    expect(report.lines.filter((l) => l.kind === 'leadInferred')).toEqual([]);
    expect(report.lines).toContainEqual(expect.objectContaining({ kind: 'metadataDefault', line: 2 }));
  });
});

describe('roles inline and on label lines', () => {
  it.each<[string, string[][]]>([
    ['1.建设平台。（市发展改革委牵头，市财政局、市民政局配合）', [['市发展改革委'], ['市财政局', '市民政局']]],
    ['(1)建设平台。(牵头单位:市发展改革委;责任单位:市财政局)', [['市发展改革委'], ['市财政局']]],
    ['①建设平台。[牵头单位：市发展改革委；责任单位：市财政局]', [['市发展改革委'], ['市财政局']]],
    ['（一）建设平台。（责任领导：李四；牵头单位：市发展改革委；责任单位：市财政局）', [['市发展改革委'], ['市财政局']]],
    ['1、建设平台。（市发展改革委、市民政局牵头，各县（市、区）政府按职责分工负责）', [['市发展改革委', '市民政局'], ['各县（市、区）政府']]],
  ])('reads 「%s」', (line, expected) => {
    expect(roles(['2023年工作要点', '一、总体任务', line])[0]).toEqual(expected);
  });

  it('reads label lines under each item, a person stays a person', () => {
    const doc = ['2022年重点工作', '1.地区生产总值增长6%。', '牵头负责领导：王五。', '牵头责任单位：市发展改革委。', '协同责任单位：市统计局、市财政局等。', '完成时限：6月底前'];
    const { plan, report } = read(doc);
    expect(plan.tasks[0]).toMatchObject({ leadUnits: ['市发展改革委'], assistingUnits: ['市统计局', '市财政局'] });
    expect(plan.tasks[0]?.schedule.spec).toMatchObject({ kind: 'by', targets: [{ due: '2022-06-30T23:59:59+08:00' }] });
    expect(plan.units.map((u) => u.id)).not.toContain('王五');
    expect(report.lines).toContainEqual(expect.objectContaining({ kind: 'unitUnknown', taskNo: '1', raw: '市财政局等' }));
  });

  it('reports remarks such as 不再做分工，下同 and never makes them units', () => {
    const doc = ['2022年实施方案', '一、总体', '（一）加强市场体系建设。〔责任单位：省发展改革委、商务厅按职责分工负责。具体任务均涉及各市（州）人民政府，不再做分工，下同。〕'];
    const { plan, report } = read(doc);
    expect(plan.tasks[0]).toMatchObject({ leadUnits: ['省发展改革委'], assistingUnits: ['省商务厅'] });
    expect(report.lines.filter((l) => l.kind === 'unitUnknown').map((l) => l.raw)).toEqual(['具体任务均涉及各市（州）人民政府，不再做分工，下同', '按职责分工负责']);
  });

  it('numbers tasks by section when the numbering restarts, and keeps an excerpt that starts at 22', () => {
    const restart = ['2023年要点', '一、甲', '1.任务。（市民政局负责）', '2.任务。（市财政局负责）', '二、乙', '1.任务。（市教育局负责）'];
    expect(read(restart).plan.tasks.map((t) => [t.no, t.printedNo])).toEqual([['1-1', '一1'], ['1-2', '一2'], ['2-1', '二1']]);
    const excerpt = ['2023年要点', '22.任务。（市民政局负责）', '23.任务。（市财政局负责）'];
    expect(read(excerpt).plan.tasks.map((t) => t.no)).toEqual(['22', '23']);
  });

  it('gives the items of a section 「X牵头工作」 that section lead', () => {
    const doc = ['2025年任务清单', '一、县示范区管委会牵头工作(2项)', '1.建设养殖基地。', '2.打造生产基地。'];
    expect(roles(doc)).toEqual([[['县示范区管委会'], []], [['县示范区管委会'], []]]);
  });

  it('keeps a collective that does not end in 政府 whole, beside its neighbour', () => {
    const doc = ['2023年分工方案', '1.提升服务。', '牵头单位:区商务局', '责任单位:各街道,区直各部门、各有关单位'];
    expect(roles(doc)[0]).toEqual([['区商务局'], ['各街道', '区直各部门', '各有关单位']]);
  });
});

describe('a time inside a role group, wherever it stands', () => {
  const read1 = (line: string) => {
    const t = read(['2020年重点工作任务分工', line]).plan.tasks[0];
    return [t?.leadUnits, t?.assistingUnits, t && t.schedule.spec.kind === 'by' ? dueDay(t) : t?.schedule.spec.kind];
  };

  it('between the lead and the assisting units: the units on either side keep their roles', () => {
    expect(read1('1.建成养老服务中心。(市民政局牵头,2020年6月底前完成,市财政局配合)')).toEqual([['市民政局'], ['市财政局'], '2020-06-30']);
  });

  it('as a clause of its own after a semicolon, not a remark', () => {
    expect(read1('1.建成养老服务中心。(市民政局牵头,市财政局配合;2020年9月底前完成)')).toEqual([['市民政局'], ['市财政局'], '2020-09-30']);
  });

  it('as work carried on (长期坚持) before the units', () => {
    expect(read1('1.推进社区养老。(长期坚持,市民政局牵头,市财政局配合)')).toEqual([['市民政局'], ['市财政局'], 'ongoing']);
  });
});
