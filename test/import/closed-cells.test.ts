// Specification: a web table copied a cell a line, each cell closed by a line of `|`; numbered work under one spanning 序号; names marked ★.
import { describe, expect, it } from 'vitest';
import { dueDay } from '../../seeds/corpus';
import { readLines as read } from '../support/read-lines';

/** Each cell on its line, closed by a `|` line; `pad` closes that many empty cells after the row (cells spanning it from above). */
const row = (cells: string[], pad = 0): string[] => [...cells.flatMap((c) => (c === '' ? ['|'] : [c, '|'])), ...(pad > 0 ? ['|'.repeat(pad)] : [])];

const header = ['2024年重点工作任务分解表', ...row(['序号', '工作任务', '牵头单位', '配合单位', '完成时限'])];

describe('a table whose cells are each closed by a line of |', () => {
  const doc = [
    ...header,
    ...row(['一、民生保障'], 4),
    ...row(['1', '新建社区食堂20个。', '区民政局', '区财政局、各街道', '2024年9月底前']),
    ...row(['2', '改造老旧小区10个。', '区住建局', '', '2024年12月底前']),
  ];

  it('reads every row as a task, with its units and time, and the heading row as a section', () => {
    const { plan } = read(doc);
    expect(plan.tasks.map((t) => [t.no, t.text, t.leadUnits, t.assistingUnits, dueDay(t)])).toEqual([
      ['1', '新建社区食堂20个。', ['区民政局'], ['区财政局', '各街道'], '2024-09-30'],
      ['2', '改造老旧小区10个。', ['区住建局'], [], '2024-12-31'],
    ]);
    expect(plan.sections.map((s) => s.title)).toEqual(['一、民生保障']);
  });

  it('gives a row that printed fewer cells (the rest closed empty at its end) the cells spanning it from above, reported', () => {
    // the second row prints its work and its lead only: 配合单位 and 完成时限 span it from the first
    const { plan, report } = read([...header, ...row(['1', '新建社区食堂20个。', '区民政局', '区财政局', '2024年9月底前']), ...row(['2', '新建托育点5个。', '区卫健委'], 2)]);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([
      [['区民政局'], ['区财政局']],
      [['区卫健委'], ['区财政局']],
    ]);
    expect(plan.tasks[1]?.schedule.raw).toBe('2024年9月底前');
    expect(report.lines.some((l) => l.kind === 'leadInferred' && l.taskNo === '2' && l.decision.includes('合并单元格'))).toBe(true);
  });

  it('places a short row\'s last cell in the last column and its first in the work\'s', () => {
    // 牵头领导 spans the second row: its cells are the work and the units only
    const doc2 = [
      '2024年重点工作任务分解表',
      ...row(['序号', '重点工作', '牵头领导', '责任单位']),
      ...row(['1', '1.地区生产总值增长5%。', '张 三', '区发改委、区统计局']),
      ...row(['2.一般公共预算收入增长6%。', '区财政局、区税务局'], 2),
    ];
    const { plan } = read(doc2);
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, t.assistingUnits])).toEqual([
      ['1', ['区发改委'], ['区统计局']],
      ['1.2', ['区财政局'], ['区税务局']],
    ]);
  });

  it('is not taken for a table when the lines of | are few (a page quoting one)', () => {
    const { plan } = read(['2024年工作要点', '一、加快养老服务发展', '1.新建社区食堂20个。（区民政局牵头，区财政局配合）', '|', '2.改造老旧小区10个。（区住建局牵头）']);
    expect(plan.tasks.map((t) => t.leadUnits)).toEqual([['区民政局'], ['区住建局']]);
  });
});

describe('numbered work under one spanning 序号', () => {
  it('makes each row that numbers its work on and names its own units a task of its own, numbered under the 序号, reported', () => {
    const { plan, report } = read([
      ...header,
      ...row(['1', '1.新建社区食堂20个。', '区民政局', '区财政局', '2024年9月底前']),
      ...row(['2.新建托育点5个。', '区卫健委', '区财政局', '2024年12月底前'], 1),
    ]);
    expect(plan.tasks.map((t) => [t.no, t.leadUnits])).toEqual([
      ['1', ['区民政局']],
      ['1.2', ['区卫健委']],
    ]);
    expect(report.lines.some((l) => l.kind === 'numberInferred' && l.taskNo === '1.2')).toBe(true);
  });

  it('keeps a row without a number of its own, or without units of its own, a step of the task above', () => {
    const { plan, report } = read([
      ...header,
      ...row(['1', '新建社区食堂20个。', '区民政局', '区财政局', '2024年9月底前']),
      ...row(['完成验收。', '', '', '2024年12月底前'], 1),
    ]);
    expect(plan.tasks.map((t) => [t.no, t.text])).toEqual([['1', '新建社区食堂20个。完成验收。']]);
    expect(report.lines.some((l) => l.kind === 'rowMerged')).toBe(true);
  });
});

describe('a mark against names in a unit list', () => {
  const doc = (units: string) => ['2024年重点工作任务分解表', '序号\t工作任务\t责任单位', `1\t新建社区食堂20个。\t${units}`];

  it('makes the marked names lead and the rest assist, the mark no part of a name, reported as a guess', () => {
    const { plan, report } = read(doc('区财政局、★区民政局、各街道'));
    expect([plan.tasks[0]?.leadUnits, plan.tasks[0]?.assistingUnits]).toEqual([['区民政局'], ['区财政局', '各街道']]);
    expect(report.lines.some((l) => l.kind === 'leadInferred' && l.decision.includes('标有符号'))).toBe(true);
  });

  it('reads a mark after a name as one before it', () => {
    expect(read(doc('区财政局、区民政局*')).plan.tasks[0]?.leadUnits).toEqual(['区民政局']);
  });

  it('drops a mark every name carries: then the first listed is the guess, as without marks', () => {
    const { plan, report } = read(doc('★区民政局、★区财政局'));
    expect([plan.tasks[0]?.leadUnits, plan.tasks[0]?.assistingUnits]).toEqual([['区民政局'], ['区财政局']]);
    expect(report.lines.some((l) => l.kind === 'leadInferred' && l.decision.includes('first listed'))).toBe(true);
  });
});

describe('a header with two columns that name the work', () => {
  it('takes the one named most fully for the work, the bare word beside it for a category', () => {
    const { plan } = read(['2024年重点工作任务分解表', '序号\t项目\t重点工作目标任务\t责任单位', '1\t民生\t新建社区食堂20个。\t区民政局']);
    expect(plan.tasks[0]?.text).toBe('新建社区食堂20个。');
  });
});
