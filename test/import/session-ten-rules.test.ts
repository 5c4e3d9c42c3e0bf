// Specification: rules of the genre written in session ten — a table parted by single spaces whose sentences kept a wrapped cell's spaces, dates in a measures column when the list has no time column.
import { describe, expect, it } from 'vitest';
import { dueDay } from '../../seeds/corpus';
import { parseSchedulePhrase } from '../../seeds/schedule-phrases';
import { readLines as read } from '../support/read-lines';

describe('a table copied one row a line, cells parted by single spaces, a wrapped cell keeping its space', () => {
  const doc = [
    '某县2021年全面推行林长制主要任务分解表',
    '序号 类别 主要任务 具体措施 牵头单位 配合单位',
    '1 保护森林 资源 严格林地用途管制 落实林地保护利用规划，到2022年林地保有量不减少。 县林业局 县自然资源局、县财政局',
    '2  加强 古树名木保护 开展古树名木普查建档，2021年10月底前完成。 县林业局 县住建局',
  ];

  it('takes the unit columns from the right, the number first, and the sentences the words between', () => {
    const { plan } = read(doc);
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, t.assistingUnits, dueDay(t)])).toEqual([
      ['1', ['县林业局'], ['县自然资源局', '县财政局'], '2022-12-31'],
      ['2', ['县林业局'], ['县住建局'], '2021-10-31'],
    ]);
    expect(plan.tasks.map((t) => t.text)).toEqual(['严格林地用途管制', '加强古树名木保护']);
  });

  it('leaves a line of as many words as the header a row of its own, and a line that is no numbered row text', () => {
    const { plan } = read([...doc.slice(0, 2), '1 保护森林 严格林地用途管制 落实林地保护利用规划。 县林业局 县财政局', '（以上任务 由各乡镇 配合落实）']);
    expect(plan.tasks.map((t) => [t.text, t.leadUnits, t.assistingUnits])).toEqual([['严格林地用途管制', ['县林业局'], ['县财政局']]]);
  });
});

describe('a monthly cadence', () => {
  it.each([
    ['每月', 'monthly'],
    ['按月调度', 'monthly'],
    ['逐月推进', 'monthly'],
    ['按季度推进', 'quarterly'],
    ['持续推进', 'quarterly'],
    ['每年', 'yearly'],
  ])('%s is ongoing %s', (phrase, cadence) => {
    expect(parseSchedulePhrase(phrase, 2024).spec).toEqual({ kind: 'ongoing', cadence });
  });
});
