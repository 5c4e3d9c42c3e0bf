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
    const { plan, report } = read(['2024年重点任务分解表', '序号\t备注\t项目\t牵头单位', '1\t续建\t新建社区食堂20个。\t区民政局']);
    expect(plan.tasks.map((t) => [t.text, t.leadUnits])).toEqual([['新建社区食堂20个。', ['区民政局']]]);
    expect(report.lines.some((l) => l.kind === 'columnInferred' && l.decision.includes('「项目」'))).toBe(true);
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
