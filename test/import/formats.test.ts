// Specification: each seed written as HTML, CSV, an xlsx workbook, a Word document (.docx, and .doc where the file marks its rows) and a PDF imports to the same plan as its .txt.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../machines/plan';
import { importDocument, importFile, SEED_FILES } from '../../seeds';
import { ImportError } from '../../seeds/errors';
import { readOverridesFile, SEEDS_DIR } from '../../seeds/catalog';
import { planIdOf } from '../../seeds/metadata';
import { seedParts, toCsv, toDocx, toHtml, toXlsx } from '../support/seed-formats';
import { refusal } from '../support/read-lines';
import { seed } from '../support/seeds';
import { toPdf } from './pdf-writer';

/** What a plan says, leaving out where it came from (file, hash, lines, raw cells) and the spaces a format keeps or drops. */
function substance(plan: Plan): unknown {
  const squeeze = (s: string): string => s.replace(/\s+/g, '');
  return {
    title: squeeze(plan.title),
    issuer: plan.issuer,
    level: plan.level,
    issuedOn: plan.issuedOn,
    sections: plan.sections,
    units: plan.units.map((u) => u.id),
    conference: plan.conference,
    tasks: plan.tasks.map((t) => ({ no: t.no, section: t.section, text: squeeze(t.text), lead: t.leadUnits, assisting: t.assistingUnits, schedule: t.schedule.spec })),
  };
}

const FIXTURES = join(import.meta.dirname, 'fixtures');
const ids = SEED_FILES.map((f) => f.replace(/\.txt$/, ''));
const options = (id: string) => {
  const overrides = readOverridesFile(planIdOf(`${id}.txt`));
  return overrides === undefined ? {} : { overrides };
};

describe('the seeds in other formats', () => {
  it.each(ids)('reads %s written as an HTML page to the same plan', (id) => {
    const { plan } = importDocument(toHtml(seedParts(`${id}.txt`)), `${id}.html`, options(id));
    expect(substance(plan)).toEqual(substance(seed(id).plan));
  });

  it.each(ids)('reads %s written as CSV to the same plan', (id) => {
    const { plan } = importDocument(toCsv(seedParts(`${id}.txt`)), `${id}.csv`, options(id));
    expect(substance(plan)).toEqual(substance(seed(id).plan));
  });

  it.each(ids)('reads %s written as an xlsx workbook to the same plan', async (id) => {
    const { plan } = await importFile(await toXlsx(seedParts(`${id}.txt`)), `${id}.xlsx`, options(id));
    expect(substance(plan)).toEqual(substance(seed(id).plan));
  });

  it.each(ids)('reads %s written as a Word document to the same plan', async (id) => {
    const { plan } = await importFile(await toDocx(seedParts(`${id}.txt`)), `${id}.docx`, options(id));
    expect(substance(plan)).toEqual(substance(seed(id).plan));
  });

  it.each(ids)('reads %s written as a PDF (a CJK text layer, cells placed by position) to the same plan', async (id) => {
    const { plan } = await importFile(toPdf(seedParts(`${id}.txt`)), `${id}.pdf`, options(id));
    expect(substance(plan)).toEqual(substance(seed(id).plan));
  });

  // the .doc files are the seeds' HTML pages saved as Word 97–2003 by LibreOffice (scripts/make-doc-fixtures.ts): no npm library writes .doc
  it.each(ids.filter((id) => id !== 'taobei'))('reads %s saved as a Word 97–2003 .doc to the same plan', async (id) => {
    const { plan } = await importFile(readFileSync(join(FIXTURES, `${id}.doc`)), `${id}.doc`, options(id));
    expect(plan.source.file).toBe(`${id}.doc`);
    expect(substance(plan)).toEqual(substance(seed(id).plan));
  });

  it('reads a damaged .doc or refuses it by name — 60 copies of one with bytes overwritten, none crashing the reader', async () => {
    const base = readFileSync(join(FIXTURES, 'qinzhou-2015.doc'));
    let state = 7;
    const next = (): number => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const outcomes = new Set<string>();
    for (let k = 0; k < 60; k += 1) {
      const bytes = new Uint8Array(base);
      for (let j = 0, n = 1 + Math.floor(next() * 20); j < n; j += 1) bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
      const outcome = await importFile(bytes, 'damaged.doc').then(
        () => 'read',
        (err: unknown) => (err instanceof ImportError ? err.code : `not an ImportError: ${String(err)}`),
      );
      outcomes.add(outcome);
    }
    expect([...outcomes].filter((o) => o.startsWith('not an ImportError'))).toEqual([]);
    expect(outcomes).toContain('BINARY_DOCUMENT');
  });

  it('refuses a .doc whose table rows the file does not mark (LibreOffice wrote taobei\'s 77 rows as one run of cells), naming the line and what to do', async () => {
    await expect(importFile(readFileSync(join(FIXTURES, 'taobei.doc')), 'taobei.doc', options('taobei'))).rejects.toMatchObject({
      code: 'BINARY_DOCUMENT',
      line: 3,
      message: expect.stringContaining('save it as .docx'),
    });
  });

  it('refuses a broken .pdf and a broken .docx as unreadable, naming the file', async () => {
    await expect(importFile(new Uint8Array([0x25, 0x50, 0x44, 0x46]), 'plan.pdf')).rejects.toMatchObject({ code: 'BINARY_DOCUMENT', file: 'plan.pdf' });
    await expect(importFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), 'plan.docx')).rejects.toMatchObject({ code: 'BINARY_DOCUMENT' });
    await expect(importFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]), 'plan.doc')).rejects.toMatchObject({ code: 'BINARY_DOCUMENT', file: 'plan.doc' });
  });

  it.each(ids)('reads %s saved as GB18030 (GBK, Chinese Windows\' ANSI) and as UTF-16 with its mark (Windows\' Unicode) to the same plan, saying so', (id) => {
    const text = readFileSync(join(SEEDS_DIR, `${id}.txt`), 'utf8');
    for (const [bytes, encoding] of [
      [iconv.encode(text, 'gb18030'), 'GB18030'],
      [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'UTF-16LE'],
    ] as const) {
      const { plan, report } = importDocument(new Uint8Array(bytes), `${id}.txt`, options(id));
      expect(substance(plan)).toEqual(substance(seed(id).plan));
      expect(report.lines.filter((l) => l.kind === 'charactersNormalised' && l.decision.includes(`按 ${encoding} 编码读取`))).toHaveLength(1);
    }
  });

  it('refuses bytes that are neither UTF-8 nor GB18030 text, naming the offset, and keeps reading UTF-8 without a line on its encoding', () => {
    expect(refusal(() => importDocument(new Uint8Array([0x31, 0x2e, 0xe9, 0x20, 0x41]), 'latin1.txt'))).toMatchObject({ code: 'BINARY_DOCUMENT', message: expect.stringContaining('byte offset 2') });
    const { report } = importDocument(readFileSync(join(SEEDS_DIR, 'changzhou-2015.txt')), 'changzhou-2015.txt');
    expect(report.lines.some((l) => l.decision.includes('编码读取'))).toBe(false);
  });

  it('refuses the office files it does not read by what they are and what to save them as: .xls / .et workbooks, .wps documents, an Office 97–2003 file under another name', () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(refusal(() => importDocument(ole, '台账.xls'))).toMatchObject({ code: 'UNSUPPORTED_FORMAT', message: expect.stringContaining('save it as .xlsx') });
    expect(refusal(() => importDocument(ole, '台账.et'))).toMatchObject({ code: 'UNSUPPORTED_FORMAT', message: expect.stringContaining('save it as .xlsx') });
    expect(refusal(() => importDocument(ole, '方案.wps'))).toMatchObject({ code: 'UNSUPPORTED_FORMAT', message: expect.stringContaining('save it as .docx') });
    expect(refusal(() => importDocument(ole, '方案.txt'))).toMatchObject({ code: 'UNSUPPORTED_FORMAT', message: expect.stringContaining('name a Word document .doc') });
    // other binary bytes stay a binary document
    expect(refusal(() => importDocument(new Uint8Array([0x41, 0, 0x42]), 'x.txt'))).toMatchObject({ code: 'BINARY_DOCUMENT' });
  });

  it('refuses a PDF without a text layer (a scan) as UNSUPPORTED_FORMAT, saying what it expected', async () => {
    await expect(importFile(toPdf([{ kind: 'p', text: ' ' }]), 'scan.pdf')).rejects.toMatchObject({ code: 'UNSUPPORTED_FORMAT', message: expect.stringContaining('no text layer') });
  });
});

describe('Word tables', () => {
  it('gives a vertically merged cell (w:vMerge) to the rows it spans', async () => {
    const { blocksFromDocumentXml } = await import('../../seeds/formats/docx');
    const tc = (t: string, merge = '') => `<w:tc><w:tcPr>${merge}</w:tcPr><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`;
    const blocks = blocksFromDocumentXml(
      `<w:document><w:body><w:tbl><w:tr>${tc('1')}${tc('区民政局', '<w:vMerge w:val="restart"/>')}</w:tr><w:tr>${tc('2')}${tc('', '<w:vMerge/>')}</w:tr></w:tbl></w:body></w:document>`,
    );
    expect(blocks).toEqual([
      { kind: 'row', cells: ['1', '区民政局'], merged: [false, false], line: 1, origin: 'structured' },
      { kind: 'row', cells: ['2', '区民政局'], merged: [false, true], line: 2, origin: 'structured' },
    ]);
  });
});

describe('Word 97–2003 text', () => {
  it('reads a line closed by a tab as a row, a cell of several paragraphs as one cell, and any other line as a .txt line', async () => {
    const { blocksFromDocText } = await import('../../seeds/formats/doc');
    const blocks = blocksFromDocText('2023年重点任务\n序号\t工作任务\t牵头单位\t\n1\t建设平台。\n上线应用。\t区数据局\t\n| 2 | 办好实事 | 区民政局 |');
    expect(blocks).toEqual([
      { kind: 'text', text: '2023年重点任务', line: 1, indented: false },
      { kind: 'row', cells: ['序号', '工作任务', '牵头单位'], line: 2, origin: 'structured' },
      { kind: 'row', cells: ['1', '建设平台。\n上线应用。', '区数据局'], line: 3, origin: 'structured' },
      { kind: 'row', cells: ['2', '办好实事', '区民政局'], line: 5, origin: 'structured' },
    ]);
  });
});

describe('HTML tables as published', () => {
  it('gives a cell spanning rows (lead, assisting units and schedule) to every row it spans, reported', () => {
    const html = `<p>2023年重点任务分工</p><table>
      <tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr>
      <tr><td>1</td><td>建设平台。</td><td rowspan="2">区数据局</td><td rowspan="2">区财政局、各街道</td><td rowspan="2">9月底前</td></tr>
      <tr><td>2</td><td>上线应用。</td></tr></table>`;
    const { plan, report } = importDocument(html, 'spans.html');
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits, t.schedule.spec.kind])).toEqual([
      [['区数据局'], ['区财政局', '各街道'], 'by'],
      [['区数据局'], ['区财政局', '各街道'], 'by'],
    ]);
    expect(report.lines).toContainEqual(expect.objectContaining({ kind: 'leadInferred', taskNo: '2', line: 4 }));
  });

  it('reads a unit cell with one unit per line', () => {
    const html = '<table><tr><td>序号</td><td>工作任务</td><td>责任单位</td><td>完成时间</td></tr><tr><td>1</td><td>任务。</td><td>市民政局<br>市财政局</td><td>2022年底前</td></tr></table>';
    expect(importDocument(html, 'lines.html').plan.tasks[0]).toMatchObject({ leadUnits: ['市民政局'], assistingUnits: ['市财政局'] });
  });
});
