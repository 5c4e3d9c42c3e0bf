// The ledger workbook (台账.xlsx), read back with exceljs: header frozen, auto-filter, fills per colour, the ranking sheet.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { COLOUR_FILL } from '../../reports/labels';
import { LEDGER_SHEET, RANKING_SHEET, ledgerWorkbook } from '../../reports/ledger';
import { LEDGER_COLUMNS } from '../../reports/ledger-rows';
import { buildReport } from '../../reports/model';
import { agendaItem, facts, sampleViews } from './fixtures';
import { COLLECTIVE, liaoningFacts } from './liaoning-fixture';

async function readBack(report = buildReport(facts(sampleViews(), [agendaItem('item-1', '1', 'measures', 'open')]))): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const bytes = await ledgerWorkbook(report);
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

const fillOf = (cell: ExcelJS.Cell): string | undefined => (cell.fill?.type === 'pattern' ? cell.fill.fgColor?.argb : undefined);

describe('ledgerWorkbook', () => {
  it('has one row per task under a header with every column a supervisor filters on', async () => {
    const sheet = (await readBack()).getWorksheet(LEDGER_SHEET);
    expect(sheet).toBeDefined();
    const header = sheet?.getRow(1).values as unknown[];
    expect(header.slice(1)).toEqual(LEDGER_COLUMNS.map((c) => c.header));
    expect(sheet?.rowCount).toBe(6);
    expect(sheet?.getRow(2).getCell(1).value).toBe('1');
    expect(sheet?.getRow(2).getCell(12).value).toBe('item-1（待议）');
  });

  it('freezes the header row and sets an auto-filter over the table', async () => {
    const sheet = (await readBack()).getWorksheet(LEDGER_SHEET);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.autoFilter).toBeTruthy();
    expect(JSON.stringify(sheet?.autoFilter)).toMatch(/A1:L6|"row":1/);
  });

  it('fills every task row with its colour', async () => {
    const sheet = (await readBack()).getWorksheet(LEDGER_SHEET);
    const colours = ['red', 'yellow', 'blue', 'green', 'grey'] as const;
    colours.forEach((c, i) => {
      const row = sheet?.getRow(i + 2);
      expect(row && fillOf(row.getCell(10))).toBe(`FF${COLOUR_FILL[c]}`);
      expect(row && fillOf(row.getCell(1))).toBe(`FF${COLOUR_FILL[c]}`);
    });
  });

  it('has the ranking sheet with ranks, on-time rates and the rules', async () => {
    const sheet = (await readBack()).getWorksheet(RANKING_SHEET);
    expect(sheet?.getRow(1).getCell(1).value).toBe('名次');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect([2, 3, 4].map((r) => sheet?.getRow(r).getCell(2).value)).toEqual(['市财政局', '市民政局', '市住建委']);
    const rateColumn = (sheet?.getRow(1).values as unknown[]).indexOf('按时率');
    expect(sheet?.getRow(2).getCell(rateColumn).value).toBe(0.5);
    expect(sheet?.getRow(2).getCell(3).value).toBe('部门及其他单位');
    const texts: string[] = [];
    sheet?.eachRow((row) => texts.push(String(row.getCell(1).value)));
    expect(texts.some((t) => t.includes('按时率'))).toBe(true);
  });

  it('lists the ranking group by group, each row with its group, and a collective once in the task sheet', async () => {
    const wb = await readBack(buildReport(liaoningFacts()));
    const ranking = wb.getWorksheet(RANKING_SHEET);
    const groups = [...Array(17).keys()].map((i) => ranking?.getRow(i + 2).getCell(3).value);
    expect(groups).toEqual([...Array<string>(14).fill('各地政府'), ...Array<string>(3).fill('部门及其他单位')]);
    expect(ranking?.getRow(15).getCell(2).value).toBe('鞍山市人民政府');
    const assisting = wb.getWorksheet(LEDGER_SHEET)?.getRow(2).getCell(5).value;
    expect(assisting).toBe(`省财政厅、${COLLECTIVE}（14个成员单位：已反馈12，已签收1，逾期1，提请联席会议1，免除1）`);
  });
});
