// Specification: rules of the genre a held-out round showed missing — heading rows without a number, labels over their values, parts of the year as labels or columns, 由…负责落实, 各 over bare kinds.
import { describe, expect, it } from 'vitest';
import { dueDay } from '../../seeds/corpus';
import { listedOnce } from '../../seeds/listed-once';
import { parseSchedulePhrase } from '../../seeds/schedule-phrases';
import { looksLikeUnit, splitUnitList } from '../../seeds/unit-list';
import { readLines as read } from '../support/read-lines';


describe('a table copied a cell a paragraph, with heading rows that print no number', () => {
  const doc = [
    '2024年重点工作责任分工',
    ...['序号', '重点工作', '牵头单位', '配合单位'].flatMap((c) => [c, '']),
    ...['强化科技创新支撑能力。', '(一)', '加强战略科技力量建设。'].flatMap((c) => [c, '', '']),
    ...['1', '新建社区食堂20个。', '区民政局', '区财政局', '2', '改造老旧小区10个。', '区住建局', '区财政局'].flatMap((c) => [c, '']),
  ];

  it('reads the headings as headings, each reported, and the numbered rows as the tasks', () => {
    const { plan, report } = read(doc);
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, t.assistingUnits])).toEqual([
      ['1', ['区民政局'], ['区财政局']],
      ['2', ['区住建局'], ['区财政局']],
    ]);
    expect(report.lines.filter((l) => l.kind === 'sectionRecovered').map((l) => l.raw)).toEqual(['强化科技创新支撑能力。', '(一)加强战略科技力量建设。']);
  });
});

describe('an item\'s title without a stop, its labels run on in the same line', () => {
  it('is an item; a title on a line of its own without a stop is not', () => {
    const { plan } = read(['2023年工作任务分工', '粮食产量1268万吨以上 部门分工:省农业农村厅牵头,各地配合。 建设高标准农田100万亩 部门分工:省农业农村厅牵头,省财政厅配合。']);
    expect(plan.tasks.map((t) => [t.text, t.leadUnits, t.assistingUnits])).toEqual([
      ['粮食产量1268万吨以上', ['省农业农村厅'], ['各地']],
      ['建设高标准农田100万亩', ['省农业农村厅'], ['省财政厅']],
    ]);
  });
});

describe('parts of the year as labels and as columns', () => {
  it('reads 第一季度： … 第四季度： labels as the item\'s dated steps', () => {
    const { plan } = read(['2019年重点工作', '1.推进广佛同城化。', '牵头单位：市发展改革委', '第一季度：制定年度计划。', '第四季度：做好年度总结。']);
    const spec = plan.tasks[0]?.schedule.spec;
    expect(spec?.kind === 'by' ? spec.targets.map((t) => t.due.slice(0, 10)) : null).toEqual(['2019-03-31', '2019-12-31']);
  });

  it('reads a quarterly plan\'s columns each as a step, its last filled quarter the task\'s last deadline', () => {
    const { plan } = read([
      '2024年季度推进计划表',
      '序号\t工作任务\t第一季度\t第二季度\t第三季度\t第四季度\t牵头单位',
      '1\t新建社区食堂20个\t完成选址\t开工建设\t\t\t区民政局',
      '2\t改造老旧小区10个\t完成设计\t\t开工\t竣工验收\t区住建局',
    ]);
    expect(plan.tasks.map(dueDay)).toEqual(['2024-06-30', '2024-12-31']);
  });
});

describe('labels printed over their values, each on a line of its own', () => {
  const doc = ['具体任务', '2023年新建社区食堂20个，改造老旧小区10个。', '责任单位', '民政局、住建局', '配合单位', '各乡镇', '完成时限', '12月底前'];

  it('read as label lines: the work, its units, its time', () => {
    const { plan, report } = read(doc, { issuedOn: '2023-03-01' });
    expect(plan.tasks.map((t) => [t.text, t.leadUnits, t.assistingUnits, dueDay(t)])).toEqual([['2023年新建社区食堂20个，改造老旧小区10个。', ['民政局', '住建局'], ['各乡镇'], '2023-12-31']]);
    expect(report.lines.filter((l) => l.kind === 'rowMerged' && l.decision.includes('on the line below')).map((l) => l.raw)).toEqual(['民政局、住建局', '各乡镇', '12月底前']);
  });
});

describe('a closing sentence 由X负责落实', () => {
  it('gives its units to the item it closes, the first listed the reported guess', () => {
    const { plan, report } = read(['2005年工作重点', '（一）继续实施种粮农民直接补贴。由市财政局、农业局，各县（市）、区人民政府负责落实。']);
    expect(plan.tasks.map((t) => [t.text, t.leadUnits, t.assistingUnits])).toEqual([['继续实施种粮农民直接补贴。', ['市财政局'], ['市农业局', '各县（市）、区人民政府']]]);
    expect(report.lines.some((l) => l.kind === 'leadInferred' && l.decision.includes('first listed'))).toBe(true);
  });

  it('on a line of its own makes the paragraph above it an item', () => {
    const { plan } = read(['2005年工作重点', '一、主要目标', '生产总值增长13%；地方财政收入增长15%。', '由市发改委、统计局负责落实。']);
    expect(plan.tasks.map((t) => [t.text, t.leadUnits, t.assistingUnits])).toEqual([['生产总值增长13%；地方财政收入增长15%。', ['市发改委'], ['市统计局']]]);
  });
});

describe('a bare kind of unit after a 各 collective', () => {
  it('takes the 各, reported; a named unit does not', () => {
    const list = splitUnitList('各相关部门、镇街（园区）、市财政局');
    expect(list.mentions.map((m) => m.name)).toEqual(['各相关部门', '各镇街（园区）', '市财政局']);
    expect(list.repairs.some((r) => r.kind === 'unitPrefixed' && r.decision.includes('各镇街'))).toBe(true);
    expect(splitUnitList('市财政局，各县区、功能板块').mentions.map((m) => m.name)).toEqual(['市财政局', '各县区', '各功能板块']);
  });
});

describe('labels run together on one line, and labels inside running text', () => {
  it('ends a unit label\'s value at the next label of any list word, a progress label\'s words kept out', () => {
    const { plan } = read(['2014年民生实事', '2.新增路口视频设备300套。', '牵头领导:张三 责任单位:市公安局 项目责任人:李四 配合单位:市城管局、市财政局 实际完成情况:中心设备调试、立杆基础浇筑']);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([[['市公安局'], ['市城管局', '市财政局']]]);
  });

  it('reads a unit label after a comma, its value ended by its full stop, the rest no unit', () => {
    const { plan } = read(['2017年民生工程进展', '2、农村饮水安全巩固提升工程,牵头部门:市水利局。未完成建设任务的县区为舒城县。', '3、棚户区改造,牵头部门:市住建委。新开工进度较慢。']);
    expect(plan.tasks.map((t) => [t.text, t.leadUnits, t.assistingUnits])).toEqual([
      ['农村饮水安全巩固提升工程', ['市水利局'], []],
      ['棚户区改造', ['市住建委'], []],
    ]);
  });

  it('leaves a time after a comma in the work\'s words to the work', () => {
    const { plan } = read(['2024年工作要点', '1.新建社区食堂20个,完成时限:年底前。（区民政局牵头）']);
    expect(plan.tasks.map((t) => [t.text, t.leadUnits])).toEqual([['新建社区食堂20个,完成时限:年底前。', ['区民政局']]]);
  });
});

describe('items numbered 01 02, labels printed over their values', () => {
  it('reads each item, a label without its colon too', () => {
    const { plan, report } = read(['2021年办实事项目进展', '01 项目名称:提升生态环境', '项目内容:', '连通城区河道水系。', '责任单位:', '水务局、城管局', '02 项目名称:加大文化惠民力度', '项目内容:', '新建城市书房1个。', '责任单位', '文广旅局', '完成时限', '2021年12月底前']);
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, t.assistingUnits, dueDay(t)])).toEqual([
      ['1', ['水务局'], ['城管局'], null],
      ['2', ['文广旅局'], [], '2021-12-31'],
    ]);
    expect(report.lines.filter((l) => l.kind === 'rowMerged' && l.decision.includes('line below')).length).toBe(3);
  });
});

describe('an excerpt of a list, its rows numbered as the whole list numbers them', () => {
  it('parts the rows at each larger number before a sentence of work, a stray small number left in its row', () => {
    const doc = ['2023年重点工作完成情况', ...['序号', '目标任务', '牵头责任单位', '计划完成时间', '目前完成情况'].flatMap((c) => [c, '']), ...['6', '农村居民人均可支配收入与经济增长同步。', '经管站', '2', '2023年底', '三季度增幅7.4%', '52', '建成高标准农田8.3万亩。', '农田建设管理股、农业股', '2023年底', '整体进度70%'].flatMap((c) => [c, ''])];
    const { plan } = read(doc);
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, t.assistingUnits, dueDay(t)])).toEqual([
      ['6', ['经管站'], [], '2023-12-31'],
      ['52', ['农田建设管理股', '农业股'], [], '2023-12-31'],
    ]);
  });
});

describe('unit names of a county\'s own sections and stations', () => {
  it.each(['经管站', '农业股', '县财政所', '区环卫处', '市消防支队'])('%s is a unit', (name) => {
    expect(looksLikeUnit(name)).toBe(true);
  });
});

describe('units named once for the tasks below, after words of any kind for those tasks', () => {
  it.each([
    ['以下政策措施均需各县区人民政府、园区管委会落实,不再单独列出', '各县区人民政府、园区管委会落实'],
    ['以下各项任务措施均需各县（市、区）人民政府落实，不再列出', '各县（市、区）人民政府落实'],
    ['以下各项工作均需各区、市政府负责落实，不再一一列出', '各区、市政府负责落实'],
  ])('%s names %s', (text, units) => {
    expect(listedOnce(text)?.units).toBe(units);
  });
});

describe('task numbers', () => {
  it('are each a task\'s own: items numbered 1. again under a group heading that is no section (（二）已开工任务) are told apart, reported', () => {
    const { plan, report } = read(['2023年十件民生实事推进情况', '(一)已完成任务共2项', '1.安置就业困难人员6100人。(责任单位:州人社局)', '2.新开工棚户区改造1666套。(责任单位:州住建局)', '(二)已开工建设任务共1项', '1.新开工老旧小区改造221个。(责任单位:州住建局)']);
    const nos = plan.tasks.map((t) => t.no);
    expect(new Set(nos).size).toBe(nos.length);
    expect(plan.tasks.map((t) => t.leadUnits)).toEqual([['州人社局'], ['州住建局'], ['州住建局']]);
    expect(report.lines.some((l) => l.kind === 'numberInferred' && l.decision.includes('a number given twice'))).toBe(true);
  });
});

describe('times that are no completion date', () => {
  it.each([
    ['按月推进', 'ongoing'],
    ['每月', 'ongoing'],
    ['2024年起', 'ongoing'],
    ['从2025年开始实施', 'ongoing'],
    ['2024年底前', 'by'],
  ])('%s is %s', (phrase, kind) => {
    expect(parseSchedulePhrase(phrase, 2024).spec.kind).toBe(kind);
  });
});
