// Specification: lists that word their columns their own way — a header that numbers its rows and names their units is a header whatever it calls the work.
import { describe, expect, it } from 'vitest';
import type { ImportError } from '../../seeds/errors';
import { readLines as read } from '../support/read-lines';

/** One paragraph a cell, a blank line after each, as pages copied from Word print them. */
const paragraphs = (cells: string[]): string[] => cells.flatMap((c) => [c, '']);

describe('a header whose column for the work has a word no list uses', () => {
  const rows = ['2024年重点任务分解表', '序号\t年度计划\t牵头单位\t配合单位\t完成时限', '1\t新建社区食堂20个。\t区民政局\t区财政局、各街道\t2024年9月底前', '2\t改造老旧小区10个。\t区住建局\t区财政局\t2024年12月底前'];

  it('reads the first column of an unknown word after 序号 as the tasks\' text', () => {
    const { plan } = read(rows);
    expect(plan.tasks.map((t) => [t.no, t.text, t.leadUnits, t.assistingUnits])).toEqual([
      ['1', '新建社区食堂20个。', ['区民政局'], ['区财政局', '各街道']],
      ['2', '改造老旧小区10个。', ['区住建局'], ['区财政局']],
    ]);
  });

  it('reports the guess with the header\'s line and word', () => {
    const { report } = read(rows);
    expect(report.lines.filter((l) => l.kind === 'columnInferred').map((l) => [l.line, l.decision.includes('「年度计划」')])).toEqual([[2, true]]);
  });

  it('takes a word that names a field for that field, not for the work (备注 stays a remark)', () => {
    const { plan, report } = read(['2024年重点任务分解表', '序号\t备注\t年度清单\t牵头单位', '1\t续建\t新建社区食堂20个。\t区民政局']);
    expect(plan.tasks.map((t) => [t.text, t.leadUnits])).toEqual([['新建社区食堂20个。', ['区民政局']]]);
    expect(report.lines.some((l) => l.kind === 'columnInferred' && l.decision.includes('「年度清单」'))).toBe(true);
  });

  it('is no header without a unit column: the refusal names the header\'s line and the column it lacks', () => {
    const refusal = (() => {
      try {
        read(['2024年工作安排', '序号\t年度计划\t完成时限', '1\t新建社区食堂20个。\t2024年9月底前']);
      } catch (e) {
        return e as ImportError;
      }
      return null;
    })();
    expect([refusal?.code, refusal?.line, refusal?.message.includes('牵头单位/责任单位')]).toEqual(['MISSING_COLUMN', 2, true]);
  });

  it('reads the same header copied one cell a paragraph', () => {
    const { plan, report } = read([
      '2024年重点任务分解表',
      ...paragraphs(['序号', '年度计划', '牵头单位', '配合单位']),
      ...paragraphs(['1', '新建社区食堂20个。', '区民政局', '区财政局、各街道']),
      ...paragraphs(['2', '改造老旧小区10个。', '区住建局', '区财政局']),
    ]);
    expect(plan.tasks.map((t) => [t.text, t.leadUnits, t.assistingUnits])).toEqual([
      ['新建社区食堂20个。', ['区民政局'], ['区财政局', '各街道']],
      ['改造老旧小区10个。', ['区住建局'], ['区财政局']],
    ]);
    expect(report.lines.filter((l) => l.kind === 'columnInferred')).toHaveLength(1);
  });
});

describe('the words lists use for their columns and labels, beyond the common ones', () => {
  const row = '1\t新建社区食堂20个。\t区民政局\t区财政局\t2024年9月底前';
  it.each<[string, string, string, string[][]]>([
    ['主办单位 · 协助单位', '序号\t督办事项\t主办单位\t协助单位\t办结时限', row, [['区民政局'], ['区财政局']]],
    ['牵头处室 · 配合处室 (a department\'s own offices)', '序号\t重点工作\t牵头处室\t配合处室\t完成时间', row, [['区民政局'], ['区财政局']]],
    ['主责部门 · 配合责任单位', '编号\t主要内容\t主责部门\t配合责任单位\t计划完成时间', row, [['区民政局'], ['区财政局']]],
    ['实施单位 alone: the first listed leads', '序号\t建设内容\t实施单位\t时间要求', '1\t新建社区食堂20个。\t区民政局、区财政局\t2024年9月底前', [['区民政局'], ['区财政局']]],
  ])('%s', (_, header, line, expected) => {
    const { plan } = read(['2024年重点工作任务分解表', header, line]);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([expected]);
    expect(plan.tasks[0]?.schedule.spec.kind).toBe('by');
  });

  it('keeps the office that supervises (督办单位) and a project\'s money out of the units', () => {
    const { plan } = read(['2024年重点工作任务分解表', '序号\t总投资（万元）\t年度清单\t牵头单位\t督办单位', '1\t1200\t新建社区食堂20个。\t区民政局\t区政府督查室']);
    expect(plan.tasks.map((t) => [t.text, t.leadUnits, t.assistingUnits])).toEqual([['新建社区食堂20个。', ['区民政局'], []]]);
  });

  it('reads labels in those words under an item (主办单位：… / 协办单位：… / 办结时限：…)', () => {
    const { plan } = read(['2024年工作要点', '1.新建社区食堂20个。', '主办单位：区民政局', '协办单位：区财政局', '办结时限：2024年9月底前']);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits, t.schedule.spec.kind])).toEqual([[['区民政局'], ['区财政局'], 'by']]);
  });
});

describe('cells and headers as offices fill them', () => {
  it.each(['无', '/', '——', '-', '暂无'])('a unit cell of 「%s」 names no unit', (placeholder) => {
    expect(read(['2024年重点任务分解表', '序号\t重点任务\t牵头单位\t配合单位\t完成时限', `1\t新建社区食堂20个。\t市民政局\t${placeholder}\t2024年9月底前`]).plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([[['市民政局'], []]]);
  });

  it('reads a header whose merged 责任单位 cell spans the 牵头单位 and 配合单位 a second row names', () => {
    const { plan, report } = read(['2024年重点任务分解表', '序号\t重点任务\t责任单位\t\t完成时限', '\t\t牵头单位\t配合单位\t', '1\t新建社区食堂20个。\t市民政局\t市财政局\t2024年9月底前']);
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, t.assistingUnits])).toEqual([['1', ['市民政局'], ['市财政局']]]);
    expect(report.lines.some((l) => l.kind === 'headerDropped' && l.line === 3)).toBe(true);
  });
});
