// Specification: a list reads the same however a copy of it was made — punctuation widened, blank lines lost or doubled, lines indented, marks restyled, `|` rows turned to tabs — and published as HTML, xlsx or Word.
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../machines/plan';
import { importDocument, importFile } from '../../seeds';
import { corpusOptions, loadCorpus, scoreDocument, scorePlan, type CorpusDocument, type Score } from '../../seeds/corpus';
import { printedWidth, unwrapped, wrapWidth } from '../../seeds/unwrap';
import { blocksFromText } from '../../seeds/blocks';
import { fieldOf } from '../../seeds/columns';
import { IMPORT_LIMITS } from '../../seeds/limits';
import { Reporter } from '../../seeds/reporter';
import { partsOf, toDocx, toHtml, toXlsx } from '../support/seed-formats';

const wide = (t: string): string => t.replace(/\(/g, '（').replace(/\)/g, '）').replace(/:/g, '：').replace(/;/g, '；').replace(/,/g, '，');
const lines = (f: (ls: string[]) => string[]) => (t: string): string => f(t.split('\n')).join('\n');
/** An item mark restyled at a line's start (1. → （1）), only where a character follows it. */
const marks = (from: RegExp, to: string) => (t: string): string => t.replace(from, to);

/** A page as Taiwan or Hong Kong prints it: every character in traditional script, by OpenCC's own tables (not the importer's). */
const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** What copies do to a page, each with what it does to the names a reading gives (widened brackets are the names' too). */
const COPIES: [string, (text: string) => string, (name: string) => string][] = [
  ['ASCII punctuation widened (，：；（）)', wide, wide],
  ['lines indented with ideographic spaces', lines((ls) => ls.map((l) => (l.trim() === '' ? l : `\u3000\u3000${l}`))), (n) => n],
  ['blank lines lost', lines((ls) => ls.filter((l) => l.trim() !== '')), (n) => n],
  ['a blank line after every line', lines((ls) => ls.flatMap((l) => [l, ''])), (n) => n],
  ['CRLF line ends', (t) => t.replace(/\n/g, '\r\n'), (n) => n],
  ['spaces after every line', lines((ls) => ls.map((l) => `${l}  `)), (n) => n],
  ['marks 1. / 1、 printed （1）', marks(/^([ \t\u3000]*)(\d{1,2})[.、．](?=[^\s\d])/gm, '$1($2)'), (n) => n],
  ['marks 1. printed 1、', marks(/^([ \t\u3000]*)(\d{1,2})[.．](?=[^\s\d])/gm, '$1$2、'), (n) => n],
  ['marks 1. / 1、 printed 1）', marks(/^([ \t\u3000]*)(\d{1,2})[.、．](?=[^\s\d])/gm, '$1$2）'), (n) => n],
  ['marks （1） printed ⑴ (one character)', (t) => t.replace(/^([ \t\u3000]*)[（(](\d{1,2})[）)](?=[^\s\d])/gm, (m, a: string, n: string) => (Number(n) <= 20 ? `${a}${String.fromCharCode(0x2473 + Number(n))}` : m)), (n) => n],
  ['marks 1、 printed 1.', marks(/^([ \t\u3000]*)(\d{1,2})、(?=[^\s\d])/gm, '$1$2.'), (n) => n],
  ['traditional script (OpenCC cn → tw)', traditional, traditional],
  // names read back in ASCII digits, as the report says
  ['digits and Latin letters full-width (２０２３年)', (t) => t.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)), (n) => n],
  // every printable ASCII sign full-width but the table's bar; names keep the brackets and punctuation Chinese type has, as printed
  ['every ASCII sign full-width (２０２３－１２－３１, ［…］, ８０％)', (t) => t.replace(/[!-~]/g, (c) => (c === '|' ? c : String.fromCharCode(c.charCodeAt(0) + 0xfee0))), (n) => n.replace(/[!"'(),:;?]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))],
  ['full stops printed . (…增长7%以上. 发改委)', (t) => t.replace(/。/g, '.'), (n) => n],
  ['spaces printed as no-break spaces (&nbsp;)', (t) => t.replace(/ /g, '\u00a0'), (n) => n],
  ['a zero-width space after every seventh character', (t) => t.replace(/(?<=[\u4e00-\u9fff])/g, (_, i: number) => (i % 7 === 0 ? '\u200b' : '')), (n) => n],
  ['`a | b |` rows turned to tab rows', lines((ls) => ls.map((l) => (l.includes(' | ') ? l.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim()).join('\t') : l))), (n) => n],
];

const corpus = loadCorpus();
const original = new Map(corpus.map((d) => [d.id, scoreDocument(d)]));
const figures = (s: Score): string => `${s.error ? s.error.split(':')[0] : 'read'} ${s.read} · ${s.lead}/${s.assisting}/${s.due}`;

describe('the corpus through the copies pages make', () => {
  it.each(COPIES)('%s: every document the copy changes reads as the original does', (_, copy, name) => {
    // a page the importer is known to misread (misreadAsMeasured) is held to nothing a copy could keep
    const changed = corpus.filter((d) => copy(d.text) !== d.text && d.reading.misreadAsMeasured === undefined);
    const differ = changed.flatMap((d) => {
      const reading = { ...d.reading, tasks: d.reading.tasks.map((t) => ({ ...t, leads: t.leads.map(name), assisting: t.assisting.map(name) })) };
      const got = scoreDocument({ ...d, text: copy(d.text), reading } satisfies CorpusDocument);
      const want = original.get(d.id) as Score;
      return figures(got) === figures(want) ? [] : [`${d.id}: ${figures(got)}, original ${figures(want)}`];
    });
    // each copy must change something, or it tests nothing
    expect(changed.length).toBeGreaterThan(0);
    expect(differ).toEqual([]);
  });
});

describe('the corpus published as a web page, a workbook or a Word document, a paragraph a line', () => {
  /** The outcome of an import: its plan, or the error it was refused with. */
  const outcome = async (run: () => Promise<{ plan: Plan }>) => {
    try {
      return { plan: (await run()).plan };
    } catch (error) {
      return { error };
    }
  };

  /** Each format: how a document's paragraphs and rows are written in it, and its file name's extension. */
  const FORMATS: [string, string, (d: CorpusDocument) => Promise<string | Uint8Array>][] = [
    ['an HTML page', 'html', async (d) => toHtml(partsOf(d.text))],
    ['an xlsx workbook (a row a line)', 'xlsx', (d) => toXlsx(partsOf(d.text))],
    ['a Word document', 'docx', (d) => toDocx(partsOf(d.text))],
  ];

  it.each(FORMATS)('reads every document written as %s as it reads the text', async (_, ext, write) => {
    const differ: string[] = [];
    for (const d of corpus) {
      const file = await write(d);
      const got = scorePlan(d, await outcome(async () => (typeof file === 'string' ? importDocument(file, `${d.id}.${ext}`, corpusOptions(d)) : importFile(file, `${d.id}.${ext}`, corpusOptions(d)))));
      if (figures(got) !== figures(original.get(d.id) as Score)) differ.push(`${d.id}: ${figures(got)}`);
    }
    expect(differ).toEqual([]);
  });
});

/** A copy of a PDF's text layer: every line cut where it would print wider than `width` ems (a CJK character one, ASCII half). */
const hardWrapped = (width: number) => (t: string): string =>
  t.split('\n').flatMap((line) => {
    const out: string[] = [];
    let current = '';
    for (const ch of line) {
      if (printedWidth(current + ch) > width) {
        out.push(current);
        current = '';
      }
      current += ch;
    }
    return [...out, current];
  }).join('\n');

/** `负责领导 重点工作 基本要求 牵头部门`: the header of a table whose cells a copy parted by spaces. */
const spacedHeader = (line: string): boolean => line.trim().split(/[ \u3000]+/).filter((w) => fieldOf(w) !== null).length >= 3;

/**
 * A list of paragraphs, the kind a PDF holds as running text: no table (rows, a 序号 header, cells parted by spaces), no page that prints pinyin
 * after its characters (a mirror's markup, no PDF's), no page copied as one line.
 */
const isProse = (t: string): boolean =>
  !/[|\t]/.test(t) && !t.split('\n').some(spacedHeader) && !/^[\s\u3000]*序号/m.test(t) && !/[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/.test(t) && t.split('\n').every((l) => l.length <= 400);

describe("the corpus hard-wrapped, as a PDF's text layer is copied", () => {
  const prose = corpus.filter((d) => isProse(d.text) && d.reading.misreadAsMeasured === undefined);

  it.each([28, 34, 40])('every list of paragraphs wrapped at %i ems reads as the original does', (width) => {
    const wrap = hardWrapped(width);
    const changed = prose.filter((d) => wrap(d.text) !== d.text);
    const differ = changed.flatMap((d) => {
      const got = scoreDocument({ ...d, text: wrap(d.text) });
      const want = original.get(d.id) as Score;
      return figures(got) === figures(want) ? [] : [`${d.id}: ${figures(got)}, original ${figures(want)}`];
    });
    expect(changed.length).toBeGreaterThan(100);
    expect(differ).toEqual([]);
  });

  it('takes no document of the corpus but the ones a PDF wrapped for a wrapped one', () => {
    const wrapped = corpus.filter((d) => wrapWidth(d.text.split('\n').filter((l) => !/[|\t]/.test(l))) !== null).map((d) => d.id);
    // the copies of a PDF, their lines cut at 28 characters: beijing-shijingshan-2019 on 文秘网, quanguo-shuangda-2022 on a
    // firm's site (a blank line after every line, which no join crosses); shijiaoyuju-gongzuoyaodian-2022, a 工作要点 on 51gongwen.com
    // cut at 28 characters too
    expect(wrapped).toEqual(['beijing-shijingshan-2019', 'quanguo-shuangda-2022', 'shijiaoyuju-gongzuoyaodian-2022']);
  });
});

describe('lines joined back where a wrap cut them', () => {
  const wrappedList = [
    '某县2023年重点工作任务分解',
    '1.全面推进乡村振兴,扎实推进高标准农田建设,新建高标准农田五万亩,完',
    '成农村人居环境整治提升任务。(牵头单位:县农业农村局;配合单位:县财',
    '政局、县自然资源局)',
    '2.加快推进城市更新,实施老旧小区改造项目二十个,惠及居民六千余户。(',
    '牵头单位:县住房城乡建设局;配合单位:县财政局、各乡镇人民政府;完成',
    '时限:2023年12月底前)',
    '3.持续优化营商环境,深化“放管服”改革,推进政务服务事项全程网办。',
    '(牵头单位:县行政审批局)',
    '4.严守安全生产底线,深入开展安全生产专项整治三年行动,坚决遏制重特',
    '大事故。(牵头单位:县应急管理局;配合单位:县直各有关部门)',
  ];

  it('joins a full line to the next unless that opens an item, a section or a label, and says so once', () => {
    const reporter = new Reporter();
    const blocks = unwrapped(blocksFromText(wrappedList), reporter);
    const texts = blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []));
    expect(texts).toEqual([
      '某县2023年重点工作任务分解',
      '1.全面推进乡村振兴,扎实推进高标准农田建设,新建高标准农田五万亩,完成农村人居环境整治提升任务。(牵头单位:县农业农村局;配合单位:县财政局、县自然资源局)',
      '2.加快推进城市更新,实施老旧小区改造项目二十个,惠及居民六千余户。(牵头单位:县住房城乡建设局;配合单位:县财政局、各乡镇人民政府;完成时限:2023年12月底前)',
      // a full line ending its sentence is joined only to the bracket of roles opening the next
      '3.持续优化营商环境,深化“放管服”改革,推进政务服务事项全程网办。(牵头单位:县行政审批局)',
      '4.严守安全生产底线,深入开展安全生产专项整治三年行动,坚决遏制重特大事故。(牵头单位:县应急管理局;配合单位:县直各有关部门)',
    ]);
    expect(blocks.map((b) => b.line)).toEqual([1, 2, 5, 8, 10]);
    expect(reporter.lines.map((l) => [l.kind, l.line])).toEqual([['rowMerged', 2]]);
    expect(reporter.lines[0]?.decision).toContain('6 处');
  });

  it('leaves a list whose paragraphs are a line each as it is', () => {
    const reporter = new Reporter();
    const lines = wrappedList.slice(0, 1).concat(['1.全面推进乡村振兴。(牵头单位:县农业农村局)', '2.加快推进城市更新,实施老旧小区改造项目二十个。(牵头单位:县住房城乡建设局)']);
    expect(unwrapped(blocksFromText(lines), reporter)).toEqual(blocksFromText(lines));
    expect(reporter.lines).toEqual([]);
  });
});

describe('joining a hard-wrapped copy stays within the limits', () => {
  it('joins no paragraph past the length a line may have: a copy of short lines is never refused for one the joining made', () => {
    const line = '推进高标准农田建设新建高标准农田五万亩完成农村人居环境整治提升任务加快';
    const lines = ['某县2023年重点工作', ...Array.from({ length: 2000 }, () => line.slice(0, 34))];
    const blocks = unwrapped(blocksFromText(lines), new Reporter());
    const longest = Math.max(...blocks.map((b) => (b.kind === 'text' ? b.text.length : 0)));
    expect(longest).toBeGreaterThan(34 * 100);
    expect(longest).toBeLessThanOrEqual(IMPORT_LIMITS.lineChars);
    expect(blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : [])).join('')).toBe(lines.join(''));
  });
});
