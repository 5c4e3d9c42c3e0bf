// Specification: rules of the genre written in session fourteen — full-width signs a copy prints, a list whose text stops inside
// its last item, a role label with its alternative in brackets after a full stop, 总牵头, and a section's 总牵头 beside the list's
// own rule for who leads.
import { describe, expect, it } from 'vitest';
import { dueDay } from '../../seeds/corpus';
import { parseSchedulePhrase } from '../../seeds/schedule-phrases';
import { readLines as read, refusal, rolesOf } from '../support/read-lines';

describe('full-width forms of the signs Chinese type has none of its own for', () => {
  it('reads ２０１９－０５－１２, ［…］ and ％ as typed in ASCII, and says so once', () => {
    const { plan, report } = read([
      '某县2019年重点工作任务分解',
      '1.提升营商环境，办件满意率达到９５％以上。［牵头单位：县政务服务中心；配合单位：县发改局］',
      '2.完成老旧小区改造。［牵头单位：县住建局］',
      '发布时间：２０１９－０５－１２',
    ]);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([
      [['县政务服务中心'], ['县发改局']],
      [['县住建局'], []],
    ]);
    expect(plan.tasks[0]?.text).toContain('95%');
    expect(plan.issuedOn).toBe('2019-05-12');
    const lines = report.lines.filter((l) => l.kind === 'charactersNormalised');
    expect(lines.map((l) => l.decision)).toEqual([expect.stringContaining('全角数字'), expect.stringContaining('全角符号')]);
    expect(lines[1]?.line).toBe(2);
  });

  it('keeps the full-width punctuation Chinese type has as printed: a unit keeps its brackets', () => {
    const { plan, report } = read(['某县2019年重点工作', '1.办好民生实事。（牵头单位：各街办（新区））']);
    expect(plan.tasks[0]?.leadUnits).toEqual(['各街办（新区）']);
    expect(report.lines.some((l) => l.kind === 'charactersNormalised')).toBe(false);
  });
});

describe('full stops a copy printed as `.`', () => {
  it('reads `.` after a word, a bracket or % as 。 — so a year opening the next clause dates it, and a role group after it closes its sentence', () => {
    const { plan, report } = read([
      '某市2018年水污染防治工作方案',
      '1.严格用水管理.2018年,用水总量控制在47亿立方米.[市水务局牵头,市工信委配合]',
      '2.能源消耗降低20%.(市经委牵头)工业取水量降低20%.(市节水办牵头)',
    ]);
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, dueDay(t)])).toEqual([
      ['1', ['市水务局'], '2018-12-31'],
      ['2', ['市经委'], null],
      ['2.2', ['市节水办'], null],
    ]);
    expect(report.lines.find((l) => l.kind === 'charactersNormalised' && /「\.」/.test(l.decision))?.line).toBe(2);
  });

  it('keeps `.` after a numeral or a digit: marks (二.实施, 1.) and numbers (0.12) stay as printed', () => {
    const { plan } = read(['某市2018年工作要点', '二.实施专项行动', '1.按人均不低于0.12平方米设置养老设施。(市民政局牵头)', '2.推进改造。(市住建局牵头)']);
    expect(plan.tasks.map((t) => [t.no, t.text])).toEqual([
      ['1', '按人均不低于0.12平方米设置养老设施。'],
      ['2', '推进改造。'],
    ]);
  });
});

describe('a list whose text stops inside its last item', () => {
  const head = ['某市教育局2022年工作要点', '一、建设区域教育中心'];

  it('reads the items before it, and names the cut item and its line instead of refusing the list', () => {
    const { plan, report } = read([...head, '1.推进区域教育中心建设。（责任单位：区域教育中心建设专班）', '2.深入实施教育发展规划。召开']);
    expect(plan.tasks.map((t) => t.leadUnits)).toEqual([['区域教育中心建设专班']]);
    const cut = report.lines.find((l) => l.kind === 'textCut');
    expect(cut?.line).toBe(4);
    expect(cut?.raw).toBe('深入实施教育发展规划。召开');
    expect(cut?.decision).toMatch(/中途结束.*未读为任务/);
  });

  it('still refuses a last item that is finished and names no unit: that is the list, not the copy', () => {
    const err = refusal(() => read([...head, '1.推进区域教育中心建设。（责任单位：区域教育中心建设专班）', '2.深入实施教育发展规划。']));
    expect(err.code).toBe('NO_LEAD_UNIT');
    expect(err.line).toBe(4);
  });

  it('still refuses an item with no unit inside the list, though a later one stops mid-sentence', () => {
    const err = refusal(() => read([...head, '1.推进建设。（责任单位：甲专班）', '2.实施规划。', '3.完善机制。（责任单位：乙专班）', '4.召开']));
    expect(err.code).toBe('NO_LEAD_UNIT');
    expect(err.line).toBe(4);
  });

  it('takes a signature after the last item for the end of the text, not for a cut', () => {
    const err = refusal(() => read([...head, '1.推进建设。（责任单位：甲专班）', '2.实施规划', '某市教育局', '2022年3月1日']));
    expect(err.code).toBe('NO_LEAD_UNIT');
  });
});

describe('a role label with its alternative in brackets, after a full stop', () => {
  it('reads 。责任单位（部门）：X and 。责任科室(单位):X as the item\'s units', () => {
    expect(rolesOf(['某局2022年工作方案', '1.开展专项行动。责任单位（部门）：市就业局', '2.开展宣传。责任科室(单位):办公室、法规科'])).toEqual([
      [['市就业局'], []],
      [['办公室'], ['法规科']],
    ]);
  });
});

describe('总牵头', () => {
  it('marks the lead as 牵头 does, 总 no part of the name', () => {
    expect(rolesOf(['某省2009年工作方案', '1.开展专项行动（省农委总牵头，省财政厅配合）。', '2.开展宣传（省农委牵头）。'])).toEqual([
      [['省农委'], ['省财政厅']],
      [['省农委'], []],
    ]);
  });

  it("gives way to the list's own rule: under a section's 总牵头, the first listed of an item leads by `列第一位者为牵头部门`", () => {
    const { plan } = read([
      '某省大气污染防治重点工作部门分工方案（2014年）',
      '一、加快调整能源结构(省发改委总牵头)',
      '1.制订煤炭消费总量控制方案。(省经信委、省发改委。列第一位者为牵头部门,下同)',
      '2.加快清洁能源替代利用。(省发改委、省经信委)',
    ]);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([
      [['省经信委'], ['省发改委']],
      [['省发改委'], ['省经信委']],
    ]);
    expect(plan.tasks.map(dueDay)).toEqual([null, null]);
  });

  it("still makes a section's leads lead where an item lists them and the list states no rule", () => {
    expect(rolesOf(['某县2023年人居环境整治分工', '一、整治村容村貌（县住建局牵头）', '1.清理村庄垃圾。（责任单位：县农业农村局、县住建局）'])).toEqual([[['县住建局'], ['县农业农村局']]]);
  });
});

describe('a 下同 with 不再列出 after it, inside a role group', () => {
  it('carries the units before it to the tasks below, and keeps the remark out of the names', () => {
    const { plan, report } = read([
      '某省2024年美丽建设行动方案',
      '1.优化国土空间格局。推进国土空间规划编制报批(牵头单位:省自然资源厅;各市(州)、县(市、区)人民政府负责落实,下同,不再列出)。扎实推进高标准农田建设(牵头单位:省农业农村厅)。',
      '2.推进产业绿色转型。培育绿色工厂(牵头单位:省工信厅)。',
    ]);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([
      [['省自然资源厅'], ['各市(州)、县(市、区)人民政府']],
      [['省农业农村厅'], ['各市(州)、县(市、区)人民政府']],
      [['省工信厅'], ['各市(州)、县(市、区)人民政府']],
    ]);
    expect(report.lines.some((l) => /下同|不再列出/.test(l.raw) && l.kind === 'unitPrefixed')).toBe(false);
  });
});

describe("a section's preamble with its labels, above its item 1", () => {
  const doc = (first: string) => [
    '某省2009年十大工程推进工作方案',
    '一、粮食产能工程',
    '工作要求:坚持突出重点、分期实施、统筹推进,全面启动实施粮食生产能力战略工程。',
    '任务分工:副省长负责,省农委总牵头。',
    first,
    '2.农机化工程:推进农机合作社建设。省农委牵头,省财政厅配合。',
  ];

  it('is no task: the section\'s items are read with their own roles, and the paragraph is named', () => {
    const { plan, report } = read(doc('1.水利化工程:抓好灌区续建工程。省水利厅牵头,省发改委、省国土资源厅配合。'));
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, t.assistingUnits])).toEqual([
      ['1', ['省水利厅'], ['省发改委', '省国土资源厅']],
      ['2', ['省农委'], ['省财政厅']],
    ]);
    expect(report.lines.find((l) => l.kind === 'sectionRecovered')).toMatchObject({ line: 3, decision: expect.stringContaining('不是任务') });
  });

  it('stays a task where the item after it is not the section\'s first (the list goes on, each paragraph an item)', () => {
    const { plan } = read(doc('3.水利化工程:抓好灌区续建工程。省水利厅牵头。'));
    expect(plan.tasks[0]?.leadUnits).toEqual(['省农委']);
    expect(plan.tasks).toHaveLength(3);
  });
});

describe("a single-spaced table whose header ends a paragraph's line, its rows printing fewer cells", () => {
  const doc = [
    '某市2018年政府工作任务分解',
    '各镇人民政府: 现将分解表印发给你们. 某市人民政府办公室 2018年2月24日 某市2018年政府工作任务分解表 序号 名称 工作任务 牵头责任单位',
    '',
    '一、经济社会发展主要预期目标分解(3项)',
    '',
    '1 地区生产总值增长7%以上,服务业增加值占GDP比重47.1%. 发改委',
    '',
    '2 一般公共预算收入增长8%以上. 财政局',
    '',
    '3 全社会固定资产投资额550亿元. 发改委、经信委、科技局',
  ];

  it('reads the header from its number word on, and each numbered row with its 名称 left empty, saying both', () => {
    const { plan, report } = read(doc);
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, t.text])).toEqual([
      // the full stops printed `.` read as 。 (charactersNormalised)
      ['1', ['发改委'], '地区生产总值增长7%以上,服务业增加值占GDP比重47.1%。'],
      ['2', ['财政局'], '一般公共预算收入增长8%以上。'],
      ['3', ['发改委', '经信委', '科技局'], '全社会固定资产投资额550亿元。'],
    ]);
    const aligned = report.lines.filter((l) => l.kind === 'cellsAligned');
    expect(aligned.map((l) => [l.line, l.raw])).toEqual([
      [2, '序号 名称 工作任务 牵头责任单位'],
      [6, '1 地区生产总值增长7%以上,服务业增加值占GDP比重47.1%。 发改委'],
    ]);
    expect(aligned[1]?.decision).toMatch(/^3 行/);
  });

  it('takes no header from a paragraph whose last words are not a number word and columns', () => {
    expect(() => read(['某市2018年工作', '现将分解表印发给你们 工作任务 牵头责任单位 完成时限 备注', '1 完成目标. 发改委'])).toThrow(/UNKNOWN_LAYOUT|no task list/);
  });
});

describe('column words of a 管委会 list: 重点工作任务分解, 监督方式', () => {
  it('reads 重点工作任务分解 as the tasks and 监督方式 (区委、区政府) as no unit of theirs', () => {
    const { plan } = read([
      '2021年度某高新区重点工作任务分解一览表',
      '序号 重点工作任务分解 责任领导 责任部门 完成期限 监督方式',
      '1 共建联动创新区、临空产业园。 易承志 经济发展局 持续推进 区委、区政府',
      '2 共建“产业飞地”。 黄雪 科技中心、经济发展局 2021年底 区委、区政府',
    ]);
    expect(plan.tasks.map((t) => [t.text, t.leadUnits, t.assistingUnits, dueDay(t)])).toEqual([
      ['共建联动创新区、临空产业园。', ['经济发展局'], [], null],
      ['共建“产业飞地”。', ['科技中心'], ['经济发展局'], '2021-12-31'],
    ]);
  });
});

describe("a government site's publisher label", () => {
  const list = ['1.推进改造。（牵头单位：县住建局）'];

  it('names the issuer when the text prints no signature, and says where it comes from', () => {
    const { plan, report } = read(['索引号:1133/2021-00020 | 发布机构:楚雄州人民政府办公室 | 发布日期:2021年02月04日', '楚雄州2021年重点工作', ...list]);
    expect(plan.issuer).toBe('楚雄州人民政府办公室');
    expect(report.lines.find((l) => /发布机构/.test(l.decision))?.line).toBe(1);
  });

  it('gives way to the signature the text prints, and takes no name that names no place (县政府办公室)', () => {
    expect(read(['发布机构: 宣城市人民政府(办公室)', '宣城市2024年民生实事', ...list, '宣城市民生工作领导小组办公室']).plan.issuer).toBe('宣城市民生工作领导小组办公室');
    const bare = read(['发布机构 县政府办公室', '海盐县人民政府关于2022年重点工作的通知', ...list]).plan.issuer;
    expect(bare).not.toBe('县政府办公室');
    expect(bare).toBe(read(['海盐县人民政府关于2022年重点工作的通知', ...list]).plan.issuer);
  });
});

describe('a web table printed a token a line, every row opened by a bar as well as each cell closed by one', () => {
  const row = (...cells: string[]) => ['|', ...cells.flatMap((c) => (c === '' ? ['|'] : [c, '|']))];
  const doc = [
    '某市2016年清洁城市环境活动任务分解',
    ...row('序号', '工作任务', '负责部门', '时间进度'),
    ...row('1', '完善城市管理体制', '市委编办、市住建局', '省出台文件后 2 个月完成'),
    ...row('2', '推进数字化城市管理平台建设', '市城管局,各县(区)政府', '常态工作'),
    ...row('3', '开展环境卫生设施规划编制', '市住建局', ''),
    ...row('4', '开展垃圾分类试点', '市住建局、市商务局', '2016 年底前'),
  ];

  it('reads each row with its cells in their columns, an empty cell where two bars stand inside a row', () => {
    const { plan } = read(doc);
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, t.assistingUnits, t.schedule.spec.kind, dueDay(t)])).toEqual([
      ['1', ['市委编办'], ['市住建局'], 'afterEvent', null],
      ['2', ['市城管局'], ['各县(区)政府'], 'ongoing', null],
      ['3', ['市住建局'], [], 'ongoing', null],
      ['4', ['市住建局'], ['市商务局'], 'by', '2016-12-31'],
    ]);
    const after = plan.tasks[0]?.schedule.spec;
    expect(after?.kind === 'afterEvent' ? [after.event, after.window] : null).toEqual(['省出台文件', { amount: 2, unit: 'months' }]);
  });

  it('names the row the text stops inside, and reads no task of it', () => {
    const { plan, report } = read([...doc, '|', '5', '|', '提高道路清洁保洁人机比例,规范清']);
    expect(plan.tasks).toHaveLength(4);
    const cut = report.lines.find((l) => l.kind === 'textCut');
    expect(cut?.raw).toBe('5');
    expect(cut?.decision).toMatch(/一行中途结束/);
  });
});

describe('a month printed without its 月', () => {
  it('is not read as the year\'s end: 2016年6底前 is unparsed, with the reading it may have meant', () => {
    const result = parseSchedulePhrase('2016 年 6 底前', 2016);
    expect(result.spec.kind).toBe('unparsed');
    expect(result.problem).toMatch(/缺「月」字.*2016年6月底/);
    expect(parseSchedulePhrase('2016年底前', 2016).spec.kind).toBe('by');
  });
});

describe('role labels a copy printed without their colon', () => {
  it('reads 牵头单位 X;责任单位 Y inside a bracket, and 牵头单位 X 责任单位 Y parted by spaces only', () => {
    expect(rolesOf(['某区2020年重点工作', '1.抓好疫情防控工作。[牵头单位 区卫健局、区创文办;责任单位 区疫情防控指挥部成员单位、各街办(新区)]', '2.深化政务服务。(牵头单位 县行政审批局 责任单位 县直各有关单位,各乡镇人民政府)'])).toEqual([
      [['区卫健局', '区创文办'], ['区疫情防控指挥部成员单位', '各街办(新区)']],
      [['县行政审批局'], ['县直各有关单位', '各乡镇人民政府']],
    ]);
  });

  it('reads 。牵头单位 X;责任单位 Y after a full stop', () => {
    expect(rolesOf(['某市2020年重点工作', '1.地区生产总值增长6%以上。牵头单位 市发改委;责任单位 各县(市)区政府', '2.一般公共预算收入增长2.5%。牵头单位 市财政局'])).toEqual([
      [['市发改委'], ['各县(市)区政府']],
      [['市财政局'], []],
    ]);
  });

  it('takes no unit list parted by a space for a label: (市发改委 市财政局负责) stays two units, the first listed leading', () => {
    expect(rolesOf(['某市2020年重点工作', '1.推进改革。（市发改委 市财政局负责）', '2.推进项目。（市住建局负责）'])[0]).toEqual([['市发改委'], ['市财政局']]);
  });
});

describe('a short unknown first word numbering the rows, a section title or an excerpt above the first number', () => {
  const cells = (first: string, title: string[]) => ['某市2011年政府工作任务分解', '', first, '', '名称', '', '工作任务', '', '主要责任单位', '', ...title, '1', '', '地区生产总值', '', '增长11%', '', '市发改委', '', '2', '', '财政收入', '', '增长12%', '', '市财政局'];

  it('reads the cell table under `条目` with a section title before row 1, and says so', () => {
    const { plan, report } = read(cells('条目', ['经济社会发展主要预期目标分解(15项)', '']));
    expect(plan.tasks.map((t) => [t.no, t.leadUnits])).toEqual([
      ['1', ['市发改委']],
      ['2', ['市财政局']],
    ]);
    expect(report.lines.some((l) => l.kind === 'columnInferred' && /表头「条目」/.test(l.decision))).toBe(true);
  });

  it('reads a single-spaced table under `条目`', () => {
    const { plan } = read(['2021年度某高新区重点工作任务分解一览表', '条目 重点工作任务分解 责任领导 责任部门 完成期限', '1 共建联动创新区。 易承志 经济发展局 持续推进', '2 共建“产业飞地”。 黄雪 科技中心 2021年底']);
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, dueDay(t)])).toEqual([
      ['1', ['经济发展局'], null],
      ['2', ['科技中心'], '2021-12-31'],
    ]);
  });
});
