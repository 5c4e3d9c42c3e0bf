// Specification: rules of the genre written in session seventeen — a role clause that names the lead among the units just
// listed (`A、B，A牵头`), a role mark in angle brackets, and groups counted in words (`第一组 牵头单位:X;成员单位:Y`), as
// inspection and work groups are printed.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../seeds/blocks';
import { dueDay } from '../../seeds/corpus';
import { keyValueRows } from '../../seeds/key-value-rows';
import { Reporter } from '../../seeds/reporter';
import { markerOf } from '../../seeds/marks';
import { splitUnitList } from '../../seeds/unit-list';
import { readLines as read, refusal, rolesOf } from '../support/read-lines';

const title = ['某市2023年重点工作任务分工方案', '2023年3月1日'];

describe('a clause that names the lead among the units just listed', () => {
  it('makes the named units lead and the others assist, in brackets, after a label and with a time beside it', () => {
    expect(
      rolesOf([
        ...title,
        '1. 推进老旧小区改造。（市住建局、市财政局，市住建局牵头）',
        '2. 开展技能培训。（责任单位：市人社局、市教育局，市教育局牵头）',
        '3. 建设口袋公园。（市林业局、市财政局、市自然资源局，市林业局、市财政局牵头）',
        '4. 修缮道路。（市交通局、市财政局，市交通局牵头，2023年6月底前完成）',
      ]),
    ).toEqual([
      [['市住建局'], ['市财政局']],
      [['市教育局'], ['市人社局']],
      [['市林业局', '市财政局'], ['市自然资源局']],
      [['市交通局'], ['市财政局']],
    ]);
  });

  it('reads a label line the same way, and leaves a lead clause naming a unit not listed as a further lead', () => {
    expect(rolesOf([...title, '1. 建设保障房。', '责任单位：市住建局、市财政局，市住建局牵头', '2. 修缮道路。（市财政局，市交通局牵头）'])).toEqual([
      [['市住建局'], ['市财政局']],
      [['市财政局', '市交通局'], []],
    ]);
  });
});

describe('a role mark in angle brackets', () => {
  it('marks the lead and is no part of the name', () => {
    expect(rolesOf([...title, '1. 开展督查。（责任单位：市发改委、市督查室〈牵头〉）', '2. 开展培训。（责任单位：市教育局、市人社局<牵头>）'])).toEqual([
      [['市督查室'], ['市发改委']],
      [['市人社局'], ['市教育局']],
    ]);
  });
});

describe('groups counted in words', () => {
  it('are item marks only before a space, a colon or a stop', () => {
    expect(markerOf('第一组 牵头单位:市教委')).toMatchObject({ style: 'ordinal', printed: '第一组', n: 1 });
    expect(markerOf('第12项：建设…')).toMatchObject({ style: 'ordinal', printed: '第12项', n: 12 });
    expect(markerOf('第一季度完成')).toBeNull();
    expect(markerOf('第二批试点')).toBeNull();
    expect(markerOf('第三组织')).toBeNull();
  });

  it('reads each group with its lead and members, the line under its roles as its words', () => {
    const { plan } = read([
      ...title,
      '四、督查小组组成和督查分工',
      '第一组 牵头单位:市教委;成员单位:市国资委、市建委。',
      '督查的部门和地区:市文化局、河东区。',
      '第二组 牵头单位:市发展改革委;',
      '成员单位:市统计局、市国土房管局。',
      '督查的部门和地区:市建委、宝坻区。',
      '第三组 牵头单位:市商务委;成员单位:市公安局。',
    ]);
    expect(plan.tasks.map((t) => [t.printedNo, t.text, t.leadUnits, t.assistingUnits])).toEqual([
      ['第一组', '督查的部门和地区:市文化局、河东区。', ['市教委'], ['市国资委', '市建委']],
      ['第二组', '督查的部门和地区:市建委、宝坻区。', ['市发展改革委'], ['市统计局', '市国土房管局']],
      ['第三组', '第三组', ['市商务委'], ['市公安局']],
    ]);
  });
});

describe('an item that prints only its roles', () => {
  it('is refused at its own line by its number, not as a plan the schema refuses', () => {
    const err = refusal(() => read([...title, '1. 推进改造。（牵头单位：市住建局）', '2. （牵头单位：市财政局）', '3. 修路。（牵头单位：市交通局）']));
    expect([err.code, err.line, err.message]).toEqual(['BAD_ROW', 4, 'spec.txt:4: task 2 names its units but prints no work (no text before or after its roles)']);
  });
});

describe('what the session’s held-out rounds showed', () => {
  it('reads 立行立改 with 长期坚持 as carried on, and 立行立改 alone as at once with no date (not guessed)', () => {
    const { plan } = read([...title, '1. 整改认识不足问题。', '责任单位：省直各有关部门', '整改时限：立行立改、长期坚持', '2. 整改督办不力问题。', '责任单位：省环保厅', '整改时限：立行立改']);
    expect(plan.tasks.map((t) => t.schedule.spec.kind)).toEqual(['ongoing', 'unparsed']);
    const second = plan.tasks[1]?.schedule.spec;
    expect(second?.kind === 'unparsed' ? second.reason : '').toContain('立行立改」即刻整改，未印日期');
  });

  it('gives a bare 政府(行署) after a place’s 党委 that place, and keeps 13个街道、镇 one collective', () => {
    expect(rolesOf([...title, '1. 落实党政同责。', '责任单位：省直各有关部门,各市(地)党委、政府(行署)。', '2. 推进素质教育。', '责任单位：区教育局、13个街道、镇'])).toEqual([
      [['省直各有关部门'], ['各市(地)党委', '各市(地)政府(行署)']],
      [['区教育局'], ['13个街道、镇']],
    ]);
  });

  it('drops the rest described at length after 等 (等省…联席会议相关成员单位), and keeps 高等 in a name', () => {
    expect(rolesOf([...title, '1. 完善信用工作机制。（牵头单位：省发展改革委；责任单位：省财政厅等省社会信用体系建设联席会议相关成员单位）', '2. 办好职业教育。（牵头单位：市教育局；责任单位：高等职业院校等相关单位）'])).toEqual([
      [['省发展改革委'], ['省财政厅']],
      [['市教育局'], ['高等职业院校']],
    ]);
  });

  it('reads 责任单位为X under an item, and a count of items sharing it (4项目标的责任单位均为X) as one task of those items, reported', () => {
    const { plan, report } = read([
      ...title,
      '（一）发展目标。',
      '1.地区生产总值增长15%；',
      '2.第三产业增加值达到1000亿元；',
      '2项目标的责任单位均为市发展改革委。',
      '3.规模以上工业销售收入达到3000亿元；',
      '该目标责任单位为市经委。',
      '4.地方财政收入净增50亿元；',
      '责任单位为市财政局。',
    ]);
    expect(plan.tasks.map((t) => [t.printedNo, t.text, t.leadUnits])).toEqual([
      ['1', '地区生产总值增长15%；2.第三产业增加值达到1000亿元；', ['市发展改革委']],
      ['3', '规模以上工业销售收入达到3000亿元；', ['市经委']],
      ['4', '地方财政收入净增50亿元；', ['市财政局']],
    ]);
    expect(report.lines.filter((l) => l.kind === 'rowMerged').map((l) => [l.line, l.decision])).toEqual([[4, '末行「2项目标的责任单位均为市发展改革委。」写明其上 2 项同一责任单位：合为一项 (items whose units one closing line names)']]);
  });

  it('merges nothing where the items before it do not make up the count, and says so', () => {
    const { plan, report } = read([...title, '1.地区生产总值增长15%；', '3项目标的责任单位均为市发展改革委。', '2.财政收入净增50亿元；', '责任单位为市财政局。']);
    expect(plan.tasks.map((t) => [t.printedNo, t.leadUnits])).toEqual([
      ['1', ['市发展改革委']],
      ['2', ['市财政局']],
    ]);
    expect(report.lines.filter((l) => l.kind === 'rowMerged').map((l) => [l.line, l.decision])).toEqual([[3, '末行写明其上 3 项同一责任单位，但其前只有 0 项未列单位：未合并，只读作本项 (a count the items before it do not make up)']]);
  });

  it('makes the run of steps before a section’s one line of units one task with their words, where it ends the section (they were dropped)', () => {
    const { plan, report } = read([...title, '一、发展目标', '1.地区生产总值增长15%。', '2.第三产业增加值达到1000亿元。', '3.城镇固定资产投资新增200亿元。（市发展改革委负责）', '二、工业', '1.工业增长12%。（市经委负责）']);
    expect(plan.tasks.map((t) => [t.text, t.leadUnits])).toEqual([
      ['地区生产总值增长15%。2.第三产业增加值达到1000亿元。3.城镇固定资产投资新增200亿元。', ['市发展改革委']],
      ['工业增长12%。', ['市经委']],
    ]);
    expect(report.lines.some((l) => l.kind === 'rowMerged' && l.line === 4 && l.decision.includes('只有一处责任单位'))).toBe(true);
  });
});

describe('a table copied one cell a line, from a later part of a long table', () => {
  const header = ['序号', '项目', '类别', '具 体 内 容', '牵头', '部门', '相关责任部门', '完成', '时间'];
  const row = (no: string, text: string, lead: string, units: string, due: string): string[] => [no, text, lead, units, due];
  it('finds the header wrapped over paragraphs above rows numbered from 108, a category column no row prints, and skips the header printed again', () => {
    const { plan } = read([
      '徐汇区“十一五”规划工作分解',
      ...header,
      ...row('108', '继续全面推进素质教育', '教育局', '13个街道、镇', '2010年'),
      ...row('109', '深化推进二期课程教材改革', '教育局', '相关部门', '2010年'),
      ...header,
      ...row('110', '构建疾病预防控制二级网络', '卫生局', '民政局、残联等相关部门,13个街道、镇', '2007年'),
    ]);
    expect(plan.tasks.map((t) => [t.printedNo, t.text, t.leadUnits, t.assistingUnits, dueDay(t)])).toEqual([
      ['108', '继续全面推进素质教育', ['教育局'], ['13个街道、镇'], '2010-12-31'],
      ['109', '深化推进二期课程教材改革', ['教育局'], ['相关部门'], '2010-12-31'],
      ['110', '构建疾病预防控制二级网络', ['卫生局'], ['民政局', '残联', '13个街道、镇'], '2007-12-31'],
    ]);
  });
});

describe('what the session’s third and fourth rounds showed', () => {
  it('knows a ministry’s departments (司) and bureaus (署) as units, and leads named one by one for parts of the work lead together', () => {
    expect(
      rolesOf([
        ...title,
        '1. 公开发展规划。(规划财务司、基层政权建设和社区治理司、养老服务司按职责分工负责)',
        '2. 规范文件公开。〔规章由政策法规司牵头、规范性文件由制发司(局)牵头,各有关司(局)、信息中心配合〕',
        '3. 更新权责清单。(审批处、人事处分别牵头,各有关处室、民服中心配合)',
      ]),
    ).toEqual([
      [['规划财务司'], ['基层政权建设和社区治理司', '养老服务司']],
      [['政策法规司', '制发司(局)'], ['各有关司(局)', '信息中心']],
      [['审批处', '人事处'], ['各有关处室', '民服中心']],
    ]);
  });

  it('reads a last sentence of roles whose list a comma broke, and roles run on from the text at a unit another item names', () => {
    const { plan, report } = read([
      ...title,
      '1. 梳理规范性文件。办公室牵头,各有关处室、民服中心,省信息中心运维九部配合 ',
      '2. 完善权责清单。(审批处、人事处分别牵头,各有关处室配合)',
      '3. 更新并公开办事方式、办事条件等信息审批处牵头,各有关处室配合',
    ]);
    expect(plan.tasks.map((t) => [t.text, t.leadUnits, t.assistingUnits])).toEqual([
      ['梳理规范性文件。', ['办公室'], ['各有关处室', '民服中心', '省信息中心运维九部']],
      ['完善权责清单。', ['审批处', '人事处'], ['各有关处室']],
      ['更新并公开办事方式、办事条件等信息', ['审批处'], ['各有关处室']],
    ]);
    expect(report.lines.some((l) => l.kind === 'leadInferred' && l.line === 5 && l.decision.includes('按本文件他项所列单位「审批处」断开'))).toBe(true);
  });

  it('leaves glued words alone where no other item names the unit', () => {
    const err = refusal(() => read([...title, '1. 推进改造。(市住建局牵头)', '2. 更新并公开办事条件等信息审批处牵头,各有关处室配合。', '3. 修路。(市交通局牵头)']));
    expect([err.code, err.line]).toEqual(['NO_LEAD_UNIT', 4]);
  });

  it('reads a 任务分工 column of bare unit names (the first listed leading, reported) and a short row whose category cell spans it', () => {
    const { plan, report } = read([
      '2023年政务公开工作要点任务分工',
      '工作要点 | 具体要求 | 任务分工 |',
      '教育民生 | 做好高校毕业生就业信息公开。 | 学生处,各高等学校 |',
      '推进义务教育招生政策宣传。 | 基教处,各市教育(教体)局 | |',
    ]);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([
      [['学生处'], ['各高等学校']],
      [['基教处'], ['各市教育(教体)局']],
    ]);
    expect(report.lines.some((l) => l.kind === 'cellsAligned' && l.line === 4)).toBe(true);
  });

  it('places a numbered row printed short by what its cells hold (a unit under 责任处室, a time under 完成时限), and reads 会 for 会同', () => {
    const { plan } = read([
      '2021年政务公开工作重点任务台账 |',
      '序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |',
      '1 | 做好疫情防控信息发布 | 围绕散发疫情发布权威信息 | 应急处、疾控处 | 长期推进 |',
      '2 | 做好疫苗接种信息公开 | 疾控处 | 长期推进 |',
      '3 | 提高信息发布规范化水平 | 宣传处会办公室 | 2021年8月前 |',
    ]);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits, t.schedule.spec.kind])).toEqual([
      [['应急处'], ['疾控处'], 'ongoing'],
      [['疾控处'], [], 'ongoing'],
      [['宣传处'], ['办公室'], 'by'],
    ]);
  });
});

describe('what the 整改 and 交办 lists of the third round showed', () => {
  it('makes each site’s problems one task where one line of units and time closes them, and reads 整改时限:5天 as within five days of issue', () => {
    const { plan } = read([
      ...title,
      '1. 市科技馆',
      '(1)院内电动车未按指定区域停放;',
      '(2)灭火器过期未更换。',
      '问题整改责任单位:市科技馆 整改时限:3天',
      '2. 市第二人民医院',
      '(1)院内禁烟标识数量不达标;',
      '(2)宣传牌内容不规范;',
      '(3)学雷锋志愿服务岗缺乏志愿者信息台账。',
      '问题整改责任单位:市卫生健康委员会 整改时限:5天',
    ]);
    expect(plan.tasks.map((t) => [t.text, t.leadUnits, t.schedule.spec])).toEqual([
      ['院内电动车未按指定区域停放;(2)灭火器过期未更换。', ['市科技馆'], { kind: 'afterEvent', event: '本文件印发', window: { amount: 3, unit: 'days' }, milestone: 'complete' }],
      ['院内禁烟标识数量不达标;(2)宣传牌内容不规范;(3)学雷锋志愿服务岗缺乏志愿者信息台账。', ['市卫生健康委员会'], { kind: 'afterEvent', event: '本文件印发', window: { amount: 5, unit: 'days' }, milestone: 'complete' }],
    ]);
  });

  it('reads a card whose label and value cells stand a row each (整改责任单位 | over 潼南区 |), blank lines between them or not', () => {
    const card = ['整改任务概述 |', '部分区县生活垃圾处理能力不足。 |', '整改责任单位 |', '潼南区 |', '整改目标 |', '2020年底前完成填埋场扩容。 |', '整改时间 |', '2021年12月底前 |'];
    for (const lines of [card, card.flatMap((l) => [l, ''])]) {
      const { plan } = read(['某区2020年环保督察整改任务公示', ...lines]);
      expect(plan.tasks.map((t) => [t.leadUnits, dueDay(t)])).toEqual([[['潼南区'], '2021-12-31']]);
    }
  });

  it('leaves one-cell rows of a header (序号 | over 牵头单位 | …) to the table readers: fewer than three pairs in a row make no card', () => {
    const text = (lines: string[]): Block[] => lines.map((t, i) => ({ kind: 'text', text: t, line: i + 1, indented: false }));
    const header = text(['序号 |', '牵头单位 |', '区民生实事项目数量 |', '项目名称 |', '业主单位 |', '本月进展情况 |']);
    expect(keyValueRows(header, new Reporter())).toBe(header);
    const card = text(['整改任务概述 |', '部分区县垃圾处理能力不足。 |', '整改责任单位 |', '潼南区 |', '整改目标 |', '完成扩容。 |']);
    expect(keyValueRows(card, new Reporter()).map((b) => (b.kind === 'text' ? b.text : ''))).toEqual(['整改任务概述：部分区县垃圾处理能力不足。', '整改责任单位：潼南区', '整改目标：完成扩容。']);
  });

  it('follows the list’s own rule 逗号前为牵头单位: the units before the comma lead', () => {
    expect(rolesOf([...title, '（一）加强稳增长信息公开。(责任单位:市发展改革委、市商务局,各区县政府、高新区管委会。逗号前为牵头单位,多个牵头单位的按职责分别牵头,下同)'])).toEqual([
      [['市发展改革委', '市商务局'], ['各区县政府', '高新区管委会']],
    ]);
  });
});

describe('a deadline the paragraph after the list gives every item', () => {
  it('dates each item that prints no time of its own, reported, and leaves an item with its own date as it is', () => {
    const { plan, report } = read([
      '市卫生城市复审工作督导组检查发现问题交办',
      '2021年4月16日',
      '1.行政南小区内无防鼠灭鼠设施。责任单位:华龙区人民办。',
      '2.锦绣花园小区垃圾清理不及时,4月17日前清理完毕。责任单位:华龙区建设办。',
      '上述责任单位要高度重视,对存在的问题务必于4月19日前整改完毕。',
    ]);
    expect(plan.tasks.map((t) => dueDay(t))).toEqual(['2021-04-19', '2021-04-17']);
    expect(report.lines.filter((l) => l.kind === 'scheduleCarried').map((l) => [l.taskNo, l.line])).toEqual([['1', 5]]);
  });
});

describe('a deadline after a list whose last item has label lines', () => {
  it('is found past the last item’s own lines', () => {
    const { plan, report } = read([
      '市卫生城市复审督导组检查发现问题交办',
      '2021年4月16日',
      '1.行政南小区内无防鼠灭鼠设施。',
      '责任单位:华龙区人民办',
      '配合单位:华龙区住建局',
      '协办单位:华龙区城管局',
      '上述责任单位务必于4月19日前整改完毕。',
    ]);
    expect(plan.tasks.map((t) => dueDay(t))).toEqual(['2021-04-19']);
    expect(report.lines.filter((l) => l.kind === 'scheduleCarried').map((l) => [l.line, l.decision.includes('列表后第 7 行')])).toEqual([[7, true]]);
  });
});

describe('a step of the schedule given to units with no word of duty', () => {
  it('reads 由X对…进行督查 and 由A和B汇总情况 as the units that do it, only where the item names no role otherwise', () => {
    const { plan } = read([
      ...title,
      '（二）检查阶段。由督查小组对重点部门就政策落实情况进行督查,写出督查报告。',
      '（三）总结阶段。由市政府督查室和市发展改革委汇总情况,形成综合报告。',
      '（四）考核阶段。纳入年度考核,由市考核办对各单位进行考核。（牵头单位：市人社局）',
    ]);
    expect(plan.tasks.map((t) => [t.text, t.leadUnits, t.assistingUnits])).toEqual([
      ['检查阶段。对重点部门就政策落实情况进行督查,写出督查报告。', ['督查小组'], []],
      ['总结阶段。汇总情况,形成综合报告。', ['市政府督查室'], ['市发展改革委']],
      ['考核阶段。纳入年度考核,由市考核办对各单位进行考核。', ['市人社局'], []],
    ]);
  });
});

describe('a stage dated by its span in prose', () => {
  it('is due on the span’s last day (7月11日至7月22日 → 07-22), its first day no deadline', () => {
    const { plan } = read([...title, '（一）检查阶段(7月11日至7月22日)。由督查小组对部门进行督查。', '（二）总结阶段(7月23日至7月底)。由市督查室汇总情况。']);
    expect(plan.tasks.map((t) => t.schedule.spec.kind === 'by' ? t.schedule.spec.targets.map((x) => x.due.slice(0, 10)) : [])).toEqual([['2023-07-22'], ['2023-07-31']]);
  });
});

describe('what the fifth round showed', () => {
  it('reads X牵头落实 and A、B分别牵头落实 in a unit cell: the duty words no unit, every one named leading', () => {
    expect(splitUnitList('市发改委牵头落实').mentions.map((m) => m.name)).toEqual(['市发改委']);
    const each = splitUnitList('市金融办、人民银行潍坊市中心支行、潍坊银监分局分别牵头落实');
    expect([each.mentions.map((m) => m.name), each.markedLeads]).toEqual([['市金融办', '人民银行潍坊市中心支行', '潍坊银监分局'], 3]);
  });

  it('reads a row opening with a group’s title (its other cells a column late) and 各政府机关 as a unit', () => {
    const { plan, report } = read([
      '上海市政府信息公开工作任务分工表（2008年）',
      '工作任务 | 目标和要求 | 责任单位 | 备注 |',
      '深化政府信息公开内容 | 推进重要政府信息公开 | 重点推进城市规划、土地出让等方面政府信息的公开。 | 市规划局、市房地资源局 |',
      '完善重大决定草案公开工作 | 完善重大决定草案的公开。 | 市信息委、市政府法制办 | |',
      '推行政府信息解读服务 | 编写配套的解读材料 | 各政府机关 | |',
    ]);
    expect(plan.tasks.map((t) => [t.text, t.leadUnits, t.assistingUnits])).toEqual([
      ['深化政府信息公开内容：推进重要政府信息公开', ['市规划局'], ['市房地资源局']],
      ['完善重大决定草案公开工作', ['市信息委'], ['市政府法制办']],
      ['推行政府信息解读服务', ['各政府机关'], []],
    ]);
    expect(report.lines.some((l) => l.kind === 'cellsAligned' && l.line === 3 && l.decision.includes('一组行的标题'))).toBe(true);
  });
});

describe('what the sixth round showed', () => {
  it('takes the date after a paper’s name for the issue date, and the deadline the notice before the list gives every problem', () => {
    const { plan, report } = read([
      '县组织文明城市创建点位专项督查',
      '建湖日报数字报 2020-11-05',
      '请各事涉部门对存在的问题立即进行整改,并于11月20日前将问题整改完成。',
      '1.九龙大道公交车站台没有公益广告。(责任单位:县交通局)',
      '2.财富广场工地围墙广告破损。(责任单位:县住建局)',
    ]);
    expect(plan.issuedOn).toBe('2020-11-05');
    expect(plan.tasks.map((t) => dueDay(t))).toEqual(['2020-11-20', '2020-11-20']);
    expect(report.lines.filter((l) => l.kind === 'scheduleCarried').map((l) => [l.line, l.decision.includes('列表前的通知第 3 行')])).toEqual([
      [3, true],
      [3, true],
    ]);
  });

  it('leaves a deadline for a report (将整改情况报送) alone: it dates no problem', () => {
    const { plan } = read(['某县2020年督查通知', '请于11月20日前将整改情况报送县督查室。', '1.站台没有公益广告。(责任单位:县交通局)']);
    expect(plan.tasks[0]?.schedule.spec.kind).not.toBe('by');
  });

  // (a card's line, a place then its first label, kept a paragraph of its own in a hard-wrapped copy: corpus-copies.test wraps
  // songming-chuangwen-baoguang at 28, 34 and 40 ems, and it read 5 tasks of 7 there before the rule)
});

describe('a table copied as one line', () => {
  it('is parted at its row numbers after a single-spaced header inside the line, a heading a line of its own, and 四月份 read as April', () => {
    const line = '扬州市2010年依法行政工作任务分解表 序号 工 作 内 容 责任部门 完成时限 一、全面推动依法行政工作规划的落实 1 推进依法行政工作规划的落实 各级依法行政领导小组办公室 全年 2 出台2010年度推进依法行政工作的意见 各县市区政府,政府各部门 四月份 3 清理公布行政执法主体资格名单 各县市区政府,各地政府法制办 二季度';
    const { plan, report } = read([line]);
    expect(plan.tasks.map((t) => [t.printedNo, t.leadUnits, t.assistingUnits, dueDay(t)])).toEqual([
      ['1', ['各级依法行政领导小组办公室'], [], '2010-12-31'],
      ['2', ['各县市区政府'], ['政府各部门'], '2010-04-30'],
      ['3', ['各县市区政府'], ['各地政府法制办'], '2010-06-30'],
    ]);
    expect(report.lines.some((l) => l.kind === 'cellsAligned' && l.decision.includes('按序号拆成 4 行'))).toBe(true);
  });
});

describe('measures given to units', () => {
  it('reads 整改措施:由X督促… / 由X负责整治 as the item’s roles where it names none, 包片单位 no part of the name', () => {
    expect(
      rolesOf([
        '县双创办2015年市容环境巡查发现问题',
        '1、广伟商城户外宣传广告破损。',
        '整改措施:由县住建局督促商户更换。',
        '2、新正街人行道水果摊贩流动经营。',
        '整改措施:由联合执法工作组负责整治。',
        '3、河滨南路住户在行道树晾晒衣物。',
        '整改措施:由包片单位县文广局督促住户移走晾晒的衣物。',
      ]),
    ).toEqual([
      [['县住建局'], []],
      [['联合执法工作组'], []],
      [['县文广局'], []],
    ]);
  });
});
