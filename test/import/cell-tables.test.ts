// Specification: tables copied one cell a paragraph whose rows do not fall one paragraph per column — a cell left out, a cell over several paragraphs, a row under another's 序号.
import { describe, expect, it } from 'vitest';
import { readLines as read, rolesOf as roles } from '../support/read-lines';

/** One paragraph a cell, a blank line after each, as pages copied from Word print them. */
const paragraphs = (cells: string[]): string[] => cells.flatMap((c) => [c, '']);

describe('a row with fewer paragraphs than its header', () => {
  // 沈阳辽中 2024: the first row has no 责任领导, and its empty cell left no paragraph
  const liaozhong = [
    '2024年政府工作报告主要工作任务分解表',
    ...paragraphs(['序号', '主要工作举措', '牵头单位', '配合单位', '责任领导', '一、做大做强主导产业']),
    ...paragraphs(['1', '加快构建具有辽中特色的现代化产业体系,实现三产融合发展。', '区农业农村局', '区发展改革局、区工业和信息化局、沈阳近海经济区管委会']),
    ...paragraphs(['2', '加快安徽节源等在建项目的建设进度。', '沈阳近海经济区管委会', '自然资源分局、生态环境分局、区发展改革局', '冯冬昌']),
  ];

  it('places its paragraphs by what each holds, leaves the column it lacks empty and reports it with the line', () => {
    const { plan, report } = read(liaozhong);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([
      [['区农业农村局'], ['区发展改革局', '区工业和信息化局', '沈阳近海经济区管委会']],
      [['沈阳近海经济区管委会'], ['自然资源分局', '生态环境分局', '区发展改革局']],
    ]);
    expect(report.lines.filter((l) => l.kind === 'cellsAligned').map((l) => [l.line, l.decision.includes('责任领导')])).toEqual([[14, true]]);
  });

  it('reads 主要工作举措, a table\'s only column for the work, as the tasks\' text', () => {
    expect(read(liaozhong).plan.tasks[1]?.text).toBe('加快安徽节源等在建项目的建设进度。');
  });

  it('finds the person in the leaders\' column and the units in the unit columns when a column in between is left out (崇川, cells closed by |)', () => {
    const doc = [
      '2023年区政府重点民生实事项目推进情况',
      ...['序号', '主要任务', '全年目标任务', '分管 领导', '牵头 单位', '责任主体与协同单位', '1-11月推进情况', '说明'].map((c) => `${c} |`),
      ...['24', '优化提升50条背街后巷交通组织。', '徐国江', '城管局', '市政局、相关街道', '已进场施工,完成60%。'].map((c) => `${c} |`),
      '||',
      ...['25', '新增四分类达标小区210个。', '徐国江', '城管局', '市政局、环卫处、崇川经济开发区、各街道', '在46个小区建成38个厢房。', '项目于9月28才签订合同。'].map((c) => `${c} |`),
      '|',
    ];
    const { plan, report } = read(doc);
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, t.assistingUnits])).toEqual([
      ['24', ['城管局'], ['市政局', '相关街道']],
      ['25', ['城管局'], ['市政局', '环卫处', '崇川经济开发区', '各街道']],
    ]);
    // an excerpt numbered from 24 counts on from there: no number is a guess
    expect(report.lines.filter((l) => l.kind === 'numberInferred')).toEqual([]);
    expect(report.lines.filter((l) => l.kind === 'cellsAligned').map((l) => l.line)).toEqual([10, 17]);
  });

  it('refuses, naming the row\'s line, a row whose paragraphs fit more than one way (区数据局 could be the lead or the assisting unit)', () => {
    const doc = ['2023年工作要点', ...paragraphs(['序号', '工作任务', '牵头单位', '配合单位']), ...paragraphs(['1', '建成智慧平台。', '区数据局']), ...paragraphs(['2', '完善标准。', '区市场监管局', '区数据局'])];
    expect(() => read(doc)).toThrow(expect.objectContaining({ code: 'MISSING_COLUMN', line: 10 }));
  });
});

describe('cells over several paragraphs, and a row under another\'s 序号 (大竹 2016)', () => {
  const dazhu = [
    '2016年民生实事目标任务分解表',
    ...paragraphs(['序号', '民生实事', '责任单位', '完成时限']),
    ...paragraphs(['1', '启动建设东柳河城区段综合治理工程和东湖湿地公园。', '县水务局', '县住建局', '县护城河指挥部', '12月底前']),
    ...paragraphs(['2', '开工建设县老年养护楼。', '县民政局', '5月底前动工', '开工建设老年大学。', '12月底前']),
    ...paragraphs(['3', '迁建县政务服务中心。', '县政务服务中心', '县代建中心', '12月底前']),
  ];

  it('reads a unit cell printed one unit a paragraph as one list', () => {
    expect(roles(dazhu)).toEqual([
      [['县水务局'], ['县住建局', '县护城河指挥部']],
      [['县民政局'], []],
      [['县政务服务中心'], ['县代建中心']],
    ]);
  });

  it('takes a row without 序号 or units under a numbered row for a further step of that task: one task, its deadlines both steps\', reported', () => {
    const { plan, report } = read(dazhu);
    expect(plan.tasks.map((t) => t.no)).toEqual(['1', '2', '3']);
    const task = plan.tasks[1];
    expect(task?.text).toBe('开工建设县老年养护楼。开工建设老年大学。');
    expect(task?.schedule.raw).toBe('5月底前动工；12月底前');
    expect(task?.schedule.spec).toMatchObject({ kind: 'by', targets: [{ due: '2016-05-31T23:59:59+08:00' }, { due: '2016-12-31T23:59:59+08:00' }] });
    expect(report.lines.filter((l) => l.kind === 'rowMerged').map((l) => [l.taskNo, l.line])).toEqual([['2', 30]]);
  });
});

describe('column words of such tables', () => {
  it('reads 项目名称 as the task, 牵头 领导 (spaced) as people, and a 责任单位 cell of units separated by a space (袁州 2023)', () => {
    const doc = [
      '2023年区政府民生实事进展情况',
      ...['序号', '项目名称', '具体任务及目标', '牵头 领导', '牵头单位', '责任单位', '进展情况'].map((c) => `${c} |`),
      ...['1', '公办教育资源扩容提质惠民工程', '①完成区第二幼儿园建设。', '杨 宜', '区教体局', '区国投集团 各有关乡镇(街道)', '①区第二幼儿园室内工程基本完成。'].map((c) => `${c} |`),
    ];
    const { plan } = read(doc);
    expect(plan.tasks.map((t) => [t.text, t.leadUnits, t.assistingUnits])).toEqual([['公办教育资源扩容提质惠民工程', ['区教体局'], ['区国投集团', '各有关乡镇(街道)']]]);
  });
});

describe('a table without 序号 whose work cells are numbered (普陀 2021, 主要指标完成情况)', () => {
  const putuo = [
    '普陀区2021年上半年国民经济和社会发展计划执行情况',
    '表1:上半年主要指标完成情况',
    ...paragraphs(['类别', '指标名称', '年度目标', '完成情况', '责任部门']),
    ...paragraphs(['高质量发展', '1、地区生产总值增长率', '与市保持同步', '9.8%', '区发改委']),
    ...paragraphs(['2、四大重点培育产业占区级税收', '比重', '提升4个', '百分点', '提升3.89个百分点', '区科委', '区金融办', '区商务委']),
    ...paragraphs(['3、新认定市级高新技术企业', '30家', '年度指标', '区科委', '高品质生活', '4、城乡登记失业人数', '控制在', '10410人内', '7919人', '区人社局']),
  ];

  it('reads a row from each number on, its units one a paragraph, the first listed leading (reported)', () => {
    const { plan, report } = read(putuo);
    expect(plan.tasks.map((t) => [t.printedNo, t.leadUnits, t.assistingUnits])).toEqual([
      ['1', ['区发改委'], []],
      ['2', ['区科委'], ['区金融办', '区商务委']],
      ['3', ['区科委'], []],
      ['4', ['区人社局'], []],
    ]);
    expect(report.lines.filter((l) => l.kind === 'leadInferred').map((l) => l.taskNo)).toEqual(['2']);
    expect(report.lines.filter((l) => l.kind === 'numberInferred')).toEqual([]);
  });

  it('takes the paragraph between a row\'s units and the next number for the next row\'s 类别, never a unit', () => {
    const { plan } = read(putuo);
    expect(plan.tasks[3]?.source.cells[0]).toBe('高品质生活');
    expect(plan.tasks[2]?.assistingUnits).toEqual([]);
  });

  it('splits cells run over paragraphs evenly rather than one cell taking three (比重 with the name, 百分点 with the target), reporting the placement', () => {
    const { plan, report } = read(putuo);
    // the number printed in the work's cell is the task's number (its printedNo), no part of its text
    expect([plan.tasks[1]?.printedNo, plan.tasks[1]?.text]).toEqual(['2', '四大重点培育产业占区级税收比重']);
    expect(plan.tasks[1]?.source.cells.slice(2, 4)).toEqual(['提升4个百分点', '提升3.89个百分点']);
    expect(report.lines.filter((l) => l.kind === 'cellsAligned').length).toBe(4);
  });
});

describe('bounds', () => {
  it('refuses a row that runs over more paragraphs than a row can hold, naming its line and the number it expected', () => {
    const doc = ['2023年工作要点', ...paragraphs(['序号', '工作任务', '牵头单位', '完成时限']), ...paragraphs(['1', '建成智慧平台。', '区数据局']), ...paragraphs(Array.from({ length: 60 }, (_, i) => `第${i}段说明文字。`))];
    expect(() => read(doc)).toThrow(expect.objectContaining({ code: 'BAD_ROW', line: 10 }));
  });
});
