// table(): CLI columns line up on a terminal when cells mix Chinese (two columns a character) and ASCII.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { table } from '../../client/cli/table';

describe('table', () => {
  const out = table(
    ['单位', 'no', 'state'],
    [
      ['市民政局', '7', 'draft'],
      ['ACME Ltd', '12', 'inProgress'],
      ['钦州保险协会（Qinzhou）', '3', 'verified'],
      // a decomposed é (e + combining accent) takes one column, not two
      ['Cafe\u0301合作社', '9', 'cancelled'],
    ],
  );
  const lines = out.split('\n');

  it('starts every later column at the same display column on every line', () => {
    // where `no` and `state` begin, in terminal columns (the width of what precedes them)
    const starts = (line: string, cell: string): number => stringWidth(line.slice(0, line.indexOf(cell, 1)));
    const rows = lines.slice(2);
    expect(rows.map((l, i) => starts(l, ['7', '12', '3', '9'][i]!))).toEqual(Array(4).fill(starts(lines[0]!, 'no')));
    expect(rows.map((l, i) => starts(l, ['draft', 'inProgress', 'verified', 'cancelled'][i]!))).toEqual(Array(4).fill(starts(lines[0]!, 'state')));
  });

  it('sizes the rule under the header to the widest cell of each column, counting a Chinese character as two', () => {
    expect(lines[1]!.split('  ').map((r) => r.length)).toEqual([stringWidth('钦州保险协会（Qinzhou）'), 2, 10]);
  });
});
