// Schemas of the working-day calendar (工作日历): its bundled data, the kinds of day, the rules for due dates.
import { z } from 'zod';

export const IsoDateSchema = z.iso.date();
/** A calendar day `YYYY-MM-DD`, read as a day in Asia/Shanghai. */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** One announced year: every day off (放假) and every make-up working day (调休上班), each with its holiday's name. */
export const CalendarYearSchema = z.object({
  holidays: z.record(IsoDateSchema, z.string().min(1)),
  makeupWorkdays: z.record(IsoDateSchema, z.string().min(1)),
});
export type CalendarYear = z.infer<typeof CalendarYearSchema>;

export const CalendarDataSchema = z.object({
  source: z.string().min(1),
  years: z.array(z.number().int()),
  byYear: z.record(z.string().regex(/^\d{4}$/), CalendarYearSchema),
});
export type CalendarData = z.infer<typeof CalendarDataSchema>;

export const WeekdaySchema = z.enum(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
export type Weekday = z.infer<typeof WeekdaySchema>;

// `fallback` says the day's year is not announced, so only weekends were known when classifying it.
const dayBase = { date: IsoDateSchema, weekday: WeekdaySchema, fallback: z.boolean() };

export const DayInfoSchema = z.discriminatedUnion('kind', [
  z.object({ ...dayBase, kind: z.literal('workday') }),
  z.object({ ...dayBase, kind: z.literal('weekend') }),
  z.object({ ...dayBase, kind: z.literal('holiday'), holiday: z.string() }),
  z.object({ ...dayBase, kind: z.literal('makeupWorkday'), holiday: z.string() }),
]);
export type DayInfo = z.infer<typeof DayInfoSchema>;
export type DayKind = DayInfo['kind'];

/** What to do with a due date that lands on a day off: printed dates are kept, computed windows move on. */
export const NonWorkingDayRuleSchema = z.enum(['keep', 'nextWorkingDay']);
export type NonWorkingDayRule = z.infer<typeof NonWorkingDayRuleSchema>;

export const ExplanationSchema = z.object({ zh: z.string(), en: z.string() });
export type Explanation = z.infer<typeof ExplanationSchema>;

export type CalendarErrorCode = 'CALENDAR_INVALID_DATE' | 'CALENDAR_INVALID_INSTANT' | 'CALENDAR_INVALID_AMOUNT';

/** A caller's mistake (a malformed date, a negative amount), with a code to branch on. */
export class CalendarError extends RangeError {
  readonly code: CalendarErrorCode;
  constructor(code: CalendarErrorCode, message: string) {
    super(message);
    this.name = 'CalendarError';
    this.code = code;
  }
}
