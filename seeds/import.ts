// importDocument: bytes or text of a task-division list → canonical Plan plus its import report, through one pipeline.
import { createHash } from 'node:crypto';
import { isValidDate } from '../machines/deadline';
import { PlanSchema, PolicySchema, type Plan, type Task } from '../machines/plan';
import { ImportReportSchema, type ImportReport } from '../machines/report';
import { formatIssues } from '../machines/zod-issues';
import type { ReadContext } from './assemble';
import { linesOf, textsOf, type Block, type SourceDocument } from './blocks';
import { resolveConference } from './conference';
import { withOwnWords } from './columns';
import { withoutEmptyLeadColumns } from './empty-columns';
import { ImportError } from './errors';
import { foldScript } from './text';
import { checkDocumentSize, checkLineLengths, checkTaskCount } from './limits';
import { splitKnownRuns } from './known-runs';
import { issuedOnOf, issuerOf, levelOf, placeFromUnits, placeOf, planIdOf, planYearOf, readSignature, textYearOf, type PlanYear } from './metadata';
import { expandCollectives } from './collectives';
import { applyTaskOverrides, OverridesSchema, type Overrides } from './overrides';
import type { ParsedDocument } from './parsed';
import { readDocument, titleOf } from './read-document';
import { rebasePlan, rebaseReportLine } from './rebase';
import { Reporter } from './reporter';
import { FIRST_LISTED_LEADS, FRONT_GROUP } from './roles';
import { binaryFormatOf, binarySource, textSource } from './sources';
import { withoutPinyin } from './unit-list';
import { buildUnitsDirectory } from './units-directory';
import { unwrapped } from './unwrap';

export interface ImportOptions {
  /** curated fixes (seeds/overrides/<plan>.json), unknown until parsed by OverridesSchema */
  overrides?: unknown;
  /** `YYYY-MM-DD`: move the plan so it was issued that day */
  rebase?: string;
  /** `YYYY-MM-DD`: the issue date, for a document that prints none (`--issued-on`) */
  issuedOn?: string;
  /** `YYYY-MM-DD`: the day of the import, the issue date of a document that prints none and no year, and needs none (no
   * year-less date to anchor); the clock's day (UTC) when not given */
  today?: string;
  /** told as a large document is read: each PDF page, then the lines found, then the tasks read */
  progress?: (step: ImportProgress) => void;
}

/** How far an import has got: `pages` done of total, `lines` (blocks) found, `tasks` read. */
export interface ImportProgress {
  stage: 'pages' | 'lines' | 'tasks';
  done: number;
  total: number | null;
}

export interface ImportResult {
  plan: Plan;
  report: ImportReport;
}

function readOverrides(raw: unknown, planId: string, file: string): Overrides {
  const result = OverridesSchema.safeParse(raw ?? { planId });
  if (!result.success) throw new ImportError('BAD_OVERRIDE', file, null, formatIssues(result.error));
  if (result.data.planId !== planId) throw new ImportError('BAD_OVERRIDE', file, null, `overrides are for ${result.data.planId}, not ${planId}`);
  return result.data;
}

const isRealDate = (d: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(d) && isValidDate(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10)));

/** The report line of a guided import: the words and rule the overrides gave the readers, and why. */
function readingDecision(reading: NonNullable<Overrides['reading']>): string {
  const words = Object.entries(reading.words).map(([w, f]) => `${w}→${f}`);
  const parts = [
    ...(words.length > 0 ? [`表头与标签用语 ${words.join('、')}`] : []),
    ...(reading.firstListedLeads === undefined ? [] : [reading.firstListedLeads ? '列第一位的单位为牵头单位' : '不按列第一位定牵头单位']),
  ];
  return `按 overrides reading 读取（${parts.join('；') || '未设用语'}）：${reading.reason}`;
}

/** The list's first-listed rule: as the overrides set it (reading.firstListedLeads), else as the document prints it. */
function listRule(reading: Overrides['reading'], lines: readonly { text: string; line: number }[]): ReadContext['firstListedLeads'] {
  if (reading?.firstListedLeads === true) return { line: null, words: 'overrides reading.firstListedLeads' };
  return reading?.firstListedLeads === false ? null : firstListedRule(lines);
}

/** `列第一位的责任单位为牵头单位`: a note that makes the first listed unit the lead of every task, so that is no guess. */
function firstListedRule(lines: readonly { text: string; line: number }[]): ReadContext['firstListedLeads'] {
  for (const { text, line } of lines) {
    const m = FIRST_LISTED_LEADS.exec(foldScript(text));
    if (m) return { line, words: m[0], ...(FRONT_GROUP.test(m[0]) ? { group: true } : {}) };
  }
  return null;
}

/**
 * A page that prints pinyin after its characters (`負(fù)責(zé)`) is read without it, or no role word or name would
 * match; one report line says so, with the first line and how many lines held it.
 */
function withoutPinyinNotes(blocks: readonly Block[], reporter: Reporter): Block[] {
  const seen = { line: 0, raw: '', count: 0 };
  const plain = (text: string, line: number): string => {
    const { text: out, repair } = withoutPinyin(text);
    if (repair) {
      if (seen.count === 0) Object.assign(seen, { line, raw: text.slice(0, 60) });
      seen.count += 1;
    }
    return out;
  };
  const out = blocks.map((b): Block => (b.kind === 'text' ? { ...b, text: plain(b.text, b.line) } : { ...b, cells: b.cells.map((c) => plain(c, b.line)) }));
  if (seen.count > 0) reporter.add('junkDropped', null, seen.line, seen.raw, `${seen.count} 处文字后印有拼音注音（如「區(qū)」）：不是文字的一部分，已去掉后再读 (pinyin dropped)`);
  return out;
}

/** Full-width digits and Latin letters (２０２３年, ＰＭ２.５): one for one their ASCII forms. */
const FULL_WIDTH = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;
/** A full-width form's ASCII character (U+FF01–FF5E are ASCII's 21–7E shifted by FEE0). */
const halfWidth = (c: string): string => String.fromCharCode(c.charCodeAt(0) - 0xfee0);
/** No-break spaces (&nbsp; on a web page) are spaces; zero-width spaces, joiners and a byte-order mark print nothing. */
const NO_BREAK = /[\u00a0\u2007\u202f]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
/**
 * Full-width forms of the ASCII signs Chinese type has no sign of its own for (．－／［］＃％＋＝＜＞＠＿｜～…): their ASCII forms,
 * so `２０２３－１２－３１`, `［牵头单位：…］` and `８０％` read as typed in ASCII. The full-width signs that are Chinese punctuation
 * (，：；（）！？、and quotes) stay as printed: unit names keep their brackets.
 */
const FULL_WIDTH_SIGN = /[\uff03-\uff06\uff0a\uff0b\uff0d-\uff0f\uff1c-\uff1e\uff20\uff3b-\uff40\uff5b-\uff5e]/g;
/**
 * `…增长7%以上. 发改委`, `…的标准.分区分级…`, `…降低20%.(`: a full stop a copy printed as `.` after a word, a closing bracket, 》 or % and before
 * the next word, a number, a space or the line's end; `.` after a numeral (`二.实施`, `1.`, `0.12`) is a mark or a number, and stays.
 */
const ASCII_STOP = /(?<=[\u4e00-\u9fff）)」”】〕》%"])(?<![一二三四五六七八九十百零〇])\.(?=$|[ \t\u3000\u4e00-\u9fff（(「“【〔\d])/g;

/**
 * `２０２３年１２月底前`, `区\u200b发改局`, `12月&nbsp;底前`: what a copy from Word or a web page prints that no word of a list
 * is written with; each made plain before any reader runs, one report line per kind with its first line and count (names
 * take the ASCII digits: `第２中学` reads 第2中学).
 */
function withPlainCharacters(blocks: readonly Block[], reporter: Reporter): Block[] {
  const kinds = [
    { pattern: FULL_WIDTH, to: halfWidth, what: '全角数字、字母改为半角 (full-width digits and letters)' },
    { pattern: FULL_WIDTH_SIGN, to: halfWidth, what: '全角符号（．－／［］％等）改为半角 (full-width signs)' },
    { pattern: ASCII_STOP, to: () => '。', what: '句末的「.」改为「。」 (full stops printed as .)' },
    { pattern: NO_BREAK, to: () => ' ', what: '不换行空格改为空格 (no-break spaces)' },
    { pattern: ZERO_WIDTH, to: () => '', what: '零宽字符已去掉 (zero-width characters)' },
  ].map((k) => ({ ...k, count: 0, line: 0, raw: '' }));
  const plain = (text: string, line: number): string => {
    let out = text;
    for (const k of kinds) {
      const next = out.replace(k.pattern, k.to);
      if (next === out) continue;
      if (k.count === 0) Object.assign(k, { line, raw: out.slice(0, 60) });
      k.count += 1;
      out = next;
    }
    return out;
  };
  const out = blocks.map((b): Block => (b.kind === 'text' ? { ...b, text: plain(b.text, b.line) } : { ...b, cells: b.cells.map((c) => plain(c, b.line)) }));
  for (const k of kinds) if (k.count > 0) reporter.add('charactersNormalised', null, k.line, k.raw, `${k.count} 行${k.what}，再读`);
  return out;
}

/** `[接上页]`, `（续上页）`: the mark a copy of a multi-page document leaves where a page's text goes on. */
const PAGE_MARK = /^[\s\u3000]*[[【〔（(]?(?:接上页|续上页|上接第\d{1,4}页)[\]】〕）)]?[\s\u3000]*/;

/** The blocks without the page marks opening their lines (or an item's number would not open it); one report line says so. */
function withoutPageMarks(blocks: readonly Block[], reporter: Reporter): Block[] {
  const seen: { text: string; line: number }[] = [];
  const out = blocks.map((b): Block => {
    if (b.kind !== 'text' || !PAGE_MARK.test(b.text)) return b;
    seen.push({ text: b.text.slice(0, 40), line: b.line });
    return { ...b, text: b.text.replace(PAGE_MARK, '') };
  });
  const [first] = seen;
  if (first) reporter.add('junkDropped', null, first.line, first.text, `${seen.length} 处行首的翻页标记（如「接上页」）不是正文，已去掉后再读 (page marks dropped)`);
  return out;
}

/** Reads a text format (.txt, .csv, .html) synchronously; the binary ones (.xlsx, .docx, .pdf) go through importFile. */
export function importDocument(input: Uint8Array | string, fileName: string, options: ImportOptions = {}): ImportResult {
  const file = fileName.split(/[\\/]/).at(-1) ?? fileName;
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  checkDocumentSize(bytes.length, file);
  const binary = binaryFormatOf(file);
  if (binary) throw new ImportError('UNSUPPORTED_FORMAT', file, null, `a .${binary} file is read by importFile (asynchronous), not importDocument`);
  return importSource(textSource(input, file), bytes, file, options);
}

/** Reads any format: the text ones as importDocument does, .xlsx (and the other binary ones) through their readers. */
export async function importFile(input: Uint8Array | string, fileName: string, options: ImportOptions = {}): Promise<ImportResult> {
  const file = fileName.split(/[\\/]/).at(-1) ?? fileName;
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  checkDocumentSize(bytes.length, file);
  const binary = binaryFormatOf(file);
  if (!binary) return importDocument(input, file, options);
  const onPage = options.progress ? (done: number, total: number): void => options.progress?.({ stage: 'pages', done, total }) : undefined;
  // the list's own words (a guided import) find a PDF's header too: the overrides are read once, here, and bad ones refused here
  const overrides = readOverrides(options.overrides, planIdOf(file), file);
  return importSource(await binarySource(binary, bytes, file, onPage, overrides.reading?.words ?? {}), bytes, file, options, overrides);
}

/** The pipeline after a format has become blocks: limits, readers, units, metadata, overrides (`parsed` when already read), plan. */
export function importSource(source: SourceDocument, bytes: Uint8Array, file: string, options: ImportOptions = {}, parsed?: Overrides): ImportResult {
  const reporter = new Reporter();
  if (source.encoding) reporter.add('charactersNormalised', null, null, '', `文件不是 UTF-8，按 ${source.encoding.toUpperCase()} 编码读取${source.encoding === 'gb18030' ? '（GBK / GB2312 的超集，中文 Windows 的「ANSI」）' : '（Windows 的「Unicode」）'} (read as ${source.encoding})`);
  const blocks = unwrapped(withoutEmptyLeadColumns(withoutPageMarks(withoutPinyinNotes(withPlainCharacters(source.blocks, reporter), reporter), reporter), reporter), reporter);
  options.progress?.({ stage: 'lines', done: blocks.length, total: blocks.length });
  checkLineLengths(textsOf(blocks), file);
  const lines = linesOf(blocks);
  const planId = planIdOf(file);
  const overrides = parsed ?? readOverrides(options.overrides, planId, file);
  if (options.issuedOn !== undefined && !isRealDate(options.issuedOn)) throw new ImportError('BAD_REBASE', file, null, `--issued-on needs a real date YYYY-MM-DD, got 「${options.issuedOn}」`);
  const printedYear = planYearOf(lines) ?? (options.issuedOn ? Number(options.issuedOn.slice(0, 4)) : null);
  const planYear: PlanYear | null = printedYear !== null ? { year: printedYear, line: null } : textYearOf(lines);
  if (planYear?.line != null) reporter.add('metadataDefault', null, planYear.line, String(planYear.year), `文件标题、文号与日期都未写年份：未写年份的期限按文中出现最多的年份 ${planYear.year} 计 (the year the text prints most: a guess)`);
  const year = planYear?.year ?? null;
  const reading = overrides.reading;
  const ctx: ReadContext = { file, year, yearGuessed: planYear?.line != null, firstListedLeads: listRule(reading, lines) };
  if (reading) reporter.add('override', null, null, '', readingDecision(reading));
  const read = withOwnWords(reading?.words ?? {}, () => readDocument(blocks, ctx, reporter));
  checkTaskCount(read.tasks.length, file, null);
  uniqueNumbers(read.tasks, reporter);
  splitKnownRuns(read.tasks, reporter);
  options.progress?.({ stage: 'tasks', done: read.tasks.length, total: read.tasks.length });
  const signature = readSignature(lines, reporter);
  const doc: ParsedDocument = {
    layout: read.layout,
    title: read.title || titleOf(lines),
    issuer: signature.issuer,
    issuedOn: options.issuedOn ?? signature.issuedOn,
    sections: read.sections,
    tasks: read.tasks,
    conference: read.conference,
  };
  if (!read.scheduleColumn && read.layout !== 'prose') reporter.add('metadataDefault', null, read.startLine, '', '表格没有时间列：期限取自任务文字中的日期，没有日期的任务按「持续推进」处理 (no time column)');
  if (ctx.firstListedLeads && ctx.firstListedLeads.line !== null) reporter.add('metadataDefault', null, ctx.firstListedLeads.line, ctx.firstListedLeads.words, '文件写明列第一位的单位为牵头单位：只列责任单位的任务，以第一位为牵头单位');
  try {
    applyTaskOverrides(doc, overrides, reporter);
  } catch (err) {
    throw new ImportError('BAD_OVERRIDE', file, null, err instanceof Error ? err.message : String(err));
  }
  return toPlan(doc, { planId, file, bytes, year: planYear, lines, overrides, reporter }, options);
}

interface Build {
  planId: string;
  file: string;
  bytes: Uint8Array;
  year: PlanYear | null;
  lines: { text: string; line: number }[];
  overrides: Overrides;
  reporter: Reporter;
}

function toPlan(doc: ParsedDocument, b: Build, options: ImportOptions): ImportResult {
  const { planId, file, overrides, reporter } = b;
  const directory = buildUnitsDirectory(doc.tasks, overrides.units, reporter);
  const tasks: Task[] = doc.tasks.map((t, i) => ({
    planId,
    no: t.no,
    printedNo: t.printedNo,
    inferredNo: t.inferredNo,
    seq: i + 1,
    section: t.section,
    text: t.text,
    leadUnits: [...new Set(t.leads.map(directory.resolve))],
    assistingUnits: [...new Set(t.assisting.map(directory.resolve))],
    measures: t.measures,
    schedule: { raw: t.scheduleRaw, spec: t.schedule },
    source: { line: t.line, cells: t.cells },
  }));
  const meta = overrides.metadata;
  const printedPlace = placeOf(meta?.issuer ?? doc.issuer ?? '', meta?.title ?? doc.title);
  const level = levelOf(tasks) ?? levelFromPlace(printedPlace, reporter);
  const place = printedPlace || placeFromUnits(directory.list().map((u) => u.id), level);
  const conference = resolveConference(doc.conference, doc.tasks, directory, { place, overrides: overrides.conference }, reporter);
  if (meta) reporter.add('override', null, null, '', `元数据改为 ${JSON.stringify({ ...meta, reason: undefined })}：${meta.reason}`);
  let plan: Plan = validPlan(file, {
    id: planId,
    title: meta?.title ?? (doc.title || file),
    issuer: meta?.issuer ?? issuerOf(doc, place, reporter),
    level,
    issuedOn: meta?.issuedOn ?? issuedOnOf(doc, b.year, file, reporter, options.today ?? new Date().toISOString().slice(0, 10)),
    timeZone: 'Asia/Shanghai',
    sections: doc.sections,
    units: directory.list(),
    tasks,
    conference,
    policy: PolicySchema.parse({}),
    source: { file, sha256: createHash('sha256').update(b.bytes).digest('hex') },
  });
  const text = b.lines.map((l) => l.text).join('\n');
  plan = validPlan(file, expandCollectives(plan, { file, placeHint: place, text, overrides: overrides.collectives }, reporter));
  if (options.rebase !== undefined) {
    if (!isRealDate(options.rebase)) throw new ImportError('BAD_REBASE', file, null, `--rebase needs a real date YYYY-MM-DD, got 「${options.rebase}」`);
    reporter.lines.push(rebaseReportLine(plan, options.rebase));
    plan = validPlan(file, rebasePlan(plan, options.rebase));
  }
  const report = ImportReportSchema.parse({ planId, file, layout: doc.layout, tasks: tasks.length, counts: reporter.counts(), lines: reporter.lines });
  return { plan, report };
}

/**
 * Every task's number is its own (a task's workflow is named by it): a number a reader gave twice (a heading closed by its
 * roles and the first item under it, both 1) is given a part `.2`, `.3` … that no other task has, reported.
 */
function uniqueNumbers(tasks: ParsedDocument['tasks'], reporter: Reporter): void {
  const taken = new Set<string>();
  const all = new Set(tasks.map((t) => t.no));
  for (const t of tasks) {
    if (taken.has(t.no)) {
      let k = 2;
      while (taken.has(`${t.no}.${k}`) || all.has(`${t.no}.${k}`)) k += 1;
      const no = `${t.no}.${k}`;
      reporter.add('numberInferred', no, t.line, t.text.slice(0, 40), `编号 ${t.no} 已用于前面的任务：此项改编为 ${no}，使每项任务的编号唯一 (a number given twice)`);
      t.no = no;
      t.inferredNo = true;
    }
    taken.add(t.no);
  }
}

/** The plan as the schema holds it; what the readers made of a document that is no valid plan is refused by name, never thrown raw. */
function validPlan(file: string, raw: unknown): Plan {
  const result = PlanSchema.safeParse(raw);
  if (result.success) return result.data;
  // a task the readers made that is no valid task is refused at its own line, by its number (`2.（牵头单位：X）`, no work printed)
  const issue = result.error.issues[0];
  const [key, index, field] = issue?.path ?? [];
  const tasks = (raw as { tasks?: unknown[] } | null)?.tasks;
  const task = key === 'tasks' && typeof index === 'number' ? (tasks?.[index] as { printedNo?: string | null; source?: { line?: number } } | undefined) : undefined;
  if (task?.source?.line !== undefined) {
    const what = field === 'text' ? 'names its units but prints no work (no text before or after its roles)' : `is no valid task: ${formatIssues(result.error)}`;
    throw new ImportError('BAD_ROW', file, task.source.line, `task ${task.printedNo ?? (typeof index === 'number' ? index + 1 : '')} ${what}`);
  }
  throw new ImportError('UNKNOWN_LAYOUT', file, null, `the document read to no valid plan: ${formatIssues(result.error)}`);
}

/** The level a place name ends with (辽宁省 → 省), when no lead unit says it; 市 when nothing does, reported either way. */
function levelFromPlace(place: string, reporter: Reporter): Plan['level'] {
  const last = place.endsWith('自治区') ? '省' : place.at(-1);
  const level: Plan['level'] = last === '省' || last === '区' || last === '县' ? last : '市';
  reporter.add('metadataDefault', null, null, place, `牵头单位名称看不出级别：level 取「${level}」${place ? `（据地名 ${place}）` : '（默认）'}`);
  return level;
}
