// Input limits (named policies) and the text rules every accepted string obeys: one module, used by the
// machine's schemas (so the workflow's validator checks them) and by the gateway, client and CLI.
import { z } from 'zod';

/**
 * Every limit on what a caller may send, by name. Text lengths are in characters (UTF-16 code units),
 * so 2,000 characters of Chinese are about 6 KB of UTF-8. Together they keep every Update, its result and
 * a task's snapshot far below Temporal's 2 MB payload limit (see test/machine/bounded.test.ts).
 */
export const LIMITS = {
  /** identifiers and references: eventId, documentRef, upstream ref, unit names, milestone and item ids */
  shortText: 200,
  /** a progress summary, a contribution, a reason, a note, a 督办令 */
  text: 2_000,
  /** measures (落实措施) and evidence (验收材料) */
  longText: 4_000,
  /** units named in one decision (reassignLead) */
  unitsPerDecision: 20,
  /** members of one collective (各市、县（市、区）政府): each gets its own handoff, so a plan cannot fan a task out without bound */
  membersPerCollective: 200,
  /** an event's JSON body at the gateway, in bytes */
  eventBodyBytes: 64 * 1024,
  /** dates in events: not more than this many years before the plan was issued … */
  yearsBeforePlan: 1,
  /** … nor more than this many years after the later of the plan's issue date and the event */
  yearsAhead: 20,
  /** absolute bounds on any date an event carries (before the plan is known) */
  earliestYear: 2000,
  latestYear: 2099,
  /** what a task keeps in its snapshot (Temporal's own history keeps everything) */
  keptHistory: 100,
  keptProgress: 30,
  keptReturns: 10,
  keptOrders: 10,
  keptExtensions: 10,
  keptEventIds: 200,
  keptMetReports: 12,
  /** a history line quotes at most this many characters of the text it summarises */
  summaryQuote: 120,
  /** units one task hands work to: assisting units and the members of its collectives (a province's 14 cities, a city's counties) */
  sharesPerTask: 300,
  /** child plans one task keeps the progress of (a province's task: its 14 cities' plans, and room to spare) */
  childPlans: 50,
  /** history entries a `view` query returns at most per page */
  historyPage: 100,
} as const;

/**
 * Characters no accepted text may carry: C0/C1 controls other than tab, line feed and carriage return
 * (CRLF from Windows systems is common and harmless), and the bidi overrides and isolates that can make
 * a text read differently from what it says (Trojan Source, CVE-2021-42574).
 */
const FORBIDDEN_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
/** a surrogate half without its partner: not a character, and invalid in UTF-8 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type TextProblem = 'BLANK' | 'CONTROL_CHARACTER' | 'LONE_SURROGATE';

/** the first thing wrong with a text, with the offending position, or null */
export function textProblem(s: string): { problem: TextProblem; at: number } | null {
  const bad = FORBIDDEN_CHAR.exec(s);
  if (bad !== null) return { problem: 'CONTROL_CHARACTER', at: bad.index };
  const lone = LONE_SURROGATE.exec(s);
  if (lone !== null) return { problem: 'LONE_SURROGATE', at: lone.index };
  if (s.trim().length === 0) return { problem: 'BLANK', at: 0 };
  return null;
}

const PROBLEM_TEXT: Record<TextProblem, (at: number) => string> = {
  BLANK: () => '不能为空白 / must not be blank',
  CONTROL_CHARACTER: (at) => `第 ${at + 1} 个字符是控制符或双向覆盖符 / character ${at + 1} is a control or bidi-override character`,
  LONE_SURROGATE: (at) => `第 ${at + 1} 个字符是不成对的代理项 / character ${at + 1} is a lone surrogate (not valid Unicode)`,
};

/** the code a refusal carries for a zod issue raised by these schemas */
export type LimitCode = 'TOO_LARGE' | 'BAD_TEXT' | 'DATE_OUT_OF_RANGE';

/** a text field of at most `max` characters, refused when blank or carrying forbidden characters */
export const boundedText = (max: number) =>
  z
    .string()
    .max(max, { error: `超过 ${max} 字符上限 / longer than the limit of ${max} characters` })
    .check((ctx) => {
      const found = textProblem(ctx.value);
      if (found !== null) ctx.issues.push({ code: 'custom', input: ctx.value, message: PROBLEM_TEXT[found.problem](found.at), params: { code: 'BAD_TEXT' satisfies LimitCode } });
    });

export const ShortTextSchema = boundedText(LIMITS.shortText);
export const TextSchema = boundedText(LIMITS.text);
export const LongTextSchema = boundedText(LIMITS.longText);

/** the limit code a zod issue carries (set by the schemas above), else null */
export function limitCodeOf(issue: { code: string; origin?: unknown; params?: unknown }): LimitCode | null {
  // a number out of its range (a percent of 150) is a bad payload, not a large one
  if (issue.code === 'too_big' && (issue.origin === 'string' || issue.origin === 'array')) return 'TOO_LARGE';
  const code = (issue.params as { code?: unknown } | undefined)?.code;
  return code === 'TOO_LARGE' || code === 'BAD_TEXT' || code === 'DATE_OUT_OF_RANGE' ? code : null;
}

/** first code wins; the order of issues is the order of fields */
export const limitCodeOfIssues = (issues: readonly { code: string; origin?: unknown; params?: unknown }[]): LimitCode | null => {
  for (const i of issues) {
    const code = limitCodeOf(i);
    if (code !== null) return code;
  }
  return null;
};

/** keeps the newest `max` entries of a log */
export const keepNewest = <T>(entries: readonly T[], max: number): T[] => (entries.length <= max ? [...entries] : entries.slice(entries.length - max));

/** a quote of at most LIMITS.summaryQuote characters (the full text stays in its own field and in Temporal's history) */
export const quote = (s: string): string => (s.length <= LIMITS.summaryQuote ? s : `${s.slice(0, LIMITS.summaryQuote)}…`);
