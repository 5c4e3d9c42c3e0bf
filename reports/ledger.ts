// The ledger workbook (台账.xlsx) with exceljs: tasks sheet (fills per colour, frozen header, auto-filter) and the ranking sheet, group by group.
import ExcelJS from 'exceljs';
import { COLOUR_FILL } from './labels';
import { LEDGER_COLUMNS } from './ledger-rows';
import type { Report } from './model';

export const LEDGER_SHEET = '台账';
export const RANKING_SHEET = '绩效考核';

const RANKING_COLUMNS = [
  { key: 'rank', header: '名次', width: 6 },
  { key: 'unit', header: '单位', width: 22 },
  { key: 'groupLabel', header: '排名分组', width: 14 },
  { key: 'led', header: '牵头任务', width: 9 },
  { key: 'assisted', header: '配合任务', width: 9 },
  { key: 'milestonesOnTime', header: '节点按时', width: 9 },
  { key: 'milestonesLate', header: '节点逾期完成', width: 12 },
  { key: 'milestonesOverdue', header: '节点逾期未完成', width: 14 },
  { key: 'acksOnTime', header: '签收按时', width: 9 },
  { key: 'acksLate', header: '签收逾期', width: 9 },
  { key: 'contributionsOnTime', header: '配合材料按时', width: 12 },
  { key: 'contributionsLate', header: '配合材料逾期', width: 12 },
  { key: 'partsOnTime', header: '落实报告按时', width: 12 },
  { key: 'partsLate', header: '落实报告逾期', width: 12 },
  { key: 'waived', header: '免除', width: 6 },
  { key: 'escalated', header: '提请联席会议', width: 12 },
  { key: 'onTimeRate', header: '按时率', width: 9 },
] as const;

const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${argb}` } });

function styleHeader(sheet: ExcelJS.Worksheet, columns: number): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  for (let c = 1; c <= columns; c++) header.getCell(c).fill = solid('E7E6E6');
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sheet.rowCount), column: columns } };
}

/** the workbook as bytes; nothing is written anywhere */
export async function ledgerWorkbook(report: Report): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'duban 督办';
  wb.created = new Date(report.bulletin.generatedAt);
  wb.title = `${report.bulletin.title} 台账（截至${report.bulletin.asOf}）`;

  const tasks = wb.addWorksheet(LEDGER_SHEET);
  tasks.columns = LEDGER_COLUMNS.map((c) => ({ key: c.key, header: c.header, width: c.width }));
  for (const r of report.ledger) {
    const row = tasks.addRow(r);
    row.alignment = { vertical: 'top', wrapText: true };
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.fill = solid(COLOUR_FILL[r.colour]);
    });
  }
  styleHeader(tasks, LEDGER_COLUMNS.length);

  const ranking = wb.addWorksheet(RANKING_SHEET);
  ranking.columns = RANKING_COLUMNS.map((c) => ({ key: c.key, header: c.header, width: c.width }));
  // one sheet, group by group: a rank is within its group (the filter on 排名分组 shows one group's table)
  for (const g of report.ranking.groups)
    for (const r of g.rows) {
      const row = ranking.addRow({ ...r, groupLabel: g.label, rank: r.rank ?? '不参评', onTimeRate: r.onTimeRate ?? '' });
      row.getCell('onTimeRate').numFmt = '0.0%';
    }
  styleHeader(ranking, RANKING_COLUMNS.length);
  ranking.addRow([]);
  for (const rule of report.ranking.rules) ranking.addRow([rule]);

  return Buffer.from(await wb.xlsx.writeBuffer());
}
