// Specification: rules of the genre the eleventh held-out round showed — traditional script folded for every word the readers know, towns named by their own name, and tables whose cells a copy spreads over rows and paragraphs.
import { describe, expect, it } from 'vitest';
import { dueDay } from '../../seeds/corpus';
import { readLines as read, rolesOf as roles } from '../support/read-lines';

describe('a copy in traditional script', () => {
  it('says 分別負責 for 分别负责: a role word, no part of the name before it', () => {
    expect(roles(['2021年重點工作任務分工', '1.推進營商環境改革。(市政府各部門分別負責)'])).toEqual([[['市政府各部門'], []]]);
  });

  it('says 年內持續推進 for 年内持续推进: work carried on through the year, no deadline at its end', () => {
    const task = read(['2021年重點工作任務分工', '1.推進營商環境改革。(市發展改革委牽頭,年內持續推進)']).plan.tasks[0]!;
    expect([task.leadUnits, task.schedule.spec.kind, dueDay(task)]).toEqual([['市發展改革委'], 'ongoing', null]);
  });

  it('still dates 年內完成 by the year’s end, as in simplified script', () => {
    expect(dueDay(read(['2021年重點工作任務分工', '1.推進營商環境改革。(市發展改革委牽頭,年內完成)']).plan.tasks[0]!)).toBe('2021-12-31');
  });
});

describe('a town named by its own name in a county’s list', () => {
  it('is given no level carried down the list (县住建局、凤城镇 → 凤城镇)', () => {
    expect(roles(['2021年为民办实事', '1.改造老旧小区。主办单位:县城投公司,协办单位:县住建局、凤城镇。'])).toEqual([[['县城投公司'], ['县住建局', '凤城镇']]]);
  });

  it('leaves the level to the departments after it, and so for a 街道 and a 乡人民政府', () => {
    expect(roles(['2021年重点工作', '1.整治道路。(责任单位:县交通局、城关街道、水利局、东坝乡人民政府)'])).toEqual([[['县交通局'], ['城关街道', '县水利局', '东坝乡人民政府']]]);
  });
});

describe('a | row holding only the second line of the work cell above', () => {
  const doc = ['2023年民生实事进展情况', '序号 | 工作任务 | 责任单位 | 一季度目标 | 目标完成情况 |', '1 | 新改扩建中小学校1所 | 教体局 | 主体施工 | 顺利推进 |', '新增学位810个 | ||||', '2 | 新建幼儿园2所 | 教体局 | 完成设计 | 顺利推进 |'];

  it('is part of that task, not a row of its own, and is reported', () => {
    const { plan, report } = read(doc);
    expect(plan.tasks.map((t) => [t.leadUnits, t.text.includes('新增学位810个')])).toEqual([
      [['教体局'], true],
      [['教体局'], false],
    ]);
    expect(report.lines.filter((l) => l.kind === 'rowMerged').map((l) => [l.taskNo, l.line])).toEqual([['1', 4]]);
  });

  it('is so in a copy that turned the | rows to tab rows', () => {
    const tabs = doc.map((l) => (l.includes(' | ') ? l.replace(/\|\s*$/, '').split('|').map((c) => c.trim()).join('\t') : l));
    expect(read(tabs).plan.tasks.map((t) => t.text.includes('新增学位810个'))).toEqual([true, false]);
  });

  it('is still refused where no task stands above it', () => {
    expect(() => read([doc[0]!, doc[1]!, doc[3]!])).toThrow(/BAD_ROW|no task/);
  });
});

/** A table copied one cell a paragraph, a blank line after each. */
const paragraphs = (...cells: string[]): string[] => cells.flatMap((c) => [c, '']);

describe('a table copied one cell a paragraph whose header cells wrapped inside their cells', () => {
  const doc = [
    '2024年镇重点工作计划执行情况',
    '',
    ...paragraphs('序号', '重点工作', '责任', '领导', '责任', '科室', '目标', '任务', '季度', '完成情况'),
    ...paragraphs('1', '推进水库建设', '张三', '水利站', '完成大坝建设。', '大坝完成60%。'),
    ...paragraphs('2', '创建美丽城镇', '李四', '建设办', '通过省级验收。', '已提交材料。'),
  ];

  it('reads each wrapped cell as one column: the person is no unit, the 科室 leads, and it is reported', () => {
    const { plan, report } = read(doc);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([
      [['水利站'], []],
      [['建设办'], []],
    ]);
    expect(report.lines.filter((l) => l.kind === 'headerDropped').map((l) => l.decision.includes('责任领导、责任科室、目标任务、季度完成情况'))).toEqual([true]);
  });

  it('leaves a header whose paragraphs the rows match as printed (no repair reported)', () => {
    const plain = ['2024年重点工作', '', ...paragraphs('序号', '重点工作', '责任领导', '责任单位', '完成时限'), ...paragraphs('1', '推进水库建设', '张三', '县水利局', '2024年6月底前')];
    const { plan, report } = read(plain);
    expect([plan.tasks[0]?.leadUnits, report.lines.some((l) => l.kind === 'headerDropped')]).toEqual([['县水利局'], false]);
  });
});

describe('a header whose second row, naming the columns under a cell that spans them, is printed after the first', () => {
  const doc = [
    '2023年区政府重点工作任务',
    '',
    ...paragraphs('序号', '重点工作', '推进措施', '完成时限', '牵头单位', '责任单位', '牵头区领导', '备注', '工作', '内容', '主要任务'),
    ...paragraphs('1', '一、主要预期目标', '1.地区生产总值', '增长8%左右', '2023年12月底前', '区发展改革委', '区财政局、区统计局', '王五'),
  ];

  it('puts the sub-columns in the spanning cell’s place; the row’s heading-like first cell is a cell, not a section; reported', () => {
    const { plan, report } = read(doc);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits, dueDay(t)])).toEqual([[['区发展改革委'], ['区财政局', '区统计局'], '2023-12-31']]);
    expect(report.lines.filter((l) => l.kind === 'headerDropped').map((l) => l.decision.includes('序号、工作内容、主要任务、推进措施'))).toEqual([true]);
  });

  it('reads the same with its blank lines lost: one row run together, its empty last cell printing no line', () => {
    expect(read(doc.filter((l) => l !== '')).plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([[['区发展改革委'], ['区财政局', '区统计局']]]);
  });
});

describe('an unnumbered paragraph whose labels follow it after several blank lines (a copy with a blank line after every line)', () => {
  it('is an item, as with one blank line between', () => {
    const lines = ['2019年重点工作', '', '重点工作:推进区域协同发展。', '', '     ', '', '牵头单位:市发展改革委'];
    expect(roles(lines)).toEqual([[['市发展改革委'], []]]);
  });
});
