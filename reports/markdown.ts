// The bulletin (督查通报) and unit ranking (绩效考核) as Markdown, Chinese first. Pure.
import { LIFECYCLE_STATES } from '../machines';
import { shanghaiDateOf as shanghaiDate } from '../machines';
import { COLOURS, COLOUR_LABEL, STATE_LABEL } from './labels';
import type { ItemRow, Report } from './model';
import type { RankGroup, Ranking } from './ranking';
import { numbered, numeral, type Section } from './sections';

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

export const RANKING_HEADERS = ['名次', '单位', '牵头', '配合', '节点按时', '节点逾期完成', '节点逾期未完成', '签收按时/逾期/未签', '配合材料按时/逾期/未报', '落实报告按时/逾期/未报', '免除', '提请联席会议', '按时率'];

function groupTable(g: RankGroup): string[] {
  return table(
    RANKING_HEADERS,
    g.rows.map((r) => [
      r.rank ?? '不参评',
      r.unit,
      r.led,
      r.assisted,
      r.milestonesOnTime,
      r.milestonesLate,
      r.milestonesOverdue,
      `${r.acksOnTime}/${r.acksLate}/${r.acksOverdue}`,
      `${r.contributionsOnTime}/${r.contributionsLate}/${r.contributionsOverdue}`,
      `${r.partsOnTime}/${r.partsLate}/${r.partsOverdue}`,
      r.waived,
      r.escalated,
      rate(r.onTimeRate),
    ]),
    '暂无单位',
  );
}

/** the ranking, one table per group (cities against cities, departments against departments) */
export function rankingMarkdown(ranking: Ranking, heading = '## 五、单位绩效考核'): string[] {
  const groups = ranking.groups.length > 0 ? ranking.groups : [];
  return [
    `${heading} / Unit ranking`,
    '',
    ...(groups.length === 0 ? ['暂无单位', ''] : []),
    ...groups.flatMap((g, i) => [`### （${numeral(i)}）${g.label} / ${g.labelEn}（${g.rows.length} 个单位）`, '', ...groupTable(g), '']),
    '**计分规则 / Scoring rules**',
    '',
    ...ranking.rules.map((r, i) => `${i + 1}. ${r}`),
  ];
}

export function bulletinMarkdown(report: Report): string {
  const b = report.bulletin;
  const note = (n: string | null): string => n ?? '';
  const sections: Section<string[]>[] = [
    {
      id: 'overview', title: '总体情况', en: 'Overview', shown: true,
      body: [
        ...table(['督办等级', ...COLOURS.map((c) => COLOUR_LABEL[c])], [['任务数', ...COLOURS.map((c) => b.byColour[c])]], '—'),
        '',
        ...table(['办理状态', ...LIFECYCLE_STATES.map((s) => STATE_LABEL[s])], [['任务数', ...LIFECYCLE_STATES.map((s) => b.byState[s])]], '—'),
      ],
    },
    {
      id: 'overdue', title: `逾期任务`, en: `Overdue（${b.overdue.length} 项节点）`, shown: true,
      body: table(
        ['任务', '牵头单位', '节点', '期限', '逾期天数', '督办情况', '成员单位', '任务内容'],
        b.overdue.map((o) => [o.taskNo, o.leadUnits.join('、'), o.milestoneLabel, shanghaiDate(o.due), o.daysOverdue, o.escalation.label, note(o.membersNote), short(o.text)]),
        '无逾期任务',
      ),
    },
    {
      id: 'due-soon', title: `${b.dueSoonDays}日内到期`, en: `Due in the next ${b.dueSoonDays} days（${b.dueSoon.length} 项节点）`, shown: true,
      body: table(
        ['任务', '牵头单位', '节点', '期限', '剩余天数', '成员单位', '任务内容'],
        b.dueSoon.map((d) => [d.taskNo, d.leadUnits.join('、'), d.milestoneLabel, shanghaiDate(d.due), d.daysLeft, note(d.membersNote), short(d.text)]),
        '无临期任务',
      ),
    },
    {
      id: 'members', title: '集体单位成员落实情况', en: `Members of collectives（${b.members.length} 项）`, shown: b.members.length > 0,
      body: table(
        ['任务', '集体单位', '角色', '成员单位情况', '逾期成员单位', '任务内容'],
        b.members.map((m) => [m.taskNo, m.collective, m.role === 'lead' ? '牵头' : '配合', m.note, m.lateUnits.join('、') || '—', short(m.text)]),
        '—',
      ),
    },
    {
      id: 'child-plans', title: '下级实施方案进展', en: `Child plans（${b.childPlans.length} 个）`, shown: b.childPlans.length > 0,
      body: table(
        ['任务', '下级方案', '单位', '任务数', ...COLOURS.map((c) => COLOUR_LABEL[c]), '办理状态', '是否完成', '更新时间'],
        b.childPlans.map((p) => [p.taskNo, `${p.title}（${p.planId}）`, p.unit ?? '—', p.total, ...COLOURS.map((c) => p.byColour[c]), p.stateText, p.complete ? '已完成' : '未完成', shanghaiDate(p.updatedAt)]),
        '—',
      ),
    },
    {
      id: 'conference', title: `联席会议事项${b.conference.name ? `（${b.conference.name}）` : ''}`, en: 'Conference items', shown: true,
      body: [
        `已召开 ${b.conference.sessionsHeld} 次会议；下次会议：${b.conference.nextSessionAt ? shanghaiDate(b.conference.nextSessionAt) : '—'}。`,
        '',
        `### 待议事项 / Open（${b.conference.open.length}）`,
        '',
        ...table(['事项', '任务', '类型', '对象', '牵头单位', '提交日期', '会议'], itemRows(b.conference.open, false), '无待议事项'),
        '',
        `### 已决定事项 / Resolved（${b.conference.resolved.length}）`,
        '',
        ...table(['事项', '任务', '类型', '对象', '牵头单位', '提交日期', '决定'], itemRows(b.conference.resolved, true), '无已决定事项'),
      ],
    },
    { id: 'ranking', title: '单位绩效考核', en: 'Unit ranking', shown: true, body: [] },
  ];
  const lines = [
    `# ${b.title} 督查通报`,
    '',
    `> 截至 ${b.asOf}（北京时间）· 计划 ${b.planId} · 共 ${b.taskCount} 项任务 · 生成于 ${b.generatedAt}`,
    `> Supervision bulletin as of ${b.asOf}`,
    '',
    ...numbered(sections).flatMap((s) =>
      s.id === 'ranking' ? [...rankingMarkdown(report.ranking, `## ${s.heading}`), ''] : [`## ${s.heading} / ${s.en}`, '', ...s.body, ''],
    ),
  ];
  return lines.join('\n');
}
