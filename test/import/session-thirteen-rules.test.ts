// Specification: rules of the genre written in session thirteen — a list printing no title, number or date takes the year its text prints most for its year-less dates, and says so.
import { describe, expect, it } from 'vitest';
import { dueDay } from '../../seeds/corpus';
import { readLines as read } from '../support/read-lines';

describe('a list that prints its year only in its text', () => {
  // a table copied on its own: no title, no number, no date; only the work names the year
  const table = (...rows: string[]) => ['序号\t工作任务\t完成时限\t责任单位', ...rows];

  it('dates 12月底前 / 5月底 by the year the text prints most, and reports that year and the line it first stands on as a guess', () => {
    const { plan, report } = read(table('1\t精心策划2019年观花活动\t5月底\t旅游股', '2\t办好2019年文化惠民演出，较2018年增长10%\t12月底前\t文化馆', '3\t完成2019年非遗展厅布展\t12月底前\t羌研会'));
    expect(plan.tasks.map(dueDay)).toEqual(['2019-05-31', '2019-12-31', '2019-12-31']);
    const guess = report.lines.find((l) => l.kind === 'metadataDefault' && l.raw === '2019');
    expect(guess?.line).toBe(2);
    expect(guess?.decision).toMatch(/出现最多的年份 2019.*a guess/);
    // the issue date is not claimed to be printed: it is said to come from that year
    expect(plan.issuedOn).toBe('2019-04-01');
  });

  it('takes the first of the years printed equally often', () => {
    const { plan } = read(table('1\t巩固2020年成果\t12月底前\t甲局', '2\t完成2021年目标\t12月底前\t乙局'));
    expect(plan.tasks.map(dueDay)).toEqual(['2020-12-31', '2020-12-31']);
  });

  it('never overrules the year a title prints', () => {
    const { plan, report } = read(['某县2023年重点工作任务分解表', ...table('1\t对标2019年先进地区，巩固2019年、2020年成果\t12月底前\t县发改局')]);
    expect(plan.tasks.map(dueDay)).toEqual(['2023-12-31']);
    expect(report.lines.some((l) => /出现最多的年份/.test(l.decision))).toBe(false);
  });

  it('still refuses a list that prints no year anywhere, asking for its issue date', () => {
    expect(() => read(table('1\t办好文化惠民演出\t12月底前\t文化馆'))).toThrow(/NO_ISSUE_DATE|no issue date and no year/);
  });
});
