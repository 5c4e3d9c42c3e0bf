// Public surface of the Chinese government working-day calendar (工作日历): pure, bundled data, safe in workflow code.
export { IsoDateSchema, DayInfoSchema, NonWorkingDayRuleSchema, ExplanationSchema, CalendarDataSchema, CalendarError } from './schema';
export type { IsoDate, DayInfo, DayKind, NonWorkingDayRule, Explanation, CalendarData, CalendarErrorCode, Weekday } from './schema';
export { ANNOUNCED_YEARS, CALENDAR_SOURCE, dayKind, isWorkingDay, isYearAnnounced, shiftWorkingDays } from './lookup';
export { addCalendarDuration, moveToWorkingDay, subtractWorkingDays } from './due';
export type { AddDurationOptions, CalendarResult } from './due';
