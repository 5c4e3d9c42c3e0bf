// Specification: a PDF's text items, placed by position, become the same rows and lines every other format yields.
import { describe, expect, it } from 'vitest';
import { importSource } from '../../seeds/import';
import { blocksFromPositions, type PositionedText } from '../../seeds/formats/pdf';

/** One piece of text at (x, y) on page 1, 8 points high, as wide as its characters. */
const at = (x: number, y: number, text: string, page = 1): PositionedText => ({ page, x, y, width: [...text].length * 8, height: 8, text });

describe('rows rebuilt from text positions', () => {
  const header = [at(40, 500, '序号'), at(100, 500, '工'), at(124, 500, '作'), at(148, 500, '任'), at(172, 500, '务'), at(300, 500, '牵头单位'), at(420, 500, '配合单位'), at(540, 500, '完成时限')];

  it('reads a header spaced out into single characters (工　　作　　任　　务) as one column word per cell', () => {
    const [first] = blocksFromPositions(header);
    expect(first).toMatchObject({ kind: 'row', cells: ['序号', '工 作 任 务', '牵头单位', '配合单位', '完成时限'], line: 1 });
  });

  it('puts each piece in the column its x falls in, keeps a space between separated units, and leaves a lone paragraph after the table as text', () => {
    const items = [...header, at(40, 488, '1'), at(100, 488, '建成智慧平台'), at(300, 488, '区数据局'), at(420, 488, '区财政局'), at(500, 488, '各街道'), at(540, 488, '12月底前'), at(40, 470, '（此件公开发布）')];
    const blocks = blocksFromPositions(items);
    expect(blocks[1]).toMatchObject({ kind: 'row', cells: ['1', '建成智慧平台', '区数据局', '区财政局 各街道', '12月底前'], line: 2, origin: 'textTable' });
    expect(blocks[2]).toEqual({ kind: 'text', text: '（此件公开发布）', line: 3, indented: false });
  });

  it('imports a cell wrapped onto the next line into its task, the wrap reported as a merged row', () => {
    const items = [
      at(40, 520, '2023年重点任务分解表'),
      ...header,
      at(40, 488, '1'),
      at(100, 488, '建成智慧'),
      at(300, 488, '区数据局'),
      at(420, 488, '区财政局、'),
      at(540, 488, '2023年12月'),
      at(100, 478, '平台'),
      at(420, 478, '各街道'),
      at(540, 478, '底前'),
    ];
    const { plan, report } = importSource({ format: 'pdf', blocks: blocksFromPositions(items) }, new Uint8Array(), 'wrapped.pdf');
    expect(plan.tasks).toHaveLength(1);
    expect(plan.tasks[0]).toMatchObject({ text: '建成智慧平台', leadUnits: ['区数据局'], assistingUnits: ['区财政局', '各街道'] });
    expect(plan.tasks[0]?.schedule.spec).toMatchObject({ kind: 'by', targets: [{ due: '2023-12-31T23:59:59+08:00' }] });
    expect(report.lines).toContainEqual(expect.objectContaining({ kind: 'rowMerged', line: 4 }));
  });

  it('numbers lines in reading order over the pages, top to bottom', () => {
    const blocks = blocksFromPositions([at(40, 300, '第二页', 2), at(40, 500, '第一页第二行'), at(40, 520, '第一页第一行')]);
    expect(blocks.map((b) => (b.kind === 'text' ? [b.line, b.text] : null))).toEqual([
      [1, '第一页第一行'],
      [2, '第一页第二行'],
      [3, '第二页'],
    ]);
  });
});
