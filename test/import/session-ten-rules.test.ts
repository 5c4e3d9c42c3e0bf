// Specification: rules of the genre written in session ten — a table parted by single spaces whose sentences kept a wrapped cell's spaces, dates in a measures column when the list has no time column.
import { describe, expect, it } from 'vitest';
import { dueDay } from '../../seeds/corpus';
import { parseSchedulePhrase } from '../../seeds/schedule-phrases';
import { splitUnitList } from '../../seeds/unit-list';
import { readLines as read } from '../support/read-lines';

describe('a table copied one row a line, cells parted by single spaces, a wrapped cell keeping its space', () => {
  const doc = [
    '某县2021年全面推行林长制主要任务分解表',
    '序号 类别 主要任务 具体措施 牵头单位 配合单位',
    '1 保护森林 资源 严格林地用途管制 落实林地保护利用规划，到2022年林地保有量不减少。 县林业局 县自然资源局、县财政局',
    '2  加强 古树名木保护 开展古树名木普查建档，2021年10月底前完成。 县林业局 县住建局',
  ];

  it('takes the unit columns from the right, the number first, and the sentences the words between', () => {
    const { plan } = read(doc);
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, t.assistingUnits, dueDay(t)])).toEqual([
      ['1', ['县林业局'], ['县自然资源局', '县财政局'], '2022-12-31'],
      ['2', ['县林业局'], ['县住建局'], '2021-10-31'],
    ]);
    expect(plan.tasks.map((t) => t.text)).toEqual(['严格林地用途管制', '加强古树名木保护']);
  });

  it('leaves a line of as many words as the header a row of its own, and a line that is no numbered row text', () => {
    const { plan } = read([...doc.slice(0, 2), '1 保护森林 严格林地用途管制 落实林地保护利用规划。 县林业局 县财政局', '（以上任务 由各乡镇 配合落实）']);
    expect(plan.tasks.map((t) => [t.text, t.leadUnits, t.assistingUnits])).toEqual([['严格林地用途管制', ['县林业局'], ['县财政局']]]);
  });
});

describe('a monthly cadence', () => {
  it.each([
    ['每月', 'monthly'],
    ['按月调度', 'monthly'],
    ['逐月推进', 'monthly'],
    ['按季度推进', 'quarterly'],
    ['持续推进', 'quarterly'],
    ['每年', 'yearly'],
  ])('%s is ongoing %s', (phrase, cadence) => {
    expect(parseSchedulePhrase(phrase, 2024).spec).toEqual({ kind: 'ongoing', cadence });
  });
});

describe('a web table whose levels of work stand before the task, rows short where cells spanned them', () => {
  const doc = [
    '某局2023年政务公开工作要点分工',
    '工作要求 | 一级要点 | 二级要点 | 落实科室(部门) |',
    '一、强化政策发布 | (一)做好文件公开。 | 1.及时公开规范性文件。 | 政策法规科牵头,办公室配合 |',
    '2.做好文件清理结果公开。 | 办公室牵头,各科室按照职责分工落实 | ||',
    '(二)做好政策解读。 | 3.同步解读重要政策。 | 办公室牵头,各科室配合 | |',
  ];

  it('takes the last level for the work, the headings for the rows under them, and places short rows\' cells', () => {
    const { plan, report } = read(doc);
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, t.assistingUnits])).toEqual([
      ['1', ['政策法规科'], ['办公室']],
      ['2', ['办公室'], ['各科室']],
      ['3', ['办公室'], ['各科室']],
    ]);
    expect(plan.tasks.map((t) => t.text)).toEqual([expect.stringContaining('及时公开规范性文件'), expect.stringContaining('做好文件清理结果公开'), expect.stringContaining('同步解读重要政策')]);
    expect(report.lines.filter((l) => l.kind === 'cellsAligned').map((l) => l.line)).toEqual([4, 5]);
  });

  it('carries a merged lead cell down to a numbered row whose later cells a copy moved left', () => {
    const { plan } = read([
      '2024年民生实事项目进展表',
      '| 序号 | 项目内容 | 月度计划 | 牵头单位 | 落实情况 |',
      '| 1 | 新建养老服务中心2家 | 3月:完成选址 | 县民政局 | 已完成选址。 |',
      '| 2 | 改造老年助餐点5个 | 3月:完成招标 | 已完成。完成率40%。 | |',
    ]);
    expect(plan.tasks.map((t) => t.leadUnits)).toEqual([['县民政局'], ['县民政局']]);
  });
});

describe('unit lists', () => {
  it.each([
    ['省药监局、省出入境检验检疫局按照职责分工负责', ['省药监局', '省出入境检验检疫局'], 0],
    ['区住建局牵头,区财政局配合', ['区住建局', '区财政局'], 1],
    ['综合科牵头,各科室协助落实', ['综合科', '各科室'], 1],
    ['各科室、单位', ['各科室、单位'], 0],
    ['市直有关部门、单位,各区政府', ['市直有关部门、单位', '各区政府'], 0],
    ['区财政局配合', ['区财政局配合'], 0],
  ])('%s → %j', (text, names, leads) => {
    const list = splitUnitList(text);
    expect([list.mentions.map((m) => m.name), list.markedLeads]).toEqual([names, leads]);
  });
});

describe('a year-less date in a later sentence of an item, in a plan that prints no year', () => {
  it('takes the year an earlier sentence of the item printed, reported', () => {
    // the text prints 2020 more often than the item's 2021: the year the list's text prints most gives way to the item's own
    const { plan, report } = read(['政务公开工作要点', '1.2021年6月底前完成目录编制;12月底前完成目录更新。(责任单位:县政府办)', '2.总结2020年经验，巩固2020年成果，12月底前完成。(责任单位:县政务服务中心)']);
    expect(dueDay(plan.tasks[0]!)).toBe('2021-12-31');
    expect(dueDay(plan.tasks[1]!)).toBe('2020-12-31');
    expect(report.lines.some((l) => l.kind === 'yearCarried' && l.decision.includes('2021 年读作 2021-12-31'))).toBe(true);
  });
});

describe('a table copied a cell a paragraph whose work column heads groups of numbered requirements', () => {
  const doc = [
    '某局2022年政务公开工作要点分工',
    ...['工作任务', '具体要求', '落实科室'].flatMap((c) => [c, '']),
    ...['加强规划公开', '1.公开本部门规划原文。', '规划科牵头,办公室配合', '2.公开规划解读材料。', '办公室'].flatMap((c) => [c, '']),
    ...['加强执法公开', '3.公开行政处罚结果。', '4.公开抽查检查结果。', '执法科、办公室按职责分工落实'].flatMap((c) => [c, '']),
  ];

  it('reads the numbered requirements as the tasks, the groups\' titles as their headings, reported', () => {
    const { plan, report } = read(doc);
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, t.assistingUnits])).toEqual([
      ['1', ['规划科'], ['办公室']],
      ['2', ['办公室'], []],
      ['3', ['执法科'], ['办公室']],
      ['4', ['执法科'], ['办公室']],
    ]);
    expect(report.lines.some((l) => l.kind === 'columnInferred' && l.decision.includes('「工作任务」列是各组的标题'))).toBe(true);
  });

  it('gives a group\'s one unit cell, printed after its last task, to every task of the group, reported', () => {
    const { report } = read(doc);
    expect(report.lines.filter((l) => l.kind === 'cellsAligned' && l.decision.includes('共用这一责任单位格')).length).toBe(1);
  });
});

describe('a table copied a cell a line, each closed by |, whose rows print their number after the work\'s column', () => {
  const cells = [
    '工作任务', '具体要求', '责任科室', '时限要求',
    '加强政策公开', '1', '公开本局规范性文件目录。', '办公室', '年底前',
    '做好年报工作', '2', '按时发布政务公开年度报告。', '各科室', '持续推进',
    '3', '做好年报数据统计。', '办公室', '持续推进',
  ];
  const doc = ['某局2023年政务公开任务清单', ...cells.flatMap((c) => [c, '|'])];

  it('cuts the rows at their numbers, the group titles heading their rows, the column after the number the task', () => {
    const { plan } = read(doc);
    expect(plan.tasks.map((t) => [t.no, t.text, t.leadUnits, dueDay(t)])).toEqual([
      ['1', '公开本局规范性文件目录。', ['办公室'], '2023-12-31'],
      ['2', '按时发布政务公开年度报告。', ['各科室'], null],
      ['3', '做好年报数据统计。', ['办公室'], null],
    ]);
  });
});

describe('units that each lead their part', () => {
  it('X、Y分别牵头 makes both lead', () => {
    const list = splitUnitList('市人社局、市农业农村局分别牵头');
    expect([list.mentions.map((m) => m.name), list.markedLeads]).toEqual([['市人社局', '市农业农村局'], 2]);
  });
});
