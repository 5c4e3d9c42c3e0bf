// Specification: rules of the genre the sixth held-out round showed — a list's rule said inside a role group, headings that name a lead, numbers printed without their stop.
import { describe, expect, it } from 'vitest';
import { readLines as read, rolesOf as roles } from '../support/read-lines';

describe('the list\'s rule said inside the first role group', () => {
  it('is a remark: 列第一位的为牵头部门 after a comma marks no unit, and the first listed leads here and below', () => {
    const doc = [
      '关于支持老工业基地振兴的落实意见(〔2014〕37号)',
      '1.深化投资审批改革。(省发展改革委、省编办、省水利厅等负责,列第一位的为牵头部门,下同)',
      '2.推进企业并购试点。(省工业信息化厅、省财政厅负责)',
    ];
    const { plan, report } = read(doc);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([
      [['省发展改革委'], ['省编办', '省水利厅']],
      [['省工业信息化厅'], ['省财政厅']],
    ]);
    // stated by the document, so no lead is reported as a guess; the rule is a remark, never a unit
    expect(report.lines.filter((l) => l.kind === 'leadInferred')).toEqual([]);
    expect(report.lines).toContainEqual(expect.objectContaining({ kind: 'unitUnknown', taskNo: '1', line: 2, raw: '列第一位的为牵头部门，下同' }));
  });

  it('leaves units written before the rule\'s full stop alone (…负责。列第一位的为牵头部门)', () => {
    expect(roles(['2017年工作要点', '1、建设公路。(省发改委、省交通运输厅负责。列第一位的为牵头部门,下同)'])).toEqual([[['省发改委'], ['省交通运输厅']]]);
  });
});

describe('a numbered heading that names a lead (（一）X牵头的工作)', () => {
  const doc = [
    '2010年市政府工作目标责任分解',
    '一、市长负责的工作',
    '(一)市审计局牵头的工作',
    '开展经济责任审计。',
    '协同单位:市直各部门。',
    '(二)市编办牵头的工作',
    '1.优化机构设置。',
    '2.推进事业单位分类改革。',
    '协同单位:市财政局、市人社局。',
    '二、常务副市长负责的工作',
    '(一)市政府办公室牵头的工作',
    '1.推进政务公开。',
    '(二)市发改委牵头的工作',
    '1.编制年度计划。',
    '协同单位:市统计局。',
  ];

  it('leads the text under it when no numbered items follow, and each item numbered under it otherwise', () => {
    expect(roles(doc)).toEqual([
      [['市审计局'], ['市直各部门']],
      [['市编办'], []],
      [['市编办'], ['市财政局', '市人社局']],
      [['市政府办公室'], []],
      [['市发改委'], ['市统计局']],
    ]);
  });

  it('names a person in a section heading (市长负责的工作): no unit, no task', () => {
    expect(read(doc).plan.tasks.map((t) => t.text)).toEqual(['开展经济责任审计。', '优化机构设置。', '推进事业单位分类改革。', '推进政务公开。', '编制年度计划。']);
  });

  it('numbers each item with its heading\'s number, and reports the lead it gives it with the heading\'s line', () => {
    const { plan, report } = read(doc);
    expect(plan.tasks.map((t) => [t.no, t.printedNo])).toEqual([
      ['1-1', '一(一)'],
      ['1-2-1', '一(二)1'],
      ['1-2-2', '一(二)2'],
      ['2-1-1', '二(一)1'],
      ['2-2-1', '二(二)1'],
    ]);
    const given = report.lines.filter((l) => l.kind === 'leadInferred').map((l) => [l.taskNo, l.line, l.decision.slice(0, 8)]);
    expect(given).toEqual([
      ['1-1', 3, '按第 3 行标题'],
      ['1-2-1', 7, '按第 6 行标题'],
      ['1-2-2', 8, '按第 6 行标题'],
      ['2-1-1', 12, '按第 11 行标'],
      ['2-2-1', 14, '按第 13 行标'],
    ]);
  });
});

describe('a number printed without its stop (1大力发展…)', () => {
  it('numbers an item when the line closes with its units and the number continues the list, reported', () => {
    const doc = [
      '省政府2006年重点任务分解落实方案',
      '一、推动产业优化升级',
      '1大力发展高新技术产业,提高增加值率。(省科技厅、发展改革委)',
      '2加快发展服务业,提升服务业比重。(省发展改革委牵头,省商务厅配合)',
    ];
    const { plan, report } = read(doc);
    expect(plan.tasks.map((t) => [t.printedNo, t.leadUnits, t.assistingUnits])).toEqual([
      ['1', ['省科技厅'], ['省发展改革委']],
      ['2', ['省发展改革委'], ['省商务厅']],
    ]);
    expect(report.lines.filter((l) => l.kind === 'numberInferred').map((l) => [l.taskNo, l.line])).toEqual([
      ['1', 3],
      ['2', 4],
    ]);
  });

  it('takes no quantity or date for a mark, nor a number that does not follow the last one', () => {
    const doc = [
      '2006年工作要点',
      '1.推进节能降耗。(省经贸委负责)',
      '3家重点企业完成改造。(省经贸委负责)',
      '10大工程年底前开工。(省发展改革委负责)',
    ];
    expect(read(doc).plan.tasks.map((t) => t.printedNo)).toEqual(['1', null, null]);
  });
});
