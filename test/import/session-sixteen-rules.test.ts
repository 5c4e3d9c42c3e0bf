// Specification: rules of the genre written in session sixteen — a table copied one cell a line (a web page's table, a Word
// table pasted as text) that prints no 序号 and numbers nothing: its rows found by what each paragraph holds.
import { describe, expect, it } from 'vitest';
import { MAX_UNNUMBERED } from '../../seeds/cell-rows';
import { dueDay } from '../../seeds/corpus';
import { readLines as read, refusal } from '../support/read-lines';

const header = ['南湖区2023年民生实事项目责任分解表', '工作任务', '牵头单位', '配合单位', '完成时限'];
const rows = (...cells: string[][]): string[] => [...header, ...cells.flat()];
const renovation = ['完成老旧小区改造12个。', '区住建局', '区财政局、各街道', '2023年12月底前'];
const library = ['新建城市书房5家。', '区文旅局', '区教育局', '2023年6月底前'];
const park = ['建成口袋公园3个。', '区城管局', '各街道', '2023年10月底前'];
const readings = (lines: string[]) => read(lines).plan.tasks.map((t) => [t.text, t.leadUnits, t.assistingUnits, dueDay(t)]);

describe('a table copied one cell a line with no 序号', () => {
  it('reads each row of as many paragraphs as the header has words, with or without blank lines between them', () => {
    const want = [
      ['完成老旧小区改造12个。', ['区住建局'], ['区财政局', '各街道'], '2023-12-31'],
      ['新建城市书房5家。', ['区文旅局'], ['区教育局'], '2023-06-30'],
      ['建成口袋公园3个。', ['区城管局'], ['各街道'], '2023-10-31'],
    ];
    expect(readings(rows(renovation, library, park))).toEqual(want);
    expect(readings(rows(renovation, library, park).flatMap((c) => [c, '']))).toEqual(want);
    // …and a row a group of lines, blank lines between the rows
    expect(readings([header[0] as string, '', ...header.slice(1), '', ...renovation, '', ...library, '', ...park])).toEqual(want);
  });

  it('gives a row that printed no unit cell the units of the row above (a merged cell printed once), reported', () => {
    const { plan, report } = read(rows(renovation, ['新建城市书房5家。', '2023年6月底前'], park));
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits, dueDay(t)])).toEqual([
      [['区住建局'], ['区财政局', '各街道'], '2023-12-31'],
      [['区住建局'], ['区财政局', '各街道'], '2023-06-30'],
      [['区城管局'], ['各街道'], '2023-10-31'],
    ]);
    expect(report.lines.filter((l) => l.kind === 'leadInferred').map((l) => [l.taskNo, l.decision])).toEqual([['2', '牵头单位为空（合并单元格），沿用上一行：区住建局；合并单元格跨行：配合单位沿用上一行']]);
    expect(report.lines.some((l) => l.kind === 'cellsAligned' && l.line === 10 && l.decision.includes('未印出的栏（牵头单位、配合单位）'))).toBe(true);
  });

  it('leaves a row that printed its lead but no assisting cell without assisting units, and the first row takes nothing from above', () => {
    const { plan, report } = read(rows(['完成老旧小区改造12个。', '区住建局', '2023年12月底前'], library));
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([
      [['区住建局'], []],
      [['区文旅局'], ['区教育局']],
    ]);
    // no line claims the first row took a cell from a row above it
    expect(report.lines.filter((l) => l.kind === 'leadInferred')).toEqual([]);
  });

  it('takes the first of names printed a line each under 牵头单位 · 配合单位 as the lead, the rest assisting, and says the split is not printed', () => {
    const { plan, report } = read(rows(['完成老旧小区改造12个。', '区住建局', '区财政局', '区发改局', '各街道', '2023年12月底前'], library));
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([
      [['区住建局'], ['区财政局', '区发改局', '各街道']],
      [['区文旅局'], ['区教育局']],
    ]);
    expect(report.lines.some((l) => l.kind === 'cellsAligned' && l.decision.includes('前一栏只取第一段'))).toBe(true);
  });

  it('reads a work cell wrapped over two paragraphs as one, and a section heading between rows as the section of the rows under it', () => {
    const { plan } = read([...header, '一、城市更新', '完成老旧小区改造12个，', '惠及居民3000户。', '区住建局', '区财政局、各街道', '2023年12月底前', '二、文化惠民', ...library]);
    expect(plan.tasks.map((t) => [t.section, t.text, t.leadUnits])).toEqual([
      ['一', '完成老旧小区改造12个，惠及居民3000户。', ['区住建局']],
      ['二', '新建城市书房5家。', ['区文旅局']],
    ]);
  });

  it('reads a category column spanning rows (printed in its first row only)', () => {
    const lines = ['南湖区2023年民生实事项目责任分解表', '类别', '工作任务', '牵头单位', '配合单位', '完成时限', '城市更新', ...renovation, ...park, '文化惠民', ...library];
    expect(readings(lines).map(([text, lead]) => [text, lead])).toEqual([
      ['完成老旧小区改造12个。', ['区住建局']],
      ['建成口袋公园3个。', ['区城管局']],
      ['新建城市书房5家。', ['区文旅局']],
    ]);
  });

  it('reads no task from the lines after the last row (a signature and a date), and says so', () => {
    const { plan, report } = read(rows(renovation, library).concat(['南湖区人民政府办公室', '2023年3月1日印发']));
    expect(plan.tasks).toHaveLength(2);
    expect(report.lines.filter((l) => l.kind === 'cellsAligned' && l.decision.includes('表格最后一行之后')).map((l) => l.line)).toEqual([14, 15]);
  });

  it('joins a header word a narrow cell wrapped (項目 over 名稱) and a column’s month under its word (進展情況 over (7月)); a report of work done is no unit', () => {
    const lines = ['項目', '名稱', '內容', '牽頭單位', '進展情況', '(7月)', '進展情況', '(10月)', '養老服務項目', '新增15家居家養老服務照料中心。', '區民政局', '已完成8家。', '已完成新增15家居家養老服務照料中心'];
    const { plan } = read(lines, { issuedOn: '2021-08-23' });
    expect(plan.tasks.map((t) => t.leadUnits)).toEqual([['區民政局']]);
  });

  it('takes no title line for a header word, nor a header whose first word stands before it (a number column of a word no list uses)', () => {
    const cells = ['某区城管局2024年重点工作任务', '条目', '重点工作内容', '牵头责任单位', '完成时限', '一', '开展市容整治', '区城管大队', '6月底前'];
    expect(refusal(() => read(cells)).code).toBe('UNKNOWN_LAYOUT');
  });

  it('refuses, naming the line and the bound, a table with no 序号 longer than it places (the placement costs time in its length)', () => {
    const err = refusal(() => read([...header, ...Array.from({ length: MAX_UNNUMBERED + 1 }, (_, i) => (i % 2 === 0 ? '完成改造。' : '区住建局'))]));
    expect([err.code, err.line]).toEqual(['BAD_ROW', 6]);
    expect(err.message).toContain(`up to ${MAX_UNNUMBERED} paragraphs`);
  });
});
