// Specification: the words a role group uses for leading, helping and answering — however a list words them, its units come out clean.
import { describe, expect, it } from 'vitest';
import { rolesOf as roles } from '../support/read-lines';

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
