// Schedule phrases (时间进度) → ScheduleSpec: the cells of the lists and the dates inside prose paragraphs.
import { endOfDay, endOfMonth, endOfQuarter, endOfYear } from '../machines/deadline';
import type { MilestoneKind, ScheduleSpec, Target } from '../machines/schedule';

export interface PhraseResult {
  spec: ScheduleSpec;
  /** set when the text could not be read (damaged, empty, impossible date): the importer reports it */
  problem: string | null;
}

const QUARTERS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** PDF cells carry spaces inside words (`按省市要求时 限落实`); spaces and the final full stop carry no meaning. */
export function normalisePhrase(raw: string): string {
  return raw.replace(/[\s\u3000]+/g, '').replace(/[。.;；]+$/, '');
}

/** 出台具体措施 (and the typo 具休措施) / 出台…文件 = measures; 启动实施 = start; 完成 / 公布 / 落实 = complete. */
export function milestoneOf(words: string): MilestoneKind | null {
  if (/出台.*(措施|文件|办法)/.test(words)) return 'measures';
  if (/启动实施/.test(words)) return 'start';
  if (/(完成|公布|落实|建成|实现)/.test(words)) return 'complete';
  return null;
}

const unparsed = (reason: string): PhraseResult => ({ spec: { kind: 'unparsed', reason }, problem: reason });
const ok = (spec: ScheduleSpec): PhraseResult => ({ spec, problem: null });

function dated(due: () => string, milestone: MilestoneKind, text: string): PhraseResult {
  try {
    return ok({ kind: 'by', targets: [{ milestone, due: due(), text }] });
  } catch (err) {
    return unparsed(`日期不存在 (invalid date): ${err instanceof Error ? err.message : String(err)}`);
  }
}

function parseDated(p: string, raw: string): PhraseResult | null {
  const text = raw.trim();
  let m = /^(\d{4})年([一二三四1-4])季度(.+)$/.exec(p);
  if (m) {
    const milestone = milestoneOf(m[3] ?? '');
    if (milestone) return dated(() => endOfQuarter(Number(m?.[1]), QUARTERS[m?.[2] ?? ''] ?? 0), milestone, text);
  }
  m = /^(\d{4})年(\d{1,2})月(\d{1,2})日前?(.+)$/.exec(p);
  if (m) {
    const milestone = milestoneOf(m[4] ?? '');
    if (milestone) return dated(() => endOfDay(Number(m?.[1]), Number(m?.[2]), Number(m?.[3])), milestone, text);
  }
  m = /^(\d{4})年(\d{1,2})月底?前?(.+)$/.exec(p);
  if (m) {
    const milestone = milestoneOf(m[3] ?? '');
    if (milestone) return dated(() => endOfMonth(Number(m?.[1]), Number(m?.[2])), milestone, text);
  }
  m = /^(\d{4})年(底前?|前)?(.+)$/.exec(p);
  // a year alone: 2015年底前… / 2015年启动实施, but not a quarter or month that did not read (2015年五季度…)
  if (m && !/季度|月/.test(m[3] ?? '')) {
    const milestone = milestoneOf(m[3] ?? '');
    if (milestone) return dated(() => endOfYear(Number(m?.[1])), milestone, text);
  }
  return null;
}

function parseAfterEvent(p: string): PhraseResult | null {
  const m = /^待?(.+?)后[,，]?(及时|(\d+)(个月|个工作日|日|天)内|按要求|接要求)(.*)$/.exec(p);
  if (!m) return null;
  const event = m[1] ?? '';
  // 1个月内 = calendar months; 5个工作日内 = working days on the State Council calendar; 10日内 = natural days
  const units = { 个月: 'months', 个工作日: 'workingDays', 日: 'days', 天: 'days' } as const;
  const window = m[3] ? { amount: Number(m[3]), unit: units[(m[4] ?? '个月') as keyof typeof units] } : null;
  const milestone = milestoneOf(`${m[2] ?? ''}${m[5] ?? ''}`) ?? 'complete';
  return ok({ kind: 'afterEvent', event, window, milestone });
}

/** Reads one schedule cell. Never throws: what it cannot read becomes `unparsed` with a problem. */
export function parseSchedulePhrase(raw: string): PhraseResult {
  const p = normalisePhrase(raw);
  if (p === '') return unparsed('时间进度为空 (empty cell)');
  if (/^持续(实施|推进|推讲)$/.test(p)) return ok({ kind: 'ongoing', cadence: 'quarterly' });
  if (/^逐年落实$/.test(p)) return ok({ kind: 'ongoing', cadence: 'yearly' });
  const upstream = /^按(省市|省|市|上级)要求时限落实$/.exec(p);
  if (upstream) return ok({ kind: 'setByUpstream', authority: upstream[1] ?? '' });
  return parseDated(p, raw) ?? parseAfterEvent(p) ?? unparsed(`无法识别的时间进度 (unreadable): ${raw.trim()}`);
}

/** Dates inside a prose paragraph: `到2022年` (Dec 31), `2020年8月底前` (month end); several per paragraph. */
export function findProseTargets(paragraph: string): { targets: Target[]; sentences: string[]; problems: string[] } {
  const targets: Target[] = [];
  const sentences: string[] = [];
  const problems: string[] = [];
  const pattern = /(到|至)?(\d{4})年(?:(\d{1,2})月(底前|底|前)?)?/g;
  for (const sentence of paragraph.split(/(?<=[。；])/)) {
    let found = false;
    for (const m of sentence.matchAll(pattern)) {
      const [text, to, year, month] = m;
      // a bare year only counts as a deadline with 到/至 (到2022年); `2019年` in a citation does not
      if (!to && !month) continue;
      try {
        const due = month ? endOfMonth(Number(year), Number(month)) : endOfYear(Number(year));
        targets.push({ milestone: 'complete', due, text });
        found = true;
      } catch (err) {
        problems.push(`${text}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    if (found) sentences.push(sentence);
  }
  return { targets, sentences, problems };
}
