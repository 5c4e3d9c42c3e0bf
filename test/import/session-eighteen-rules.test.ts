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
