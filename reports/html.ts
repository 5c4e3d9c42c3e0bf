// The bulletin as one self-contained, printable HTML page: inline CSS, inline SVG charts, no scripts or fetches. Pure.
import { LIFECYCLE_STATES } from '../machines';
import { shanghaiDateOf as shanghaiDate } from '../machines';
import { COLOURS, COLOUR_LABEL, STATE_LABEL } from './labels';
import { RANKING_HEADERS } from './markdown';
import type { ItemRow, Report } from './model';
import type { Ranking } from './ranking';
import { numbered, numeral, type Section } from './sections';
import { colourByUnitSvg, colourSwatch, escapeXml, milestonesByMonthSvg, rankGroupSvg } from './svg';

const esc = escapeXml;
const rate = (r: number | null): string => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

function table(headers: string[], rows: string[][], empty: string, cls = ''): string {
  const head = `<tr>${headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr>`;
  const body = rows.length === 0 ? `<tr><td colspan="${headers.length}" class="empty">${esc(empty)}</td></tr>` : rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table class="${cls}"><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

const CSS = `
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font-family: 'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei','PingFang SC',sans-serif; color: #222; margin: 24px auto; max-width: 1100px; font-size: 13px; line-height: 1.5; }
h1 { text-align: center; color: #b00; font-size: 24px; margin: 0 0 4px; letter-spacing: 2px; }
.meta { text-align: center; color: #555; margin-bottom: 14px; border-bottom: 2px solid #b00; padding-bottom: 8px; }
h2 { font-size: 17px; border-left: 5px solid #b00; padding-left: 8px; margin: 22px 0 8px; page-break-after: avoid; }
h3 { font-size: 14px; margin: 12px 0 6px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; page-break-inside: auto; }
tr { page-break-inside: avoid; }
th, td { border: 1px solid #bbb; padding: 3px 6px; vertical-align: top; }
th { background: #f0f0f0; font-weight: 600; }
td.empty { text-align: center; color: #888; }
.cards { display: flex; gap: 8px; margin: 8px 0; }
.card { flex: 1; border: 1px solid #ccc; border-radius: 4px; padding: 6px 8px; text-align: center; }
.card b { display: block; font-size: 22px; }
.swatch { display: inline-block; width: 10px; height: 10px; margin-right: 4px; vertical-align: baseline; }
.charts { display: flex; flex-wrap: wrap; gap: 16px; }
figure { margin: 0; page-break-inside: avoid; }
figcaption { font-weight: 600; margin-bottom: 4px; }
ol.rules { padding-left: 20px; color: #333; }
.en { color: #777; font-weight: normal; font-size: 0.85em; }
`;

const itemRows = (items: ItemRow[], resolved: boolean): string[][] =>
  items.map((i) => [
    esc(i.itemId),
    esc(i.taskNo),
    i.kind === 'milestoneOverdue' ? '任务逾期' : '配合单位逾期',
    esc(i.subject),
    esc(i.leadUnits.join('、')),
    shanghaiDate(i.raisedAt),
    esc(resolved ? (i.decision ?? '—') : i.sessionNo === null ? '待上会' : `第${i.sessionNo}次会议`),
  ]);

function rankingHtml(r: Ranking): string {
  const groups = r.groups.map((g, i) => {
    const rows = g.rows.map((x) => [
      x.rank === null ? '不参评' : String(x.rank),
      esc(x.unit),
      String(x.led),
      String(x.assisted),
      String(x.milestonesOnTime),
      String(x.milestonesLate),
      String(x.milestonesOverdue),
      `${x.acksOnTime}/${x.acksLate}/${x.acksOverdue}`,
      `${x.contributionsOnTime}/${x.contributionsLate}/${x.contributionsOverdue}`,
      `${x.partsOnTime}/${x.partsLate}/${x.partsOverdue}`,
      String(x.waived),
      String(x.escalated),
      rate(x.onTimeRate),
    ]);
    return `<h3 id="ranking-${g.kind}">（${numeral(i)}）${esc(g.label)}（${g.rows.length} 个单位） <span class="en">${esc(g.labelEn)}</span></h3>${table(RANKING_HEADERS, rows, '暂无单位')}
<figure><figcaption>${esc(g.label)}：各单位计分事项（按时 / 逾期完成 / 逾期未完成 / 免除）</figcaption>${rankGroupSvg(g)}</figure>`;
  });
  return `${groups.length > 0 ? groups.join('\n') : '<p class="empty">暂无单位</p>'}
<h3>计分规则 <span class="en">Scoring rules</span></h3><ol class="rules">${r.rules.map((x) => `<li>${esc(x)}</li>`).join('')}</ol>`;
}

export function bulletinHtml(report: Report): string {
  const b = report.bulletin;
  const cards = COLOURS.map((c) => `<div class="card">${colourSwatch(c)}${esc(COLOUR_LABEL[c])}<b>${b.byColour[c]}</b></div>`).join('');
  const states = table(LIFECYCLE_STATES.map((s) => STATE_LABEL[s]), [LIFECYCLE_STATES.map((s) => String(b.byState[s]))], '—');
  const note = (n: string | null): string => esc(n ?? '');
  const sections: Section<string>[] = [
    {
      id: 'overview', title: '总体情况', en: 'Overview', shown: true,
      body: `<div class="cards">${cards}</div>
${states}
<div class="charts">
<figure><figcaption>各牵头单位任务督办等级</figcaption>${colourByUnitSvg(b.colourByUnit)}</figure>
<figure><figcaption>每月节点完成情况（按时 / 逾期）</figcaption>${milestonesByMonthSvg(b.milestonesByMonth)}</figure>
</div>`,
    },
    {
      id: 'overdue', title: `逾期任务（${b.overdue.length} 项节点）`, en: 'Overdue', shown: true,
      body: table(
        ['任务', '牵头单位', '节点', '期限', '逾期天数', '督办情况', '成员单位', '任务内容'],
        b.overdue.map((o) => [esc(o.taskNo), esc(o.leadUnits.join('、')), esc(o.milestoneLabel), shanghaiDate(o.due), String(o.daysOverdue), esc(o.escalation.label), note(o.membersNote), esc(o.text)]),
        '无逾期任务',
      ),
    },
    {
      id: 'due-soon', title: `${b.dueSoonDays}日内到期（${b.dueSoon.length} 项节点）`, en: `Due in the next ${b.dueSoonDays} days`, shown: true,
      body: table(
        ['任务', '牵头单位', '节点', '期限', '剩余天数', '成员单位', '任务内容'],
        b.dueSoon.map((d) => [esc(d.taskNo), esc(d.leadUnits.join('、')), esc(d.milestoneLabel), shanghaiDate(d.due), String(d.daysLeft), note(d.membersNote), esc(d.text)]),
        '无临期任务',
      ),
    },
    {
      id: 'members', title: `集体单位成员落实情况（${b.members.length} 项）`, en: 'Members of collectives', shown: b.members.length > 0,
      body: table(
        ['任务', '集体单位', '角色', '成员单位情况', '逾期成员单位', '任务内容'],
        b.members.map((m) => [esc(m.taskNo), esc(m.collective), m.role === 'lead' ? '牵头' : '配合', esc(m.note), esc(m.lateUnits.join('、') || '—'), esc(m.text)]),
        '—',
      ),
    },
    {
      id: 'child-plans', title: `下级实施方案进展（${b.childPlans.length} 个）`, en: 'Child plans', shown: b.childPlans.length > 0,
      body: table(
        ['任务', '下级方案', '单位', '任务数', ...COLOURS.map((c) => COLOUR_LABEL[c]), '办理状态', '是否完成', '更新时间'],
        b.childPlans.map((p) => [esc(p.taskNo), `${esc(p.title)}（${esc(p.planId)}）`, esc(p.unit ?? '—'), String(p.total), ...COLOURS.map((c) => String(p.byColour[c])), esc(p.stateText), p.complete ? '已完成' : '未完成', shanghaiDate(p.updatedAt)]),
        '—',
      ),
    },
    {
      id: 'conference', title: `联席会议事项${b.conference.name ? `（${esc(b.conference.name)}）` : ''}`, en: 'Conference items', shown: true,
      body: `<p>已召开 ${b.conference.sessionsHeld} 次会议；下次会议：${b.conference.nextSessionAt ? shanghaiDate(b.conference.nextSessionAt) : '—'}。</p>
<h3>待议事项（${b.conference.open.length}）</h3>${table(['事项', '任务', '类型', '对象', '牵头单位', '提交日期', '会议'], itemRows(b.conference.open, false), '无待议事项')}
<h3>已决定事项（${b.conference.resolved.length}）</h3>${table(['事项', '任务', '类型', '对象', '牵头单位', '提交日期', '决定'], itemRows(b.conference.resolved, true), '无已决定事项')}`,
    },
    { id: 'ranking', title: '单位绩效考核', en: 'Unit ranking', shown: true, body: rankingHtml(report.ranking) },
  ];
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(b.title)} 督查通报（截至${b.asOf}）</title>
<style>${CSS}</style>
</head>
<body>
<h1>督查通报</h1>
<div class="meta">${esc(b.title)}<br>截至 ${b.asOf}（北京时间）· 共 ${b.taskCount} 项任务 · 计划 ${esc(b.planId)} · 生成于 ${esc(b.generatedAt)}</div>
${numbered(sections).map((s) => `<section id="${s.id}"><h2>${s.heading} <span class="en">${esc(s.en)}</span></h2>\n${s.body}</section>`).join('\n')}
</body>
</html>
`;
}
