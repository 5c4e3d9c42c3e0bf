// The ledger workbook (台账.xlsx), read back with exceljs: header frozen, auto-filter, fills per colour, the ranking sheet.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { COLOUR_FILL } from '../../reports/labels';
import { LEDGER_SHEET, RANKING_SHEET, ledgerWorkbook } from '../../reports/ledger';
import { LEDGER_COLUMNS } from '../../reports/ledger-rows';
import { buildReport } from '../../reports/model';
import { agendaItem, facts, sampleViews } from './fixtures';

async function readBack(): Promise<ExcelJS.Workbook> {
  const report = buildReport(facts(sampleViews(), [agendaItem('item-1', '1', 'measures', 'open')]));
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
});
