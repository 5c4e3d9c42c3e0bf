// Specification: guided import — a list whose header and label words, or whose rule for who leads, the importer does not know
// is read once its overrides name them (reading.words, reading.firstListedLeads); the refusal says so, and nothing leaks to other imports.
import { describe, expect, it } from 'vitest';
import { dueDay } from '../../seeds/corpus';
import { importFile } from '../../seeds/import';
import { partsOf, toXlsx, type Part } from '../support/seed-formats';
import { toPdf } from './pdf-writer';
import { readLines as read, refusal } from '../support/read-lines';

const table = ['某县2024年督办事项清单', '序号\t督办事项\t主抓单位\t协抓单位\t办结时限', '1\t新建社区食堂20个。\t县民政局\t县财政局、各乡镇\t2024年9月底前', '2\t改造老旧小区10个。\t县住建局\t县财政局\t2024年12月底前'];
const words = { planId: 'spec', reading: { words: { 主抓单位: 'lead', '协抓 单位：': 'assisting' }, reason: '本县清单以主抓、协抓称牵头与配合' } };


describe('a table whose unit columns carry words of the office’s own', () => {
  it('is refused by name, the refusal saying the words can be named in the overrides', () => {
    const error = refusal(() => read(table));
    expect(error.code).toBe('MISSING_COLUMN');
    expect(error.message).toMatch(/^spec\.txt:2: .*reading\.words/);
  });

  it('reads with the words named (spaces and a closing colon in a word as a header prints them), and reports them with the reason', () => {
    const { plan, report } = read(table, { overrides: words });
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, t.assistingUnits, dueDay(t)])).toEqual([
      ['1', ['县民政局'], ['县财政局', '各乡镇'], '2024-09-30'],
      ['2', ['县住建局'], ['县财政局'], '2024-12-31'],
    ]);
    expect(report.lines.filter((l) => l.kind === 'override').map((l) => l.decision)).toEqual([expect.stringMatching(/主抓单位→lead、协抓 单位：→assisting.*本县清单以主抓、协抓称牵头与配合/)]);
  });

  it.each([
    ['a workbook', 'spec.xlsx', () => toXlsx(partsOf(table.join('\n')))],
    ['a PDF', 'spec.pdf', () => Promise.resolve(toPdf(partsOf(table.join('\n'))))],
  ])('reads the same from %s', async (_, name, write) => {
    const { plan } = await importFile(await write(), name, { overrides: words });
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([
      [['县民政局'], ['县财政局', '各乡镇']],
      [['县住建局'], ['县财政局']],
    ]);
  });

  it('finds a PDF’s header by them, so a cell wrapped onto the next line is rebuilt into its row', async () => {
    const parts: Part[] = [
      { kind: 'p', text: '某县2024年督办事项清单' },
      { kind: 'row', cells: ['序号', '督办事项', '主抓单位', '协抓单位', '办结时限'] },
      { kind: 'row', cells: ['1', '新建社区食堂20个，', '县民政局', '县财政局、', '2024年9月底前'] },
      { kind: 'row', cells: ['', '覆盖全部乡镇。', '', '各乡镇', ''] },
      { kind: 'row', cells: ['2', '改造老旧小区10个。', '县住建局', '县财政局', '2024年12月底前'] },
    ];
    const { plan } = await importFile(toPdf(parts), 'spec.pdf', { overrides: words });
    expect(plan.tasks.map((t) => [t.text, t.leadUnits, t.assistingUnits])).toEqual([
      ['新建社区食堂20个，覆盖全部乡镇。', ['县民政局'], ['县财政局', '各乡镇']],
      ['改造老旧小区10个。', ['县住建局'], ['县财政局']],
    ]);
  });

  it('gives the words to that import only: the next one without them is refused again', () => {
    read(table, { overrides: words });
    expect(refusal(() => read(table)).code).toBe('MISSING_COLUMN');
  });

  it('takes the words on label lines too (主抓单位：X)', () => {
    const { plan } = read(['某县2024年督办事项', '1.新建社区食堂20个。', '主抓单位：县民政局', '协抓单位：县财政局', '2.改造老旧小区10个。', '主抓单位：县住建局'], { overrides: words });
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([
      [['县民政局'], ['县财政局']],
      [['县住建局'], []],
    ]);
  });

  it('refuses a word given no field, or a field that is none, by path', () => {
    for (const bad of [{ 主抓单位: 'leader' }, { '': 'lead' }, Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`词${i}`, 'other']))]) {
      const error = refusal(() => read(table, { overrides: { planId: 'spec', reading: { words: bad, reason: 'spec' } } }));
      expect(error.code).toBe('BAD_OVERRIDE');
      expect(error.message).toContain('reading.words');
    }
  });
});

describe('a list whose rule for who leads the importer cannot read', () => {
  const doc = ['某县2024年重点工作分工', '（排头者主抓）', '1.新建社区食堂20个。（责任单位：县民政局、县财政局）', '2.改造老旧小区10个。（责任单位：县住建局、县财政局、各乡镇）'];

  it('is read with the first listed leading either way, but a guess is reported for each task until the overrides state the rule', () => {
    const guessed = read(doc);
    expect(guessed.report.lines.filter((l) => l.kind === 'leadInferred').map((l) => l.taskNo)).toEqual(['1', '2']);
    const { plan, report } = read(doc, { overrides: { planId: 'spec', reading: { firstListedLeads: true, reason: '文件第2行「排头者主抓」即列第一位者牵头' } } });
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([
      [['县民政局'], ['县财政局']],
      [['县住建局'], ['县财政局', '各乡镇']],
    ]);
    expect(report.lines.filter((l) => l.kind === 'leadInferred')).toEqual([]);
    expect(report.lines.filter((l) => l.kind === 'metadataDefault' && l.decision.includes('文件写明'))).toEqual([]);
  });

  it('turns off a rule the importer took from the document, where it is none for the list', () => {
    const printed = ['某县2024年重点工作分工', '说明：列第一位者为牵头单位的表述仅适用于附件二。', ...doc.slice(2)];
    expect(read(printed).report.lines.filter((l) => l.kind === 'leadInferred')).toEqual([]);
    const { report } = read(printed, { overrides: { planId: 'spec', reading: { firstListedLeads: false, reason: '此句只说附件二' } } });
    expect(report.lines.filter((l) => l.kind === 'leadInferred').map((l) => l.taskNo)).toEqual(['1', '2']);
  });
});
