// Specification: documents the importer cannot read fail with a typed ImportError naming file and line; nothing is dropped silently.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../seeds';
import { refusal } from '../support/read-lines';

const numbered = (rows: string): string =>
  ['测试任务分工', '\t序号', '\t工作任务', '\t负责单位', '\t时间进度', '', rows].join('\n');


describe('importDocument refuses what it cannot read', () => {
  it.each<[string, Uint8Array | string, string]>([
    ['an empty file', new Uint8Array(0), 'EMPTY_DOCUMENT'],
    ['a file of blank lines', '\n\n  \n', 'EMPTY_DOCUMENT'],
    ['a binary file with NUL bytes', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]), 'BINARY_DOCUMENT'],
    // (not opening with FF FE: that is UTF-16's byte-order mark, read as Windows' "Unicode" text)
    ['bytes that are no text in UTF-8, UTF-16 or GB18030', new Uint8Array([0xfe, 0xfd, 0xfc, 0x41]), 'BINARY_DOCUMENT'],
    ['a UTF-16 byte-order mark before bytes that are no UTF-16', new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41]), 'BINARY_DOCUMENT'],
    ['text of no known layout', '这是一段没有表格的文字。\n第二行。', 'UNKNOWN_LAYOUT'],
  ])('refuses %s', (_what, input, code) => {
    expect(refusal(() => importDocument(input, 'bad.txt')).code).toBe(code);
  });

  it('names the missing unit column and the header line of a numbered-cells table', () => {
    const doc = ['测试', '\t序号', '\t工作任务', '\t时间进度', '', '\t1', '\t任务', '\t2015年底前完成'].join('\n');
    const err = refusal(() => importDocument(doc, 'no-units.txt'));
    expect(err).toMatchObject({ code: 'MISSING_COLUMN', file: 'no-units.txt', line: 2 });
    expect(err.message).toContain('no-units.txt:2');
    expect(err.message).toContain('牵头单位/责任单位');
    expect(err.message).not.toContain('MISSING_COLUMN');
  });

  it('reads a table without a time column, its dates from the task text, and says so in the report', () => {
    const doc = ['测试', '\t序号', '\t工作任务', '\t负责单位', '', '\t1', '\t2016年6月底前建成平台', '\t市民政局', '', '\t2', '\t完善制度', '\t市财政局'].join('\n');
    const { plan, report } = importDocument(doc, 'no-schedule.txt');
    expect(plan.tasks.map((t) => t.schedule.spec.kind)).toEqual(['by', 'ongoing']);
    expect(report.lines).toContainEqual(expect.objectContaining({ kind: 'metadataDefault', line: 2, decision: expect.stringContaining('没有时间列') }));
  });

  it('names the missing column of a PDF table', () => {
    const doc = ['清单', '序号\t主要任务\t配合单位\t时间进度', '1\t任务\t区财政局\t持续推进'].join('\n');
    expect(refusal(() => importDocument(doc, 't.txt'))).toMatchObject({ code: 'MISSING_COLUMN', line: 2 });
  });

  it('refuses a numbered row whose cells do not fill the columns, naming its line', () => {
    const doc = numbered(['\t1', '\t任务一', '\t市民政局', '\t持续实施', '', '\t2', '\t任务二', '\t持续实施'].join('\n'));
    expect(refusal(() => importDocument(doc, 'short.txt'))).toMatchObject({ code: 'MISSING_COLUMN', line: 12 });
  });

  it('refuses a numbered row whose unit cell is empty (no lead unit) instead of dropping it', () => {
    const doc = numbered(['\t1', '\t任务一', '\t', '\t持续实施'].join('\n'));
    expect(refusal(() => importDocument(doc, 'nolead.txt'))).toMatchObject({ code: 'NO_LEAD_UNIT', line: 7 });
  });

  it('refuses a PDF table whose first row has no lead and no row above to inherit from', () => {
    const doc = ['清单', '序号\t主要任务\t牵头单位\t配合单位\t落实措施\t时间进度', '1\t任务\t\t区财政局\t措施\t持续推进'].join('\n');
    expect(refusal(() => importDocument(doc, 't.txt'))).toMatchObject({ code: 'NO_LEAD_UNIT', line: 3 });
  });

  it('refuses a prose paragraph without 〔责任单位〕 or with an empty one, naming its line', () => {
    const missing = ['意见', '　　一、总则', '　　（一）第一段。〔责任单位：省民政厅〕', '　　（二）第二段没有责任单位。'].join('\n');
    expect(refusal(() => importDocument(missing, 'p.txt'))).toMatchObject({ code: 'NO_LEAD_UNIT', line: 4 });
    const empty = ['意见', '　　一、总则', '　　（一）第一段。〔责任单位：〕'].join('\n');
    expect(refusal(() => importDocument(empty, 'p.txt'))).toMatchObject({ code: 'NO_LEAD_UNIT', line: 3 });
  });

  it('turns an impossible date into an unparsed schedule and a report line, not a crash', () => {
    const doc = numbered(['\t1', '\t任务一', '\t市民政局', '\t2015年2月30日前完成'].join('\n'));
    const { plan, report } = importDocument(doc, 'date.txt');
    expect(plan.tasks[0]?.schedule).toEqual({ raw: '2015年2月30日前完成', spec: expect.objectContaining({ kind: 'unparsed' }) });
    expect(report.lines).toContainEqual(expect.objectContaining({ kind: 'scheduleUnparsed', taskNo: '1', line: 10 }));
  });

  it('refuses overrides that do not validate, naming the bad field', () => {
    const doc = numbered(['\t1', '\t任务一', '\t市民政局', '\t持续实施'].join('\n'));
    const err = refusal(() => importDocument(doc, 'x.txt', { overrides: { planId: 'x', tasks: [{ no: '1' }] } }));
    expect(err.code).toBe('BAD_OVERRIDE');
    expect(err.message).toContain('tasks.0.reason');
  });
});
