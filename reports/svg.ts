// Inline SVG charts of the bulletin: tasks by colour per lead unit, each ranked unit's items, milestones met on time vs late per month. Pure.
import type { Colour } from '../machines';
import { COLOURS, COLOUR_HEX, COLOUR_LABEL } from './labels';
import type { Bulletin } from './model';
import { lateOf, overdueOf, type RankGroup } from './ranking';

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

interface Bar {
  label: string;
  segments: { n: number; hex: string; what: string }[];
}

/** one horizontal stacked bar per row, scaled to the longest */
function stackedBars(rows: readonly Bar[], entries: { label: string; hex: string }[], title: string, empty: string): string {
  const labelWidth = 190;
  const barWidth = 560;
  const rowHeight = 22;
  const top = 34;
  const width = labelWidth + barWidth + 60;
  const height = top + Math.max(1, rows.length) * rowHeight + 16;
  const max = Math.max(1, ...rows.map((r) => r.segments.reduce((s, x) => s + x.n, 0)));
  const body = legend(8, 6, entries);
  if (rows.length === 0) body.push(`<text x="8" y="${top + 14}">${escapeXml(empty)}</text>`);
  rows.forEach((r, i) => {
    const y = top + i * rowHeight;
    body.push(`<text x="${labelWidth - 6}" y="${y + 14}" text-anchor="end">${escapeXml(r.label)}</text>`);
    let x = labelWidth;
    let total = 0;
    for (const seg of r.segments) {
      if (seg.n === 0) continue;
      const w = (seg.n / max) * barWidth;
      body.push(`<rect x="${x.toFixed(1)}" y="${y + 2}" width="${w.toFixed(1)}" height="${rowHeight - 6}" fill="#${seg.hex}"><title>${escapeXml(`${r.label} ${seg.what}：${seg.n}`)}</title></rect>`);
      x += w;
      total += seg.n;
    }
    body.push(`<text x="${(x + 4).toFixed(1)}" y="${y + 14}">${total}</text>`);
  });
  return svg(width, height, title, body);
}

/** one horizontal stacked bar per primary lead unit, segments by colour */
export function colourByUnitSvg(rows: Bulletin['colourByUnit']): string {
  return stackedBars(
    rows.map((r) => ({ label: r.unit, segments: COLOURS.map((c) => ({ n: r.counts[c], hex: COLOUR_HEX[c], what: COLOUR_LABEL[c] })) })),
    COLOURS.map((c) => ({ label: COLOUR_LABEL[c], hex: COLOUR_HEX[c] })),
    '各牵头单位任务督办等级分布 / tasks by colour per lead unit',
    '暂无任务',
  );
}

const RANK_SEGMENTS = [
  { what: '按时', hex: COLOUR_HEX.green },
  { what: '逾期完成', hex: COLOUR_HEX.yellow },
  { what: '逾期未完成', hex: COLOUR_HEX.red },
  { what: '免除', hex: COLOUR_HEX.grey },
] as const;

/** one bar per unit of a ranking group (each city its own bar), in rank order: its items on time, late, overdue, and waived */
export function rankGroupSvg(group: RankGroup): string {
  const bars = group.rows.map((r) => {
    const counts = [r.onTime, lateOf(r), overdueOf(r), r.waived];
    return { label: r.unit, segments: RANK_SEGMENTS.map((s, i) => ({ ...s, n: counts[i] ?? 0 })) };
  });
  return stackedBars(bars, RANK_SEGMENTS.map((s) => ({ label: s.what, hex: s.hex })), `${group.label}计分事项 / scored items per unit: ${group.labelEn}`, '暂无单位');
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
