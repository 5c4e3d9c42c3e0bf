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

  it('is still refused where no task stands above it', () => {
    expect(() => read([doc[0]!, doc[1]!, doc[3]!])).toThrow(/BAD_ROW|no task/);
  });
});
