// Specification: rules of the genre the eighth held-out round showed — label lines wrapped or run together, the year's plan, this year and next, and names of places inside unit lists.
import { describe, expect, it } from 'vitest';
import { dueDay } from '../../seeds/corpus';
import { readLines as read, rolesOf as roles } from '../support/read-lines';

describe('a unit label whose value a PDF wrapped onto the next line', () => {
  const doc = ['2019年任务分解方案', '1.加强社区党组织建设。', '牵头单位:区委组织部', '配合单位:区委编办、区财政局、园区党', '工委、区民政局'];

  it('goes on with the next line: the name broken at the line end is one unit, the units after it are kept', () => {
    expect(roles(doc)).toEqual([[['区委组织部'], ['区委编办', '区财政局', '园区党工委', '区民政局']]]);
  });

  it('reports the join with the continuation line', () => {
    expect(read(doc).report.lines.filter((l) => l.kind === 'rowMerged').map((l) => l.line)).toEqual([5]);
  });

  it('goes on across a blank line a copy printed after every line', () => {
    expect(roles(doc.flatMap((l) => [l, '']))).toEqual([[['区委组织部'], ['区委编办', '区财政局', '园区党工委', '区民政局']]]);
  });

  it('goes on after a separator left at the line end (区财政局、 / 区民政局)', () => {
    expect(roles(['2019年任务分解方案', '1.加强社区党组织建设。', '牵头单位:区委组织部', '配合单位:区委编办、区财政局、', '区民政局'])).toEqual([[['区委组织部'], ['区委编办', '区财政局', '区民政局']]]);
  });

  it('does not take a line of text for units when the value is complete', () => {
    expect(roles(['2019年任务分解方案', '1.加强社区党组织建设。', '牵头单位:区委组织部', '配合单位:区财政局', '推进党群服务中心建设。'])).toEqual([[['区委组织部'], ['区财政局']]]);
  });
});

describe('a label printed right after the value of the one before it', () => {
  const doc = ['2024年民生实事项目任务', '一、老旧小区改造项目', '牵头单位:县住建局', '责任单位:城关镇任务目标:改造老旧小区12个。', '二、农村公路提升项目', '牵头单位:县交通运输局', '责任单位:各乡镇'];

  it('ends that value where the next label word begins: the target is no unit', () => {
    expect(roles(doc)).toEqual([[['县住建局'], ['城关镇']], [['县交通运输局'], ['各乡镇']]]);
  });

  it('is cut at the same place when the line is indented and ends with spaces', () => {
    expect(roles(['2024年民生实事项目任务', '一、老旧小区改造项目', '  牵头单位:县住建局', '  责任单位:城关镇任务目标:改造老旧小区12个。  '])).toEqual([[['县住建局'], ['城关镇']]]);
  });

  it('cuts every label of a line, spaced or not (牵头单位：X配合单位：Y完成时限：Z)', () => {
    const read3 = (line: string) => read(['2024年重点工作任务分工', '1.新建社区食堂20个。', line]).plan.tasks.map((t) => [t.leadUnits, t.assistingUnits, dueDay(t)]);
    expect(read3('牵头单位:市民政局  配合单位:市财政局  完成时限:2024年9月底前')).toEqual([[['市民政局'], ['市财政局'], '2024-09-30']]);
    expect(read3('牵头单位:市民政局配合单位:市财政局完成时限:2024年9月底前')).toEqual([[['市民政局'], ['市财政局'], '2024-09-30']]);
  });

  it('is reported as two labels on one line', () => {
    expect(read(doc).report.lines.filter((l) => l.kind === 'rowMerged').map((l) => l.line)).toEqual([4]);
  });
});

describe('a 任务目标 line among the item\'s labels', () => {
  it('holds the item\'s own words, so the date in it dates the task', () => {
    const { plan } = read(['2024年民生实事项目任务', '一、公共充电桩项目', '牵头单位:县城管局', '责任单位:县城投集团', '任务目标:9月底前建成公共充电桩200个']);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits, dueDay(t)])).toEqual([[['县城管局'], ['县城投集团'], '2024-09-30']]);
  });
});

describe('a bare year opening a clause, then 计划 (the year\'s plan for the work)', () => {
  const dueOf = (target: string): string | null => dueDay(read(['2024年民生实事项目任务', '一、公共充电桩项目', '牵头单位:县城管局', `任务目标:${target}`]).plan.tasks[0]!);

  it('dates the work by that year\'s end (2024年计划…完成, 2024年度计划对…改造)', () => {
    expect([dueOf('2025年计划在城区完成300个公共充电桩建设'), dueOf('2025年度计划对城区20个小区进行改造')]).toEqual(['2025-12-31', '2025-12-31']);
  });

  it('dates nothing when a plan is reported on (2023年计划执行情况) or the year sits inside a clause', () => {
    expect([dueOf('对照2023年计划执行情况推进充电桩建设'), dueOf('总结2023年计划执行情况')]).toEqual([null, null]);
  });
});

describe('今明两年 (this year and next)', () => {
  it('dates the work by the end of the year after the plan\'s, also in traditional script', () => {
    const due = (line: string): string | null => dueDay(read(['2014年促进经济稳增长工作方案', line]).plan.tasks[0]!);
    expect([due('1.加快农村公路建设,今明两年投资270亿元。(省交通运输厅负责)'), due('1.加快農村公路建設,今明兩年投資270億元。(省交通運輸廳負責)')]).toEqual(['2015-12-31', '2015-12-31']);
  });

  it('reads prose dates in traditional script as in simplified (年內, 2015年開工, 2015年計劃…完成)', () => {
    const due = (line: string): string | null => dueDay(read(['2014年促进经济稳增长工作方案', line]).plan.tasks[0]!);
    expect([due('1.力爭年內新增創新平臺10家。(省科技廳負責)'), due('1.推進機場建設,2015年開工建設。(省發改委負責)'), due('1.推進機場建設,2015年計劃完成主體工程。(省發改委負責)')]).toEqual(['2014-12-31', '2015-12-31', '2015-12-31']);
  });

  it('gives way to a date the sentence prints itself', () => {
    expect(dueDay(read(['2014年促进经济稳增长工作方案', '1.今明两年投资270亿元,2014年底前开工建设。(省交通运输厅负责)']).plan.tasks[0]!)).toBe('2014-12-31');
  });
});

describe('a unit followed by a bracket naming another body of its level (two nameplates)', () => {
  it('is one unit, named by the first name, and the repair is reported', () => {
    const { plan, report } = read(['2019年任务分解方案', '1.做好社区服务。(区委社会工委牵头,区民政局(区委社会部)、区财政局配合)']);
    expect(plan.tasks.map((t) => t.assistingUnits)).toEqual([['区民政局', '区财政局']]);
    expect(report.lines.some((l) => l.kind === 'unitRepaired' && l.raw === '区民政局(区委社会部)')).toBe(true);
  });

  it('keeps a bracket that is part of a name or says no body (县区政府（管委）, 高新园(邹区镇))', () => {
    expect(roles(['2019年任务分解方案', '1.做好社区服务。(市民政局牵头,县区政府（管委）、高新园(邹区镇)配合)'])).toEqual([[['市民政局'], ['县区政府（管委）', '高新园(邹区镇)']]]);
  });
});

describe('相关市、县政府 (the relevant city and county governments)', () => {
  it('is one collective, not cut at its 、 (as 各市、县政府 is not)', () => {
    expect(roles(['2014年工作方案', '1.加快公路建设。(省发改委、交通运输厅、相关市、县政府负责)'])).toEqual([[['省发改委'], ['省交通运输厅', '相关市、县政府']]]);
  });
});

describe('places printed without their level before a city\'s government', () => {
  it('share the level and the body: 甲、乙、丙市政府 are three governments, each reported', () => {
    const { plan, report } = read(['2014年工作方案', '1.推进机场建设。(省机场集团、牡丹江、鸡西、七台河市政府负责)']);
    expect(plan.tasks.map((t) => t.assistingUnits)).toEqual([['牡丹江市政府', '鸡西市政府', '七台河市政府']]);
    expect(report.lines.filter((l) => l.kind === 'unitRepaired').map((l) => l.raw)).toEqual(['牡丹江', '鸡西']);
  });

  it('takes one word alone for a place only when the divisions dataset knows it (鸡西 is; 民航 is not)', () => {
    expect(roles(['2014年工作方案', '1.推进机场建设。(省机场集团牵头,鸡西、七台河市政府配合)'])).toEqual([[['省机场集团'], ['鸡西市政府', '七台河市政府']]]);
    expect(roles(['2014年工作方案', '1.推进机场建设。(省机场集团牵头,民航、七台河市政府配合)'])).toEqual([[['省机场集团'], ['民航', '七台河市政府']]]);
  });

  it('is not done before a department: a word before 市财政局 is no place of it', () => {
    expect(roles(['2014年工作方案', '1.推进机场建设。(省交通厅牵头,民航、市财政局配合)'])).toEqual([[['省交通厅'], ['民航', '市财政局']]]);
  });
});

describe('a unit named with its city or province (无锡国税局, 辽宁金融监管局)', () => {
  it('keeps its own place: the level carried down the list does not reach it', () => {
    expect(roles(['2026年工作分工方案', '1.降低融资成本。(省发展改革委牵头,省财政厅、辽宁金融监管局等按职责分工负责)'])).toEqual([[['省发展改革委'], ['省财政厅', '辽宁金融监管局']]]);
  });

  it('carries its place down its run as a level is (苏州国税局、地税局 → 苏州地税局; 杭州市发改委、财政局 → 杭州市财政局)', () => {
    expect(roles(['2011年重点工作分解落实方案', '1.落实结构性减税。(市财政局、商务局,苏州国税局、地税局)'])).toEqual([[['市财政局'], ['市商务局', '苏州国税局', '苏州地税局']]]);
    expect(roles(['2011年重点工作分解落实方案', '1.落实结构性减税。(省财政厅牵头,杭州市发改委、财政局配合)'])).toEqual([[['省财政厅'], ['杭州市发改委', '杭州市财政局']]]);
    expect(roles(['2011年重点工作分解落实方案', '1.落实结构性减税。(省财政厅牵头,吉林市发改委、财政局配合)'])).toEqual([[['省财政厅'], ['吉林市发改委', '吉林市财政局']]]);
  });

  it('leaves a national railway bureau its name (哈尔滨铁路局, also in traditional script)', () => {
    expect(roles(['2014年工作方案', '1.推进铁路建设。(省发改委、鐵路辦、瀋陽鐵路局負責)'])).toEqual([[['省发改委'], ['省鐵路辦', '瀋陽鐵路局']]]);
  });
});

describe('how long a policy runs, or from when (实施期限至…, …起执行, A至B实施)', () => {
  const due = (text: string): string | null => dueDay(read(['2021年稳就业若干政策措施的实施意见', `1.${text}(市人社局、市财政局负责)`]).plan.tasks[0]!);

  it('is no deadline of the work, also in traditional script (實施期限延長至)', () => {
    expect([
      due('阶段性降低失业保险费率,实施期限至2022年4月30日。'),
      due('階段性降低失業保險費率政策實施期限延長至2022年4月30日。'),
      due('2021年5月1日起按照省级统筹费率标准执行;2021年5月1日至2022年4月30日实施阶段性下调费率的政策。'),
    ]).toEqual([null, null, null]);
  });

  it('leaves a deadline in the same paragraph a deadline', () => {
    expect(due('实施期限至2022年4月30日。2021年6月底前出台配套细则。')).toBe('2021-06-30');
  });
});

describe('a copy\'s ASCII punctuation and a 若干措施 title', () => {
  it('ends a sentence at an ASCII ; as at ；, so each clause\'s dates are read on their own', () => {
    const due = (sep: string): string | null => dueDay(read(['2014年促进经济稳增长工作方案', `1.2014年底前开工建设${sep}今明两年投资270亿元。(省交通运输厅负责)`]).plan.tasks[0]!);
    expect([due('；'), due(';')]).toEqual(['2015-12-31', '2015-12-31']);
  });

  it('takes the plan\'s year from a title line naming its 措施, which anchors year-less dates', () => {
    const { plan } = read(['2014年促进经济稳增长的若干措施', '1.加快农村公路建设,今明两年投资270亿元,12月底前开工。(省交通运输厅负责)']);
    expect(dueDay(plan.tasks[0]!)).toBe('2014-12-31');
  });
});
