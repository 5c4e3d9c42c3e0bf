// Specification: rules of the genre written in session twelve — a sentence's last clause giving the work to units
// (`…的问题，由X会同Y等部门负责落实。`, `由X等部门落实。`); a signature under the last item ends it; `X和Y分别牵头、Z`; 市场 is no level; a header's line of bracketed qualifiers; a note row under a task; 明年年底; a 任务数 column; a flattened target table closed by runs of unit names.
import { describe, expect, it } from 'vitest';
import { findProseTargets } from '../../seeds/schedule-phrases';
import { readLines as read, rolesOf } from '../support/read-lines';

describe('roles given in the last clause of an item sentence, `由X会同Y负责落实`', () => {
  const doc = (...items: string[]) => ['关于落实某省水利改革发展决定有关政策措施分工的通知', '省政府各部门：', '现就有关事项通知如下：', '一、工作分工', ...items, '某省人民政府办公厅', '2011年5月20日'];

  it('reads the units after 由 in the clause closing the sentence: who 会同 the others leads, the others assist', () => {
    expect(
      rolesOf(doc(
        '（一）关于“到2015年，中心镇达到20年一遇”的问题，由省水利厅会同省发展改革委、财政厅等部门负责落实。',
        '（二）关于“主要江河水功能区水质达标率提高到70%以上”的问题，由省水利厅、环境保护厅会同省发展改革委负责落实。',
      )),
    ).toEqual([
      [['省水利厅'], ['省发展改革委', '省财政厅']],
      [['省水利厅', '省环境保护厅'], ['省发展改革委']],
    ]);
  });

  it('reads `由X等部门落实` with no 负责 the same way', () => {
    expect(rolesOf(doc('（一）关于“用水总量控制”的问题，由省水利厅会同省农业厅等部门落实。', '（二）关于“水土流失治理”的问题，由省林业局负责落实。'))).toEqual([
      [['省水利厅'], ['省农业厅']],
      [['省林业局'], []],
    ]);
  });

  it('takes no clause for roles that does not open with 由 right after the comma', () => {
    // `，并由…` / a clause of work: the item has no units, and the list says so
    expect(() => rolesOf(doc('（一）加强水资源管理，严格落实最严格水资源管理制度。', '（二）推进节水型社会建设，全面落实节水措施。'))).toThrow(/names its units|no task list/);
  });
});

describe('a signature under the last item', () => {
  it('ends the item: the issuer and the date are no part of its text, and its closing sentence still gives its roles', () => {
    const { plan } = read(['某县2023年重点工作分工', '1.推进高标准农田建设，由县农业农村局负责落实。', '2.加快城市更新，由县住房城乡建设局会同县财政局负责落实。', '某县人民政府办公室', '2023年3月1日']);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits, t.text])).toEqual([
      [['县农业农村局'], [], '推进高标准农田建设。'],
      [['县住房城乡建设局'], ['县财政局'], '加快城市更新。'],
    ]);
    expect(plan.issuedOn).toBe('2023-03-01');
  });

  it("is a signature only as a body's name or a date alone on its line: a sentence naming one goes on the item", () => {
    const { plan } = read(['某县2023年重点工作分工', '1.推进高标准农田建设（县农业农村局牵头）', '2.加快城市更新，', '报县人民政府办公室备案，由县住房城乡建设局负责落实。']);
    expect(plan.tasks[1]?.leadUnits).toEqual(['县住房城乡建设局']);
    expect(plan.tasks[1]?.text).toContain('报县人民政府办公室备案');
  });
});

describe('units of a list: `X和Y分别牵头、Z`, and 市场 opening a name', () => {
  const doc = (units: string) => ['某区2023年重点工作责任分解', '1.推进重大项目建设。', `责任单位:${units}`, '2.抓好招商引资。', '责任单位:区商务局'];

  it('reads every unit before 分别牵头 as a lead, wherever in the list it stands, and the units after it as assisting', () => {
    expect(rolesOf(doc('区经济投资局和区航空口岸局分别牵头、区发改局'))[0]).toEqual([['区经济投资局', '区航空口岸局'], ['区发改局']]);
    expect(rolesOf(doc('区经济投资局、区航空口岸局分别牵头'))[0]).toEqual([['区经济投资局', '区航空口岸局'], []]);
  });

  it('carries the place down to a bare name opening with 市场 (a word, no level), as to the other bare names', () => {
    expect(rolesOf(doc('区经贸局、财政局、市场监管局'))[0]).toEqual([['区经贸局'], ['区财政局', '区市场监管局']]);
    // …and not to a name that prints a level of its own
    expect(rolesOf(doc('区经贸局、市财政局'))[0]).toEqual([['区经贸局'], ['市财政局']]);
  });
});

describe('a bar table: a header line of bracketed qualifiers, and note rows under a task', () => {
  const table = (...between: string[]) => [
    '某省残疾预防行动计划主要指标',
    '领域 | 序号 | 责任部门 | 指标 | 2025年 |',
    ...between,
    '知识普及行动 | 1 | 省残联 | 重点人群残疾预防知识普及率 | >80% |',
    '说明:普及率指调查对象能正确回答超过80%题目的比例。 | |||',
    '出生缺陷防控行动 | 2 | 省卫生健康委 | 婚前医学检查率 | >70% |',
    '计算方法:年内进行婚前医学检查人数/结婚登记人数×100%。 | |||',
  ];

  it('takes `(海南) | (国家) |` under the header for the header’s own line, blank lines between or not, and each 说明 / 计算方法 row for a note on its task', () => {
    for (const between of [['(海南) | (国家) | ||'], ['', '(海南) | (国家) | ||', '']]) {
      const { plan, report } = read(table(...between), { issuedOn: '2022-08-12' });
      expect(plan.tasks.map((t) => [t.no, t.leadUnits])).toEqual([['1', ['省残联']], ['2', ['省卫生健康委']]]);
      expect(report.lines.filter((l) => l.kind === 'headerDropped').length).toBe(1);
      expect(report.lines.filter((l) => l.decision.includes('说明行')).map((l) => l.taskNo)).toEqual(['1', '2']);
    }
  });

  it('takes a first row with a cell out of brackets for a row, not the header’s line', () => {
    const { plan, report } = read(table('知识普及行动 | 1 | 省残联 | (待定) | (待定) |').filter((l) => !l.startsWith('知识普及行动 | 1 | 省残联 | 重点')), { issuedOn: '2022-08-12' });
    expect(plan.tasks.map((t) => [t.no, t.leadUnits])).toEqual([['1', ['省残联']], ['2', ['省卫生健康委']]]);
    expect(report.lines.some((l) => l.kind === 'headerDropped')).toBe(false);
  });
});

describe('明年年底', () => {
  it('is the end of the year after the plan’s, as 明年底 is (not the plan’s own year end)', () => {
    for (const [text, due] of [['确保明年年底前建成。', '2024-12-31'], ['明年底前建成。', '2024-12-31'], ['今年年内完成。', '2023-12-31']] as const) {
      expect(findProseTargets(text, 2023).targets.map((t) => t.due.slice(0, 10))).toEqual([due]);
    }
  });
});

describe('a column of how much of the work (任务数, 目标值)', () => {
  it('is no column of units: a table printed a cell a line with one (its word wrapped from 区本级) reads its units from 责任单位, the starred one leading', () => {
    const doc = ['2023年区政府工作报告重点工作责任分解', '', '序号', '', '重点工作', '', '区本级', '', '任务数', '', '责任单位', '', '1', '', '地区生产总值增长6.5%。', '', '', '区发改局', '', '2', '', '争取省市财政专项资金13亿元以上。', '', '12亿元', '', '区发改局、区财政局*'];
    const { plan } = read(doc);
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, t.assistingUnits])).toEqual([
      ['1', ['区发改局'], []],
      ['2', ['区财政局'], ['区发改局']],
    ]);
  });
});

describe('a target table flattened a paragraph a cell, each goal over sub-goals with units of their own (目标责任分解书)', () => {
  const doc = (...rows: string[]) => ['《某省儿童发展规划》目标责任分解书', '', '领域', '', '主要目标', '', '主要责任单位', '', '责任单位', '', ...rows.flatMap((r) => [r, ''])];

  it('closes a task at each run of unit names: the paragraphs of work before it are its text, the first name leads (reported)', () => {
    const { plan, report } = read(
      doc('1.提高出生人口质量。', '——降低出生缺陷发生率。', '省卫生厅', '省人口计生委', '省残联', '——低出生体重儿发生率控制在4%以下。', '——新生儿破伤风发病率降低到1‰以下。', '省卫生厅', '2.降低儿童死亡率。', '——婴儿死亡率控制在6‰以下。', '省卫生厅', '省教育厅'),
      { issuedOn: '2014-02-12' },
    );
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, t.assistingUnits])).toEqual([
      ['1', ['省卫生厅'], ['省人口计生委', '省残联']],
      ['1.2', ['省卫生厅'], []],
      ['2', ['省卫生厅'], ['省教育厅']],
    ]);
    expect(plan.tasks[1]?.text).toBe('——低出生体重儿发生率控制在4%以下。——新生儿破伤风发病率降低到1‰以下。');
    expect(report.lines.filter((l) => l.kind === 'leadInferred').length).toBeGreaterThan(0);
    expect(report.lines.some((l) => l.kind === 'cellsAligned' && l.decision.includes('单位名'))).toBe(true);
  });

  it('takes a short name cut as the cell printed it (省人口计生) inside a run of names for a name', () => {
    const { plan } = read(doc('1.提高孕产妇保健水平。', '——孕产妇死亡率控制在15/10万以内。', '省卫生厅', '省人口计生', '——住院分娩率达到98%以上。', '省卫生厅', '省财政厅'), { issuedOn: '2014-02-12' });
    expect(plan.tasks.map((t) => t.assistingUnits)).toEqual([['省人口计生'], ['省财政厅']]);
  });

  it('leaves a table of single rows whose cells do not fit its columns refused as the cell reader refused it', () => {
    expect(() => read(doc('1.提高出生人口质量。', '省卫生厅', '省残联', '省民政厅', '省教育厅', '2.降低儿童死亡率。', '省卫生厅', '省教育厅', '省公安厅', '省民政厅'), { issuedOn: '2014-02-12' })).toThrow();
  });
});
