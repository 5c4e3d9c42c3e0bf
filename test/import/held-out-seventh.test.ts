// Specification: rules of the genre the seventh held-out round showed — role groups closing clauses, persons in them, times inside them, labels after the text.
import { describe, expect, it } from 'vitest';
import { dueDay } from '../../seeds/corpus';
import { readLines as read, rolesOf as roles } from '../support/read-lines';

describe('a role group that closes a clause inside a paragraph', () => {
  const doc = [
    '2016年重点工作部门分工的意见',
    '(一)增强创新能力。推进示范区建设,构建政策体系(分管副省长负责,省科技厅牵头)。实施一批攻关项目,落实减税政策(省科技厅、省财政厅等负责),建设一批众创空间(省科技厅牵头)。',
  ];

  it('ends its task: each clause closed by its own roles is a task of its own', () => {
    expect(roles(doc)).toEqual([
      [['省科技厅'], []],
      [['省科技厅'], ['省财政厅']],
      [['省科技厅'], []],
    ]);
  });

  it('numbers the clauses cut from a numbered paragraph as its parts, each reported', () => {
    const { plan, report } = read(doc);
    expect(plan.tasks.map((t) => t.no)).toEqual(['1', '1.2', '1.3']);
    expect(report.lines.filter((l) => l.kind === 'numberInferred').map((l) => [l.taskNo, l.line])).toEqual([['1.2', 2], ['1.3', 2]]);
  });

  it('leaves a clause without roles of its own in the task before it (推进A（X牵头），推进B。)', () => {
    expect(read(['2016年工作要点', '1.推进园区建设(市发改委牵头),推进招商引资。']).plan.tasks.map((t) => [t.leadUnits, t.text])).toEqual([[['市发改委'], '推进园区建设,推进招商引资。']]);
  });
});

describe('posts of persons inside a role group', () => {
  it('are people, never units: 分管副市长、协管副秘书长负责 names who answers, the units follow', () => {
    expect(roles(['2020年工作要点', '1.推进消费升级。(分管副市长、协管副秘书长负责,市商务局牵头,市财政局配合)'])).toEqual([[['市商务局'], ['市财政局']]]);
  });

  it('keeps them out of a list with no role word, whose first unit then leads', () => {
    expect(roles(['2020年工作要点', '1.推进消费升级。(分管副市长负责,市商务局、市财政局等负责)'])).toEqual([[['市商务局'], ['市财政局']]]);
  });
});

describe('a number printed with a full stop (1。)', () => {
  it('is the item\'s mark, as 1. is, where a character follows it', () => {
    const { plan } = read(['2020年重点工作的任务分工', '  1。稳定经济运行。(市发改委牵头)', '  2。扩大有效投资。(市发改委牵头,市财政局配合)']);
    expect(plan.tasks.map((t) => [t.no, t.printedNo, t.inferredNo])).toEqual([['1', '1', false], ['2', '2', false]]);
  });
});

describe('a time said inside the role group', () => {
  it('is the task\'s schedule, not a unit: 年内持续推进 is work carried on through the year', () => {
    const { plan } = read(['2020年重点工作的任务分工', '1.稳定经济运行。(市政府各部门分别负责,年内持续推进)']);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits, t.schedule.spec.kind])).toEqual([[['市政府各部门'], [], 'ongoing']]);
  });

  it('dates the task when it is a deadline (…,2020年6月底前完成)', () => {
    const { plan } = read(['2020年重点工作的任务分工', '1.建成养老服务中心。(市民政局牵头,市财政局配合,2020年6月底前完成)']);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits, dueDay(t)])).toEqual([[['市民政局'], ['市财政局'], '2020-06-30']]);
  });
});

describe('labelled roles printed after the item\'s text, with no bracket', () => {
  it('are its roles (…。牵头单位:X;责任单位:Y。), and a regulator named with its province keeps its name', () => {
    const doc = ['2018年《政府工作报告》重点工作责任分解', '1、规范政府举债行为,依法处置隐性债务。牵头单位:省财政厅;责任单位:省发改委、省审计厅,人行武汉分行、湖北证监局、湖北保监局等,各市州政府。'];
    expect(roles(doc)).toEqual([[['省财政厅'], ['省发改委', '省审计厅', '人行武汉分行', '湖北证监局', '湖北保监局', '各市州政府']]]);
  });
});

describe('a depot directly under a central body (中储粮株洲直属库)', () => {
  it('keeps the name it is printed with: the level carried down the list does not reach it', () => {
    expect(roles(['2015年实施意见', '(一)增强粮食安全意识。(市发改委、市农委、中储粮株洲直属库。排名第一的为牵头单位,下同)'])).toEqual([[['市发改委'], ['市农委', '中储粮株洲直属库']]]);
  });
});

describe('a line numbered like a section (三十四、) that closes with its own roles', () => {
  it('is an item, numbered by its numeral, not a section heading', () => {
    const doc = ['三十四、狠抓精神文明建设。开展文明城市创建活动。(责任单位:市文明办、双拥办,各区县人民政府)', '三十五、加快构筑人才高地。设立人才开发专项基金。(责任单位:市人事局)'];
    const { plan } = read(doc, { issuedOn: '2006-01-01' });
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, t.assistingUnits])).toEqual([
      ['34', ['市文明办'], ['市双拥办', '各区县人民政府']],
      ['35', ['市人事局'], []],
    ]);
    expect(plan.sections).toEqual([]);
  });
});

describe('items whose numbers a copy lost, on lines of their own after numbered items', () => {
  it('continue the numbering up to the next numbered item, each reported', () => {
    const doc = [
      '2006年政府工作报告要求重点做好的工作事项',
      '(一)加快汽车产业基地建设。(牵头单位:市经贸委;配合单位:市发改委、规划局)',
      '?。ǘ┩推进石化基地建设。(牵头单位:市发改委;配合单位:市经贸委)',
      '?。ㄈ┲?创建生物医药产业基地。(牵头单位:市发改委;配合单位:市科技局)',
      '(四)加快物流园区建设。(牵头单位:市交委;配合单位:市经贸委)',
    ];
    const { plan, report } = read(doc);
    expect(plan.tasks.map((t) => [t.no, t.leadUnits])).toEqual([
      ['1', ['市经贸委']],
      ['2', ['市发改委']],
      ['3', ['市发改委']],
      ['4', ['市交委']],
    ]);
    expect(report.lines.filter((l) => l.kind === 'numberInferred').map((l) => [l.taskNo, l.line])).toEqual([['2', 3], ['3', 4]]);
  });
});

describe('a bare year opening its clause with the level to reach', () => {
  it('is that target\'s year (…，2012年非公经济比重超过60%), while a year inside a clause dates nothing', () => {
    const doc = ['2012年工作要点', '1.壮大民营经济,完善服务体系,2012年非公经济增加值占GDP的比重超过60%。(市工信局牵头)', '2.耕地保有量保持在国务院确定的我市2010年耕地保有量面积。(市国土局牵头)'];
    expect(read(doc).plan.tasks.map(dueDay)).toEqual(['2012-12-31', null]);
  });
});

describe('a web table whose 工作要点 column stands beside its 工作任务', () => {
  const doc = [
    '一、提高新型工业化水平',
    '|',
    '工作要点',
    '| 工作任务',
    '| 牵头单位',
    '| 参与单位',
    '|',
    '打造产业旗舰。',
    '| 实施龙头企业培育工程。',
    '| 市工信局、市发改委',
    '| 各县市区',
    '|',
    '壮大民营经济。',
    '| 完善中小企业服务体系。',
    '| 市工信局',
    '| 市工商联、各县市区',
    '|',
    '实施中小企业成长工程。',
    '|',
    '发展现代服务业,建设区域性物流中心。',
    '| 市商务局',
    '| 市发改委',
    '|',
  ];

  it('reads the tasks from 工作任务 and the points as their heading; a short row takes the cells spanning it from above', () => {
    const { plan, report } = read(doc, { issuedOn: '2012-01-01' });
    expect(plan.tasks.map((t) => [t.text, t.leadUnits, t.assistingUnits])).toEqual([
      ['实施龙头企业培育工程。', ['市工信局', '市发改委'], ['各县市区']],
      ['完善中小企业服务体系。', ['市工信局'], ['市工商联', '各县市区']],
      ['实施中小企业成长工程。', ['市工信局'], ['市工商联', '各县市区']],
      ['发展现代服务业,建设区域性物流中心。', ['市商务局'], ['市发改委']],
    ]);
    expect(report.lines.filter((l) => l.kind === 'leadInferred').map((l) => l.line)).toEqual([18]);
  });
});

describe('a table copied one cell a paragraph with an indicator\'s level and its target type', () => {
  it('reads 指标要求 as the task\'s level and 目标类型 as no unit', () => {
    const doc = ['2019年《政府工作报告》目标任务分解表', '', '序号', '', '任 务 名 称', '', '指 标 要 求', '', '牵 头 部 门', '', '配 合 部 门', '', '目 标 类 型', '', '1', '', '地区生产总值', '', '增长5.5%', '', '区发改经信局', '', '区财政局、各街道办事处', '', 'A类'];
    expect(read(doc).plan.tasks.map((t) => [t.text, t.leadUnits, t.assistingUnits])).toEqual([['地区生产总值', ['区发改经信局'], ['区财政局', '各街道办事处']]]);
  });
});
