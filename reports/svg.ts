// Inline SVG charts of the bulletin: tasks by colour per lead unit, milestones met on time vs late per month. Pure.
import type { Colour } from '../machines';
import { COLOURS, COLOUR_HEX, COLOUR_LABEL } from './labels';
import type { Bulletin } from './model';

/** text and attribute values: the five XML specials escaped */
export const escapeXml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

const FONT = `font-family="'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei','PingFang SC',sans-serif"`;

function svg(width: number, height: number, title: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" ${FONT} font-size="12">`,
    `<title>${escapeXml(title)}</title>`,
    ...body,
    '</svg>',
  ].join('\n');
}

function legend(x: number, y: number, entries: { label: string; hex: string }[]): string[] {
  return entries.flatMap((e, i) => [
    `<rect x="${x + i * 120}" y="${y}" width="12" height="12" fill="#${e.hex}"/>`,
    `<text x="${x + i * 120 + 16}" y="${y + 11}">${escapeXml(e.label)}</text>`,
  ]);
}

/** one horizontal stacked bar per primary lead unit, segments by colour */
export function colourByUnitSvg(rows: Bulletin['colourByUnit']): string {
  const labelWidth = 190;
  const barWidth = 560;
  const rowHeight = 22;
  const top = 34;
  const width = labelWidth + barWidth + 60;
  const height = top + Math.max(1, rows.length) * rowHeight + 16;
  const max = Math.max(1, ...rows.map((r) => COLOURS.reduce((s, c) => s + r.counts[c], 0)));
  const body = legend(8, 6, COLOURS.map((c) => ({ label: COLOUR_LABEL[c], hex: COLOUR_HEX[c] })));
  if (rows.length === 0) body.push(`<text x="8" y="${top + 14}">暂无任务</text>`);
  rows.forEach((r, i) => {
    const y = top + i * rowHeight;
    body.push(`<text x="${labelWidth - 6}" y="${y + 14}" text-anchor="end">${escapeXml(r.unit)}</text>`);
    let x = labelWidth;
    let total = 0;
    for (const c of COLOURS) {
      const n = r.counts[c];
      if (n === 0) continue;
      const w = (n / max) * barWidth;
      body.push(`<rect x="${x.toFixed(1)}" y="${y + 2}" width="${w.toFixed(1)}" height="${rowHeight - 6}" fill="#${COLOUR_HEX[c]}"><title>${escapeXml(`${r.unit} ${COLOUR_LABEL[c]}：${n}`)}</title></rect>`);
      x += w;
      total += n;
    }
    body.push(`<text x="${(x + 4).toFixed(1)}" y="${y + 14}">${total}</text>`);
  });
  return svg(width, height, '各牵头单位任务督办等级分布 / tasks by colour per lead unit', body);
}

const ON_TIME_HEX: string = COLOUR_HEX.green;
const LATE_HEX: string = COLOUR_HEX.red;

/** grouped columns per month: milestones met on time and met late, as the machine recorded them */
export function milestonesByMonthSvg(rows: Bulletin['milestonesByMonth']): string {
  const shown = rows.slice(-24);
  const left = 40;
  const chartHeight = 180;
  const top = 30;
  const group = 34;
  const width = Math.max(420, left + shown.length * group + 20);
  const height = top + chartHeight + 40;
  const max = Math.max(1, ...shown.flatMap((r) => [r.onTime, r.late]));
  const body = legend(8, 6, [
    { label: '按时完成', hex: ON_TIME_HEX },
    { label: '逾期完成', hex: LATE_HEX },
  ]);
  const base = top + chartHeight;
  body.push(`<line x1="${left}" y1="${base}" x2="${width - 10}" y2="${base}" stroke="#666"/>`);
  body.push(`<text x="${left - 4}" y="${top + 10}" text-anchor="end">${max}</text>`, `<text x="${left - 4}" y="${base}" text-anchor="end">0</text>`);
  if (shown.length === 0) body.push(`<text x="${left + 8}" y="${base - 10}">暂无已完成节点</text>`);
  shown.forEach((r, i) => {
    const x = left + 6 + i * group;
    const bar = (n: number, dx: number, hex: string, what: string): string => {
      const h = (n / max) * chartHeight;
      return `<rect x="${x + dx}" y="${(base - h).toFixed(1)}" width="12" height="${h.toFixed(1)}" fill="#${hex}"><title>${escapeXml(`${r.month} ${what}：${n}`)}</title></rect>`;
    };
    body.push(bar(r.onTime, 0, ON_TIME_HEX, '按时完成'), bar(r.late, 13, LATE_HEX, '逾期完成'));
    body.push(`<text x="${x + 12}" y="${base + 14}" text-anchor="middle" font-size="10">${escapeXml(r.month.slice(2))}</text>`);
  });
  return svg(width, height, '每月节点完成情况（按时 / 逾期）/ milestones met on time vs late per month', body);
}

export const colourSwatch = (c: Colour): string => `<span class="swatch" style="background:#${COLOUR_HEX[c]}"></span>`;
