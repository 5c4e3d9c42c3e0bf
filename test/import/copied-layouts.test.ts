// Specification: layouts text copies make of a list — Markdown tables, cells parted by runs of spaces, labels after an item's text on its line, units opening an item.
import { describe, expect, it } from 'vitest';
import { fieldOf } from '../../seeds/columns';
import { dueDay } from '../../seeds/corpus';
import { readLines as read } from '../support/read-lines';


describe('a Markdown table', () => {
  it('reads its rows, the bar opening each row no empty cell and the rule under the header no row', () => {
    const { plan } = read([
      '2024年重点工作任务分解表',
      '| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |',
      '|---|---|:---:|---|---|',
      '| 1 | 新建社区食堂20个。 | 区民政局 | 区财政局、各街道 | 2024年9月底前 |',
      '| 2 | 改造老旧小区10个。 | 区住建局 | | 2024年12月底前 |',
    ]);
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, t.assistingUnits, dueDay(t)])).toEqual([
      ['1', ['区民政局'], ['区财政局', '各街道'], '2024-09-30'],
      ['2', ['区住建局'], [], '2024-12-31'],
    ]);
  });
});

describe('a table whose cells a copy parted by runs of spaces', () => {
  const doc = [
    '2024年重点工作任务分解表',
    '序号    工作任务    牵头单位    配合单位    完成时限',
    '1    新建社区食堂 20个。    区民政局    区财政局、各街道    2024年9月底前',
    '2\u3000改造老旧小区10个。\u3000区住建局\u3000区财政局\u30002024年12月底前',
  ];

  it('reads the header and each row, a single space kept inside a cell', () => {
    const { plan } = read(doc);
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, t.assistingUnits, dueDay(t)])).toEqual([
      ['1', ['区民政局'], ['区财政局', '各街道'], '2024-09-30'],
      ['2', ['区住建局'], ['区财政局'], '2024-12-31'],
    ]);
    expect(plan.tasks[0]?.text).toBe('新建社区食堂 20个。');
  });

  it('reads a header parted by single spaces, every word a column word, and rows of as many words; other lines stay text', () => {
    const { plan } = read(['2021年9月重点工作完成情况', '负责领导 重点工作 牵头部门 协同部门 完成情况', '王波 新建社区食堂20个 县民政局、县住建局 县财政局 1、已完成选址', '2、已开工建设']);
    expect(plan.tasks.map((t) => [t.text, t.leadUnits, t.assistingUnits])).toEqual([['新建社区食堂20个', ['县民政局', '县住建局'], ['县财政局']]]);
  });

  it('leaves a document of items alone when no spaced line is a header', () => {
    const { plan } = read(['2024年工作要点', '1.新建社区食堂20个。  （区民政局牵头，区财政局配合）', '2.改造老旧小区10个。  （区住建局负责）']);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([
      [['区民政局'], ['区财政局']],
      [['区住建局'], []],
    ]);
  });
});

describe('labels after an item\'s text on its own line, parted by spaces', () => {
  it('reads them as the item\'s labels', () => {
    const { plan } = read(['2024年工作要点', '1.新建社区食堂20个 牵头单位：区民政局 配合单位：区财政局 完成时限：2024年9月底前', '2.改造老旧小区10个 牵头单位：区住建局']);
    expect(plan.tasks.map((t) => [t.text, t.leadUnits, t.assistingUnits, dueDay(t)])).toEqual([
      ['新建社区食堂20个', ['区民政局'], ['区财政局'], '2024-09-30'],
      ['改造老旧小区10个', ['区住建局'], [], null],
    ]);
  });
});

describe('an item that opens with its units and a colon (duties listed by unit)', () => {
  it('makes those units the item\'s, reported with the item', () => {
    const { plan, report } = read(['2024年工作要点任务分工', '（一）区民政局：新建社区食堂20个，2024年9月底前完成。', '（二）区住建局、区财政局：改造老旧小区10个。']);
    expect(plan.tasks.map((t) => [t.text, t.leadUnits, t.assistingUnits])).toEqual([
      ['新建社区食堂20个，2024年9月底前完成。', ['区民政局'], []],
      ['改造老旧小区10个。', ['区住建局'], ['区财政局']],
    ]);
    expect(report.lines.filter((l) => l.kind === 'leadInferred' && l.decision.includes('以其单位开头')).map((l) => l.taskNo)).toEqual(['1', '2']);
  });

  it('reads units in black brackets opening the item, and bare units after the dash closing it, as its units', () => {
    expect(read(['2024年工作要点', '1.【区民政局】新建社区食堂20个。', '2.改造老旧小区10个。——区住建局、区财政局']).plan.tasks.map((t) => [t.text, t.leadUnits, t.assistingUnits])).toEqual([
      ['新建社区食堂20个。', ['区民政局'], []],
      ['改造老旧小区10个。', ['区住建局'], ['区财政局']],
    ]);
  });

  it('is no rule for words before a colon that are not units', () => {
    const { plan } = read(['2024年工作要点', '1.总体目标：新建社区食堂20个。（区民政局牵头）']);
    expect(plan.tasks.map((t) => [t.text, t.leadUnits])).toEqual([['总体目标：新建社区食堂20个。', ['区民政局']]]);
  });
});

describe('column words for the first responsible unit and a unit with its person', () => {
  it.each([
    ['第一责任单位', 'lead'],
    ['主体责任单位', 'lead'],
    ['其他责任单位', 'assisting'],
    ['责任单位及责任人', 'units'],
    ['牵头单位及联系人', 'lead'],
    ['责任人', 'people'],
  ])('%s is %s', (word, field) => {
    expect(fieldOf(word)).toBe(field);
  });
});

describe('a header row of tabs over cells printed a line each', () => {
  it('reads the cells under it as the table\'s rows', () => {
    const { plan } = read(['2024年重点工作任务分解表', '序号\t工作任务\t牵头单位\t配合单位\t完成时限', '1', '新建社区食堂20个。', '区民政局', '区财政局', '2024年9月底前', '2', '改造老旧小区10个。', '区住建局', '区财政局', '2024年12月底前']);
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, t.assistingUnits, dueDay(t)])).toEqual([
      ['1', ['区民政局'], ['区财政局'], '2024-09-30'],
      ['2', ['区住建局'], ['区财政局'], '2024-12-31'],
    ]);
  });

  const refusal = (lines: string[]) => {
    try {
      read(lines);
    } catch (e) {
      return e as { code?: string; line?: number | null; message: string };
    }
    return null;
  };

  it('is refused by name, at the header\'s line, when nothing follows it', () => {
    const err = refusal(['2024年重点工作任务分解表', '序号\t工作任务\t牵头单位']);
    expect([err?.code, err?.line, err?.message.includes('序号 · 工作任务 · 牵头单位')]).toEqual(['UNKNOWN_LAYOUT', 2, true]);
  });

  it('is refused at the header\'s line when all under it is a heading, no row', () => {
    const err = refusal(['2024年重点工作任务分解表', '序号\t工作任务\t牵头单位', '（此表暂无内容）']);
    expect([err?.code, err?.line]).toEqual(['UNKNOWN_LAYOUT', 2]);
  });
});

describe('a sheet saved as CSV and sent on as .txt', () => {
  it('is read as the CSV it is: quoted cells keep their commas', () => {
    const { plan } = read(['序号,工作任务,牵头单位,配合单位,完成时限', '1,新建社区食堂20个,区民政局,"区财政局,各街道",2024年9月底前', '2,改造老旧小区10个,区住建局,,2024年12月底前']);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits, dueDay(t)])).toEqual([
      [['区民政局'], ['区财政局', '各街道'], '2024-09-30'],
      [['区住建局'], [], '2024-12-31'],
    ]);
  });

  it('is not taken for CSV when a line of prose has commas among list words', () => {
    const { plan } = read(['2024年工作要点', '各责任单位要对照目标任务,明确责任,明确时间节点,狠抓落实。', '1.新建社区食堂20个。（区民政局牵头）']);
    expect(plan.tasks.map((t) => t.leadUnits)).toEqual([['区民政局']]);
  });
});
