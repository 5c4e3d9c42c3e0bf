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
