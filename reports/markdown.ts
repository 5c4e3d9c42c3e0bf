// The bulletin (督查通报) and unit ranking (绩效考核) as Markdown, Chinese first. Pure.
import { LIFECYCLE_STATES } from '../machines';
import { shanghaiDateOf as shanghaiDate } from '../machines';
import { COLOURS, COLOUR_LABEL, STATE_LABEL } from './labels';
import type { ItemRow, Report } from './model';
import type { Ranking } from './ranking';

/** a table cell: no pipes or line breaks */
const cell = (s: string | number): string => String(s).replace(/\|/g, '｜').replace(/\s*\n\s*/g, ' ');
const short = (s: string, n = 40): string => (s.length > n ? `${s.slice(0, n)}…` : s);
const rate = (r: number | null): string => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

function table(headers: string[], rows: (string | number)[][], empty: string): string[] {
  const lines = [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`];
  if (rows.length === 0) lines.push(`| ${empty} |${headers.slice(1).map(() => ' |').join('')}`);
  for (const r of rows) lines.push(`| ${r.map(cell).join(' | ')} |`);
  return lines;
}

const itemRows = (items: ItemRow[], resolved: boolean): (string | number)[][] =>
  items.map((i) => [
    i.itemId,
    i.taskNo,
    i.kind === 'milestoneOverdue' ? '任务逾期' : '配合单位逾期',
    i.subject,
    i.leadUnits.join('、'),
    shanghaiDate(i.raisedAt),
    resolved ? (i.decision ?? '—') : i.sessionNo === null ? '待上会' : `第${i.sessionNo}次会议`,
  ]);

export function rankingMarkdown(ranking: Ranking): string[] {
  return [
    `## 五、单位绩效考核 / Unit ranking`,
    '',
    ...table(
      ['名次', '单位', '牵头', '配合', '节点按时', '节点逾期完成', '节点逾期未完成', '签收按时/逾期/未签', '配合材料按时/逾期/未报', '按时率'],
      ranking.rows.map((r) => [
        r.rank ?? '不参评',
        r.unit,
        r.led,
        r.assisted,
        r.milestonesOnTime,
        r.milestonesLate,
        r.milestonesOverdue,
        `${r.acksOnTime}/${r.acksLate}/${r.acksOverdue}`,
        `${r.contributionsOnTime}/${r.contributionsLate}/${r.contributionsOverdue}`,
        rate(r.onTimeRate),
      ]),
      '暂无单位',
    ),
    '',
    '**计分规则 / Scoring rules**',
    '',
    ...ranking.rules.map((r, i) => `${i + 1}. ${r}`),
  ];
}

export function bulletinMarkdown(report: Report): string {
  const b = report.bulletin;
  const lines = [
    `# ${b.title} 督查通报`,
    '',
    `> 截至 ${b.asOf}（北京时间）· 计划 ${b.planId} · 共 ${b.taskCount} 项任务 · 生成于 ${b.generatedAt}`,
    `> Supervision bulletin as of ${b.asOf}`,
    '',
    '## 一、总体情况 / Overview',
    '',
    ...table(['督办等级', ...COLOURS.map((c) => COLOUR_LABEL[c])], [['任务数', ...COLOURS.map((c) => b.byColour[c])]], '—'),
    '',
    ...table(['办理状态', ...LIFECYCLE_STATES.map((s) => STATE_LABEL[s])], [['任务数', ...LIFECYCLE_STATES.map((s) => b.byState[s])]], '—'),
    '',
    `## 二、逾期任务 / Overdue（${b.overdue.length} 项节点）`,
    '',
    ...table(
      ['任务', '牵头单位', '节点', '期限', '逾期天数', '督办情况', '任务内容'],
      b.overdue.map((o) => [o.taskNo, o.leadUnits.join('、'), o.milestoneLabel, shanghaiDate(o.due), o.daysOverdue, o.escalation.label, short(o.text)]),
      '无逾期任务',
    ),
    '',
    `## 三、${b.dueSoonDays}日内到期 / Due in the next ${b.dueSoonDays} days（${b.dueSoon.length} 项节点）`,
    '',
    ...table(
      ['任务', '牵头单位', '节点', '期限', '剩余天数', '任务内容'],
      b.dueSoon.map((d) => [d.taskNo, d.leadUnits.join('、'), d.milestoneLabel, shanghaiDate(d.due), d.daysLeft, short(d.text)]),
      '无临期任务',
    ),
    '',
    `## 四、联席会议事项 / Conference items${b.conference.name ? `（${b.conference.name}）` : ''}`,
    '',
    `已召开 ${b.conference.sessionsHeld} 次会议；下次会议：${b.conference.nextSessionAt ? shanghaiDate(b.conference.nextSessionAt) : '—'}。`,
    '',
    `### 待议事项 / Open（${b.conference.open.length}）`,
    '',
    ...table(['事项', '任务', '类型', '对象', '牵头单位', '提交日期', '会议'], itemRows(b.conference.open, false), '无待议事项'),
    '',
    `### 已决定事项 / Resolved（${b.conference.resolved.length}）`,
    '',
    ...table(['事项', '任务', '类型', '对象', '牵头单位', '提交日期', '决定'], itemRows(b.conference.resolved, true), '无已决定事项'),
    '',
    ...rankingMarkdown(report.ranking),
    '',
  ];
  return lines.join('\n');
}
