// Schedule phrases (时间进度) → ScheduleSpec: the cells of the lists and the dates inside prose paragraphs.
import { endOfDay, endOfYear } from '../machines/deadline';
import { scanDates, VAGUE_TIME } from './date-phrases';
import { chineseNumeral, foldScript, stripTrailing } from './text';
import type { Instant, MilestoneKind, ScheduleSpec, Target } from '../machines/schedule';

export interface PhraseResult {
  spec: ScheduleSpec;
  /** set when the text could not be read (damaged, empty, impossible date): the importer reports it */
  problem: string | null;
  /** year-less dates given the year of a dated phrase before them (`9月底前` after `2017年6月底前`), for the report */
  yearsLent?: string[];
}

/** `「9月底前」按前文「2017年6月底前」的年份读作 2017-09-30`: the report's words for a lent year. */
export const lentYearNote = (d: { text: string; yearFrom: string | null; due: string }): string => `「${d.text}」未写年份，按同句前文「${d.yearFrom ?? ''}」的年份读作 ${d.due.slice(0, 10)} (the year of the date before it)`;


/** PDF cells carry spaces inside words (`按省市要求时 限落实`); spaces and the final full stop carry no meaning. */
export function normalisePhrase(raw: string): string {
  return stripTrailing(raw.replace(/[\s\u3000]+/g, ''), '。.;；');
}

/** 出台具体措施 (and the typo 具休措施) / 出台…文件 = measures; 启动实施 / 开工 = start; 完成 / 建成 / 竣工 … = complete. */
export function milestoneOf(words: string): MilestoneKind | null {
  const issued = words.indexOf('出台');
  // an index and one test instead of /出台.*(措施|文件|办法)/, which backtracks on a text of many 出台
  if (issued >= 0 && /(措施|文件|办法|方案|政策)/.test(words.slice(issued))) return 'measures';
  if (/(启动实施|启动|动工|开工)/.test(words)) return 'start';
  if (/(完成|公布|落实|建成|实现|投入使用|投用|竣工|通车|完工|交付)/.test(words)) return 'complete';
  return null;
}

const unparsed = (reason: string): PhraseResult => ({ spec: { kind: 'unparsed', reason }, problem: reason });
const ok = (spec: ScheduleSpec): PhraseResult => ({ spec, problem: null });

/** 1个月内 = calendar months; 5个工作日内 = working days on the State Council calendar; 10日内 = natural days. */
const WINDOW_UNITS = { 个月: 'months', 个工作日: 'workingDays', 日: 'days', 天: 'days' } as const;

function parseAfterEvent(p: string): PhraseResult | null {
  // `省出台文件后2个月完成`: the window printed without its 内 is a window too
  const m = /^待?(.+?)后[,，]?(及时|(\d+)(个月|个工作日|日|天)内?|按要求|接要求)(.*)$/.exec(p);
  if (!m) return null;
  const event = m[1] ?? '';
  const window = m[3] ? { amount: Number(m[3]), unit: WINDOW_UNITS[(m[4] ?? '个月') as keyof typeof WINDOW_UNITS] } : null;
  const milestone = milestoneOf(`${m[2] ?? ''}${m[5] ?? ''}`) ?? 'complete';
  return ok({ kind: 'afterEvent', event, window, milestone });
}

/** The dated steps of a cell: one target per date, its milestone from the words up to the next date (a bare date = complete). */
function parseDated(p: string, raw: string, year: number | null): PhraseResult | null {
  const { found, problems } = scanDates(p, year);
  if (problems.length > 0 && found.length === 0) return unparsed(`日期无法读取 (unreadable date): ${problems.join('；')}`);
  if (found.length === 0) return null;
  if (problems.length > 0) return unparsed(`日期无法读取 (unreadable date): ${problems.join('；')}`);
  const text = raw.trim();
  const targets: Target[] = found.map((d, i) => {
    const words = p.slice(d.end, found[i + 1]?.index ?? p.length);
    return { milestone: milestoneOf(words) ?? 'complete', due: d.due, text: found.length === 1 ? text : d.text };
  });
  const lent = found.filter((d) => d.yearFrom !== null).map(lentYearNote);
  return { ...ok({ kind: 'by', targets }), ...(lent.length > 0 ? { yearsLent: lent } : {}) };
}

/** Reads one schedule cell, the plan's year anchoring 12月底前 or 上半年. Never throws: what it cannot read is `unparsed` with a problem. */
/** `2024年1-6月`, `3至6月`: months of a span, due at the end of its last month. */
const MONTH_SPAN = /((?:\d{4})年)?(\d{1,2})月?[-—–~～至到](\d{1,2})月/g;

/** `立行立改`, `立即整改`, `即知即改`: put right at once (a rectification list's time cell). */
const IMMEDIATE = /^(立行立改|立即整改|即知即改|立查立改|边查边改|马上就改|即查即改)/;

export function parseSchedulePhrase(raw: string, year: number | null = null): PhraseResult {
  // a time cell of nothing but a year (`2024` under 建设时间 / 完成时限) is that year, as `2024年` is
  const p = foldScript(normalisePhrase(raw))
    .replace(MONTH_SPAN, (whole, y: string | undefined, from: string, to: string) => (Number(from) < Number(to) && Number(to) <= 12 ? `${y ?? ''}${to}月` : whole))
    .replace(/^((?:19|20)\d{2})$/, '$1年')
    // `四月份`, `十二月底前`: a month written in words is that month
    .replace(/(^|[^\d一二三四五六七八九十〇])([一二三四五六七八九十]{1,2})月/g, (whole, before: string, n: string) => {
      const month = chineseNumeral(n);
      return month !== null && month >= 1 && month <= 12 ? `${before}${month}月` : whole;
    });
  if (p === '') return unparsed('时间进度为空 (empty cell)');
  // `2016年6底前`: a month that lost its 月 — read as 年底 it would claim a date the cell does not print
  const lost = /(\d{4})年(\d{1,2})(底|末|中旬|上旬|下旬)/.exec(p);
  if (lost) return unparsed(`「${lost[0]}」缺「月」字（也许是 ${lost[1]}年${lost[2]}月${lost[3]}）：未按年底读，请核定 (a month printed without 月)`);
  // `年内持续推进`: work carried on through the year, not a completion date (a list marks those 年内完成)
  if (/^(年内|全年)?(每月|按月(推进|落实|调度|开展)?|逐月(推进|落实)?)$/.test(p)) return ok({ kind: 'ongoing', cadence: 'monthly' });
  // `常年坚持`, `常态工作`, `按序时进度推进`, `即日起`: carried on, no completion date (`每半年` reported on each quarter, the nearer cadence)
  if (/^(年内|全年)?(持续(实施|推进|推讲|开展)|长期(坚持|推进|实施)?|常态化?(推进|开展|工作)?|长期坚持|常年(坚持|开展|推进)?|按序时(进度)?(推进|落实)|即日起(实施|执行)?|每季度|每半年|按季度?(推进|落实|调度)?|逐季(推进|落实)?)$/.test(p)) return ok({ kind: 'ongoing', cadence: 'quarterly' });
  // `立行立改、长期坚持` in a list of 整改 (rectification): put right at once and kept so — carried on, as its second half says;
  // `立行立改` alone is at once, a time no date pins down (not guessed)
  const now = IMMEDIATE.exec(p);
  if (now) {
    const rest = p.slice(now[0].length).replace(/^[、，,;；]?(并|且|和|及)?/, '');
    const then = rest === '' ? null : parseSchedulePhrase(rest, year);
    if (then?.spec.kind === 'ongoing') return then;
    if (rest === '') return unparsed(`「${now[0]}」即刻整改，未印日期，未推定 (at once: no date printed; not guessed)`);
  }
  // `3天`, `5个工作日内`, `1个月内完成` in a list's time cell: within so long of the list's issue (an 整改 notice's 整改时限)
  const within = /^(\d{1,3})(个月|个工作日|日|天)内?(完成|整改到位|整改完毕|办结)?$/.exec(p);
  if (within) return ok({ kind: 'afterEvent', event: '本文件印发', window: { amount: Number(within[1]), unit: WINDOW_UNITS[within[2] as keyof typeof WINDOW_UNITS] }, milestone: 'complete' });
  // `2024年起`, `从2024年开始`: when the work begins, carried on from then, no completion date
  if (/^(从|自)?(\d{4}年)(\d{1,2}月)?(起|开始)(实施|推进|执行|持续推进)?$/.test(p)) return ok({ kind: 'ongoing', cadence: 'yearly' });
  if (/^(逐年落实|每年|逐年推进|每年度)$/.test(p)) return ok({ kind: 'ongoing', cadence: 'yearly' });
  const upstream = /^(?:按|按照|根据|依据)(国家|中央|省委省政府|省政府|省市|省|市|上级)(的)?(统一)?(要求|部署|安排|规定)(时限|时间)?(落实|推进|完成)?$/.exec(p);
  if (upstream) return ok({ kind: 'setByUpstream', authority: upstream[1] ?? '' });
  // `“十四五”期间`, `十四五末`: by the last day of that five-year plan
  const period = /^[“"「]?十([一二三四五六七八九])五[”"」]?(期间|时期|期末|末)(前)?(完成|推进|实施|落实)?$/.exec(p);
  if (period) return ok({ kind: 'by', targets: [{ milestone: 'complete', due: planPeriodEnd(chineseNumeral(period[1] ?? '') ?? 0), text: raw.trim() }] });
  if (/后[,，]?(及时|\d+(个月|个工作日|日|天)内|按要求|接要求)/.test(p)) {
    const after = parseAfterEvent(p);
    if (after) return after;
  }
  // 全年 in a time column: within the plan's year, as 年内 (in prose only before the work it dates: WHOLE_YEAR_WORK)
  const dated = parseDated(/^全年(完成|推进|落实|实施)?$/.test(p) ? `年内${p.slice(2)}` : p, raw, year);
  if (dated) return dated;
  // `国庆前`, `五一前`, `七一前`: holidays of a fixed day, so the day before it in the plan's year
  const holiday = /^(国庆|五一|七一)(劳动节|节)?前(完成|推进|落实)?$/.exec(p);
  if (holiday && year !== null) {
    // 10月1日, 5月1日, 7月1日: each the day after a month's 30th
    const month = { 国庆: 9, 五一: 4, 七一: 6 }[holiday[1] as '国庆' | '五一' | '七一'];
    return ok({ kind: 'by', targets: [{ milestone: 'complete', due: endOfDay(year, month, 30), text: raw.trim() }] });
  }
  const vague = VAGUE_TIME.exec(p);
  if (vague) return unparsed(`「${vague[0]}」无法确定具体日期，未推定 (no exact date; not guessed): ${raw.trim()}`);
  return parseAfterEvent(p) ?? unparsed(`无法识别的时间进度 (unreadable): ${raw.trim()}`);
}

/** The verbs a bare year can date in prose (`2017年开工建设`, `2018年建成`). */
const YEAR_VERB = /^(开工|动工|建成|竣工|完成|投入使用|投用|通车)/;
/** …set off by a comma, or after a word of how (`2020年编制完成`, `2021年，完成`, `2022年全面建成`), and the year opening its clause builds or reaches (`2021年构建…平台`, `2025年实现全覆盖`); never what was done (已完成). */
const YEAR_VERB_SPACED = /^(?:[，,]\s?)?(?:编制|基本|全面|全部|力争|确保|如期)?(开工|动工|建成|竣工|完成|投入使用|投用|通车|构建|建立|实现)/;

/** `全年建设…不少于100个`, `全年开展培训1.2万人次`: 全年 right before the work is this year's work, due at the plan year's end (`全年地区生产总值` counts an output, and dates nothing). */
const WHOLE_YEAR_WORK = /全年(建设|新建|建成|开展|完成|新增|改造|培训|举办|组织|实施|办理|发放|实现)/;

/**
 * `，全年洁净煤使用比例完成省、市下达的目标任务`: 全年 opening its clause, the clause completing the work set from above, is this year's
 * work, due at its end; `全年战略性新兴产业产值突破700亿元` is the year's output (an amount, as `全年地区生产总值`) and dates nothing.
 */
function wholeYearTarget(sentence: string): { text: string; verb: string } | null {
  for (const m of sentence.matchAll(/全年/g)) {
    if (!opensClause(sentence, m.index)) continue;
    const clause = sentence.slice(m.index + 2, m.index + 2 + TARGET_REACH);
    const stop = clause.search(/[。；;]/);
    if (ASSIGNED_DONE.test(stop < 0 ? clause : clause.slice(0, stop))) return { text: '全年', verb: '完成' };
  }
  return null;
}

/** 全年 dating a sentence's work, by the work right after it or the target its clause sets, with the verb that gives its milestone. */
function wholeYear(sentence: string): { text: string; verb: string } | null {
  const work = WHOLE_YEAR_WORK.exec(sentence);
  return work ? { text: work[0], verb: work[1] ?? '' } : wholeYearTarget(sentence);
}

/** The last day of the 十N五 five-year plan (十一五 2006–2010 … 十五五 2026–2030). */
const planPeriodEnd = (n: number): Instant => endOfYear(2005 + 5 * n);

/** The end of a five-year plan period: `十三五末`, `“十四五”期末`. */
const PLAN_PERIOD_END = /十([一二三四五])五[”"」]?(?:期末|末)/g;

/** The words of a target a year is set for (`…比重超过60%`, `…达到1000亿元`). */
/** `完成省、市下达的目标任务`: the work set from above, to be done. */
const ASSIGNED_DONE = /完成[省市县区上级、，,]*下达/;
const TARGET_WORDS = new RegExp(`(达到|超过|突破|提高到|提升到|增至|控制在|不低于|不少于|不超过|${ASSIGNED_DONE.source})`);
/** How far into its clause a bare year's target is looked for: the look stays bounded on any sentence. */
const TARGET_REACH = 40;

/**
 * `，2012年非公经济增加值占GDP的比重超过60%`: a bare year opening its clause, the clause naming the level to reach, is
 * that target's year (due at its end); a year inside a clause (`国务院确定的我市2010年耕地保有量`) dates nothing.
 */
function yearTarget(sentence: string, d: { index: number; end: number }): boolean {
  return opensClause(sentence, d.index) && targetClause(sentence.slice(d.end, d.end + TARGET_REACH));
}

/** Whether the text at `index` opens a clause: the sentence's start, or right after its punctuation or a space. */
/**
 * `6月16日分别到督导地区的企业参加宣讲`, `5月20日召开推进会`: a day opening its clause, the work done on it right after — the
 * day it is due. Not a day that names something (`6月16日会议精神`, `5月20日的通知`, `3月1日起施行`).
 */
const dayOfWork = (sentence: string, d: { index: number; end: number; text: string }): boolean =>
  /\d{1,2}月\d{1,2}日$/.test(d.text) && opensClause(sentence, d.index) && /^(分别|统一|集中)?(到|赴|召开|举办|举行|开展|组织|启动|进行|参加)/.test(sentence.slice(d.end));
const opensClause = (sentence: string, index: number): boolean => index === 0 || /[，,。；;：:\s\u3000]/.test(sentence[index - 1] ?? '');

/** Whether the clause a year or 全年 opens names the level to reach; `2018年，用水总量控制在…`: the year set off by a comma opens the clause after it. */
function targetClause(reach: string): boolean {
  const clause = reach.replace(/^(度)?[，,]/, '');
  const stop = clause.search(/[，,。；;]/);
  return TARGET_WORDS.test(stop < 0 ? clause : clause.slice(0, stop));
}

/**
 * `2024年计划改造完成…`, `任务目标：2024年度计划对…改造`: a bare year opening its clause, then 计划 (the year's plan for the work),
 * dates that work by the year's end; a plan reported on (`2023年计划执行情况`, `2024年计划草案`) dates nothing.
 */
function yearPlan(sentence: string, d: { index: number; end: number }): boolean {
  if (!opensClause(sentence, d.index)) return false;
  return /^度?计划(?!执行|草案|的|表|书|[》」”])/.test(sentence.slice(d.end, d.end + 6));
}

/**
 * `实施期限至2021年12月31日`, `政策实施至…`, `有效期延长至…`, `政策延长至2022年底`, `实施期限截至…`, `…起执行`, `政策2023年6月30日到期后`: how long a
 * policy runs, from when, or when it lapses, not a deadline of the work.
 */
const POLICY_PERIOD_BEFORE = /((实施|执行|有效|适用)(期限|期)?(延长|截)?|政策(期限)?延长|延续)[至到]$/;
const POLICY_LAPSES_AFTER = /^(前|之前)?(到期|期满|届满|终止|失效)/;
/** `5月1日至2022年4月30日实施…`, `…至2021年4月30日，继续延长实施…`: a span the policy is applied in, closed by 实施 / 执行. */
const POLICY_SPAN_AFTER = /^[，,]?(?:继续|延续|延长|阶段性)*(实施|执行|施行)/;
const POLICY_SPAN_START = /^至\d{0,4}年?\d{1,2}月\d{1,2}日[，,]?(?:继续|延续|延长|阶段性)*(实施|执行|施行)/;

function policyPeriod(folded: string, d: { index: number; end: number; text: string }): boolean {
  // the phrase found may open with its own 至 (至2022年12月31日)
  const before = folded.slice(Math.max(0, d.index - 8), d.index + (/^[至到]/.test(d.text) ? 1 : 0));
  const after = folded.slice(d.end, d.end + 20);
  // the span's end (…至2022年4月30日实施) and its start (2021年5月1日至…实施)
  // …and `2021年5月1日起按…执行`: from then on, not by then
  return POLICY_PERIOD_BEFORE.test(before) || (/至$/.test(before) && POLICY_SPAN_AFTER.test(after)) || POLICY_SPAN_START.test(after) || /^起(?!草)/.test(after) || POLICY_LAPSES_AFTER.test(after);
}

/** `今明两年投资530亿元`: this year and next, so by the end of the year after the plan's. */
const THIS_AND_NEXT_YEAR = /今明(?:两|二|2)年/;

/** `7月11日至7月22日`: a date that closes a span opened by the date right before it is when that stage ends. */
const spanEnd = (found: readonly { index: number; end: number }[], d: { index: number }, folded: string): boolean =>
  /[至到—\-~～]/.test(folded[d.index - 1] ?? '') && found.some((e) => e.end === d.index - 1);

/** `2月9日下午下班前`, `2月9日晚19:00时前`: the hour of the day a deadline gives is within that day — the day is the deadline. */
const withoutHourOfDay = (text: string): string =>
  text.replace(/(\d{1,2}日)(?:上午|下午|中午|晚上|晚|早上)?(?:\d{1,2}[:：]\d{2}时?|\d{1,2}[时点](?:\d{1,2}分)?整?)?(?:下班)?(?=前)/g, '$1');

/**
 * Deadlines inside a prose paragraph: `到2022年` (Dec 31), `2020年8月底前` (month end), `6月15日前` (that day); several per paragraph.
 * A year only guessed from the document's text (`yearGuessed`) gives way to the year an earlier sentence of the item printed.
 */
export function findProseTargets(paragraph: string, year: number | null = null, yearGuessed = false): { targets: Target[]; sentences: string[]; problems: string[]; yearsLent: string[] } {
  const targets: Target[] = [];
  const sentences: string[] = [];
  const problems: string[] = [];
  const yearsLent: string[] = [];
  // in a plan that prints no year, `2020年8月底前…；12月底前…`: a later sentence's year-less date takes the year an earlier one printed
  let printedYear: number | null = null;
  for (const sentence of paragraph.split(/(?<=[。；;])/)) {
    // dates are found in the sentence folded to simplified script (年內 is 年内), one character for one
    const folded = withoutHourOfDay(foldScript(sentence));
    const scan = scanDates(folded, yearGuessed ? (printedYear ?? year) : (year ?? printedYear));
    // a bare year only counts with 到/至 or 底/前 (到2022年); `2019年` in a citation does not; a year-less date needs 前/底
    // …and a bare year right before the work it dates (`2017年开工建设`) is that work's deadline, with its milestone
    // `2020年编制完成…`, `2021年，完成…`: the year opening its clause, then a comma or a word of how (编制, 全面) before the verb
    const verbAfter = (d: { index: number; end: number }): string | null => {
      const after = folded.slice(d.end, d.end + 8);
      const direct = YEAR_VERB.exec(after)?.[0];
      if (direct) return direct;
      const spaced = opensClause(folded, d.index) ? YEAR_VERB_SPACED.exec(after) : null;
      return spaced ? (spaced[1] ?? null) : null;
    };
    const deadlines = scan.found
      .filter((d) => !policyPeriod(folded, d))
      .filter((d) => (d.yearOnly ? d.marked || verbAfter(d) !== null || yearTarget(folded, d) || yearPlan(folded, d) : d.marked || /\d{4}年/.test(d.text) || dayOfWork(folded, d) || spanEnd(scan.found, d, folded)));
    for (const d of deadlines) {
      if (d.yearFrom !== null) yearsLent.push(lentYearNote(d));
      else if ((year === null || yearGuessed) && printedYear !== null && !/\d{4}年/.test(d.text)) yearsLent.push(`「${d.text}」未写年份，按同项前文所写的 ${printedYear} 年读作 ${d.due.slice(0, 10)} (the year an earlier sentence printed)`);
      const verb = d.yearOnly && !d.marked ? verbAfter(d) : null;
      targets.push({ milestone: (verb === null ? null : milestoneOf(verb)) ?? 'complete', due: d.due, text: verb ? `${d.text}${verb}` : d.text });
    }
    // `“十三五”末`: the last day of that five-year plan (十一五 2010 … 十五五 2030)
    for (const m of folded.matchAll(PLAN_PERIOD_END)) targets.push({ milestone: 'complete', due: planPeriodEnd(chineseNumeral(m[1] ?? '') ?? 0), text: m[0] });
    const whole = year === null || deadlines.length > 0 ? null : wholeYear(folded);
    if (whole && year !== null) targets.push({ milestone: milestoneOf(whole.verb) ?? 'complete', due: endOfYear(year), text: whole.text });
    const twoYears = year === null || deadlines.length > 0 ? null : THIS_AND_NEXT_YEAR.exec(folded);
    if (twoYears && year !== null) targets.push({ milestone: 'complete', due: endOfYear(year + 1), text: twoYears[0] });
    problems.push(...scan.problems.filter((p) => !p.includes('未写年份') || /[前底末]/.test(p)));
    const printed = deadlines.map((d) => /(\d{4})年/.exec(d.text)?.[1]).filter((y) => y !== undefined).at(-1);
    if (printed) printedYear = Number(printed);
    if (deadlines.length > 0 || whole || twoYears) sentences.push(sentence);
  }
  return { targets, sentences, problems, yearsLent };
}
