// Specification: rules of the genre written in session thirteen — a list printing no title, number or date takes the year its text prints most for its year-less dates, and says so;
// a bracket's label after a full stop (`X、Y等按职责分工负责。责任单位：Z`) starts a clause of its own; a table of targets under columns headed by a year.
import { describe, expect, it } from 'vitest';
import { dueDay } from '../../seeds/corpus';
import { findProseTargets, parseSchedulePhrase } from '../../seeds/schedule-phrases';
import { splitUnitList } from '../../seeds/unit-list';
import { readLines as read, refusal, rolesOf } from '../support/read-lines';

describe('a list that prints its year only in its text', () => {
  // a table copied on its own: no title, no number, no date; only the work names the year
  const table = (...rows: string[]) => ['序号\t工作任务\t完成时限\t责任单位', ...rows];

  it('dates 12月底前 / 5月底 by the year the text prints most, and reports that year and the line it first stands on as a guess', () => {
    const { plan, report } = read(table('1\t精心策划2019年观花活动\t5月底\t旅游股', '2\t办好2019年文化惠民演出，较2018年增长10%\t12月底前\t文化馆', '3\t完成2019年非遗展厅布展\t12月底前\t羌研会'));
    expect(plan.tasks.map(dueDay)).toEqual(['2019-05-31', '2019-12-31', '2019-12-31']);
    const guess = report.lines.find((l) => l.kind === 'metadataDefault' && l.raw === '2019');
    expect(guess?.line).toBe(2);
    expect(guess?.decision).toMatch(/出现最多的年份 2019.*a guess/);
    // the issue date is not claimed to be printed: it is said to come from that year
    expect(plan.issuedOn).toBe('2019-04-01');
  });

  it('takes the first of the years printed equally often', () => {
    const { plan } = read(table('1\t巩固2020年成果\t12月底前\t甲局', '2\t完成2021年目标\t12月底前\t乙局'));
    expect(plan.tasks.map(dueDay)).toEqual(['2020-12-31', '2020-12-31']);
  });

  it('never overrules the year a title prints', () => {
    const { plan, report } = read(['某县2023年重点工作任务分解表', ...table('1\t对标2019年先进地区，巩固2019年、2020年成果\t12月底前\t县发改局')]);
    expect(plan.tasks.map(dueDay)).toEqual(['2023-12-31']);
    expect(report.lines.some((l) => /出现最多的年份/.test(l.decision))).toBe(false);
  });

  it('still refuses a list that prints no year anywhere, asking for its issue date', () => {
    expect(() => read(table('1\t办好文化惠民演出\t12月底前\t文化馆'))).toThrow(/NO_ISSUE_DATE|no issue date and no year/);
  });
});

describe('a role label after a full stop inside a bracket', () => {
  const doc = (...brackets: string[]) => ['某市2024年降碳目标工作实施方案', ...brackets.map((b, i) => `${i + 1}.加强生态环境准入管理。${b}`)];

  it('starts a clause of its own: the units before it answer (the first listed leads, a guess), the labelled ones are named too', () => {
    expect(
      rolesOf(doc(
        '〔市生态环境局、发展改革委等按职责分工负责。责任单位:各县(市、区)人民政府。〕',
        '(市生态环境局牵头,市发展改革委配合。责任单位:各县(市、区)人民政府)',
      )),
    ).toEqual([
      [['市生态环境局'], ['市发展改革委', '各县(市、区)人民政府']],
      [['市生态环境局'], ['各县(市、区)人民政府', '市发展改革委']],
    ]);
  });

  it('leaves a bracket whose only unit list is the labelled one as before: its units answer, the first leads', () => {
    expect(rolesOf(doc('(责任单位:市生态环境局、市水利局。)'))).toEqual([[['市生态环境局'], ['市水利局']]]);
  });

  it('keeps a remark after the full stop a remark: a stop followed by no label splits nothing', () => {
    const { plan } = read(doc('〔市生态环境局牵头负责。以下各项均需各县(市、区)人民政府落实,不再列出。〕'));
    expect([plan.tasks[0]?.leadUnits, plan.tasks[0]?.assistingUnits]).toEqual([['市生态环境局'], []]);
  });
});

describe('a table of targets whose columns are headed by a year', () => {
  const table = (header: string, ...rows: string[]) => ['某省残疾预防行动计划（2022—2025年）', header, ...rows];

  it('dates each level by the end of its column\'s year, the last as the due date, and reports each', () => {
    const { plan, report } = read(table('序号\t指标\t责任部门\t2023年\t2025年', '1\t知识普及率\t省残联\t>60%\t>80%', '2\t筛查率\t省卫生健康委\t—\t>90%'));
    expect(plan.tasks.map((t) => (t.schedule.spec.kind === 'by' ? t.schedule.spec.targets.map((x) => x.due.slice(0, 10)) : t.schedule.spec.kind))).toEqual([
      ['2023-12-31', '2025-12-31'],
      ['2025-12-31'],
    ]);
    expect(report.lines.filter((l) => l.kind === 'columnInferred' && /是年份/.test(l.decision)).map((l) => [l.taskNo, l.raw])).toEqual([
      ['1', '>60%'],
      ['1', '>80%'],
      ['2', '>90%'],
    ]);
  });

  it('takes a column of a year before the plan\'s for the level the plan starts from: no deadline', () => {
    const { plan } = read(table('序号\t指标\t责任部门\t2020年\t2025年', '1\t知识普及率\t省残联\t50%\t>80%'));
    expect(plan.tasks[0]?.schedule.spec.kind === 'by' && plan.tasks[0].schedule.spec.targets.map((x) => x.due.slice(0, 10))).toEqual(['2025-12-31']);
  });

  it('leaves year columns as they are beside a time column the table names', () => {
    const { plan } = read(table('序号\t指标\t责任部门\t2025年\t完成时限', '1\t知识普及率\t省残联\t>80%\t2023年底前'));
    expect(dueDay(plan.tasks[0]!)).toBe('2023-12-31');
  });
});

describe('a table copied a cell a paragraph, its narrow cells wrapped and its items over sub-rows of their own units', () => {
  // 序号 · 项目 · 责任单位 · 建设内容 · 总投资(万元) · 2023年目标进度, one paragraph a cell and a blank line between
  const cells = (...ps: string[]) => ps.flatMap((p) => [p, '']);
  const doc = [
    '某区2023年民生实事项目目标任务与责任分解表',
    '',
    ...cells('序号', '项目', '责任单位', '建设内容', '总投资', '(万元)', '2023年', '目标进度'),
    ...cells('1', '完善交通设施', '区新兴产业', '服务中心', '实施宏图路提升改造工程。', '48414', '一季度开工，年内完成工程量的50%。', '区住建局', '实施振兴桥危桥改造工程。', '1000', '6月开工，年内完工。'),
    ...cells('2', '提升防洪能力', '区农业农村局', '实施洋市河道整治工程。', '19311', '6月开工', '区综合行政', '执法局', '实施江堤修复提升工程。', '4950', '7月底前完成'),
    ...cells('3', '加大安居保障', '区新兴产业', '服务中心', '新建保障性租赁住房。', '87348', '确保年内完成主体结构8层以上并通过验收。'),
  ];

  it('reads the header 2023年 / 目标进度 as one time column, a name wrapped over two paragraphs as one unit, a sub-row opening at its unit as assisting, a figure as a figure', () => {
    const { plan, report } = read(doc);
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, t.assistingUnits, dueDay(t)])).toEqual([
      ['1', ['区新兴产业服务中心'], ['区住建局'], '2023-12-31'],
      ['2', ['区农业农村局'], ['区综合行政执法局'], '2023-07-31'],
      ['3', ['区新兴产业服务中心'], [], '2023-12-31'],
    ]);
    expect(report.lines.filter((l) => l.kind === 'unitRepaired' && /折成两段/.test(l.decision)).map((l) => l.raw)).toEqual(['区新兴产业 / 服务中心', '区综合行政 / 执法局', '区新兴产业 / 服务中心']);
    // 48414, 19311 and 87348 are amounts, no 序号 an excerpt jumped to
    expect(plan.tasks.map((t) => t.no)).toEqual(['1', '2', '3']);
  });

  it('joins no two paragraphs that are each a name of their own', () => {
    const two = [...doc.slice(0, 18), ...cells('1', '完善交通设施', '区发展改革局', '区住建局', '实施宏图路提升改造工程。', '48414', '年内完成。')];
    const { plan } = read(two);
    expect([plan.tasks[0]?.leadUnits, plan.tasks[0]?.assistingUnits]).toEqual([['区发展改革局'], ['区住建局']]);
  });
});

describe('a collective of departments and units joined by 和', () => {
  const doc = (...brackets: string[]) => ['某省2016年苏区振兴工作要点', ...brackets.map((b, i) => `${i + 1}.加快基础设施建设。${b}`)];

  it('stays one collective as printed (省有关部门和单位), beside names 和 still parts', () => {
    expect(rolesOf(doc('（省发展改革委牵头，省有关部门和单位配合）', '（省交通运输厅和省财政厅牵头，各有关部门及单位配合）'))).toEqual([
      [['省发展改革委'], ['省有关部门和单位']],
      [['省交通运输厅', '省财政厅'], ['各有关部门及单位']],
    ]);
  });
});

describe('roles named as a unit\'s role (X为牵头单位) and the list\'s rule inside a label', () => {
  const doc = (...brackets: string[]) => ['某市2024年重点工作任务分工方案', ...brackets.map((b, i) => `${i + 1}.加快项目建设。${b}`)];

  it('reads `X为牵头单位，Y、Z为配合单位` and `X是牵头部门` as 牵头 and 配合 after the names', () => {
    expect(rolesOf(doc('（市发改委为牵头单位，市财政局、市住建局为配合单位）', '（市商务局是牵头部门，市财政局配合）'))).toEqual([
      [['市发改委'], ['市财政局', '市住建局']],
      [['市商务局'], ['市财政局']],
    ]);
  });

  it('takes `排名第一的为牵头单位` / `列第一位的为牵头单位` after a label\'s units for the rule, no unit, and says it was printed', () => {
    const { plan, report } = read(doc('（责任单位：市发改委、市财政局，排名第一的为牵头单位）', '（责任单位：市商务局、市市场监管局，列第一位的为牵头单位）'));
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([
      [['市发改委'], ['市财政局']],
      [['市商务局'], ['市市场监管局']],
    ]);
    expect(report.lines.some((l) => l.kind === 'metadataDefault' && /排名第一的为牵头/.test(l.raw))).toBe(true);
    expect(report.lines.some((l) => l.kind === 'leadInferred' && l.taskNo === '1')).toBe(false);
  });
});

describe('more of the words tables head their columns with', () => {
  it('reads 牵头责任部门 as the lead, 进度计划 / 实施年限 as the time, 考核标准 / 任务来源 as no unit, 联络员 as a person', () => {
    const { plan } = read([
      '某市2024年重点改革任务分工表',
      '序号\t工作名称\t任务来源\t牵头责任部门\t配合责任部门\t进度计划\t考核标准\t联络员',
      '1\t深化“一网通办”改革\t省政府工作报告\t市政务服务中心\t市大数据局\t2024年9月底前\t事项网办率达90%\t王某',
    ]);
    const [t] = plan.tasks;
    expect([t?.leadUnits, t?.assistingUnits, dueDay(t!)]).toEqual([['市政务服务中心'], ['市大数据局'], '2024-09-30']);
    expect(plan.units.map((u) => u.id)).not.toContain('王某');
    expect(plan.units.map((u) => u.id)).not.toContain('省政府工作报告');
  });
});

describe('a policy list: its points and kinds, and the periods its policies run', () => {
  it('reads 政策要点 as the work and 政策类型 as a category; a policy lapsing or running to a day sets no deadline, a deadline of the work does', () => {
    const { plan } = read([
      '某市稳就业政策措施重点任务清单（2023年）',
      '序号\t政策类型\t政策要点\t主要措施\t牵头单位\t配合单位\t备注',
      '1\t助企纾困\t降低失业保险费率\t降低费率的政策2023年6月30日到期后，延续实施至2024年12月31日。\t市人社局\t市财政局、市税务局\t',
      '2\t助企纾困\t稳岗返还\t政策实施期限截至2023年12月31日。\t市人社局\t市财政局\t',
      '3\t援企扩岗\t扩岗补助\t2023年9月底前完成补助发放。\t市人社局\t市财政局\t',
    ]);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([
      [['市人社局'], ['市财政局', '市税务局']],
      [['市人社局'], ['市财政局']],
      [['市人社局'], ['市财政局']],
    ]);
    expect(plan.tasks.map((t) => t.schedule.spec.kind)).toEqual(['ongoing', 'ongoing', 'by']);
    expect(dueDay(plan.tasks[2]!)).toBe('2023-09-30');
    expect(plan.units.map((u) => u.id)).not.toContain('助企纾困');
  });
});

describe('a year in prose: set off by a comma, the whole year\'s assigned work, a policy extended', () => {
  const dues = (p: string) => findProseTargets(p, 2018).targets.map((t) => t.due.slice(0, 10));

  it('reads `2018年，…控制在` as the target of that year, as `2018年…控制在` is; a year in a citation still dates nothing', () => {
    expect(dues('强化用水监督管理。2018年，省考核范围内用水总量控制在47.38亿立方米。')).toEqual(['2018-12-31']);
    expect(dues('2018年，全市用水总量47亿立方米，较上年下降。')).toEqual([]);
    expect(dues('落实《2018年工作方案》，用水总量控制在47亿立方米。')).toEqual([]);
  });

  it('dates `全年…完成省、市下达的目标任务` by the year\'s end; `全年…产值突破700亿元` is an amount and dates nothing', () => {
    expect(dues('加强煤质监督检查，全年洁净煤使用比例完成省、市下达的目标任务。')).toEqual(['2018-12-31']);
    expect(dues('培育新兴产业，全年战略性新兴产业产值突破700亿元。')).toEqual([]);
  });

  it('takes `政策延长至2022年底` and `延续至…` for how long a policy runs, not a deadline; `2022年底前完成` stays one', () => {
    expect(dues('落实新能源汽车购置补贴政策延长至2022年底等优惠政策。')).toEqual([]);
    expect(dues('减免政策延续至2022年12月31日。')).toEqual([]);
    expect(dues('2022年底前完成充电桩建设。')).toEqual(['2022-12-31']);
  });
});

describe('places listed before a zone share its words', () => {
  const names = (raw: string): string[] => splitUnitList(raw).mentions.map((m) => m.name);

  it('reads `临汾、侯马、洪洞经济开发区管委会` as three committees, not 市临汾 and 市侯马, and says so', () => {
    const list = splitUnitList('市住房和城乡建设局、临汾、侯马、洪洞经济开发区管委会');
    expect(list.mentions.map((m) => m.name)).toEqual(['市住房和城乡建设局', '临汾经济开发区管委会', '侯马经济开发区管委会', '洪洞经济开发区管委会']);
    expect(list.repairs.filter((r) => /共用「经济开发区管委会」/.test(r.decision)).map((r) => r.raw)).toEqual(['侯马', '临汾']);
  });

  it('shares nothing when the word before is no place the dataset knows, or the zone names no place', () => {
    expect(names('民航、洪洞经济开发区管委会')).not.toContain('民航经济开发区管委会');
    expect(names('临汾、新区管委会')).not.toContain('临汾新区管委会');
  });
});

describe('two names printed with no mark between them', () => {
  const names = (raw: string): string[] => splitUnitList(raw).mentions.map((m) => m.name);

  it('parts `区发改局区统计局` and `县发展和改革局县统计局县财政局` where the level opens again after a unit\'s ending, and says so', () => {
    expect(names('区发改局区统计局')).toEqual(['区发改局', '区统计局']);
    expect(names('县发展和改革局县统计局县财政局')).toEqual(['县发展和改革局', '县统计局', '县财政局']);
    expect(splitUnitList('市行政审批局市司法局').repairs.some((r) => r.kind === 'unitRepaired' && /连写/.test(r.decision))).toBe(true);
  });

  it('keeps `市委市政府督查室`, `市工商局市场科` and `市市场监管局` one name each', () => {
    expect(['市委市政府督查室', '市工商局市场科', '市市场监管局', '区委区政府'].map(names)).toEqual([['市委市政府督查室'], ['市工商局市场科'], ['市市场监管局'], ['区委区政府']]);
  });
});

describe('a section heading naming its lead, a paragraph of its own before its items', () => {
  it('reads `一、科技创新政策(由市科技局牵头实施)` over a paragraph and items 1. 2. as a section, its items the tasks', () => {
    const { plan } = read([
      '某市关于推动经济高质量发展的若干政策（2025年版）',
      '一、科技创新政策(由市科技局牵头实施)',
      '市财政2025年统筹安排5000万元，重点用于支持科技企业培育。',
      '1.鼓励创新主体发展。对首次认定的高新技术企业给予奖励。(责任单位:市科技局)',
      '2.支持研发投入。对研发费用增长的企业给予补助。(责任单位:市科技局、市财政局)',
    ]);
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, t.assistingUnits])).toEqual([
      ['1', ['市科技局'], []],
      ['2', ['市科技局'], ['市财政局']],
    ]);
  });
});

describe('a notice\'s metadata as pages print it', () => {
  const item = '1.加快推进医保制度建设，2012年底前完成。（区人力资源和社会保障局牵头，区财政局配合）';

  it('reads a signature\'s date written out in characters, its zero a circle (二○一一年八月三十日)', () => {
    const { plan, report } = read(['番府办〔2011〕45号', '广州市番禺区人民政府办公室', '二○一一年八月三十日', '广州市番禺区医药卫生体制改革重点实施方案', item]);
    expect(plan.issuedOn).toBe('2011-08-30');
    expect(plan.issuer).toBe('广州市番禺区人民政府办公室');
    expect(report.lines.some((l) => l.kind === 'metadataDefault' && /issuedOn/.test(l.decision))).toBe(false);
  });

  it('takes a title, its place and its level in traditional script (內蒙古自治區…政策清單, 自治區農牧廳 leading)', () => {
    const { plan } = read(['各盟行政公署、市人民政府:', '內蒙古自治區2024年推動產業高質量發展政策清單', '1.實施糧油單產提升行動，2024年底前完成。（自治區農牧廳牽頭，自治區財政廳配合）']);
    expect(plan.title).toBe('內蒙古自治區2024年推動產業高質量發展政策清單');
    expect(plan.level).toBe('省');
    expect(plan.issuer).toBe('內蒙古自治區人民政府');
  });

  it('takes no page furniture for the title (发布时间:… 信息来源:…), and the place after a title\'s opening verb (加快西宁市…)', () => {
    const table = ['序号\t重点工作任务\t主要责任单位', '1\t地区生产总值增长6.5%左右\t区发改委'];
    const { plan } = read(['谯城区2025年政府工作报告重点工作任务分解表', '发布时间:2025-03-28 16:00 信息来源:谯城区委督查考核办 浏览次数: 字体:[ ]', ...table]);
    expect([plan.title, plan.issuer]).toEqual(['谯城区2025年政府工作报告重点工作任务分解表', '谯城区人民政府']);
    const prose = read(['加快西宁市流通业发展实施意见', '2017年11月24日', '1.完善流通网络。（市商务局牵头，市发改委配合）']);
    expect(prose.plan.issuer).toBe('西宁市人民政府');
  });

  it('drops the number and the extension of an attachment\'s file name printed as the title', () => {
    const { plan } = read(['17.内蒙古自治区2023年推动产业高质量发展政策清单.docx', '1.实施粮油单产提升行动，2023年底前完成。（自治区农牧厅牵头，自治区财政厅配合）']);
    expect(plan.title).toBe('内蒙古自治区2023年推动产业高质量发展政策清单');
    expect(plan.issuer).toBe('内蒙古自治区人民政府');
  });
});

describe('characters a copy from Word or a web page prints', () => {
  it('reads full-width digits, no-break and zero-width spaces as plain ones, one report line per kind with its first line', () => {
    const { plan, report } = read(['某区２０２４年重点工作任务', '1.推进第２中学扩建，１２月底前\u00a0完成。（区教\u200b育局牵头，区财政局配合）']);
    const [t] = plan.tasks;
    expect([t?.leadUnits, t?.assistingUnits, dueDay(t!)]).toEqual([['区教育局'], ['区财政局'], '2024-12-31']);
    expect(t?.text).toContain('第2中学');
    const lines = report.lines.filter((l) => l.kind === 'charactersNormalised');
    expect(lines.map((l) => [l.line, /^\d+ 行(\S+)/.exec(l.decision)?.[1]])).toEqual([
      [1, '全角数字、字母改为半角'],
      [2, '不换行空格改为空格'],
      [2, '零宽字符已去掉'],
    ]);
  });
});

describe('a quarter\'s progress table, and a web page\'s posting date', () => {
  const table = (period: string) => [
    '某区城管局2024年第四季度重点工作任务完成情况',
    `任务项\t重点工作内容\t牵头责任单位\t${period}\t完成状况`,
    '1\t开展市容秩序专项整治\t区城管大队、街道城管中队\t启动专项整治，选定示范道路\t已完成',
    '2\t推进生活垃圾分类\t区环卫所\t开展督查考核1次\t已完成',
  ];

  it('reads 任务项 as the number and 完成状况 as no unit; the fourth quarter\'s work is due by the year\'s end, reported', () => {
    const { plan, report } = read(table('四季度任务分解'));
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, dueDay(t)])).toEqual([
      ['1', ['区城管大队', '街道城管中队'], '2024-12-31'],
      ['2', ['区环卫所'], '2024-12-31'],
    ]);
    expect(report.lines.filter((l) => l.kind === 'columnInferred' && /四季度末/.test(l.decision)).map((l) => l.taskNo)).toEqual(['1', '2']);
  });

  it('takes a first header word no list uses for the number column when the first row under it opens with 1, and says so', () => {
    const cells = ['某区城管局2024年重点工作任务', '条目', '重点工作内容', '牵头责任单位', '完成时限', '1', '开展市容整治', '区城管大队', '6月底前', '2', '推进垃圾分类', '区环卫所', '12月底前'];
    const { plan, report } = read(cells.flatMap((c) => [c, '']));
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, dueDay(t)])).toEqual([
      ['1', ['区城管大队'], '2024-06-30'],
      ['2', ['区环卫所'], '2024-12-31'],
    ]);
    expect(report.lines.some((l) => l.kind === 'columnInferred' && /表头「条目」.*序号/.test(l.decision))).toBe(true);
    // …but a first row that is no 1 is no proof: the list is refused, naming what it expected
    expect(refusal(() => read(cells.map((c) => (c === '1' ? '一' : c)).flatMap((c) => [c, '']))).code).toBe('UNKNOWN_LAYOUT');
  });

  it('takes such a first word for the number column in a table of rows too (`条目 | 重点工作任务 | …` over `1 | …`)', () => {
    const rows = (first: string) => ['某区2024年重点工作任务', '| 条目 | 重点工作任务 | 牵头单位 | 完成时限 |', `| ${first} | 开展市容整治 | 区城管局 | 6月底前 |`, '| 2 | 推进垃圾分类 | 区环卫所 | 12月底前 |'];
    const { plan, report } = read(rows('1'));
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, dueDay(t)])).toEqual([
      ['1', ['区城管局'], '2024-06-30'],
      ['2', ['区环卫所'], '2024-12-31'],
    ]);
    expect(report.lines.some((l) => l.kind === 'columnInferred' && l.line === 2 && /表头「条目」/.test(l.decision))).toBe(true);
    expect(refusal(() => read(rows('一'))).code).toBe('UNKNOWN_LAYOUT');
  });

  it('takes an earlier quarter\'s step (一季度目标) for a milestone, no deadline of the task', () => {
    expect(read(table('一季度目标')).plan.tasks.map((t) => t.schedule.spec.kind)).not.toContain('by');
  });

  it('gives a body of the townships (街道城管中队, 乡镇卫生院) no level carried down the list', () => {
    expect(splitUnitList('县卫健局、乡镇卫生院、社区卫生服务中心').mentions.map((m) => m.name)).toEqual(['县卫健局', '乡镇卫生院', '社区卫生服务中心']);
  });

  it('dates a page by its 发表时间 when it prints no other date', () => {
    const { plan } = read(['发表时间:2018-4-17 来源:某促进会', '（二十四）大力实施乡村振兴战略。（国家发展改革委、农业农村部牵头，有关部门按职责分工负责）']);
    expect(plan.issuedOn).toBe('2018-04-17');
    expect(plan.tasks[0]?.assistingUnits).toEqual(['有关部门']);
  });
});

describe('a row of a single-spaced table whose last cells stand on lines of their own', () => {
  it('reads `2 … 区财政局` over `区税务局` over the assisting units as one row, the extra name a second lead, and says so', () => {
    const { plan, report } = read([
      '某区2025年政府工作报告重点工作任务分解表',
      '序号 重点工作任务 主要责任单位 协同配合单位',
      '1 地区生产总值增长6.5%左右。 区发改委 区政府各部门',
      '2 一般公共预算收入增长5%左右。 区财政局',
      '区税务局',
      '区政府有关部门,各乡镇人民政府。',
      '3 固定资产投资增长7.5%左右。 区发改委 区住建局、区交通局。',
    ]);
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, t.assistingUnits])).toEqual([
      ['1', ['区发改委'], ['区政府各部门']],
      ['2', ['区财政局', '区税务局'], ['区政府有关部门', '各乡镇人民政府']],
      ['3', ['区发改委'], ['区住建局', '区交通局']],
    ]);
    expect(report.lines.some((l) => l.kind === 'cellsAligned' && l.line === 4)).toBe(true);
  });
});

describe('a single-spaced header with a double space in it', () => {
  it('is the header of the words it was found by (no empty cell), its rows read; with no-break spaces too', () => {
    const lines = ['某区2025年重点工作任务分解表', '序号 重点工作任务  主要责任单位 协同配合单位', '1 地区生产总值增长6.5%左右。 区发改委 区政府各部门', '2 一般公共预算收入增长5%左右。 区财政局 区税务局'];
    const want = [
      [['区发改委'], ['区政府各部门']],
      [['区财政局'], ['区税务局']],
    ];
    expect(rolesOf(lines)).toEqual(want);
    expect(rolesOf(lines.map((l) => l.replace(/ /g, '\u00a0')))).toEqual(want);
  });
});

describe('a bare year opening its clause before the work it dates', () => {
  const dues = (p: string) => findProseTargets(p, 2020).targets.map((t) => t.due.slice(0, 10));

  it('dates `2020年编制完成`, `2021年，完成` and `，2021年构建…平台` by that year\'s end; `2019年已完成` dates nothing', () => {
    expect(dues('2020年编制完成国土空间总体规划，2021年构建规划信息平台。')).toEqual(['2020-12-31', '2021-12-31']);
    expect(dues('2021年，完成各专项规划的编制工作。')).toEqual(['2021-12-31']);
    expect(dues('2019年已完成规划编制。')).toEqual([]);
    expect(dues('落实省2021年构建的制度。')).toEqual([]);
  });
});

describe('time phrases of a fixed holiday and of work carried on', () => {
  const read = (p: string) => {
    const { spec } = parseSchedulePhrase(p, 2024);
    return spec.kind === 'by' ? spec.targets.map((t) => t.due.slice(0, 10)).join(',') : spec.kind;
  };

  it('dates 国庆前 / 五一前 / 七一前 by the day before the holiday in the plan\'s year; 春节前 and 元旦前 stay unparsed', () => {
    expect(['国庆前', '国庆节前完成', '五一前', '七一前'].map(read)).toEqual(['2024-09-30', '2024-09-30', '2024-04-30', '2024-06-30']);
    expect(['春节前', '元旦前'].map(read)).toEqual(['unparsed', 'unparsed']);
    expect(parseSchedulePhrase('国庆前', null).spec.kind).toBe('unparsed');
  });

  it('reads 常年坚持, 按序时推进, 每半年 and 即日起 as carried on', () => {
    expect(['常年', '常年坚持', '按序时进度推进', '每半年', '即日起', '即日起实施'].map(read)).toEqual(Array(6).fill('ongoing'));
  });
});
