// Specification: the layouts the held-out pages showed (one-line pages, bare unit brackets, `|` cells, pinyin, 下同), in their own words.
import { describe, expect, it } from 'vitest';
import { SAME_BELOW_LIMIT } from '../../seeds/same-below';
import { readLines as read, rolesOf as roles } from '../support/read-lines';

describe('a page copied as one line', () => {
  const henan =
    '豫政〔2023〕5号 现将《政府工作报告》提出的2023年重点工作任务予以分解并明确责任单位。 一、加快提振市场信心 (一)全面促进消费增长。 ' +
    '1.把恢复和扩大消费摆在优先位置。(省商务厅、财政厅、发展改革委、地方金融监管局、人行郑州中心支行、河南银保监局等相关部门按职责分工负责) ' +
    '2.落实好提振市场信心90条措施。(省发展改革委牵头,省商务厅、财政厅、文化和旅游厅等相关部门按职责分工负责)';

  it('is cut at its numbering, each item read with its own roles, and the cut reported with the line', () => {
    const { plan, report } = read([henan]);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([
      [['省商务厅'], ['省财政厅', '省发展改革委', '省地方金融监管局', '人行郑州中心支行', '河南银保监局']],
      [['省发展改革委'], ['省商务厅', '省财政厅', '省文化和旅游厅']],
    ]);
    expect(report.lines).toContainEqual(expect.objectContaining({ kind: 'rowMerged', line: 1 }));
    // no unit carries the level prefix into 人行… or …银保监局, and the first-listed lead of item 1 is a reported guess
    expect(report.lines).toContainEqual(expect.objectContaining({ kind: 'leadInferred', taskNo: '1' }));
  });

  it('is not cut at a number after a space unless two marks number one after the other', () => {
    const { plan, report } = read(['2023年工作要点', '1.全年新增就业 3、5万人，完成 2.5亿元投资。（市人社局牵头，市财政局配合）']);
    expect(plan.tasks).toHaveLength(1);
    expect(report.lines.filter((l) => l.kind === 'rowMerged')).toEqual([]);
  });
});

describe('units in a bare bracket under each item (无锡, 锡政发[2011]21号)', () => {
  const wuxi = [
    '市政府2011年重点工作分解落实方案',
    '一、目标分解',
    '3、主要污染物排放量较2010年削减4%。',
    '(市环保局、发改委、经信委)',
    '4、城镇居民人均可支配收入和农民人均纯收入均增长12%。',
    '(市发改委、农委、人保局,各市(县)、区政府)',
  ];

  it('are the item\'s units: the first listed leads (a reported guess), the prefix carried, a collective kept whole', () => {
    const { plan, report } = read(wuxi);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([
      [['市环保局'], ['市发改委', '市经信委']],
      [['市发改委'], ['市农委', '市人保局', '各市(县)、区政府']],
    ]);
    expect(report.lines.filter((l) => l.kind === 'leadInferred').map((l) => l.line)).toEqual([3, 5]);
  });

  it('never takes a remark in brackets for units', () => {
    const doc = ['2023年工作要点', '1.推进认证工作，设立认证工作办公室(以下简称认证办)。', '牵头单位：市农业农村局'];
    expect(roles(doc)).toEqual([[['市农业农村局'], []]]);
  });
});

describe('labels and names as copies print them', () => {
  it('splits labelled clauses at a comma and drops the pinyin a page printed after its characters, reporting it (青岛, traditional script)', () => {
    const doc = ['2023年重點工作任務', '1.建設崂山實驗室成果轉化基地。(牽頭單位:市科技局,參與單位:青島藍(lán)谷管理局)'];
    const { plan, report } = read(doc);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([[['市科技局'], ['青島藍谷管理局']]]);
    expect(report.lines).toContainEqual(expect.objectContaining({ kind: 'junkDropped', line: 2, decision: expect.stringContaining('拼音') }));
  });

  it('reads a table copied one cell a line, each cell closed by |, with 责任领导 as people and 全年 as the plan year\'s end (霍山)', () => {
    const doc = ['2025年开发区重点工作及责任清单', '序号 |', '重点工作 |', '责任领导 |', '责任单位 |', '完成时限 |', '1 |', '全力推进开发区“空间再造”。 |', '马振明 |', '改革办 |', '全年 |'];
    const [task] = read(doc).plan.tasks;
    expect(task).toMatchObject({ leadUnits: ['改革办'], assistingUnits: [] });
    expect(task?.schedule.spec).toEqual({ kind: 'by', targets: [{ milestone: 'complete', due: '2025-12-31T23:59:59+08:00', text: '全年' }] });
  });

  it('reads a 预期目标 column as the task text (沙坪坝, one cell a paragraph)', () => {
    const doc = ['2022年区政府工作报告经济社会发展预期目标任务分解表', '', '序号', '', '2022年预期目标', '', '责任单位', '', '1', '', '地区生产总值增长5.5%左右', '', '区发展改革委', '', '2', '', '区级税收增长6%左右', '', '区税务局'];
    expect(read(doc).plan.tasks.map((t) => [t.text, t.leadUnits])).toEqual([
      ['地区生产总值增长5.5%左右', ['区发展改革委']],
      ['区级税收增长6%左右', ['区税务局']],
    ]);
  });
});

describe('下同 carries a note or a unit to the tasks below', () => {
  it('makes a unit closed by 下同 an assisting unit of every later task, reported on each with the line it came from', () => {
    const doc = ['2023年重点任务分工', '1.推进城市更新。（市住建局牵头，市财政局配合，各区政府负责落实，下同）', '2.建设口袋公园。（市城管局牵头，市自然资源局配合）', '3.改造老旧小区。（市住建局牵头）'];
    const { plan, report } = read(doc);
    expect(plan.tasks.map((t) => t.assistingUnits)).toEqual([['市财政局', '各区政府'], ['市自然资源局', '各区政府'], ['各区政府']]);
    const carried = report.lines.filter((l) => l.decision.includes('carried by 下同'));
    expect(carried.map((l) => [l.taskNo, l.line])).toEqual([
      ['2', 3],
      ['3', 4],
    ]);
  });

  it('keeps a remark closed by 下同 a remark on the tasks below, never a unit; 列第一位者为牵头 makes the first listed lead without a guess (桐乡)', () => {
    const doc = [
      '2020年政府工作报告主要工作责任分解',
      '一、于会游市长主抓重点工作',
      '1.制定出台高质量发展“1+4+8”政策体系。',
      '责任单位:财政局、发改局、经信局、工商联(列第一位者为牵头或汇总单位,下同)',
      '2.全面落实各级“五减”系列政策。',
      '责任单位:发改局、经信局、财政局',
    ];
    const { plan, report } = read(doc);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([
      [['财政局'], ['发改局', '经信局', '工商联']],
      [['发改局'], ['经信局', '财政局']],
    ]);
    expect(report.lines.filter((l) => l.kind === 'leadInferred')).toEqual([]);
    expect(report.lines).toContainEqual(expect.objectContaining({ kind: 'unitUnknown', taskNo: '2', raw: '列第一位者为牵头或汇总单位' }));
  });
});

describe('以下各项…不再一一列出 says 下同 in words (青岛 养老, traditional script with pinyin)', () => {
  it('makes the units it names assist every later task, reported with the words that carry them', () => {
    const doc = [
      '2023年实施意见',
      '1.健全基本養老服務清單制度。(市民政局牽頭,各區(qū)、市政府負(fù)責(zé)落實(shí)。以下各項(xiàng)工作均需各區(qū)、市政府負(fù)責(zé)落實(shí),不再一一列出。)',
      '2.健全養老服務兜底保障制度。(市民政局牽頭,市財政局配合)',
    ];
    const { plan, report } = read(doc);
    expect(plan.tasks.map((t) => t.assistingUnits)).toEqual([['各區、市政府'], ['市財政局', '各區、市政府']]);
    expect(report.lines).toContainEqual(expect.objectContaining({ kind: 'leadInferred', taskNo: '2', line: 3, decision: expect.stringContaining('第 2 行「以下各項工作均需各區、市政府負責落實,不再一一列出。」') }));
  });
});

describe('下同 is bounded', () => {
  it('carries at most SAME_BELOW_LIMIT units, reporting each one past it as not carried', () => {
    const items = Array.from({ length: SAME_BELOW_LIMIT + 2 }, (_, i) => `${i + 1}.任务${i + 1}。（市民政局牵头，第${i + 1}工作组负责，下同）`);
    const { plan, report } = read(['2023年工作要点', ...items]);
    expect(plan.tasks.at(-1)?.assistingUnits).toHaveLength(SAME_BELOW_LIMIT + 1);
    expect(report.lines.filter((l) => l.decision.includes('too many 下同')).map((l) => l.raw)).toEqual([`第${SAME_BELOW_LIMIT + 1}工作组`, `第${SAME_BELOW_LIMIT + 2}工作组`]);
  });
});

describe('rules of the issue that had no test', () => {
  it('reads 「…配合，X牵头」 with the lead last, and keeps 各街道办事处 and 区直各部门 as units of their own', () => {
    const doc = ['2023年工作要点', '1.推进网格治理。（区委政法委、各街道办事处、区直各部门配合，区城运中心牵头）'];
    expect(roles(doc)).toEqual([[['区城运中心'], ['区委政法委', '各街道办事处', '区直各部门']]]);
  });

  it('lets 专班 lead, and 第一责任单位为牵头单位 set the rule for the list', () => {
    expect(roles(['2023年工作要点', '1.推进项目落地。（招商工作专班牵头，各乡镇配合）'])).toEqual([[['招商工作专班'], ['各乡镇']]]);
    const { report } = read(['2023年任务分工', '第一责任单位为牵头单位。', '序号\t工作任务\t责任单位\t完成时间', '1\t任务一\t市民政局、市财政局\t年底前']);
    expect(report.lines.filter((l) => l.kind === 'leadInferred')).toEqual([]);
  });
});
