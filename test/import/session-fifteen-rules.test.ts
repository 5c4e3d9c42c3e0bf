// Specification: rules of the genre written in session fifteen — a breakdown table of levels with no 序号 (建设任务 · 工作事项 ·
// 工作指标 · 任务清单 · 责任清单 · 时限清单), whose higher levels span the rows under them and whose steps continue the task above;
// villages as units; two names run together; a table whose first columns are empty in every row.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importDocument, importFile } from '../../seeds';
import { dueDay } from '../../seeds/corpus';
import { readLines as read } from '../support/read-lines';

const header = '建设任务 | 工作事项 | 工作指标 | 任务清单 | 责任清单 | 时限清单 |';

describe('a breakdown of levels printed as a `|` table with no 序号', () => {
  it('reads the three lists: 责任清单 names the units, 时限清单 the time, the 任务清单 holds the steps of the 工作指标, which is the task', () => {
    const { plan } = read([
      '某镇2025年防汛防台体系建设任务',
      header,
      '(一)组织指挥 | 1.组织机构 | (1)镇党政主要负责人是防汛第一责任人。 | 1.落实行政首长负责制; 2.明确职责清单; | 党政办 应急站 | 4月 |',
    ]);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits, dueDay(t)])).toEqual([[['党政办'], ['应急站'], '2025-04-30']]);
    expect(plan.tasks[0]?.text).toBe('镇党政主要负责人是防汛第一责任人。');
    expect(plan.tasks[0]?.measures).toContain('落实行政首长负责制');
  });

  it('places a row that lost its first cells to the levels above by where its cells fit: the unit names under 责任清单, the time under 时限清单', () => {
    const { plan, report } = read([
      '某镇2025年防汛防台体系建设任务',
      header,
      '(一)组织指挥 | 1.组织机构 | (1)镇党政主要负责人是防汛第一责任人。 | 1.落实行政首长负责制; | 党政办 | 4月 |',
      '(2)应急站承担统筹协调工作。 | 1.明确防汛联络员; | 应急站 | 5月 |',
      '(3)村(社区)建立应急工作组。 | 1.明确应急工作小组; | 村(社区) | 6月 |',
    ]);
    expect(plan.tasks.map((t) => [t.text, t.leadUnits, dueDay(t)])).toEqual([
      ['镇党政主要负责人是防汛第一责任人。', ['党政办'], '2025-04-30'],
      ['应急站承担统筹协调工作。', ['应急站'], '2025-05-31'],
      ['村(社区)建立应急工作组。', ['村(社区)'], '2025-06-30'],
    ]);
    expect(report.lines.filter((l) => l.kind === 'cellsAligned').map((l) => l.line)).toEqual([4, 5]);
  });

  it('reads a row printing only a further step and its units as a step of the task above, its merged time not read twice', () => {
    const { plan, report } = read([
      '某镇2025年防汛防台体系建设任务',
      header,
      '(一)组织指挥 | 1.组织机构 | (1)村(社区)防汛职责融入网格。 | 1.明确网格员防汛职责; | 综治办 应急站 | 4月 |',
      '2.补充设置水利工程巡查员; | 农村办 国土所 |',
    ]);
    expect(plan.tasks).toHaveLength(1);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits, t.schedule.raw])).toEqual([[['综治办'], ['应急站', '农村办', '国土所'], '4月']]);
    expect(plan.tasks[0]?.text).toBe('村(社区)防汛职责融入网格。');
    expect(plan.tasks[0]?.measures).toContain('补充设置水利工程巡查员');
    expect(report.lines.find((l) => l.kind === 'rowMerged')?.decision).toContain('「工作指标」单元格跨行');
  });

  it('keeps a row that prints its own 工作指标 a task of its own, and a row with no number in a table with 序号 as before', () => {
    const { plan } = read([
      '某镇2025年防汛防台体系建设任务',
      header,
      '(一)组织指挥 | 1.组织机构 | (1)明确第一责任人。 | 1.落实负责制; | 党政办 | 4月 |',
      '(2)明确专人负责。 | 1.明确联络员; | 应急站 | 4月 |',
    ]);
    expect(plan.tasks.map((t) => t.leadUnits)).toEqual([['党政办'], ['应急站']]);
  });
});

describe('the villages of a township as units', () => {
  it('reads 村(社区) and 各村 as units, never a name that merely ends in 村', () => {
    const { plan } = read(['某镇2025年重点工作', '1.开展美丽乡村建设。(牵头单位:农业站;配合单位:村(社区)、各社区)']);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([[['农业站'], ['村(社区)', '各社区']]]);
  });
});

describe('two names a copy ran together, each printed alone elsewhere in the list', () => {
  const lines = (cell: string) => ['某县2019年文化旅游工作任务', '序号\t工作任务\t责任股室', '1\t免费开放。\t文化宣传股、文化馆、图书馆', `2\t惠民演出。\t${cell}`];

  it('splits 文化宣传股文化馆 into the two units the list prints apart: the first leads, the other assists, reported', () => {
    const { plan, report } = read(lines('文化宣传股文化馆'));
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])[1]).toEqual([['文化宣传股'], ['文化馆']]);
    expect(report.lines.find((l) => l.kind === 'unitRepaired' && l.taskNo === '2')?.decision).toContain('文件别处分别单列');
  });

  it('keeps a name whole when one part is not printed alone, or when it is a body and its office (县政府办公室)', () => {
    expect(read(lines('文化宣传股非遗中心')).plan.tasks[1]?.leadUnits).toEqual(['文化宣传股非遗中心']);
    const office = read(['某县2019年重点工作', '序号\t工作任务\t责任单位', '1\t办好实事。\t县政府、办公室', '2\t抓好督查。\t县政府办公室']);
    expect(office.plan.tasks[1]?.leadUnits).toEqual(['县政府办公室']);
  });
});

describe('a table whose first columns are empty in every row', () => {
  const rows = [
    ['序号', '工作任务', '牵头单位', '完成时限'],
    ['1', '建设平台。', '区数据局', '9月底前'],
    ['2', '上线应用。', '区民政局', '12月底前'],
  ];
  const expected = [
    [['区数据局'], '2022-09-30'],
    [['区民政局'], '2022-12-31'],
  ];

  it('reads a sheet whose table starts at column C as the table, reported once', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('任务');
    sheet.getCell('C1').value = '2022年重点工作任务分解';
    rows.forEach((cells, r) => cells.forEach((v, c) => (sheet.getRow(r + 2).getCell(c + 3).value = v)));
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { plan, report } = await importFile(bytes, 'margin.xlsx');
    expect(plan.tasks.map((t) => [t.leadUnits, dueDay(t)])).toEqual(expected);
    expect(report.lines.filter((l) => l.kind === 'cellsAligned' && l.decision.includes('左侧 2 列为空')).map((l) => l.line)).toEqual([2]);
  });

  it('reads a tab copy with an empty margin column, and leaves a table alone where one row opens with a word', () => {
    const { plan } = read(['2022年重点工作任务分解', ...rows.map((r) => `\t${r.join('\t')}`)]);
    expect(plan.tasks.map((t) => [t.leadUnits, dueDay(t)])).toEqual(expected);
    // a row under a merged 序号 opens empty; the header does not, so no column is dropped
    const merged = read(['2022年重点工作任务分解', ...rows.map((r) => r.join('\t')), '\t上线后运维。\t区民政局\t12月底前']);
    expect(merged.report.lines.some((l) => l.decision.includes('列为空'))).toBe(false);
  });
});

describe('a workbook whose cells are merged across columns', () => {
  const put = (sheet: ExcelJS.Worksheet, r: number, cells: string[]) => cells.forEach((v, c) => v !== '' && (sheet.getRow(r).getCell(c + 1).value = v));

  it('prints a title or a note merged across the sheet once: the title is the plan\'s, the note is no task', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('任务');
    put(sheet, 1, ['2022年重点工作任务分解表']);
    sheet.mergeCells('A1:D1');
    put(sheet, 2, ['序号', '工作任务', '牵头单位', '完成时限']);
    put(sheet, 3, ['1', '建设平台。', '区数据局', '9月底前']);
    put(sheet, 4, ['2', '上线应用。', '区民政局', '12月底前']);
    put(sheet, 5, ['注：各单位每月25日前报送进展。']);
    sheet.mergeCells('A5:D5');
    const { plan } = await importFile(new Uint8Array(await workbook.xlsx.writeBuffer()), 'merged.xlsx');
    expect(plan.title).toBe('2022年重点工作任务分解表');
    expect(plan.tasks.map((t) => t.leadUnits)).toEqual([['区数据局'], ['区民政局']]);
  });

  it('reads a two-row header whose 责任单位 spans 牵头单位 · 配合单位 and whose other words are merged down over both rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('任务');
    put(sheet, 1, ['2022年重点工作任务分解表']);
    put(sheet, 2, ['序号', '工作任务', '责任单位', '', '完成时限']);
    put(sheet, 3, ['', '', '牵头单位', '配合单位', '']);
    for (const range of ['A2:A3', 'B2:B3', 'C2:D2', 'E2:E3']) sheet.mergeCells(range);
    put(sheet, 4, ['1', '建设平台。', '区数据局', '区财政局', '9月底前']);
    put(sheet, 5, ['2', '上线应用。', '区民政局', '区数据局', '12月底前']);
    const { plan } = await importFile(new Uint8Array(await workbook.xlsx.writeBuffer()), 'header.xlsx');
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits, dueDay(t)])).toEqual([
      [['区数据局'], ['区财政局'], '2022-09-30'],
      [['区民政局'], ['区数据局'], '2022-12-31'],
    ]);
  });
});

describe('a section title across a whole table row', () => {
  it('reads `<td colspan="4">一、数字政府</td>` as the section of the rows below it, a title row above the header as the title, a note row below as no task', () => {
    const html = `<table><tr><td colspan="4">2022年重点工作任务分解表</td></tr>
      <tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>完成时限</td></tr>
      <tr><td colspan="4">一、数字政府</td></tr>
      <tr><td>1</td><td>建设平台。</td><td>区数据局</td><td>9月底前</td></tr>
      <tr><td colspan="4">二、民生保障</td></tr>
      <tr><td>2</td><td>上线应用。</td><td>区民政局</td><td>12月底前</td></tr>
      <tr><td colspan="4">注：各单位每月25日前报送进展。</td></tr></table>`;
    const { plan } = importDocument(html, 'sections.html');
    expect(plan.title).toBe('2022年重点工作任务分解表');
    expect(plan.sections.map((s) => s.title)).toEqual(['一、数字政府', '二、民生保障']);
    expect(plan.tasks.map((t) => [t.no, t.section, t.leadUnits])).toEqual([
      ['1', '一', ['区数据局']],
      ['2', '二', ['区民政局']],
    ]);
  });

  it('reads a Word table whose section rows span its four columns (w:gridSpan) the same way', async () => {
    const tc = (t: string, span = 1) => `<w:tc><w:tcPr>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}</w:tcPr><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`;
    const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
    const rows = [tr(tc('序号'), tc('工作任务'), tc('牵头单位'), tc('完成时限')), tr(tc('一、数字政府', 4)), tr(tc('1'), tc('建设平台。'), tc('区数据局'), tc('9月底前')), tr(tc('二、民生保障', 4)), tr(tc('2'), tc('上线应用。'), tc('区民政局'), tc('12月底前'))];
    const zip = new JSZip();
    zip.file('word/document.xml', `<w:document><w:body><w:p><w:r><w:t>2022年重点工作任务分解表</w:t></w:r></w:p><w:tbl>${rows.join('')}</w:tbl></w:body></w:document>`);
    const { plan } = await importFile(await zip.generateAsync({ type: 'uint8array' }), 'sections.docx');
    expect(plan.tasks.map((t) => [t.section, t.leadUnits])).toEqual([
      ['一', ['区数据局']],
      ['二', ['区民政局']],
    ]);
  });

  it('keeps a row whose 序号 cell holds a numeral like a section\'s beside cells of its own a row of the table, not a section', () => {
    const { plan } = read(['2022年重点工作任务分解表', '序号\t工作任务\t牵头单位\t完成时限', '1\t建设平台。\t区数据局\t9月底前', '二、\t上线应用。\t\t12月底前']);
    expect(plan.sections).toEqual([]);
    expect(plan.tasks.map((t) => t.text)).toEqual(['建设平台。', '上线应用。']);
  });
});

describe('a workbook of several sheets', () => {
  it('reads every sheet with content in order: a cover sheet of notes before the list, then a sheet per section, the header repeated on each', async () => {
    const workbook = new ExcelJS.Workbook();
    const put = (sheet: ExcelJS.Worksheet, r: number, cells: string[]) => cells.forEach((v, c) => (sheet.getRow(r).getCell(c + 1).value = v));
    put(workbook.addWorksheet('说明'), 1, ['填表说明：请各单位于每月25日前更新进展。']);
    const first = workbook.addWorksheet('经济发展');
    put(first, 1, ['2022年重点工作任务分解表']);
    put(first, 2, ['序号', '工作任务', '牵头单位', '完成时限']);
    put(first, 3, ['1', '建设平台。', '区数据局', '9月底前']);
    const second = workbook.addWorksheet('民生保障');
    put(second, 1, ['序号', '工作任务', '牵头单位', '完成时限']);
    put(second, 2, ['2', '上线应用。', '区民政局', '12月底前']);
    const { plan } = await importFile(new Uint8Array(await workbook.xlsx.writeBuffer()), 'sheets.xlsx');
    expect(plan.title).toBe('2022年重点工作任务分解表');
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, dueDay(t)])).toEqual([
      ['1', ['区数据局'], '2022-09-30'],
      ['2', ['区民政局'], '2022-12-31'],
    ]);
  });
});

describe("Word's automatic numbering", () => {
  const p = (t: string, numId = '', ilvl = 0) => `<w:p>${numId ? `<w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>` : ''}<w:r><w:t>${t}</w:t></w:r></w:p>`;
  const lvl = (ilvl: number, format: string, text: string) => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
  const numbering = `<w:numbering><w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'decimal', '%2.')}</w:abstractNum><w:abstractNum w:abstractNumId="1">${lvl(0, 'decimal', '%1.')}</w:abstractNum><w:abstractNum w:abstractNumId="2">${lvl(0, 'bullet', '•')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num></w:numbering>`;
  const docx = async (body: string): Promise<Uint8Array> => {
    const zip = new JSZip();
    zip.file('word/document.xml', `<w:document><w:body>${body}</w:body></w:document>`);
    zip.file('word/numbering.xml', numbering);
    return zip.generateAsync({ type: 'uint8array' });
  };

  it('prints the numbers Word shows but the text does not hold: 一、 for the sections, 1. 2. under each, counted again after a section', async () => {
    const body = [p('某区2022年重点工作任务分工'), p('数字政府', '1', 0), p('建设数据平台。', '1', 1), p('牵头单位：区数据局'), p('上线便民应用。', '1', 1), p('牵头单位：区政务服务中心'), p('民生保障', '1', 0), p('办好养老服务。', '1', 1), p('牵头单位：区民政局'), p('一项说明。', '3')].join('');
    const { plan } = await importFile(await docx(body), 'numbered.docx');
    expect(plan.sections.map((s) => s.title)).toEqual(['一、数字政府', '二、民生保障']);
    expect(plan.tasks.map((t) => [t.no, t.printedNo, t.leadUnits])).toEqual([
      ['1-1', '一1', ['区数据局']],
      ['1-2', '一2', ['区政务服务中心']],
      ['2-1', '二1', ['区民政局']],
    ]);
  });

  it('gives an auto-numbered 序号 cell its number without the closing mark', async () => {
    const tc = (t: string, numId = '') => `<w:tc>${p(t, numId)}</w:tc>`;
    const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
    const body = `${p('某区2022年重点工作')}<w:tbl>${tr(tc('序号'), tc('工作任务'), tc('牵头单位'))}${tr(tc('', '2'), tc('建设平台。'), tc('区数据局'))}${tr(tc('', '2'), tc('上线应用。'), tc('区民政局'))}</w:tbl>`;
    const { plan, report } = await importFile(await docx(body), 'cells.docx');
    expect(plan.tasks.map((t) => [t.printedNo, t.leadUnits])).toEqual([
      ['1', ['区数据局']],
      ['2', ['区民政局']],
    ]);
    expect(report.lines.some((l) => l.kind === 'numberInferred')).toBe(false);
  });
});

describe('a page laid out in tables', () => {
  const list = `<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>完成时限</td></tr>
    <tr><td>1</td><td>建设平台。</td><td>区数据局</td><td>9月底前</td></tr>
    <tr><td>2</td><td>上线应用。</td><td>区民政局</td><td>12月底前</td></tr></table>`;

  it('reads the list inside a site frame (a table of one or two cells a row holding the article) as the table, the frame\'s cells as text', () => {
    const html = `<table width="100%"><tr><td>首页</td><td>政务公开</td></tr><tr><td><p>2022年重点工作任务分解表</p>${list}<p>发布时间：2022-03-01</p></td></tr></table>`;
    const { plan } = importDocument(html, 'framed.html');
    expect(plan.title).toBe('2022年重点工作任务分解表');
    expect(plan.issuedOn).toBe('2022-03-01');
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, dueDay(t)])).toEqual([
      ['1', ['区数据局'], '2022-09-30'],
      ['2', ['区民政局'], '2022-12-31'],
    ]);
  });

  it('keeps a table of four columns a data table though a cell holds a small table of its own', () => {
    const html = `<p>2022年重点工作任务分解表</p><table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>完成时限</td></tr>
      <tr><td>1</td><td>建设平台。<table><tr><td>附：点位</td></tr></table></td><td>区数据局</td><td>9月底前</td></tr>
      <tr><td>2</td><td>上线应用。</td><td>区民政局</td><td>12月底前</td></tr></table>`;
    expect(importDocument(html, 'nested.html').plan.tasks.map((t) => t.leadUnits)).toEqual([['区数据局'], ['区民政局']]);
  });
});
