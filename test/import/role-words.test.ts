// Specification: the words a role group uses for leading, helping and answering — however a list words them, its units come out clean.
import { describe, expect, it } from 'vitest';
import { readLines as read, rolesOf as roles } from '../support/read-lines';

const item = (group: string): string[] => ['2024年重点工作任务分工', `1.新建社区食堂20个。${group}`];

describe('a role group in the words lists use', () => {
  it.each<[string, string[], string[]]>([
    ['（市民政局主办，市财政局协办）', ['市民政局'], ['市财政局']],
    ['（市民政局主责，市财政局配合）', ['市民政局'], ['市财政局']],
    ['（市民政局主抓，市财政局配合）', ['市民政局'], ['市财政局']],
    ['（市民政局领衔，市财政局配合）', ['市民政局'], ['市财政局']],
    ['（市民政局为主，市财政局配合）', ['市民政局'], ['市财政局']],
    ['（市民政局牵头抓总，市财政局配合）', ['市民政局'], ['市财政局']],
    ['（市民政局牵头实施）', ['市民政局'], []],
    ['（市民政局牵头，市财政局参加）', ['市民政局'], ['市财政局']],
    ['（市民政局牵头，市财政局支持）', ['市民政局'], ['市财政局']],
    ['（市民政局牵头，市财政局协同）', ['市民政局'], ['市财政局']],
    ['（市民政局牵头，市财政局共同推进）', ['市民政局'], ['市财政局']],
    ['（市民政局牵头，市财政局等部门配合）', ['市民政局'], ['市财政局']],
    // no lead word: the clause of help names the helpers, the others answer (the first listed leads)
    ['（市民政局负责，市财政局协助）', ['市民政局'], ['市财政局']],
    ['（市民政局具体负责，市财政局配合）', ['市民政局'], ['市财政局']],
    ['（市民政局承办）', ['市民政局'], []],
    ['（市民政局为责任单位）', ['市民政局'], []],
    ['（由市民政局负责）', ['市民政局'], []],
    // the bare words as labels
    ['（牵头：市民政局；配合：市财政局）', ['市民政局'], ['市财政局']],
    ['（主办：市民政局；协办：市财政局）', ['市民政局'], ['市财政局']],
  ])('%s', (group, leads, assisting) => {
    expect(roles(item(group))).toEqual([[leads, assisting]]);
  });

  it('keeps the helpers of a group without a lead word apart from the units that answer, which lead together (X、Y负责，Z配合)', () => {
    expect(roles(item('（市民政局、市卫健委负责，市财政局配合）'))).toEqual([[['市民政局', '市卫健委'], ['市财政局']]]);
  });
});

describe('a role marked in brackets after a unit', () => {
  it('makes the unit marked （牵头） lead, wherever it stands in the list, and is no part of its name', () => {
    expect(roles(item('（责任单位：市财政局、市民政局（牵头）、市卫健委）'))).toEqual([[['市民政局'], ['市财政局', '市卫健委']]]);
  });

  it('does so in a table\'s unit column too', () => {
    expect(roles(['2024年重点任务分解表', '序号\t重点任务\t责任单位\t完成时限', '1\t新建社区食堂20个。\t市民政局（牵头）、市财政局\t2024年9月底前'])).toEqual([[['市民政局'], ['市财政局']]]);
  });
});

describe('a role group that names only helpers', () => {
  it('takes its lead from the heading above (X牵头的工作)', () => {
    expect(roles(['2024年重点工作任务分工', '一、市民政局牵头的工作', '1.新建社区食堂20个。（市财政局配合）', '2.推进医养结合。（市卫健委配合）'])).toEqual([
      [['市民政局'], ['市财政局']],
      [['市民政局'], ['市卫健委']],
    ]);
  });

  it('without such a heading, takes the first helper to lead and reports the guess', () => {
    const { plan, report } = read(item('（市财政局、市卫健委配合）'));
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([[['市财政局'], ['市卫健委']]]);
    expect(report.lines.some((l) => l.kind === 'leadInferred' && l.decision.includes('只写明配合单位'))).toBe(true);
  });
});

describe('labels printed together', () => {
  it('on one line, parted by spaces: each label gives its own field', () => {
    const { plan } = read(['2024年重点工作任务分工', '1.新建社区食堂20个。', '牵头单位：市民政局　 配合单位：市财政局、市卫健委  完成时限：2024年9月底前']);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits, t.schedule.spec.kind === 'by' ? t.schedule.spec.targets[0]?.due.slice(0, 10) : null])).toEqual([[['市民政局'], ['市财政局', '市卫健委'], '2024-09-30']]);
  });

  it('on one line, parted by a semicolon', () => {
    expect(roles(['2024年重点工作任务分工', '1.新建社区食堂20个。', '牵头单位：市民政局；配合单位：市财政局'])).toEqual([[['市民政局'], ['市财政局']]]);
  });

  it('inside a table\'s unit cell: the cell states its units\' roles itself', () => {
    expect(roles(['2024年重点任务分解表', '序号\t重点任务\t责任单位\t完成时限', '1\t新建社区食堂20个。\t牵头单位：市民政局；配合单位：市财政局\t2024年9月底前'])).toEqual([[['市民政局'], ['市财政局']]]);
  });
});

describe('roles in a last sentence of their own, with no bracket', () => {
  it.each<[string, string]>([
    ['after the full stop', '1.新建社区食堂20个。市民政局牵头，市财政局配合。'],
    ['after a dash', '1.新建社区食堂20个。——市民政局牵头，市财政局配合'],
    ['on the line below', '1.新建社区食堂20个。\n市民政局牵头，市财政局配合'],
  ])('%s', (_, lines) => {
    const { plan } = read(['2024年重点工作任务分工', ...lines.split('\n')]);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits, t.text])).toEqual([[['市民政局'], ['市财政局'], '新建社区食堂20个。']]);
  });

  it('is no sentence of the work: 市民政局牵头制定实施方案 says what is done, and is not taken for roles', () => {
    expect(() => read(['2024年重点工作任务分工', '1.新建社区食堂20个。市民政局牵头制定实施方案。'])).toThrow(/no item names its units/);
  });
});

describe('labels as other copies print them', () => {
  it('in black brackets instead of before a colon, after the text or on lines of their own', () => {
    expect(roles(['2024年重点工作任务分工', '1.新建社区食堂20个。【牵头单位】市民政局【配合单位】市财政局'])).toEqual([[['市民政局'], ['市财政局']]]);
    expect(roles(['2024年重点工作任务分工', '1.新建社区食堂20个。', '【牵头单位】市民政局', '【配合单位】市财政局'])).toEqual([[['市民政局'], ['市财政局']]]);
  });

  it('keeps a bracket that names no label (【重点】) as it is', () => {
    expect(read(['2024年重点工作任务分工', '1.【重点】新建社区食堂20个。（市民政局牵头）']).plan.tasks[0]?.text).toContain('【重点】');
  });

  it('parted from their value by spaces alone, the colon lost', () => {
    expect(roles(['2024年重点工作任务分工', '1.新建社区食堂20个。', '牵头单位 市民政局', '配合单位　市财政局'])).toEqual([[['市民政局'], ['市财政局']]]);
  });

  it('parted by spaces inside a role group', () => {
    expect(roles(item('（牵头单位：市民政局 配合单位：市财政局）'))).toEqual([[['市民政局'], ['市财政局']]]);
  });
});
