// Specification: rules of the genre written in session eleven — a cell-per-line web table whose rows open with `| N |`, a
// division of duties by unit (`市教委：负责…`, no numbers), a page's 发布时间 and a cited document's number, pinyin in readings.
import { describe, expect, it } from 'vitest';
import { dueDay, scorePlan } from '../../seeds/corpus';
import { planYearOf } from '../../seeds/metadata';
import { readLines as read, refusal } from '../support/read-lines';

describe('a web table copied one cell a line, each cell closed by ` |` and each row opened by `| N |`', () => {
  const doc = [
    '| 2024年度县人社局重点工作任务分解 |',
    '| 序号 |',
    '责任单位 |',
    '考核指标 |',
    '实施部门 |',
    '完成时限 |',
    '| 1 |',
    '县人社局 |',
    '新增城镇就业2000人，城镇登记失业率控制在4%以内。 |',
    '就业服务中心 |',
    '2024年12月底 |',
    '| 2 |',
    '县人社局 |',
    '开展职业技能培训3000人次。 |',
    '职业技能鉴定所、县总工会 |',
    '2024年10月底前 |',
  ];

  it('reads the opened first cell as a cell line like the others: one task a row', () => {
    const { plan } = read(doc);
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, t.assistingUnits, dueDay(t)])).toEqual([
      ['1', ['县人社局'], ['就业服务中心'], '2024-12-31'],
      ['2', ['县人社局'], ['职业技能鉴定所', '县总工会'], '2024-10-31'],
    ]);
    expect(plan.tasks[1]?.text).toBe('开展职业技能培训3000人次。');
  });

  it('leaves a bar table of whole rows as it is: a one-cell row in it is no cell line', () => {
    const { plan } = read([
      '某县2024年重点工作任务分工',
      '| 序号 | 工作任务 | 牵头单位 | 完成时限 |',
      '| 一、稳就业 |',
      '| 1 | 新增城镇就业2000人。 | 县人社局 | 2024年12月底前 |',
      '| 2 | 开展技能培训。 | 县人社局、县总工会 | 2024年10月底前 |',
    ]);
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, dueDay(t)])).toEqual([
      ['1', ['县人社局'], '2024-12-31'],
      ['2', ['县人社局', '县总工会'], '2024-10-31'],
    ]);
  });
});

describe('a division of duties by unit: each paragraph opens with its units and a colon, no number printed', () => {
  const doc = [
    '某县促进托育服务发展部门职责分工方案',
    '发布机构：县人民政府办公室',
    '各乡镇人民政府，县政府各部门：',
    '为推进托育服务发展，现将部门职责分工明确如下：',
    '县发展改革局：负责将托育服务纳入经济社会发展规划，支持托育机构建设。',
    '县教育局、县卫生健康局：负责托育服务人才培养，2024年6月底前出台培训方案。',
    '鼓励有条件的幼儿园开设托班。',
    '县财政局：负责落实托育服务财政支持政策。',
  ];

  it('makes each such paragraph a task of its units (the first of several leading, a reported guess); a paragraph after one is part of it', () => {
    const { plan, report } = read(doc);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits, dueDay(t)])).toEqual([
      [['县发展改革局'], [], null],
      [['县教育局'], ['县卫生健康局'], '2024-06-30'],
      [['县财政局'], [], null],
    ]);
    expect(plan.tasks[1]?.text).toContain('开设托班');
    expect(report.lines.filter((l) => l.kind === 'leadInferred' && l.decision.includes('first listed')).map((l) => l.taskNo)).toEqual(['2']);
  });

  it('takes neither the page field 发布机构 nor the salutation for a task, and says how each task was found', () => {
    const { report } = read(doc);
    const found = report.lines.filter((l) => l.kind === 'numberInferred');
    expect(found.map((l) => l.decision)).toEqual([
      expect.stringContaining('以其单位和冒号开头（县发展改革局：）'),
      expect.stringContaining('以其单位和冒号开头（县教育局、县卫生健康局：）'),
      expect.stringContaining('以其单位和冒号开头（县财政局：）'),
    ]);
  });

  it('under a numbered item, a paragraph opening with a unit stays that item’s text', () => {
    const { plan } = read(['某县2024年重点工作分工', '1. 推进托育服务发展。（牵头单位：县卫生健康局）', '县教育局：做好托班开设工作。', '2. 落实财政支持政策。（牵头单位：县财政局）']);
    expect(plan.tasks.map((t) => [t.no, t.leadUnits])).toEqual([
      ['1', ['县卫生健康局']],
      ['2', ['县财政局']],
    ]);
  });
});

describe('the plan year from a page', () => {
  const at = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

  it('takes a page’s 发布时间 before the number of a document the text cites in brackets', () => {
    expect(planYearOf(at(['为贯彻落实《国务院办公厅关于促进托育服务发展的指导意见》（国办发〔2019〕15号）精神，制定本方案。', '发布时间：2022-09-19']))).toBe(2022);
  });

  it('still takes the plan’s own number first, and a cited number when nothing else gives a year', () => {
    expect(planYearOf(at(['某政办发〔2021〕7号', '发布时间：2022-09-19']))).toBe(2021);
    expect(planYearOf(at(['为贯彻落实《意见》（国办发〔2019〕15号）精神，制定本方案。']))).toBe(2019);
  });

  it('reads a page’s 发布时间 as its issue date', () => {
    const { plan } = read(['某县托育服务部门职责分工方案', '发布时间：2022-09-19', '县卫生健康局：负责托育机构备案管理。']);
    expect(plan.issuedOn).toBe('2022-09-19');
  });
});

describe('a reading that keeps the pinyin a page prints inside a name', () => {
  it('is compared without it: the glosses are no part of the name', () => {
    const text = ['某縣社會救助重點任務分工方案', '1. 健全社會救助制度。（牽頭單位：縣民政局；配合單位：縣發(fā)展改革委）'].join('\n');
    const reading = { source: 'spec', province: '辽宁', title: 'spec', tasks: [{ printed: '1', leads: ['縣民政局'], assisting: ['縣發(fā)展改革委'], due: null, kind: 'none' as const, note: 'spec' }] };
    const { plan } = read(text.split('\n'), { issuedOn: '2014-11-13' });
    const score = scorePlan({ id: 'spec', text, reading }, { plan });
    expect([score.lead, score.assisting]).toEqual([1, 1]);
    expect(scorePlan({ id: 'spec', text, reading: { ...reading, tasks: [{ ...reading.tasks[0]!, assisting: ['縣財政局'] }] } }, { plan }).assisting).toBe(0);
  });
});

describe('a letter whose salutation runs on into its opening on one line', () => {
  it('is no duty paragraph: the addressees parted by commas lead nothing', () => {
    const { plan } = read([
      '各县人民政府，市政府各部门、各直属机构：为贯彻落实国务院有关文件精神，现提出以下实施意见：',
      '一、稳定就业',
      '（一）扩大就业规模。把稳定和扩大就业作为经济运行的下限。（市发展改革委、市人力资源社会保障局，列第一位者为牵头单位）',
    ], { issuedOn: '2016-03-14' });
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([[['市发展改革委'], ['市人力资源社会保障局']]]);
  });
});

describe('the list rule worded 排首位为牵头单位', () => {
  it('is a note and sets the rule: the first listed leads, no guess reported', () => {
    const { plan, report } = read([
      '一、支持企业稳定岗位',
      '加大减负稳岗力度，落实失业保险稳岗返还政策。(自治区人力资源社会保障厅、财政厅,排首位为牵头单位,下同)',
    ], { issuedOn: '2020-06-01' });
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([[['自治区人力资源社会保障厅'], ['自治区财政厅']]]);
    expect(report.lines.filter((l) => l.kind === 'leadInferred')).toEqual([]);
    expect(plan.level).toBe('省');
  });
});

describe('a policy span closed by 继续延长实施 after a comma', () => {
  it('is how long the policy runs, no deadline of the work', () => {
    const { plan } = read([
      '一、支持企业稳定岗位',
      '加大减负稳岗力度，2020年5月1日至2021年4月30日，继续延长实施阶段性降低失业保险费率政策。(自治区人力资源社会保障厅牵头)',
      '开展以工代训，2020年12月底前完成培训任务。(自治区人力资源社会保障厅牵头)',
    ], { issuedOn: '2020-06-01' });
    expect(plan.tasks.map((t) => [t.schedule.spec.kind, dueDay(t)])).toEqual([['ongoing', null], ['by', '2020-12-31']]);
  });
});

describe('an item whose number the copy lost, printed as `()`', () => {
  it('is an item numbered in order, and the report says the number was lost', () => {
    const { plan, report } = read([
      '一、深入实施就业优先战略',
      '    ()建立经济发展与扩大就业的良性互动机制。强化就业目标评估考核。(责任单位:省发展改革委、人力资源社会保障厅)',
      '    ()实施更加积极的就业政策。(责任单位:省人力资源社会保障厅)',
    ], { issuedOn: '2016-03-14' });
    expect(plan.tasks.map((t) => [t.text.slice(0, 6), t.leadUnits])).toEqual([['建立经济发展', ['省发展改革委']], ['实施更加积极', ['省人力资源社会保障厅']]]);
    expect(report.lines.filter((l) => l.kind === 'numberInferred').map((l) => l.decision)).toEqual([expect.stringContaining('空括号「()」'), expect.stringContaining('空括号「()」')]);
  });
});

describe('a section heading closed by its leads, over items numbered in another style with their own units', () => {
  const doc = [
    '某县农村人居环境整治工作分工方案',
    '一、整治提升村容村貌(县委农办、县农业农村局牵头)',
    '1.提升村庄公共环境。清理私搭乱建。(责任单位:县委农办、县农业农村局、县环卫中心)',
    '2.加强乡村建筑风貌引导。(责任单位:县住房和城乡建设局)',
    '3.实施乡村绿化行动。(责任单位:县自然资源局、县农业农村局)',
    '二、推进厕所革命(县卫生健康局牵头)',
    '4.改造农村户厕。(县卫生健康局、县农业农村局负责)',
  ];

  it('is a section, no task; where an item lists the section’s leads they lead, the rest assist', () => {
    const { plan } = read(doc, { issuedOn: '2020-03-18' });
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, t.assistingUnits])).toEqual([
      ['1', ['县委农办', '县农业农村局'], ['县环卫中心']],
      ['2', ['县住房和城乡建设局'], []],
      ['3', ['县农业农村局'], ['县自然资源局']],
      ['4', ['县卫生健康局'], ['县农业农村局']],
    ]);
    expect(plan.tasks.map((t) => t.section)).toEqual(['一', '一', '一', '二']);
  });

  it('reports each lead it takes from the heading', () => {
    const { report } = read(doc, { issuedOn: '2020-03-18' });
    expect(report.lines.filter((l) => l.decision.includes('所在部分标题')).map((l) => l.taskNo)).toEqual(['1', '3', '4']);
  });

  it('stays an item when no numbered items follow it', () => {
    const { plan } = read(['某县重点工作分工', '一、整治提升村容村貌。(县委农办牵头,县农业农村局配合)', '二、推进厕所革命。(县卫生健康局牵头)'], { issuedOn: '2020-03-18' });
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([[['县委农办'], ['县农业农村局']], [['县卫生健康局'], []]]);
  });
});

describe('a year-end report of matters 一、 closed by their 责任单位 and a status, some with parts 1. 2.', () => {
  const doc = [
    '截止2019年12月31日，市“十件实事”全面完成。具体情况如下：',
    '一、减少农村扶贫对象6万人；实施易地扶贫搬迁1万人。(责任单位:市扶贫办、市移民局,各县区政府)该件实事已全面完成',
    '1.减少农村扶贫对象6万人(责任单位:市扶贫办,各县区)',
    '此项工作已完成。',
    '2.实施易地扶贫搬迁1万人。(责任单位:市移民局,西秀区、普定县)',
    '此项工作已完成。',
    '二、解决6万人农村饮水安全问题。(责任单位:市水务局,各县区政府)该件实事已全面完成',
    '此项工作已完成。',
  ];

  it('reads a matter with parts as their section and a matter without parts as a task; a 责任单位 heading gives its parts no lead', () => {
    const { plan } = read(doc);
    expect(plan.tasks.map((t) => [t.printedNo, t.leadUnits, t.assistingUnits])).toEqual([
      ['一1', ['市扶贫办'], ['各县区']],
      ['一2', ['市移民局'], ['西秀区', '普定县']],
      ['二', ['市水务局'], ['各县区政府']],
    ]);
    expect(plan.tasks.map((t) => t.section)).toEqual(['一', '一', null]);
  });
});

describe('label lines whose word carries its alternative in brackets (牵头科室(单位)：)', () => {
  it('are labels like the word alone', () => {
    const { plan } = read(['某局2018年重点工作任务分解', '1.建设科技孵化基地。', '责任领导:李某', '牵头科室(单位):计划科、资源中心', '配合科室（单位）：办公室', '完成时限:2018年12月']);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits, dueDay(t)])).toEqual([[['计划科', '资源中心'], ['办公室'], '2018-12-31']]);
  });
});

describe('a table copied one cell a line whose merged cells are printed once, in their first row', () => {
  const doc = [
    '某县文化和旅游局2019年工作任务',
    '序号',
    '类别',
    '工作任务',
    '完成时限',
    '责任领导',
    '责任股室',
    '(单位)',
    '备注',
    '1',
    '公共文化',
    '两馆免费开放服务人次较上年增长10%。',
    '2019年12月底前',
    '王某某',
    '文化股',
    '文化馆',
    '图书馆',
    '2',
    '全年开展送戏下乡演出不少于80场。',
    '文化股',
    '3',
    '办好农民丰收节活动。',
    '4',
    '文物保护',
    '完成县博物馆展陈提升工程。',
    '博物馆',
  ];

  it('joins the header cell wrapped before its bracket, and places each row’s cells by what they hold', () => {
    const { plan } = read(doc);
    expect(plan.tasks.map((t) => [t.no, t.text, t.leadUnits, t.assistingUnits])).toEqual([
      ['1', '两馆免费开放服务人次较上年增长10%。', ['文化股'], ['文化馆', '图书馆']],
      ['2', '全年开展送戏下乡演出不少于80场。', ['文化股'], []],
      ['3', '办好农民丰收节活动。', ['文化股'], []],
      ['4', '完成县博物馆展陈提升工程。', ['博物馆'], []],
    ]);
  });

  it('gives a row the time cell it did not print from the row above, reported as a cell spanning rows', () => {
    const { plan, report } = read(doc);
    expect(plan.tasks.map((t) => dueDay(t))).toEqual(['2019-12-31', '2019-12-31', '2019-12-31', '2019-12-31']);
    expect(report.lines.filter((l) => l.kind === 'leadInferred' && l.decision.includes('合并单元格')).map((l) => l.taskNo)).toEqual(['2', '3', '4']);
  });
});

describe('a department’s division of its own work: a section naming the department as lead, headings, targets closed by its offices', () => {
  const doc = [
    '落实省政府办公厅《2012年主要工作安排》的分工意见',
    '一、卫生厅牵头工作分工安排(共3项)',
    '(一)加快健全全民医保体系',
    '1.巩固扩大基本医保制度覆盖面。主要工作目标:',
    '(1)新农合参合率稳定在95%以上(基层卫生管理处负责)。',
    '(2)提高新农合筹资标准(规划财务处负责,医政处配合)。',
    '2.完善基本医保管理体制。',
  ];

  it('reads the targets with their offices as tasks; the headings over them are none; an item with nothing under it keeps the section’s lead', () => {
    const { plan } = read(doc);
    expect(plan.tasks.map((t) => [t.text.slice(0, 6), t.leadUnits, t.assistingUnits])).toEqual([
      ['新农合参合率', ['基层卫生管理处'], []],
      ['提高新农合筹', ['规划财务处'], ['医政处']],
      ['完善基本医保', ['卫生厅'], []],
    ]);
  });

  it('takes no place from a title that opens with 落实', () => {
    const { plan, report } = read(doc);
    expect(plan.issuer).toBe('');
    expect(report.lines.some((l) => l.decision.includes('落实省'))).toBe(false);
  });
});

describe('the rule 排在前位为牵头部门 over lists parted by commas into groups', () => {
  it('makes the first group lead, the rest assist, with no guess reported', () => {
    const { plan, report } = read([
      '某市土壤污染防治工作方案',
      '1.开展土壤污染状况详查。(责任单位:市环保局、市国土资源局,市财政局、市农业局,各镇街区。排在前位为牵头部门,下同。)',
      '2.建立污染地块名录。(责任单位:市环保局,市国土资源局、市规划局)',
      '3.加强未污染土壤保护。(责任单位:市国土资源局、市环保局)',
    ], { issuedOn: '2017-03-01' });
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([
      [['市环保局', '市国土资源局'], ['市财政局', '市农业局', '各镇街区']],
      [['市环保局'], ['市国土资源局', '市规划局']],
      [['市国土资源局'], ['市环保局']],
    ]);
    expect(report.lines.filter((l) => l.kind === 'leadInferred')).toEqual([]);
  });
});

describe('等有关部门 before a word of help inside a list', () => {
  it('is cut from the last name after the word of help is', () => {
    const { plan } = read(['某县乡村振兴重点任务', '1.巩固脱贫攻坚成果。(责任单位:县扶贫开发办牵头,县教育和体育局、县医疗保障局等有关部门参加,各镇街落实)'], { issuedOn: '2021-03-01' });
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([[['县扶贫开发办'], ['县教育和体育局', '县医疗保障局', '各镇街']]]);
  });
});

describe('a web table whose category column stands before the work and whose rows print their number in the work’s cell', () => {
  const doc = [
    '类别 | 民生事项名称 | 2022年度任务目标 | 责任单位 | 分管市领导 | 完成情况 | 监督电话 |',
    '一、教育 | 1.改扩建城关学校 | 完成教学楼建设并投入使用。 | 教育体育局 | 张某 | 已完成主体施工。 | 1234567 |',
    '2.建设塑胶运动场 | 完成10处运动场建设。 | 教育体育局、财政局 | 张某 | 已开工。 | 1234567 |',
    '二、卫生 | 3.建设村卫生室 | 新建村卫生室20处。 | 卫生健康局 | 李某 | 已完成15处。 | 7654321 |',
  ];

  it('is a task table; a row short of its category cell, with no empty cell closing it, is placed from the work’s column, reported', () => {
    const { plan, report } = read(doc, { issuedOn: '2022-10-01' });
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, t.assistingUnits])).toEqual([
      ['1', ['教育体育局'], []],
      ['2', ['教育体育局'], ['财政局']],
      ['3', ['卫生健康局'], []],
    ]);
    expect(report.lines.filter((l) => l.kind === 'cellsAligned').map((l) => l.line)).toEqual([3]);
  });

  it('takes the number off the work’s text, keeping the cell as printed in the task’s source', () => {
    const { plan } = read(doc, { issuedOn: '2022-10-01' });
    expect(plan.tasks.map((t) => [t.printedNo, t.text])).toEqual([
      ['1', '改扩建城关学校'],
      ['2', '建设塑胶运动场'],
      ['3', '建设村卫生室'],
    ]);
    expect(plan.tasks[0]?.source.cells[1]).toBe('1.改扩建城关学校');
  });
});

describe('a later page of a document copied as one line, opening with the copy’s page mark', () => {
  const line = '[接上页] 五、推进和谐社会建设 (二十六)抓好科技教育工作。(州科技局牵头) (二十七)做好教育工作。(州教育局牵头) (二十八)繁荣文化事业。(州文化局、卫生局负责)';

  it('drops the page mark, reported, and cuts the line at its bracketed numerals: the section, then each item with its roles', () => {
    const { plan, report } = read([line], { issuedOn: '2008-03-01' });
    expect(plan.tasks.map((t) => [t.no, t.section, t.leadUnits, t.assistingUnits])).toEqual([
      ['26', '五', ['州科技局'], []],
      ['27', '五', ['州教育局'], []],
      ['28', '五', ['州文化局'], ['州卫生局']],
    ]);
    expect(report.lines.filter((l) => l.kind === 'junkDropped').map((l) => l.decision)).toEqual([expect.stringContaining('接上页')]);
  });

  it('leaves a lone bracketed numeral inside a sentence uncut', () => {
    const { plan } = read(['一、推进和谐社会建设', '(一)抓好科技教育工作，按 (二)类标准推进。(州科技局牵头)'], { issuedOn: '2008-03-01' });
    expect(plan.tasks.map((t) => t.text)).toEqual(['抓好科技教育工作，按 (二)类标准推进。']);
  });
});

describe('a table whose cells the copy ran together, no separator anywhere', () => {
  const doc = [
    '主题:',
    '文化惠民',
    '实事内容工作任务责任单位进展情况',
    '一季度二季度三季度四季度',
    '文化惠民新建城市书房10家。区文旅局,相关镇街1.完成选址; 2.完成设计; 3.开工建设。全部建成。',
    '开展送戏下乡演出200场。',
    '区文旅局、区文化馆',
    '完成演出50场。完成演出120场。',
  ];

  it('cuts each row at its sentence’s full stop and the unit names after it; what follows is the last column, never units', () => {
    const { plan, report } = read(doc, { issuedOn: '2020-12-01' });
    expect(plan.tasks.map((t) => [t.text, t.leadUnits, t.assistingUnits])).toEqual([
      ['文化惠民新建城市书房10家。', ['区文旅局'], ['相关镇街']],
      ['开展送戏下乡演出200场。', ['区文旅局'], ['区文化馆']],
    ]);
    expect(report.lines.filter((l) => l.decision.includes('(cells run together)')).map((l) => l.line)).toEqual([5, 6]);
  });

  it('reports nothing a reader that found no list had noted', () => {
    const { report } = read(doc, { issuedOn: '2020-12-01' });
    expect(report.lines.filter((l) => l.kind === 'rowMerged')).toEqual([]);
  });

  it('is no table where the header line is not all column words', () => {
    expect(refusal(() => read(['实事内容与工作安排', '文化惠民新建城市书房10家。区文旅局,相关镇街1.完成选址。'], { issuedOn: '2020-12-01' })).code).toBe('UNKNOWN_LAYOUT');
  });
});

describe('a cell-per-line web table that opens every row with a bar of its own', () => {
  it('reads the lone bar as the row’s opening, no empty cell, and a time cell of a bare year as that year', () => {
    const { plan } = read(['某县2024年民生实事项目', '||||', '|', '序号 |', '项目名称 |', '建设时间 |', '责任单位 |', '|', '1 |', '中小学运动场改造项目 |', '2024 |', '教体局 |', '|', '2 |', '城北道路建设项目 |', '2024 |', '住建局 |']);
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, dueDay(t)])).toEqual([
      ['1', ['教体局'], '2024-12-31'],
      ['2', ['住建局'], '2024-12-31'],
    ]);
  });
});

describe('a unit cell whose names are parted by spaces only', () => {
  it('parts a name ending in 台 from the next (市广播电视台 市地震局)', () => {
    const { plan } = read(['某市2025年机关事务重点工作', '序号\t工作任务\t牵头单位', '1\t推进节约型机关建设。\t市委社会工作部 市广播电视台 市地震局'], { issuedOn: '2025-03-01' });
    expect(plan.tasks[0]?.leadUnits).toEqual(['市委社会工作部', '市广播电视台', '市地震局']);
  });
});
