// Specification: rules of the genre written in session eighteen — 创卫 notices whose problems are bullets closed by a line of
// their duties (主体责任 / 监督责任), notices whose groups of steps each start again at 1. and close with their units and time,
// a time label run on into the next problem's words, and units named only in the sentences of a notice's own prose.
import { describe, expect, it } from 'vitest';
import { dueDay } from '../../seeds/corpus';
import { splitAfterDate } from '../../seeds/label-lines';
import { looksLikeUnit } from '../../seeds/unit-list';
import { readLines as read, rolesOf } from '../support/read-lines';

const title = ['某市2023年创卫问题整改通报', '2023年3月1日'];

describe('bullets closed by a line of their duties', () => {
  it('reads each bullet as a task, 主体责任 leading and 监督责任 assisting, the bullet no part of its text', () => {
    const { plan, report } = read([
      ...title,
      '● 营业网点电子屏幕无宣传标语。',
      '(主体责任:各营业网点,监督责任:市工商局)',
      '● 白茶市场存在空闲摊位乱堆乱放现象。',
      '(主体责任:白茶村委会,监督责任:市工商局、市卫健委)',
    ]);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([
      [['各营业网点'], ['市工商局']],
      [['白茶村委会'], ['市工商局', '市卫健委']],
    ]);
    expect(plan.tasks[0]?.text.startsWith('●')).toBe(false);
    expect(report.lines.filter((l) => l.kind === 'numberInferred')).toHaveLength(2);
  });

  it('leaves a bracket of remarks under a sentence a remark: no task is made of it', () => {
    expect(rolesOf([...title, '1. 整治背街小巷。（责任单位：市城管局）', '(来源:本市融媒)', '2. 清理河道。（责任单位：市水利局）'])).toEqual([
      [['市城管局'], []],
      [['市水利局'], []],
    ]);
  });
});

describe('groups of steps, each numbered from 1. again and closed by its units', () => {
  const groups = [
    ...title,
    '近日督查组对农贸市场、单位、小区卫生情况进行督查。 1.市场内卫生间堆放有杂物; 整改责任单位:县市场监督管理局 整改时限:2023年8月13日前 1.员工食堂橱柜杂物乱堆放; 2.在建工程临时厨房垃圾乱堆放。 整改责任单位:县污水处理厂 整改时限:2023年8月20日前 1.住户门前积水; 2.毒饵站被杂物遮挡; 3.大门口垃圾桶未加盖。 责任单位:县住房和城乡建设局 整改时限:2023年9月1日前',
  ];

  it('reads one task a group, its steps its text, numbered by place and reported', () => {
    const { plan, report } = read(groups);
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, dueDay(t)])).toEqual([
      ['1', ['县市场监督管理局'], '2023-08-13'],
      ['2', ['县污水处理厂'], '2023-08-20'],
      ['3', ['县住房和城乡建设局'], '2023-09-01'],
    ]);
    expect(plan.tasks[2]?.text).toContain('垃圾桶未加盖');
    expect(report.lines.filter((l) => l.kind === 'numberInferred' && l.decision.includes('numbered by place'))).toHaveLength(3);
  });

  it('still joins the steps of one run closed by one line of units with the numbering going on (no restart: one task)', () => {
    const { plan } = read([...title, '1. 清理垃圾。', '2. 拆除违建。', '责任单位：市城管局', '完成时限：2023年6月底前']);
    expect(plan.tasks.map((t) => [t.leadUnits, dueDay(t)])).toEqual([[['市城管局'], '2023-06-30']]);
  });

  it('keeps items numbered 1. again under group headings apart by their headings, not by place', () => {
    const { plan } = read([...title, '(一)已完成任务', '1.安置就业困难人员。(责任单位:州人社局)', '(二)已开工任务', '1.新开工老旧小区改造。(责任单位:州住建局)']);
    expect(new Set(plan.tasks.map((t) => t.no)).size).toBe(2);
  });
});

describe('a time label run on into the next problem', () => {
  it('is parted after its date', () => {
    expect(splitAfterDate('整改时限:2021年8月13日前 操作间存在鼠粪,病媒生物防制不到位。')).toEqual(['整改时限:2021年8月13日前', '操作间存在鼠粪,病媒生物防制不到位。']);
    expect(splitAfterDate('完成时限：6月底前 加快推进')).toEqual(['完成时限：6月底前', '加快推进']);
  });

  it('is left whole when the label is no time, or the date ends the line, or a remark follows', () => {
    expect(splitAfterDate('责任单位:2021年8月13日前 操作间')).toBeNull();
    expect(splitAfterDate('整改时限:2021年8月13日前')).toBeNull();
    expect(splitAfterDate('整改时限:2021年8月13日前 (来源:马关融媒)')).toBeNull();
  });

  it('gives each unnumbered problem after it its own units and date', () => {
    const { plan } = read([
      ...title,
      '1.市场内卫生间堆放有杂物; 整改责任单位:县市场监督管理局 整改时限:2023年8月13日前 操作间存在鼠粪,病媒生物防制不到位。 整改责任单位:县卫生健康局 整改时限:2023年8月15日前 后厨窗台发现鼠迹。 整改责任单位:县商务局 整改时限:2023年8月16日前',
    ]);
    expect(plan.tasks.map((t) => [t.leadUnits, dueDay(t)])).toEqual([
      [['县市场监督管理局'], '2023-08-13'],
      [['县卫生健康局'], '2023-08-15'],
      [['县商务局'], '2023-08-16'],
    ]);
  });
});

describe('unit names', () => {
  it('take a squad (中队) as a unit, as they take its detachment (支队) and brigade (大队)', () => {
    expect(looksLikeUnit('交警六中队')).toBe(true);
    expect(looksLikeUnit('消防救援中队')).toBe(true);
  });
});

describe('units named only in the sentences of a notice', () => {
  it('reads each paragraph that names its units in a clause of its own as a task, reported', () => {
    const { plan, report } = read([
      '【创城曝光台】2023年7月6日督查情况',
      '7月6日,市创城办督查组对部分道路及小区进行督查,要求相关责任单位对出现的问题进行及时整改。',
      '督查发现 , 在建工地围挡广告有破损、脱落的现象 , 该项整治由市住建局负责 。',
      '由北海工业园管委会负责的“三无小区”长安金苑内 , 车辆随意停放 。',
      '华声小区的责任单位是市人社局 , 该小区的垃圾桶无分类标识 。',
      '在广东路和重庆路交汇处附近 , 有垃圾堆放 , 其责任单位为海城区政府 。',
      '京泰路上 , 车辆随意停放阻挡盲道 , 应由市交警支队负责整治 。',
      '市创文办要求责任单位市公安局、市城管局立即整改。',
    ]);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([
      [['市住建局'], []],
      [['北海工业园管委会'], []],
      [['市人社局'], []],
      [['海城区政府'], []],
      [['市交警支队'], []],
      [['市公安局'], ['市城管局']],
    ]);
    expect(report.lines.filter((l) => l.kind === 'leadInferred' && l.decision.includes("units named in the notice's own sentence"))).toHaveLength(6);
  });

  it('reads the decisions of a meeting, each clause between semicolons giving work to units, with its date', () => {
    const { plan } = read([
      '2022年土地处置工作推进会召开',
      '会议要求,由县发展和改革局牵头,县委党校、县自然资源局配合,在9月底前完成供地工作;由丹凤街道牵头,县自然资源局配合,在12月底前完成土地处置任务;会议还听取了汇报。',
    ]);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits, dueDay(t)])).toEqual([
      [['县发展和改革局'], ['县委党校', '县自然资源局'], '2022-09-30'],
      [['丹凤街道'], ['县自然资源局'], '2022-12-31'],
    ]);
  });

  it('does not take a page with one such sentence for a notice: it is refused, naming what was expected', () => {
    expect(() => read(['2023年工作会议', '会议强调,该项整治由市住建局负责。'])).toThrow(/UNKNOWN_LAYOUT|no task list found/);
  });
});

describe('items numbered like sections, closed by a bracket of bare unit names', () => {
  it('are tasks, the first listed leading', () => {
    expect(rolesOf([...title, '一、张家桥农贸市场旁无牌货车长期占道停放。(交警大队)', '二、 火车站非法营运车辆多。(运管所、执法大队、交警大队)'])).toEqual([
      [['交警大队'], []],
      [['运管所'], ['执法大队', '交警大队']],
    ]);
  });

  it('still head the items under them when numbered items follow', () => {
    expect(rolesOf([...title, '一、整治市容(市城管局)', '1. 清理垃圾。（责任单位：市环卫处）', '2. 拆除违建。（责任单位：市执法局）'])).toEqual([
      [['市环卫处'], []],
      [['市执法局'], []],
    ]);
  });
});

describe('lines a short copy broke, too few to show its width', () => {
  it('are joined where the line cannot stand alone: it opens with a stop or closes a bracket the line above left open', () => {
    const { plan, report } = read([...title, '二、 三角坪、火车站非法营运车辆多。(运管所、执法大队、交', '警大队)', '三、出租车不打表现象普遍,无创建宣传氛围', '。(运管所)']);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([
      [['运管所'], ['执法大队', '交警大队']],
      [['运管所'], []],
    ]);
    expect(report.lines.some((l) => l.kind === 'rowMerged' && l.decision.includes('broken lines joined'))).toBe(true);
  });
});

describe('what a meeting tells each unit to do', () => {
  it('reads points counted 一是…二是…, each unit the subject of its sentence, and an hour of the day as that day', () => {
    const { plan } = read([
      '施秉县重点项目会审工作会议',
      '2020-02-10 00:00:00 来源: 施秉县人民政府门户网站',
      '石宏敏在总结讲话中要求:一是各单位会后抓紧将修改意见形成书面材料于2月9日下午下班前报县发改局汇总;二是县发改局要按照各部门的修改意见及时修改完善,并于2月9日晚19:00时前报县政府常务会议研究。',
    ]);
    expect(plan.issuedOn).toBe('2020-02-10');
    expect(plan.tasks.map((t) => [t.leadUnits, dueDay(t)])).toEqual([
      [['各单位'], '2020-02-09'],
      [['县发改局'], '2020-02-09'],
    ]);
  });

  it('gives points that name no unit of their own the units the opening addresses, and the scene before a subject is no part of it', () => {
    expect(
      rolesOf([
        '2022年督导会议',
        '督导组对县道交专班指出:一是需要完善工作方案;二是要严格落实责任制;三是县农机中心的道交方案需要细化;四是在高速公路通行风险整治方面,县政府与高速三大队要加强互动。',
      ]),
    ).toEqual([
      [['县道交专班'], []],
      [['县道交专班'], []],
      [['县农机中心'], []],
      [['县政府'], ['县高速三大队']],
    ]);
  });

  it('takes a unit\'s people for the unit, a collective of places for a unit, and a meeting\'s one requirement of a unit', () => {
    const { plan } = read([
      '2022年奶业振兴专题会议',
      '自治区召开视频会议。会议要求,各盟市要强化主体责任,确保政策落地。',
      '会后召开专题会议,要求旗县区落实属地责任,重点抓好以下工作:一是要抓紧办理新建牧场相关手续,确保6月上旬全部开工;二是要组织企业申报专项债;三是县自然资源局全体班子成员要带领股室吃住在镇村。',
    ]);
    expect(plan.tasks.map((t) => t.leadUnits)).toEqual([['各盟市'], ['旗县区'], ['旗县区'], ['县自然资源局']]);
  });

  it('reads clauses between semicolons each quoting the work of its units (X负责的“…”)', () => {
    expect(rolesOf(['2024年常务会议确定事项落实情况的通报', '需要加快推进落实事项3件,如县发改局负责的“严格落实重点项目前期工作计划。”截至目前已完成论证;县自然资源局、县水利局负责的“加快推进项目实施。”截至目前开工2个。'])).toEqual([
      [['县发改局'], []],
      [['县自然资源局'], ['县水利局']],
    ]);
  });

  it('names districts beside departments as units, in a sentence of 责任单位为', () => {
    expect(rolesOf(['2023年创文实地督察通报', '磁湖路路段的责任单位为市城发集团、市城管委和黄石港区。该路段多处路面破损。', '青龙山路的责任单位为市城管委和下陆区,其日常管理不到位。'])).toEqual([
      [['市城发集团'], ['市城管委', '黄石港区']],
      [['市城管委'], ['下陆区']],
    ]);
  });

  it('does not read a paragraph of points whose subjects are no units (力度要更大, 措施要更硬)', () => {
    expect(() => read(['2024年调度例会', '县长要求:一是力度要更大,加速整改;二是措施要更硬,快速整改。'])).toThrow(/UNKNOWN_LAYOUT|no task list found/);
  });
});

describe('a deadline after the list for the units it criticises', () => {
  it('dates every item (督促被批评单位于7月7日前整改到位)', () => {
    const { plan } = read([
      '关于国家卫生城市复审问题整改情况的通报',
      '1.黄河路水果市场院内垃圾积存。责任单位:华龙区濮东办;责任人:刘冰。',
      '2.金波市场内摊位乱摆乱放。责任单位:华龙区大庆办;责任人:祖卫华。',
      '指挥部要高度重视复审工作,督促被批评单位于7月7日前整改到位。',
      '2015年7月2日',
    ]);
    expect(plan.tasks.map((t) => [t.leadUnits, dueDay(t)])).toEqual([
      [['华龙区濮东办'], '2015-07-07'],
      [['华龙区大庆办'], '2015-07-07'],
    ]);
  });
});

describe('an executive meeting\'s approvals and the points it puts under a person', () => {
  it('reads each approval handed to the unit that carries it out (由X依法依规按程序办理)', () => {
    expect(rolesOf(['英吉沙县人民政府召开2024年第四次常务会议', '会议同意,县自然资源局提交的用地请示。由县自然资源局依法依规按程序办理。', '会议同意,乌恰镇第二小学更名为乌恰镇中学。由县教育局依法依规按程序办理。'])).toEqual([
      [['县自然资源局'], []],
      [['县教育局'], []],
    ]);
  });

  it('takes a person over the units for no unit, and short names the list calls departments (县卫健、交通等部门) for units', () => {
    expect(
      rolesOf([
        '2022年县政府第九次常务会议',
        '会议要求:各镇、各部门全力做好以下几项重点工作:一是由关玲同志牵头,县卫健、交通、商务等部门要继续坚持各项疫情防控措施。二是由芦卫、李景涛同志牵头,县发改、财政等部门要积极推进专项债券项目的申报。',
      ]),
    ).toEqual([
      [['县卫健'], ['县交通', '县商务']],
      [['县发改'], ['县财政']],
    ]);
  });
});

describe('a meeting\'s charges and points counted in brackets', () => {
  it('reads （一）（二）… inside a paragraph, each point\'s units charged (责成), told or given an opening of roles', () => {
    expect(
      rolesOf([
        '市政府第十二次常务会议',
        '  会议要求:(一)责成市营商局进一步修改完善《管理办法》,并立即组织实施。(二)各部门要根据《管理办法》相关规定逐一梳理。(三)针对供暖期间的诉求,责成市营商局牵头,市住建局、12345平台等相关部门全力配合,超前谋划。',
      ]),
    ).toEqual([
      [['市营商局'], []],
      [['各部门'], []],
      [['市营商局'], ['市住建局', '市12345平台']],
    ]);
  });

  it('reads each decision charging a unit (会议议定,…责成X根据…), the report before it no task', () => {
    expect(rolesOf(['政府第四十七次常务会议', '会议听取关于专项行动工作方案的汇报。', '会议议定,原则同意市水利局的汇报,责成市水利局根据会议讨论意见进一步梳理完善。', '会议审议《实施方案(讨论稿)》。', '会议议定,责成市市场监督管理局进一步修改完善《方案》。'])).toEqual([
      [['市水利局'], []],
      [['市市场监督管理局'], []],
    ]);
  });

  it('reads decided items a notice names by number, each with its units', () => {
    const { plan } = read(['2022年第八次县政府常务会议确定事项落实情况的通报', '其中,由县民政局负责的第1件、县发改局负责的第4件、县卫健局负责的第17、18件确定事项进展滞后,请以上责任单位加快工作节奏。']);
    expect(plan.tasks.map((t) => [t.leadUnits, t.text])).toEqual([
      [['县民政局'], '县民政局负责的第1件。'],
      [['县发改局'], '县发改局负责的第4件。'],
      [['县卫健局'], '县卫健局负责的第17、18件。'],
    ]);
  });

  it('takes what a meeting stresses to all its units for no task, and what it requires of them for one', () => {
    expect(rolesOf(['2022年县政府常务会议', '会议强调:全县各镇、各部门要坚定发展信心。', '会议要求:一是县卫健局要坚持疫情防控。二是县财政局要做好资金保障。'])).toEqual([
      [['县卫健局'], []],
      [['县财政局'], []],
    ]);
  });
});

describe('dates of seasons and stops after quotes', () => {
  it('reads no deadline from a year its season follows (至2025年秋季学期), reported', () => {
    const { plan, report } = read(['2024年常务会议', '会议同意,第二小学更名为中学,2024年秋季学期至2025年秋季学期按九年一贯制学校办学。由县教育局依法依规按程序办理。', '会议同意,第一小学更名为中小学。由县教育局依法依规按程序办理。']);
    expect(plan.tasks.map(dueDay)).toEqual([null, null]);
    expect(report.lines.some((l) => l.kind === 'scheduleUnparsed' && l.raw.includes('至2025年秋季'))).toBe(true);
  });

  it('takes a full stop printed . after 》 for a full stop', () => {
    expect(rolesOf(['2025年常务会议纪要', '1.审议《防洪应急预案》', '会议议定:原则同意该《请示》.由水利局牵头,按照预案抓好落实.'])).toEqual([[['水利局'], []]]);
  });
});

describe('inspection clauses closed by their units, and sentences told to units', () => {
  it('reads clauses between semicolons each closed by a bracket of units, a comma after one parting two', () => {
    expect(rolesOf(['2015年城区环境卫生抽查', '抽查发现:居民区里的白色垃圾较多,清扫保洁未到位(西湖居委会);门店装修占道未围挡(城管队),且损坏人行道路面较多(市政处);绿化带内杂草较多(园林处)。'])).toEqual([
      [['西湖居委会'], []],
      [['城管队'], []],
      [['市政处'], []],
      [['园林处'], []],
    ]);
  });

  it('reads sentences each told to units where a paragraph has no semicolon, never a preposition\'s object or a unit\'s people', () => {
    expect(rolesOf(['2022年县政府第七次常务会议', '县长指出,要将巩固脱贫攻坚成果做细。各乡镇要主动与县自然资源局对接。县自然资源局要协调落实好方案内容。', '县长要求,县林草部门要统筹好林木限采工作。有关部门要各司其职,盘活存量资产。'])).toEqual([
      [['各乡镇'], []],
      [['县自然资源局'], []],
      [['县林草部门'], []],
      [['有关部门'], []],
    ]);
    expect(() => read(['2020年项目会审会议', '局长就储备清单向各参会单位负责人征求了意见。各参会单位负责人对项目储备提出了修改意见。'])).toThrow(/UNKNOWN_LAYOUT|no task list found/);
  });
});

describe('a news page\'s meeting points, its teaser and its dateline', () => {
  it('dates the page by a dateline naming the account that posted it, and takes what a meeting points out for no task', () => {
    const { plan } = read([
      '长洲区召开冬春季疫情防控工作会议',
      '2020-12-31 23:19 活力长洲',
      '会议指出,当前临近年末岁初,区直各部门、镇(街道)必须要高度重视疫情防控工作。',
      '会议要求,一是要落实自己的责。区直各部门、镇(街道)要进一步压实责任清单。三是要办好自己的事。疫情防控指挥部要保持运转顺畅。',
    ]);
    expect(plan.issuedOn).toBe('2020-12-31');
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([
      [['区直各部门'], ['镇(街道)']],
      [['疫情防控指挥部'], []],
    ]);
  });

  it('leaves an adverb between units and their duty out of them (各部门、相关单位都要…)', () => {
    expect(rolesOf(['2018年重点项目推进会', '区长强调,一是要高度重视项目建设;二是各部门都要支持项目建设;三是发改委要发挥好牵头抓总的作用。'])[0]).toEqual([['各部门'], []]);
  });

  it('reads no task from a teaser that repeats the text\'s first lines (核心提示:…...)', () => {
    expect(rolesOf(['2015年城区环境卫生抽查', '核心提示:抽查发现:工地带泥上路(渣土所);南外街白色垃圾较多(牌楼居... 抽查发现:工地带泥上路(渣土所);南外街白色垃圾较多(牌楼居委会);金山市场内垃圾较多(金山市场管理所)。'])).toEqual([
      [['渣土所'], []],
      [['牌楼居委会'], []],
      [['金山市场管理所'], []],
    ]);
  });
});

describe('the shared readers the prose rules rest on', () => {
  it('leave how units help (全力配合) out of their names in any role group, not only in prose', () => {
    expect(rolesOf([...title, '1. 做好供暖诉求答复。（市营商局牵头，市住建局、市城乡发展服务中心等相关部门全力配合）'])).toEqual([[['市营商局'], ['市住建局', '市城乡发展服务中心']]]);
  });

  it('read no Dec 31 from a year its season follows in a time cell either', () => {
    const { plan } = read(['序号\t工作任务\t责任单位\t完成时限', '1\t学校更名\t县教育局\t2025年秋季学期'], { issuedOn: '2024-03-01' });
    expect(plan.tasks[0]?.schedule.spec.kind).toBe('unparsed');
  });
});
