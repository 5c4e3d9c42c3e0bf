// Specification: the layouts the fourth held-out round showed (主办/协办, items run together, unnumbered items, 一、 items, 由…牵头), in their own words.
import { describe, expect, it } from 'vitest';
import { findProseTargets } from '../../seeds/schedule-phrases';
import { readLines as read, rolesOf as roles } from '../support/read-lines';

describe('role words of a provincial list (黑龙江 2013)', () => {
  const heilongjiang = [
    '黑龙江省人民政府关于落实2013年《政府工作报告》重点工作责任分工的意见',
    '一、全省经济社会发展主要目标',
    '(一)地区生产总值增长11%左右。(省发改委负责)(二)公共财政收入增长13%左右。(省财政厅主办,省国税局、地税局协办)',
    '(三)城镇居民人均可支配收入、农民人均纯收入均增长12%以上。(省发改委、农委、统计局分别负责)',
    '二、大力推进产业项目建设',
    '(一)全力推进产业项目建设。',
    '1.抓好600个省级重点产业项目。(省发改委主办,省工信委、科技厅协办)2.重点抓好一批技术领先的项目。(省工信委主办,省发改委协办)',
  ];

  it('reads 主办 as the lead and 协办 as assisting, 分别负责 as every unit leading, and cuts a line after each closing role group', () => {
    const { plan, report } = read(heilongjiang);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([
      [['省发改委'], []],
      [['省财政厅'], ['省国税局', '省地税局']],
      [['省发改委', '省农委', '省统计局'], []],
      [['省发改委'], ['省工信委', '省科技厅']],
      [['省工信委'], ['省发改委']],
    ]);
    expect(report.lines.filter((l) => l.kind === 'rowMerged').map((l) => l.line)).toEqual([3, 7]);
  });

  it('takes a numbered line with no unit, followed by items numbered in another style, for their heading, not a gap in the list', () => {
    expect(read(heilongjiang).plan.tasks.map((t) => t.text)).not.toContain('全力推进产业项目建设。');
  });

  it('keeps a deadline written after the roles with its item: it is the schedule, not the next item', () => {
    const { plan } = read(['2024年重点任务分工', '1.建成智慧平台。（区数据局牵头，区财政局配合）12月底前完成。']);
    expect(plan.tasks).toHaveLength(1);
    expect(plan.tasks[0]?.schedule.spec).toMatchObject({ kind: 'by', targets: [{ due: '2024-12-31T23:59:59+08:00' }] });
  });
});

describe('items printed without numbers', () => {
  it('reads indicators run together in one paragraph, each closed by (X牵头), under a numbered heading, reporting each inferred number (天津 十一五)', () => {
    const doc = [
      '天津市“十一五”规划纲要主要目标和任务工作分工',
      '1.主要指标的责任部门。',
      '常住人口控制在1150万人左右。(市人口计生委、市公安局牵头)万元地区生产总值能源消耗降低20%。(市经委牵头)耕地保有量保持在国务院确定的我市2010年耕地保有量面积。',
      '(市国土房管局牵头)主要污染物排放总量减少10%。(市环保局牵头)',
    ];
    const { plan, report } = read(doc);
    expect(plan.tasks.map((t) => [t.text, t.leadUnits])).toEqual([
      ['常住人口控制在1150万人左右。', ['市人口计生委', '市公安局']],
      ['万元地区生产总值能源消耗降低20%。', ['市经委']],
      ['耕地保有量保持在国务院确定的我市2010年耕地保有量面积。', ['市国土房管局']],
      ['主要污染物排放总量减少10%。', ['市环保局']],
    ]);
    expect(report.lines.filter((l) => l.kind === 'numberInferred').map((l) => [l.taskNo, l.line])).toEqual([['1', 3], ['2', 3], ['3', 3], ['4', 4]]);
    expect(plan.tasks.map((t) => [t.printedNo, t.inferredNo])).toEqual(Array.from({ length: 4 }, () => [null, true]));
    // `2010年` names a level to keep, not a deadline
    expect(plan.tasks[2]?.schedule.spec.kind).not.toBe('by');
  });

  it('reads one unnumbered item a line under a heading (长春 十二五)', () => {
    const doc = [
      '长春市“十二五”规划纲要主要目标和任务工作分工（长府办发〔2012〕19号）',
      '(一)约束性指标',
      '耕地保有量保持在2000.9万亩。(市国土局牵头)',
      '单位工业增加值用水量达到省要求标准。(市水利局、市发展改革委、市工信局等部门按职责分工负责)',
    ];
    expect(roles(doc)).toEqual([
      [['市国土局'], []],
      [['市水利局'], ['市发展改革委', '市工信局']],
    ]);
  });

  it('never starts an item at a label line under a short item', () => {
    const doc = ['2020年重点工作责任分解', '1.制定政策体系。', '责任单位:财政局、发改局、工商联(列第一位者为牵头或汇总单位,下同)'];
    expect(roles(doc)).toEqual([[['财政局'], ['发改局', '工商联']]]);
  });
});

describe('items numbered 一、 with label lines under them (昆明 2023 惠民实事)', () => {
  it('are items, not sections, when 牵头单位： follows them', () => {
    const doc = [
      '昆明市2023年10件惠民实事',
      '一、 扩大优质教育资源。新增公办幼儿园40所。',
      '牵头单位:市教育体育局',
      '责任单位:各县(市)区人民政府、滇中新区管委会',
      '完成时限:2023年12月31日前',
      '二、 实施农村供水保障工程。',
      '牵头单位:市水务局',
      '责任单位:各县(市)区人民政府',
      '完成时限:2023年12月31日前',
    ];
    const { plan } = read(doc);
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, t.assistingUnits])).toEqual([
      ['1', ['市教育体育局'], ['各县(市)区人民政府', '滇中新区管委会']],
      ['2', ['市水务局'], ['各县(市)区人民政府']],
    ]);
    expect(plan.tasks[0]?.schedule.spec).toMatchObject({ kind: 'by', targets: [{ due: '2023-12-31T23:59:59+08:00' }] });
  });
});

describe('roles that open a paragraph (兰州)', () => {
  it('reads 由X副市长负责，Y牵头，Z配合 as Y leading and Z assisting, the vice-mayor a person, not a unit', () => {
    const doc = [
      '1、在兰州设立综合配套改革试验区事宜',
      '由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成《兰州综合配套改革试验区实施方案》。',
      '2、兰州城市轨道交通项目',
      '由吴继德副市长负责,市建设局牵头,市发改委配合,按照要求进一步修改完善项目建设方案。',
    ];
    const { plan } = read(doc, { issuedOn: '2010-01-01' });
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([
      [['市发改委'], ['相关部门']],
      [['市建设局'], ['市发改委']],
    ]);
    expect(plan.tasks[0]?.text).toBe('在兰州设立综合配套改革试验区事宜尽快完成《兰州综合配套改革试验区实施方案》。');
  });
});

describe('a rule stated after the roles, and the dates of a provincial plan (江西 鄱余万都, 赣府发〔2017〕12号)', () => {
  it('reads 牵头 after the full stop as the remark 列第一位的为牵头部门，下同, which makes the first listed lead, here and below', () => {
    const doc = [
      '支持鄱余万都滨湖四县小康攻坚重点工作责任分工方案（赣府发〔2017〕12号）',
      '1、加快构建环湖旅游快速通道。(省发改委、省交通运输厅、省财政厅负责。列第一位的为牵头部门,下同)',
      '2、加快国省道升级改造。(省发改委、省交通运输厅、省财政厅负责)',
    ];
    const { plan, report } = read(doc);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([
      [['省发改委'], ['省交通运输厅', '省财政厅']],
      [['省发改委'], ['省交通运输厅', '省财政厅']],
    ]);
    expect(report.lines.filter((l) => l.kind === 'leadInferred' && l.decision.includes('guess'))).toEqual([]);
  });

  it('dates work by a bare year right before it (2017年开工建设) and by the end of a five-year plan (“十三五”末)', () => {
    expect(findProseTargets('2017年开工建设鄱(阳)余(干)高等级公路。').targets).toEqual([{ milestone: 'start', due: '2017-12-31T23:59:59+08:00', text: '2017年开工' }]);
    expect(findProseTargets('“十三五”末三级以上县道比重稳步提升。').targets).toEqual([{ milestone: 'complete', due: '2020-12-31T23:59:59+08:00', text: '十三五”末' }]);
    // a year named in passing is still no deadline
    expect(findProseTargets('保持在我市2010年耕地保有量面积。').targets).toEqual([]);
  });
});

describe('a web table copied with each cell opened by | and merged cells left out (长沙 目标任务责任分解)', () => {
  const changsha = [
    '牵头单位', '| 目 标 任 务', '| 责 任 单 位', '|',
    '市政', '府办', '公厅', '| 强化行政监督,主动接受新闻媒体和社会公众监督', '| 市直各单位、各区县市', '|',
    '推进国家安全工作发展', '| 市直各单位、各区县市', '|',
    '长沙', '先导', '区管委会', '| 推进河西商业配套建设', '| 商务局、高新区、岳麓区', '|',
    '继续开展岳麓山景区综合整治', '| 环保局、林业局、岳麓区和市直相关单位', '|',
    '市', '发', '改', '委', '| 地区生产总值增长13%', '| 统计局和市直相关单位、各区县市', '|',
    '固定资产投资增长20%', '|',
  ];

  it('glues a name broken one piece a line, gives a short row the cells spanning it from above, each reported, and reads every row as a task', () => {
    const { plan, report } = read(changsha, { issuedOn: '2011-01-01' });
    expect(plan.tasks.map((t) => [t.text, t.leadUnits, t.assistingUnits])).toEqual([
      ['强化行政监督,主动接受新闻媒体和社会公众监督', ['市政府办公厅'], ['市直各单位', '各区县市']],
      ['推进国家安全工作发展', ['市政府办公厅'], ['市直各单位', '各区县市']],
      ['推进河西商业配套建设', ['长沙先导区管委会'], ['商务局', '高新区', '岳麓区']],
      ['继续开展岳麓山景区综合整治', ['长沙先导区管委会'], ['环保局', '林业局', '岳麓区', '市直相关单位']],
      ['地区生产总值增长13%', ['市发改委'], ['统计局', '市直相关单位', '各区县市']],
      ['固定资产投资增长20%', ['市发改委'], ['统计局', '市直相关单位', '各区县市']],
    ]);
    expect(report.lines.filter((l) => l.decision.includes('合并单元格')).map((l) => l.line)).toEqual([11, 20, 30]);
    expect(report.lines.filter((l) => l.kind === 'rowMerged')).toEqual([]);
  });
});

describe('a refusal names the line of the first numbered item', () => {
  it('not a blank line before it (an empty line is no ① mark)', () => {
    expect(() => read(['2021年计划执行情况', '', '1、地区生产总值增长率', '', '区发改委'], { issuedOn: '2021-07-01' })).toThrow(expect.objectContaining({ code: 'UNKNOWN_LAYOUT', line: 3 }));
  });
});

describe('level prefixes of autonomous regions and prefectures', () => {
  it('carries 自治区 and 州 down a list as 省 and 市 are (内蒙古 呼包鄂乌, 楚雄州)', () => {
    expect(roles(['2023年推动呼包鄂乌一体化发展若干举措', '(一)打造1小时铁路经济圈。(责任单位:自治区发展改革委、财政厅,四市人民政府按职责分工负责)'])).toEqual([
      [['自治区发展改革委'], ['自治区财政厅', '四市人民政府']],
    ]);
    expect(roles(['2021年惠民实事工作方案', '①以就业促增收。(牵头部门:州人力资源和社会保障局;责任单位:州发展改革委、财政局)'])).toEqual([
      [['州人力资源和社会保障局'], ['州发展改革委', '州财政局']],
    ]);
  });
});
