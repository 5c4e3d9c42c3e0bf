// Reports of a plan whose collective is expanded into its 14 cities: a row per city, cities ranked against cities and
// departments against departments, waived and late members, the collective not ranked, child plans' figures.
import { describe, expect, it } from 'vitest';
import { bulletinHtml } from '../../reports/html';
import { bulletinMarkdown } from '../../reports/markdown';
import { buildReport } from '../../reports/model';
import type { RankGroup, RankRow, Ranking } from '../../reports/ranking';
import { rankGroupSvg } from '../../reports/svg';
import { assist, facts, milestone, view } from './fixtures';
import { COLLECTIVE, liaoningFacts, liaoningViews } from './liaoning-fixture';

const group = (r: Ranking, kind: string): RankRow[] => r.groups.find((g) => g.kind === kind)?.rows ?? [];
const report = buildReport(liaoningFacts());
const cities = group(report.ranking, 'divisions');

describe('the ranking of a plan with an expanded collective', () => {
  it('ranks cities against cities and departments against departments, and not the collective at all', () => {
    expect(report.ranking.groups.map((g) => [g.kind, g.rows.length])).toEqual([
      ['divisions', 14],
      ['departments', 3],
    ]);
    expect(group(report.ranking, 'departments').map((r) => [r.rank, r.unit])).toEqual([
      [1, '省发展改革委'],
      [2, '省财政厅'],
      [3, '省民政厅'],
    ]);
    expect(report.ranking.groups.flatMap((g) => g.rows).some((r) => r.unit === COLLECTIVE)).toBe(false);
  });

  it('has a row per city from its own handoffs, equal cities sharing a rank in name order', () => {
    // eleven cities acknowledged and contributed on time in task 1 and reported their part of task 2 on time
    const first = ['本溪市', '朝阳市', '丹东市', '阜新市', '葫芦岛市', '锦州市', '辽阳市', '盘锦市', '沈阳市', '铁岭市', '营口市'].map((c) => `${c}人民政府`);
    expect(cities.slice(0, 11).map((r) => [r.rank, r.unit, r.scored, r.onTime])).toEqual(first.map((c) => [1, c, 3, 3]));
    expect(cities.slice(11).map((r) => [r.rank, r.unit])).toEqual([
      [12, '抚顺市人民政府'],
      [13, '大连市人民政府'],
      [14, '鞍山市人民政府'],
    ]);
  });

  it('scores a leading member on its report of its part, and a late member as late', () => {
    expect(cities.find((r) => r.unit === '大连市人民政府')).toMatchObject({ led: 1, assisted: 1, acksOnTime: 1, contributionsLate: 1, partsOnTime: 1, scored: 3, onTime: 2 });
    expect(cities.find((r) => r.unit === '鞍山市人民政府')).toMatchObject({ acksLate: 1, contributionsOverdue: 1, partsOverdue: 1, escalated: 1, onTimeRate: 0 });
  });

  it('shows a waived member as waived, not as late or escalated', () => {
    expect(cities.find((r) => r.unit === '抚顺市人民政府')).toMatchObject({ waived: 1, escalated: 0, acksLate: 0, contributionsOverdue: 0, partsOnTime: 1, scored: 1, onTimeRate: 1 });
  });

  it('groups members of a collective as divisions when the plan’s directory is not known', () => {
    const r = buildReport(liaoningFacts({})).ranking;
    expect(r.groups.map((g) => [g.kind, g.rows.length])).toEqual([
      ['divisions', 14],
      ['departments', 3],
    ]);
  });

  it('takes the directory’s kind over membership: a collective of departments ranks its members as departments', () => {
    const members = ['市财政局', '市民政局'].map((u) => assist(u, { collective: '各成员单位', notifiedAt: '2025-05-09T09:00:00+08:00' }));
    const v = view('1', { leadUnits: ['市发改委'], milestones: [milestone('complete', '2025-12-31T23:59:59+08:00')], assists: members });
    const r = buildReport(facts([v], [], '2025-06-30', { 各成员单位: 'collective', 市发改委: 'department', 市财政局: 'department', 市民政局: 'department' })).ranking;
    expect(r.groups.map((g) => [g.kind, g.rows.map((x) => x.unit).sort()])).toEqual([['departments', ['市发改委', '市民政局', '市财政局'].sort()]]);
  });

  it('ranks a collective not expanded into members apart, beside neither cities nor departments', () => {
    const v = view('1', { leadUnits: [COLLECTIVE], milestones: [milestone('complete', '2025-05-31T23:59:59+08:00')] });
    const r = buildReport(facts([v], [], '2025-06-30', { [COLLECTIVE]: 'collective' })).ranking;
    expect(r.groups.map((g) => [g.kind, g.rows.map((x) => [x.unit, x.milestonesOverdue])])).toEqual([['collectives', [[COLLECTIVE, 1]]]]);
  });
});

describe('the bulletin of a plan with an expanded collective', () => {
  const b = report.bulletin;

  it('says per task and collective how many members are done, late, waived', () => {
    expect(b.members.map((m) => [m.taskNo, m.role, m.note, m.lateUnits])).toEqual([
      ['1', 'assisting', '14个成员单位：已反馈12，已签收1，逾期1，提请联席会议1，免除1', ['鞍山市人民政府']],
      ['2', 'lead', '14个成员单位：已报告13，办理中1，逾期1', ['鞍山市人民政府']],
    ]);
  });

  it('says on an overdue task’s line how many members are late', () => {
    expect(b.overdue.map((o) => [o.taskNo, o.milestone, o.daysOverdue, o.membersNote])).toEqual([['2', 'complete', 15, `${COLLECTIVE}：14个成员单位中1个逾期`]]);
  });

  it('lists each child plan of a parent task by colour and state', () => {
    expect(b.childPlans.map((p) => [p.taskNo, p.planId, p.unit, p.total, p.byColour.grey, p.stateText, p.complete])).toEqual([
      ['2', 'shenyang-2025', '沈阳市人民政府', 6, 2, '待出台措施1、实施中3、已办结2', false],
      ['2', 'dalian-2025', '大连市人民政府', 4, 4, '已办结4', true],
    ]);
  });

  it('has no child plans section for tasks without child plans', () => {
    const older = liaoningViews().filter((v) => v.childPlans.length === 0);
    expect(older).toHaveLength(2);
    expect(buildReport(facts(older)).bulletin.childPlans).toEqual([]);
    expect(bulletinMarkdown(buildReport(facts(older)))).not.toContain('下级实施方案进展');
  });

  it('prints a section per ranking group, the members and the child plans in Markdown', () => {
    const md = bulletinMarkdown(report);
    for (const line of [
      '## 四、集体单位成员落实情况 / Members of collectives（2 项）',
      '| 2 | 各市、县（市、区）政府 | 牵头 | 14个成员单位：已报告13，办理中1，逾期1 | 鞍山市人民政府 | 任务2：完善养老服务设施 |',
      '## 五、下级实施方案进展 / Child plans（2 个）',
      '| 2 | 沈阳市落实方案（shenyang-2025） | 沈阳市人民政府 | 6 | 2 | 1 | 1 | 0 | 2 | 待出台措施1、实施中3、已办结2 | 未完成 | 2025-06-29 |',
      '| 2 | 各市、县（市、区）政府 | 完成 | 2025-06-15 | 15 | 逾期，宽限期内，尚未提交 | 各市、县（市、区）政府：14个成员单位中1个逾期 |',
      '## 六、联席会议事项',
      '## 七、单位绩效考核 / Unit ranking',
      '### （一）各地政府 / Governments of divisions（14 个单位）',
      '| 12 | 抚顺市人民政府 | 1 | 1 | 0 | 0 | 0 | 0/0/0 | 0/0/0 | 1/0/0 | 1 | 0 | 100.0% |',
      '| 14 | 鞍山市人民政府 | 1 | 1 | 0 | 0 | 0 | 0/1/0 | 0/0/1 | 0/0/1 | 0 | 1 | 0.0% |',
      '### （二）部门及其他单位 / Departments and other bodies（3 个单位）',
    ])
      expect(md).toContain(line);
  });

  it('prints the same sections in HTML', () => {
    const html = bulletinHtml(report);
    for (const id of ['id="members"', 'id="child-plans"', 'id="ranking-divisions"', 'id="ranking-departments"']) expect(html).toContain(id);
    expect(html).toContain('<h2>七、单位绩效考核');
  });
});

describe('the ledger rows of a plan with an expanded collective', () => {
  it('name the collective once with its members’ counts, not fourteen names', () => {
    expect(report.ledger.map((r) => [r.no, r.leadUnits, r.assistingUnits])).toEqual([
      ['1', '省发展改革委', `省财政厅、${COLLECTIVE}（14个成员单位：已反馈12，已签收1，逾期1，提请联席会议1，免除1）`],
      ['2', `${COLLECTIVE}（14个成员单位：已报告13，办理中1，逾期1）`, ''],
      ['3', '省民政厅', ''],
    ]);
  });
});

describe('the ranking chart of the cities', () => {
  it('draws a bar per city with its items on time, late, overdue and waived', () => {
    const svg = rankGroupSvg(report.ranking.groups[0] as RankGroup);
    expect(svg.match(/<text x="184" [^>]*>[^<]*人民政府<\/text>/g)).toHaveLength(14);
    // 鞍山: 1 late (its acknowledgement), 2 overdue; 抚顺: 1 on time, 1 waived
    expect(svg).toContain('<title>鞍山市人民政府 逾期完成：1</title>');
    expect(svg).toContain('<title>鞍山市人民政府 逾期未完成：2</title>');
    expect(svg).toContain('<title>抚顺市人民政府 免除：1</title>');
    expect(svg).not.toContain(`${COLLECTIVE} `);
  });
});
