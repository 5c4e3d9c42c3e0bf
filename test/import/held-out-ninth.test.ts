// Specification: rules of the genre the ninth held-out round showed — further role labels, lists of labels, spaces a copy scatters, dates it prints its own way, tables with a category before 序号.
import { describe, expect, it } from 'vitest';
import { dueDay } from '../../seeds/corpus';
import { readLines as read, rolesOf as roles } from '../support/read-lines';

describe('a label for the unit that supplies a target’s figure (数据提供单位)', () => {
  it('is a role label: its unit assists, and the comma before it starts a clause', () => {
    expect(roles(['2019年目标任务责任分解方案', '(一)全社会研发投入增长10%。(牵头领导:张三,牵头单位:市科技局,数据提供单位:市统计局)'])).toEqual([[['市科技局'], ['市统计局']]]);
  });

  it('starts a list of its own: the level carried down the 责任单位 list does not reach it', () => {
    expect(roles(['2019年目标任务责任分解方案', '(一)居民收入增长7%。(牵头单位:市人社局,责任单位:市农业农村局、财政局;数据提供单位:调查队)'])).toEqual([[['市人社局'], ['市农业农村局', '市财政局', '调查队']]]);
  });
});

describe('a year-less date after a dated one in the same sentence', () => {
  const doc = ['稳增长的若干意见', '一、推进重大项目建设', '专项资金须于2017年6月底前下达60%以上、9月底前下达80%以上、11月底前全部下达到位。(省发展改革委牵头,省财政厅配合)'];

  it('takes that year, when the document gives none of its own', () => {
    expect(dueDay(read(doc).plan.tasks[0]!)).toBe('2017-11-30');
  });

  it('takes it before the plan year, and each one is reported with the phrase it borrowed from', () => {
    const { plan, report } = read(['2016年工作要点', '1.2017年3月底前出台方案,6月底前完成试点。(市发改委牵头)']);
    expect(dueDay(plan.tasks[0]!)).toBe('2017-06-30');
    expect(report.lines.filter((l) => l.kind === 'yearCarried').map((l) => [l.line, l.decision.includes('「2017年3月底前」')])).toEqual([[2, true]]);
  });

  it('takes it from a date printed in figures too (2024.3前…,6月底前)', () => {
    expect(dueDay(read(['2023年工作要点', '1、2024.3前出台方案,6月底前完成试点。(市发改委牵头)']).plan.tasks[0]!)).toBe('2024-06-30');
  });

  it('borrows nothing from a bare year: 2019年以来 leaves 6月底前 to the plan year', () => {
    expect(dueDay(read(['2023年工作要点', '1.2019年以来成效明显,6月底前完成验收。(市发改委牵头)']).plan.tasks[0]!)).toBe('2023-06-30');
  });
});

describe('a news page’s dotted date on a line of its own', () => {
  const doc = (date: string) => ['省政府重点工作部门分工', '', date, '', '1、推进产业融合发展。(省发改委、省文化厅等负责)'];

  it('is its issue date, day first, so a page printing no year of its own is read', () => {
    expect(read(doc('13.03.2015  07:51')).plan.issuedOn).toBe('2015-03-13');
    expect(read(doc('13.03.2015  07：51')).plan.issuedOn).toBe('2015-03-13');
  });

  it('reports the order it chose when both numbers could be a month', () => {
    const { plan, report } = read(doc('03.04.2015'));
    expect(plan.issuedOn).toBe('2015-04-03');
    expect(report.lines.filter((l) => l.kind === 'metadataDefault' && l.line === 3)).toHaveLength(1);
  });

  it('is no date inside a sentence (增长13.03.2015 is not one)', () => {
    expect(read(['重点工作部门分工', '1、指标13.03.2015达到。(省发改委负责)'], { today: '2026-12-06' }).plan.issuedOn).toBe('2026-12-06');
  });
});

describe('a lone unit closed by 等', () => {
  it('is that unit: the unspecified rest after 等 is no part of its name', () => {
    expect(roles(['2015年重点工作部门分工', '1、抓好粮食生产。(省农业厅等负责)'])).toEqual([[['省农业厅'], []]]);
  });
});

describe('a copy that scatters spaces through its words', () => {
  const doc = [
    '关于做好2021年重点工作任务落实的通知',
    '    1 . 严格管控地方政府债务。',
    '    责任单位:市 财政局',
    '    2 . 强化县城综合承载能力。',
    '    牵头单位:市 城镇化服务中心',
    '    责任单位: 市 住建局 、资源规划 局、 大数据 局',
  ];

  it('keeps an item’s number whose stop a space was put before (1 . )', () => {
    expect(read(doc).plan.tasks.map((t) => t.no)).toEqual(['1', '2']);
  });

  it('glues the pieces of a name back while the name does not end like a unit, each glue reported', () => {
    const { plan, report } = read(doc);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([
      [['市财政局'], []],
      [['市城镇化服务中心'], ['市住建局', '市资源规划局', '市大数据局']],
    ]);
    expect(report.lines.some((l) => l.kind === 'unitRepaired' && l.decision.includes('资源规划局'))).toBe(true);
  });

  it('keeps names a space separates apart (区国投集团 各有关乡镇)', () => {
    expect(roles(['2023年工作要点', '1.建设幼儿园。', '牵头单位:区教体局', '责任单位:区国投集团 各有关乡镇(街道)、区财政局'])).toEqual([[['区教体局'], ['区国投集团', '各有关乡镇(街道)', '区财政局']]]);
  });
});

describe('a township-level body named by its kind alone', () => {
  it('takes the 各 of the collective before it and never the carried level (各乡镇政府、街道办事处)', () => {
    expect(roles(['2021年重点工作任务分解', '1.推进城镇化建设。', '牵头单位:市发展改革委', '责任单位:市住建局,各乡镇政府、街道办事处'])).toEqual([[['市发展改革委'], ['市住建局', '各乡镇政府', '各街道办事处']]]);
  });

  it('ends the level carried down the list: a body after a collective is named as printed', () => {
    expect(roles(['2021年重点工作任务分解', '1.推进城镇化建设。', '牵头单位:市发展改革委', '责任单位:市住建局、各乡镇政府、景区管委会'])).toEqual([[['市发展改革委'], ['市住建局', '各乡镇政府', '景区管委会']]]);
  });
});

describe('a | table with a category column before 序号', () => {
  const doc = [
    '2020年民生实事落实进展情况',
    '类别 | 序号 | 工作任务 | 分管 市领导 | 牵头单位及 主要负责人 | 落实进展情况 |',
    '一、提高保障水平 | 1 | 提高城乡低保补差水平。 | 张三 | 市民政局 李四 | 已完成。 |',
    '2 | 提高特困人员供养标准。 | 张三 | 市民政局 李四 | 已完成。 |',
    '二、办好教育 | 3 | 新建幼儿园10所。 | 王五 | 市教育局 | 推进中。 |',
  ];

  it('is a header: the category spanning rows may stand before 序号', () => {
    expect(read(doc).plan.tasks.map((t) => t.text)).toEqual(['提高城乡低保补差水平。', '提高特困人员供养标准。', '新建幼儿园10所。']);
  });

  it('places a row that lost the category cell by its 序号, the category taken from the row above, reported', () => {
    const { report } = read(doc);
    expect(report.lines.filter((l) => l.kind === 'cellsAligned').map((l) => l.line)).toEqual([4]);
  });

  it('takes the person a unit column’s header names too (…及主要负责人) out of its cells: the name is no unit', () => {
    const { plan, report } = read(doc);
    expect(plan.tasks.map((t) => t.leadUnits)).toEqual([['市民政局'], ['市民政局'], ['市教育局']]);
    expect(report.lines.filter((l) => l.kind === 'unitRepaired' && l.decision.includes('「李四」')).map((l) => l.line)).toEqual([3, 4]);
  });

  it('leaves a name in a unit column whose header names no person (市民政局 李四 are two units there)', () => {
    expect(read(['2020年民生实事', '序号 | 工作任务 | 牵头单位 |', '1 | 提高低保水平。 | 市民政局 区财政局 |']).plan.tasks[0]?.leadUnits).toEqual(['市民政局', '区财政局']);
  });
});

describe('a year a copy broke with spaces', () => {
  it('is still the plan year (20 21 年 in the title)', () => {
    expect(read(['关于做好20 21 年重点工作任务落实的通知', '1 . 严格管控地方政府债务。', '责任单位:市 财政局']).plan.issuedOn).toBe('2021-01-01');
  });

  it('is still read in a document number (〔 20 21 〕 6 号)', () => {
    expect(read(['新密政办〔 20 21 〕 6 号', '1.严格管控债务。(市财政局负责)']).plan.issuedOn).toBe('2021-01-01');
  });
});

describe('further words lists use for who does the work', () => {
  it('实施单位 beside 牵头单位 assist, as 责任单位 there do', () => {
    expect(read(['2023年民生实事落实情况', '序号 | 事项名称 | 牵头单位 | 实施单位 |', '1 | 新建社区医院3家。 | 区卫健局 | 各街道办事处、区财政局 |']).plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([[['区卫健局'], ['各街道办事处', '区财政局']]]);
  });

  it('a township’s 责任科室 alone: the first listed leads', () => {
    expect(roles(['2022年重点工作任务清单', '1.完成农村人居环境整治。', '责任科室:农业农村办、党政办'])).toEqual([[['农业农村办'], ['党政办']]]);
  });

  it('协助单位 assist', () => {
    expect(roles(['2022年重点工作任务清单', '1.完成农村人居环境整治。(牵头单位:县农业农村局;协助单位:县财政局)'])).toEqual([[['县农业农村局'], ['县财政局']]]);
  });
});

describe('a township’s table in its own header words', () => {
  const doc = ['2022年重点工作任务清单', '序号 | 建设内容 | 牵头科室 | 配合科室 | 时间要求 |', '1 | 完成农村公路改造10公里。 | 农业农村办 | 党政办、财政所 | 2022年10月底前 |'];

  it('reads 建设内容 as the work, 牵头科室 / 配合科室 as its roles and 时间要求 as its time', () => {
    const task = read(doc).plan.tasks[0]!;
    expect([task.text, task.leadUnits, task.assistingUnits, dueDay(task)]).toEqual(['完成农村公路改造10公里。', ['农业农村办'], ['党政办', '财政所'], '2022-10-31']);
  });

  it('reads a 任务分工 column stating the roles itself (X牵头，Y配合)', () => {
    expect(read(['2022年重点工作', '序号 | 工作任务 | 任务分工 |', '1 | 推进老旧小区改造。 | 区住建局牵头,区财政局配合 |']).plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([[['区住建局'], ['区财政局']]]);
  });
});

describe('a place opening a unit’s name', () => {
  const doc = (units: string) => ['2011年重点工作分解落实方案', '1.加强税收征管。', `(${units})`];

  it('is its level: no carried 市, and it is carried to the bare names after it (苏州国税局、地税局)', () => {
    expect(roles(doc('市发改委、财政局,苏州国税局、地税局'))).toEqual([[['市发改委'], ['市财政局', '苏州国税局', '苏州地税局']]]);
  });

  it('is a province’s or prefecture’s name only: a county’s short name is a department word too (公安县, 资源县)', () => {
    expect(roles(doc('市发改委、公安局、资源规划局'))).toEqual([[['市发改委'], ['市公安局', '市资源规划局']]]);
  });

  it('stays with a vertical body: the level after 南京海关 is the list’s own', () => {
    expect(roles(doc('市商务局、南京海关、财政局'))).toEqual([[['市商务局'], ['南京海关', '市财政局']]]);
  });
});
