// Specification: every schedule phrase (时间进度) of the seeds README, read in isolation.
import { describe, expect, it } from 'vitest';
import type { ScheduleSpec } from '../../machines/schedule';
import { findProseTargets, parseSchedulePhrase } from '../../seeds/schedule-phrases';

const by = (milestone: 'measures' | 'start' | 'complete', due: string, text: string): ScheduleSpec => ({
  kind: 'by',
  targets: [{ milestone, due, text }],
});

describe('parseSchedulePhrase', () => {
  it.each<[string, ScheduleSpec]>([
    ['2015年四季度出台具体措施', by('measures', '2015-12-31T23:59:59+08:00', '2015年四季度出台具体措施')],
    ['2015年四季度出台具休措施。', by('measures', '2015-12-31T23:59:59+08:00', '2015年四季度出台具休措施。')],
    ['2015年四季度启动实施。', by('start', '2015-12-31T23:59:59+08:00', '2015年四季度启动实施。')],
    ['2016年一季度出台具体措施。', by('measures', '2016-03-31T23:59:59+08:00', '2016年一季度出台具体措施。')],
    ['2015年底前出台具体措施', by('measures', '2015-12-31T23:59:59+08:00', '2015年底前出台具体措施')],
    ['2015年启动实施', by('start', '2015-12-31T23:59:59+08:00', '2015年启动实施')],
    ['2022 年 12 月底前完成', by('complete', '2022-12-31T23:59:59+08:00', '2022 年 12 月底前完成')],
    ['2025 年 12 月 底前完成', by('complete', '2025-12-31T23:59:59+08:00', '2025 年 12 月 底前完成')],
    ['持续实施', { kind: 'ongoing', cadence: 'quarterly' }],
    ['持续实施 ', { kind: 'ongoing', cadence: 'quarterly' }],
    ['持续推进', { kind: 'ongoing', cadence: 'quarterly' }],
    ['持续推讲', { kind: 'ongoing', cadence: 'quarterly' }],
    ['逐年落实。', { kind: 'ongoing', cadence: 'yearly' }],
    ['省市出台办 法后,及时 完成', { kind: 'afterEvent', event: '省市出台办法', window: null, milestone: 'complete' }],
    [
      '省市出台实 施办法和目 录后,1 个 月内完成',
      { kind: 'afterEvent', event: '省市出台实施办法和目录', window: { amount: 1, unit: 'months' }, milestone: 'complete' },
    ],
    [
      '上级民政部 门发布养老 服务扶持政 策措施清单 后,1个月 内在区级平 台公布。',
      { kind: 'afterEvent', event: '上级民政部门发布养老服务扶持政策措施清单', window: { amount: 1, unit: 'months' }, milestone: 'complete' },
    ],
    ['待省市出台具 体文件后,及 时出台我区具 体文件。', { kind: 'afterEvent', event: '省市出台具体文件', window: null, milestone: 'measures' }],
    ['省市系统建设 完成后,接要 求完成。', { kind: 'afterEvent', event: '省市系统建设完成', window: null, milestone: 'complete' }],
    // windows counted in working days (工作日) and natural days (日/天), beside calendar months
    ['上级文件印发后,5个工作日内完成', { kind: 'afterEvent', event: '上级文件印发', window: { amount: 5, unit: 'workingDays' }, milestone: 'complete' }],
    ['省市出台办法后,10日内出台具体措施', { kind: 'afterEvent', event: '省市出台办法', window: { amount: 10, unit: 'days' }, milestone: 'measures' }],
    ['省市出台办法后,15天内完成', { kind: 'afterEvent', event: '省市出台办法', window: { amount: 15, unit: 'days' }, milestone: 'complete' }],
    ['按省市要求时 限落实', { kind: 'setByUpstream', authority: '省市' }],
    ['按省要求时限 落实', { kind: 'setByUpstream', authority: '省' }],
  ])('reads 「%s」', (raw, expected) => {
    expect(parseSchedulePhrase(raw)).toEqual({ spec: expected, problem: null });
  });

  it.each(['+生/+++仕2++', '. 2022 平/太川', '+土,4土,+分, 汁+', '', '   ', '限落实'])(
    'keeps the damaged cell 「%s」 unparsed with a problem to report',
    (raw) => {
      const { spec, problem } = parseSchedulePhrase(raw);
      expect(spec.kind).toBe('unparsed');
      expect(problem).toEqual(expect.any(String));
    },
  );

  it.each(['2015年2月30日前完成', '2015年13月底前完成', '2015年五季度出台具体措施'])(
    'turns the impossible date 「%s」 into unparsed, never a crash',
    (raw) => {
      const { spec, problem } = parseSchedulePhrase(raw);
      expect(spec.kind).toBe('unparsed');
      expect(problem).toEqual(expect.any(String));
    },
  );
});

describe('findProseTargets (liaoning paragraphs)', () => {
  it('reads 到2022年 as Dec 31 and 2020年8月底前 as Aug 31, several in one paragraph', () => {
    const { targets } = findProseTargets('到2022年，全面建立制度。2020年8月底前由各市集中研究解决。');
    expect(targets).toEqual([
      { milestone: 'complete', due: '2022-12-31T23:59:59+08:00', text: '到2022年' },
      { milestone: 'complete', due: '2020-08-31T23:59:59+08:00', text: '2020年8月底前' },
    ]);
  });

  it('ignores a year in a citation such as 国办发〔2019〕5号 or 2019年 without 到', () => {
    expect(findProseTargets('贯彻国办发〔2019〕5号，2019年部署。').targets).toEqual([]);
  });

  it('reports an impossible month instead of throwing', () => {
    const { targets, problems } = findProseTargets('2020年13月底前完成。');
    expect(targets).toEqual([]);
    expect(problems).toHaveLength(1);
  });
});

describe('parseSchedulePhrase with the plan year', () => {
  const end = (d: string): string => `${d}T23:59:59+08:00`;
  it.each<[string, number | null, string, 'measures' | 'start' | 'complete']>([
    ['12月底前完成', 2023, '2023-12-31', 'complete'],
    ['6月底前', 2023, '2023-06-30', 'complete'],
    ['上半年', 2024, '2024-06-30', 'complete'],
    ['年中建成投用', 2024, '2024-06-30', 'complete'],
    ['第二季度', 2022, '2022-06-30', 'complete'],
    ['三季度末开工', 2022, '2022-09-30', 'start'],
    ['年内完成', 2021, '2021-12-31', 'complete'],
    ['6月15日前', 2020, '2020-06-15', 'complete'],
    ['2023年6月底前', null, '2023-06-30', 'complete'],
    ['2023年6月15日前出台实施方案', null, '2023-06-15', 'measures'],
    ['2022年上半年动工', null, '2022-06-30', 'start'],
    ['2025年底前竣工', null, '2025-12-31', 'complete'],
  ])('reads 「%s」 in a plan of %s as due %s (%s)', (raw, year, due, milestone) => {
    const { spec, problem } = parseSchedulePhrase(raw, year);
    expect(problem).toBeNull();
    expect(spec).toEqual({ kind: 'by', targets: [{ milestone, due: end(due), text: raw }] });
  });

  it('keeps every dated step of a cell as its own target', () => {
    const { spec } = parseSchedulePhrase('1.3月底前新建成2家;2.9月底前完成7家建设任务。', 2022);
    expect(spec).toEqual({
      kind: 'by',
      targets: [
        { milestone: 'complete', due: end('2022-03-31'), text: '3月底前' },
        { milestone: 'complete', due: end('2022-09-30'), text: '9月底前' },
      ],
    });
  });

  it.each(['12月底前完成', '上半年'])('never guesses a year for 「%s」 when the plan has none', (raw) => {
    const { spec, problem } = parseSchedulePhrase(raw, null);
    expect(spec.kind).toBe('unparsed');
    expect(problem).toContain('未写年份');
  });

  it.each(['春节前', '汛期前完成', '秋季开学前'])('keeps 「%s」 unparsed (no exact date), never Dec 31', (raw) => {
    const { spec, problem } = parseSchedulePhrase(raw, 2023);
    expect(spec.kind).toBe('unparsed');
    expect(problem).toContain('无法确定具体日期');
  });

  it.each<[string, ScheduleSpec]>([
    ['长期坚持', { kind: 'ongoing', cadence: 'quarterly' }],
    ['持续开展', { kind: 'ongoing', cadence: 'quarterly' }],
    ['常态化推进', { kind: 'ongoing', cadence: 'quarterly' }],
    ['每年', { kind: 'ongoing', cadence: 'yearly' }],
    ['按国家要求', { kind: 'setByUpstream', authority: '国家' }],
  ])('reads 「%s」 without a date', (raw, expected) => {
    expect(parseSchedulePhrase(raw, 2023)).toEqual({ spec: expected, problem: null });
  });
});

describe('findProseTargets with the plan year', () => {
  it('keeps the day of 6月15日前 instead of the month end', () => {
    expect(findProseTargets('2020年6月15日前完成摸底。', null).targets).toEqual([
      { milestone: 'complete', due: '2020-06-15T23:59:59+08:00', text: '2020年6月15日前' },
    ]);
  });

  it('anchors 9月底前 to the plan year and ignores 每年9月', () => {
    expect(findProseTargets('每年9月开展评估。9月底前完成。', 2021).targets).toEqual([
      { milestone: 'complete', due: '2021-09-30T23:59:59+08:00', text: '9月底前' },
    ]);
  });

  it('takes 年内 after a number of years for a span, not the plan year (初创3年内, 两年内)', () => {
    expect(findProseTargets('对初创3年内的小微企业给予补贴。离校两年内的毕业生可申请。', 2025).targets).toEqual([]);
    expect(findProseTargets('对初创3年内的小微企业给予补贴,年内完成兑付。', 2025).targets).toEqual([
      { milestone: 'complete', due: '2025-12-31T23:59:59+08:00', text: '年内' },
    ]);
  });

  it('dates the work 全年 opens by the plan year\'s end, and nothing that only counts a year\'s output', () => {
    expect(findProseTargets('全年建设零工驿站不少于50个。', 2024).targets).toEqual([
      { milestone: 'complete', due: '2024-12-31T23:59:59+08:00', text: '全年建设' },
    ]);
    expect(findProseTargets('全年地区生产总值增长6%左右。', 2024).targets).toEqual([]);
    // a date of its own in the sentence wins; with no plan year nothing is dated
    expect(findProseTargets('全年开展培训,9月底前完成。', 2024).targets.map((t) => t.text)).toEqual(['9月底前']);
    expect(findProseTargets('全年开展培训1万人次。', null).targets).toEqual([]);
  });
});

describe('dates as lists of other places print them', () => {
  const due = (raw: string, year = 2024): string[] | string => {
    const { spec } = parseSchedulePhrase(raw, year);
    return spec.kind === 'by' ? spec.targets.map((t) => t.due.slice(0, 10)) : spec.kind;
  };

  it.each<[string, string[] | string]>([
    // the year by where it stands: 今年 is the plan's, 明年 / 次年 the one after
    ['今年底前', ['2024-12-31']],
    ['明年6月底前完成', ['2025-06-30']],
    ['次年一季度', ['2025-03-31']],
    ['后年上半年', ['2026-06-30']],
    // the ten days of a month: 上旬 to the 10th, 中旬 to the 20th, 下旬 to its end
    ['10月上旬前', ['2024-10-10']],
    ['2025年2月中旬', ['2025-02-20']],
    ['2月下旬', ['2024-02-29']],
    // figures only
    ['2024.12', ['2024-12-31']],
    ['2024.6.30前', ['2024-06-30']],
    ['2024/12/31', ['2024-12-31']],
    ['2025-03-15', ['2025-03-15']],
    ['2024-2025年', ['2025-12-31']],
    // a five-year plan's period ends with its last year
    ['“十四五”期间', ['2025-12-31']],
    ['十五五期末', ['2030-12-31']],
    // a year-less date after a dated one takes its year, or the next when it would fall before it
    ['2024年6月底前下达60%、9月底前全部下达', ['2024-06-30', '2024-09-30']],
    ['2020年12月开工，6月底前完成', ['2020-12-31', '2021-06-30']],
    // months of a span are due at the end of the last
    ['2024年1-6月', ['2024-06-30']],
    ['3至9月', ['2024-09-30']],
    ['2023年10月—2024年6月', ['2023-10-31', '2024-06-30']],
    ['按季度推进', 'ongoing'],
    // set above, however it is said
    ['根据国家部署', 'setByUpstream'],
    ['按照省统一安排', 'setByUpstream'],
  ])('%s', (raw, expected) => {
    expect(due(raw)).toEqual(expected);
  });

  it('needs the plan\'s year for 明年 and says so when there is none', () => {
    expect(parseSchedulePhrase('明年6月底前', null).spec.kind).toBe('unparsed');
  });
});
