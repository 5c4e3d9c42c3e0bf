// Plan metadata from the document itself (title, issuer, issue date, year, place, level); every default is reported, none is a constant.
import { endOfQuarter, isValidDate } from '../machines/deadline';
import type { Plan, Task } from '../machines/plan';
import { NO_YEAR } from './date-phrases';
import { ImportError } from './errors';
import type { ParsedDocument } from './parsed';
import type { Reporter } from './reporter';
import { chineseNumeral, foldScript } from './text';

type Line = { text: string; line: number };

/** Plan id from the file name: `qinzhou-2015.txt` → `qinzhou-2015`. */
export function planIdOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).at(-1) ?? fileName;
  const slug = base.replace(/\.[^.]*$/, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return slug === '' ? 'plan' : slug;
}

/** The level each opening word of a unit's name gives: 省/市/区/县, and the minorities' names for them (自治区 a province, 州 and 盟 a city, 旗 a county). */
const LEVEL_WORDS: readonly [string, Plan['level']][] = [['自治区', '省'], ['省', '省'], ['市', '市'], ['区', '区'], ['县', '县'], ['州', '市'], ['盟', '市'], ['旗', '县']];

const levelOfName = (name: string): Plan['level'] | null => LEVEL_WORDS.find(([word]) => foldScript(name).startsWith(word))?.[1] ?? null;

/** The level most lead units carry as their first word; null when none does. */
export function levelOf(tasks: Pick<Task, 'leadUnits'>[]): Plan['level'] | null {
  const counts = new Map<Plan['level'], number>();
  for (const t of tasks) {
    const level = levelOfName(t.leadUnits[0] ?? '');
    if (level) counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** The place a name opens with: `辽宁省人民政府办公厅` → 辽宁省, `钦州市促进…` → 钦州市; bounded, so linear. */
export function placeOf(...names: string[]): string {
  for (const name of names) {
    // matched in simplified script (內蒙古自治區), cut from the name as printed
    const folded = foldScript(name.trim());
    // `加快西宁市流通业发展实施意见`: a title opening with its verb names its place after it
    const verb = /^(?:加快|推进|促进|深化|加强|推动|支持|做好|进一步)+/.exec(folded)?.[0].length ?? 0;
    const m = /^(?:中共)?([\u4e00-\u9fff]{2,10}?(?:自治区|自治州|省|市|区|县|旗|盟))/.exec(folded.slice(verb));
    // `关于…`, `印发…`, `落实自治区人民政府办公厅…`: a title that opens with its verb names no place there
    if (m && !/^(关于|印发|转发|落实|贯彻|执行|区人|市人|县人|省人)/.test(m[1] ?? '')) return name.trim().slice(verb + m[0].length - (m[1]?.length ?? 0), verb + m[0].length);
  }
  return '';
}

/** The place most unit names open with (`人民银行钦州市中心支行`, `洮北区消防救援大队`) at the plan's level; '' when none does. */
export function placeFromUnits(names: readonly string[], level: Plan['level'] | null): string {
  const counts = new Map<string, number>();
  for (const name of names) {
    const m = /^(?:人民银行|中国人民银行)?((?!各|两|全)[\u4e00-\u9fff]{2,4}?)([省市区县])/.exec(name);
    if (!m || (level !== null && m[2] !== level && !(level === '区' && m[2] === '县'))) continue;
    const place = `${m[1] ?? ''}${m[2] ?? ''}`;
    if (/^[省市区县]/.test(place)) continue;
    counts.set(place, (counts.get(place) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

const TITLE_WORDS = /(方案|要点|清单|分工|分解|意见|计划|任务|实事|通知|工作|行动|报告|措施)/;

/** The plan's year, which anchors 12月底前: a year in a title line, else a document number 〔2016〕, else a printed date. */
export function planYearOf(lines: readonly Line[]): number | null {
  let numbered: number | null = null;
  // a cited document's year, the last resort: a plan is not older than what it carries out
  let citedNo: number | null = null;
  let dated: number | null = null;
  for (const { text } of lines) {
    // a copy that scatters spaces prints `20 21 年` and `〔 20 21 〕 15 号`: the digits of a number are one number
    const t = foldScript(text.trim()).replace(/(?<=\d)[ \u3000]+(?=\d)/g, '');
    const titled = t.length <= 80 && TITLE_WORDS.test(t) ? /(\d{4})[ \u3000]?(?:年|—|-)/.exec(t) : null;
    if (titled) return Number(titled[1]);
    const docNo = /[〔[［(（][ \u3000]?(\d{4})[ \u3000]?[〕\]］)）]\s{0,2}\d{1,4}\s{0,2}号/.exec(t);
    // `《…意见》（国办发〔2019〕15号）`: a number inside an open bracket cites another document; it is not this plan's
    const cited = docNo !== null && /[（(][^（）()]*$/.test(t.slice(0, docNo.index));
    if (docNo && cited) citedNo ??= Number(docNo[1]);
    else if (docNo) numbered ??= Number(docNo[1]);
    dated ??= datesIn(t)[0]?.year ?? null;
  }
  return numbered ?? dated ?? citedNo;
}

/**
 * Dates printed on their own or after 发文日期 / 成文日期 / 发布时间 / 发表时间: `2020年4月24日`, `发文日期 2022-07-14`, after a paper's name
 * (`建湖日报数字报 2020-11-05`); and a news page's
 * dotted date on its own line, day first (`13.03.2015  07:51`), its order said when both numbers could be a month.
 */
function datesIn(text: string): { year: number; month: number; day: number; ambiguous?: boolean }[] {
  const written = writtenDate(text);
  if (written) return [written];
  // …or after the name of the paper or site that printed it (`建湖日报数字报 2020-11-05`: an edition's date)
  const m =
    /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(text) ??
    /(?:成文|发文|发布|印发|发表)(?:日期|时间)[\s|:：]{0,6}(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text) ??
    /^[\u4e00-\u9fff]{2,20}(?:报|网|版)[\s\u3000]+((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})$/.exec(text.trim()) ??
    // …or a page's dateline: its date and time, then its source or author (`2020-02-10 00:00:00 来源: 施秉县人民政府门户网站`), or the
    // name of the account that posted it (`2020-12-31 23:19 活力长洲`)
    /^((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?:[\sT]*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?(?:[\s\u3000]+(?:来源|信息来源|作者|浏览|点击|字号)[\s\S]*|[\s\u3000]+[\u4e00-\u9fff]{2,12})?$/.exec(text.trim());
  if (m) return [{ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }];
  const dotted = /^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?:[\s\u3000]{1,4}\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$/.exec(text.trim());
  if (!dotted) return [];
  const [day, month] = [Number(dotted[1]), Number(dotted[2])];
  return [{ year: Number(dotted[3]), month, day, ...(day <= 12 && day !== month ? { ambiguous: true } : {}) }];
}

/** The year's digits as a signature writes them out (二〇二三, 二○一一 with a circle for the zero). */
const YEAR_DIGITS: Record<string, number> = { 〇: 0, '○': 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** `二○一一年八月三十日` on its own line: a signature's date written out in characters. */
function writtenDate(text: string): { year: number; month: number; day: number } | null {
  const m = /^([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$/.exec(text.trim());
  if (!m) return null;
  const year = [...(m[1] ?? '')].reduce((n, c) => n * 10 + (YEAR_DIGITS[c] ?? 0), 0);
  const [month, day] = [chineseNumeral(m[2] ?? ''), chineseNumeral(m[3] ?? '')];
  return month === null || day === null ? null : { year, month, day };
}

const iso = (y: number, m: number, d: number): string => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The signature: issuing body (`辽宁省人民政府办公厅`) and the last printed date; an impossible date is reported. */
/** A signature: a body's name alone on its line, not a list of units (市财政局、各市（区）人民政府). */
export const isSignatureName = (line: string): boolean => /^[^\s、，,（(]{2,30}(办公厅|办公室|人民政府|委员会)$/.test(foldScript(line.trim()));

/** A line that is a date and nothing else (`2011年5月20日`, `二○○六年四月二十八日`): a signature's date. */
export const isDateLine = (line: string): boolean => /^[\d〇○零一二三四五六七八九]{4}年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日$/.test(foldScript(line.trim()));

/**
 * `发布机构: 安徽宣城高新技术产业开发区 主题分类: …`, `| 发布机构:楚雄州人民政府办公室 |`, `发布机构 金乡县农业农村局`: the body a government
 * site's page names as its publisher, up to a space or a bar; a body's name (…政府, …办公室, …局, …管委会, 宣城市人民政府(办公室)).
 */
const PUBLISHER = /(?:^|[\s\u3000|])(?:发布机构|发文机关|发文单位|发布单位)[\s\u3000]*[:：]?[\s\u3000]*([^\s\u3000|:：、，,]{2,30})/;
const BODY_END = /(?:政府|办公厅|办公室|委员会|管委会|开发区|[局委厅办])(?:[（(][^（）()]{1,8}[）)])?$/;

export function readSignature(lines: readonly Line[], reporter: Reporter): { issuer: string | null; issuedOn: string | null } {
  let issuer: string | null = null;
  let publisher: { name: string; line: number; raw: string } | null = null;
  let issuedOn: string | null = null;
  for (const { text, line } of lines) {
    const l = text.trim();
    if (isSignatureName(l)) issuer = l;
    // the signature the text prints wins; the page's publisher label names the issuer only where there is none
    const published = PUBLISHER.exec(l);
    // …a name of its own: `县政府办公室`, `区人社局` name no place (the place the text names makes a better issuer)
    const name = foldScript(published?.[1] ?? '');
    if (published && publisher === null && BODY_END.test(name) && !/^[省市县区镇乡州盟旗]/.test(name)) publisher = { name: published[1] ?? '', line, raw: l.slice(0, 60) };
    for (const d of datesIn(foldScript(l))) {
      if (isValidDate(d.year, d.month, d.day)) issuedOn = iso(d.year, d.month, d.day);
      else reporter.add('scheduleUnparsed', null, line, l, '落款日期不存在 (invalid issue date); ignored');
      if (d.ambiguous && isValidDate(d.year, d.month, d.day)) reporter.add('metadataDefault', null, line, l, `「${l}」按「日.月.年」读作 ${iso(d.year, d.month, d.day)}（也可读作月.日.年） (day first: a guess)`);
    }
  }
  if (issuer === null && publisher !== null) reporter.add('metadataDefault', null, publisher.line, publisher.raw, `文件未印落款机关：issuer 取网页所列发布机构「${publisher.name}」 (the page's publisher)`);
  return { issuer: issuer ?? publisher?.name ?? null, issuedOn };
}

/** Issue date: as printed, else the first day of the quarter of the earliest deadline, else the plan year's first day, else — where no date needs a year — the day of the import (reported). */
export function issuedOnOf(doc: ParsedDocument, year: PlanYear | null, file: string, reporter: Reporter, today: string): string {
  if (doc.issuedOn) return doc.issuedOn;
  const earliest = doc.tasks.flatMap((t) => (t.schedule.kind === 'by' ? t.schedule.targets.map((x) => x.due) : [])).sort()[0];
  let date: string;
  let why: string;
  if (earliest) {
    const [y, m] = [Number(earliest.slice(0, 4)), Number(earliest.slice(5, 7))];
    const quarter = Math.ceil(m / 3);
    date = `${y}-${String(quarter * 3 - 2).padStart(2, '0')}-01`;
    why = `最早期限 ${earliest}（${endOfQuarter(y, quarter).slice(0, 10)} 所在季度）的季初`;
  } else if (year !== null) {
    date = `${year.year}-01-01`;
    why = year.line === null ? `文件标题、文号或日期所写年份 ${year.year} 的年初` : `文中出现最多的年份 ${year.year}（第 ${year.line} 行起）的年初`;
  } else if (reporter.lines.some((l) => l.kind === 'scheduleUnparsed' && `${l.raw} ${l.decision}`.includes(NO_YEAR))) {
    // a year-less date (12月底前) that no year anchors: the plan cannot be dated without one
    throw new ImportError('NO_ISSUE_DATE', file, null, 'the document prints no issue date and no year, and its dates need one; give one (--issued-on YYYY-MM-DD or overrides metadata.issuedOn)');
  } else {
    // nothing in it needs a year: the plan starts on the day it is imported, as a list handed out undated does
    date = today;
    why = `导入当日（文件未印日期、文号或年份，任务也没有需要年份的期限；可用 --issued-on 设定）`;
  }
  reporter.add('metadataDefault', null, null, '', `文件未印发文日期：issuedOn 取 ${date}，即${why}`);
  return date;
}

/** The year that anchors year-less dates, and where it was found: null for a title, document number or date, else the line the text first prints it on. */
export interface PlanYear {
  year: number;
  line: number | null;
}

/**
 * A list that prints no title, number or date (a table copied on its own) still names its year in its text
 * (`精心策划2019年…观花活动`, `2014—2016 年…重点工作任务`): the year printed most often, the first of those tied, and the line it first stands on; null when none is.
 */
export function textYearOf(lines: readonly Line[]): PlanYear | null {
  const seen = new Map<number, { count: number; line: number }>();
  for (const { text, line } of lines) {
    // `2016 年` as a copy spaces it; a period `2014—2016年` counts its first year, the year the plan starts
    for (const m of foldScript(text).matchAll(/(?<!\d)((?:19|20)\d{2})(?:[ \u3000]?[—–~～至到-][ \u3000]?(?:19|20)\d{2})?[ \u3000]?年/g)) {
      const year = Number(m[1]);
      const at = seen.get(year);
      seen.set(year, { count: (at?.count ?? 0) + 1, line: at?.line ?? line });
    }
  }
  const best = [...seen].sort((a, b) => b[1].count - a[1].count || a[1].line - b[1].line)[0];
  return best ? { year: best[0], line: best[1].line } : null;
}

export function issuerOf(doc: ParsedDocument, place: string, reporter: Reporter): string {
  if (doc.issuer) return doc.issuer;
  const issuer = place === '' ? '' : `${place}人民政府`;
  reporter.add('metadataDefault', null, null, '', issuer === '' ? '文件未印发文机关，也看不出地方：issuer 留空，可用 overrides metadata.issuer 设定' : `文件未印发文机关：issuer 取「${issuer}」`);
  return issuer;
}
