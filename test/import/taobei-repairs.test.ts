// Specification: every repair of the damaged taobei PDF table is done and shows in the import report.
import { describe, expect, it } from 'vitest';
import { seed, seedTask } from '../support/seeds';

const lines = (kind: string) => seed('taobei').report.lines.filter((l) => l.kind === kind);

describe('taobei PDF repairs', () => {
  it('drops the 11 repeated header rows and the junk row', () => {
    expect(lines('headerDropped')).toHaveLength(11);
    expect(lines('junkDropped')).toEqual([expect.objectContaining({ line: 31 })]);
  });

  it.each([
    ['2', null, 8],
    ['7', '- /', 15],
    ['45', '4.5', 67],
    ['76', null, 111],
  ])('infers number %s (printed %s, line %i) from the order of rows', (no, printed, line) => {
    const task = seedTask('taobei', no);
    expect(task).toMatchObject({ inferredNo: true, printedNo: printed, source: expect.objectContaining({ line }) });
    expect(lines('numberInferred')).toContainEqual(expect.objectContaining({ taskNo: no, line }));
  });

  it('merges the row numbered 12 into task 72, whose sentence it continues', () => {
    const task = seedTask('taobei', '72');
    expect(task.text).toContain('未有效利用等问题完善"四同步"工作规则');
    expect(task.leadUnits).toEqual(['自然资源局洮北分局', '区民政局']);
    expect(lines('rowMerged')).toEqual([expect.objectContaining({ taskNo: '72', line: 105 })]);
  });

  it.each([
    ['3', ['区民政局']],
    ['4', ['区民政局']],
    ['5', ['区民政局']],
    ['76', ['区住建局', '自然资源局洮北分局', '生态环境局洮北分局', '区民政局']],
  ])('takes the empty lead cell of task %s from the row above', (no, leads) => {
    expect(seedTask('taobei', no).leadUnits).toEqual(leads);
    expect(lines('leadInferred')).toContainEqual(expect.objectContaining({ taskNo: no }));
  });

  it('glues units the PDF split and resolves their aliases', () => {
    expect(seedTask('taobei', '2').assistingUnits).toEqual(['区住建局', '市场监督管理局洮北分局']);
    expect(seedTask('taobei', '58').assistingUnits).toEqual(['市场监督管理局洮北分局']);
    const unit = seed('taobei').plan.units.find((u) => u.id === '市场监督管理局洮北分局');
    expect(unit?.aliases).toEqual(expect.arrayContaining(['市场监督管理 局洮北分局', '市场监督管理']));
  });

  it('recovers the section titles, garbled ones through reported overrides', () => {
    expect(seed('taobei').plan.sections.map((s) => s.title)).toEqual([
      '一、深化放管服改革',
      '二、拓宽养老服务投融资渠道',
      '三、扩大养老服务就业创业',
      '四、扩大养老服务消费',
      '五、促进养老服务高质量发展',
      '六、促进养老服务基础设施建设',
    ]);
    expect(lines('sectionRecovered').map((l) => l.raw)).toContain('三、扩大教\t卡老服务就\t小下包小下');
    expect(lines('override').filter((l) => l.decision.startsWith('章节标题'))).toHaveLength(2);
  });

  it.each([
    ['13', '+生/+++仕2++'],
    ['58', '. 2022 平/太川'],
    ['72', '+土,4土,+分, 汁+'],
    ['3', ''],
  ])('keeps the damaged schedule of task %s verbatim and unparsed', (no, raw) => {
    const task = seedTask('taobei', no);
    expect(task.schedule.raw).toBe(raw);
    expect(task.schedule.spec.kind).toBe('unparsed');
    expect(lines('scheduleUnparsed')).toContainEqual(expect.objectContaining({ taskNo: no, raw }));
  });

  it('applies the curated schedule of task 69 (限落实) and reports it', () => {
    expect(seedTask('taobei', '69').schedule).toEqual({ raw: '限落实', spec: { kind: 'setByUpstream', authority: '省' } });
    expect(lines('override')).toContainEqual(expect.objectContaining({ taskNo: '69' }));
  });

  it('counts every report line by kind', () => {
    const { report } = seed('taobei');
    const total = Object.values(report.counts).reduce((a, b) => a + (b ?? 0), 0);
    expect(total).toBe(report.lines.length);
  });
});
