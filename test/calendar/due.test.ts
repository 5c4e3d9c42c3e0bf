// Due dates on the working-day calendar: durations, reminder leads and days off, with the explanations people read.
import { describe, expect, it } from 'vitest';
import { addCalendarDuration, moveToWorkingDay, subtractWorkingDays, type Duration, type NonWorkingDayRule } from '../../machines';

const window = (amount: number, unit: Duration['unit']): Duration => ({ amount, unit });
const computed = { onNonWorkingDay: 'nextWorkingDay' } as const;

describe('addCalendarDuration with working days', () => {
  it('counts 5 working days from 2025-09-30 over National Day and Mid-Autumn to the end of 2025-10-14', () => {
    // Oct 1–8 off; Thu Oct 9 = 1, Fri Oct 10 = 2, Sat Oct 11 (make-up) = 3, Mon Oct 13 = 4, Tue Oct 14 = 5.
    expect(addCalendarDuration('2025-09-30T10:00:00+08:00', window(5, 'workingDays'), computed)).toEqual({
      due: '2025-10-14T23:59:59+08:00',
      explanation: {
        en: '5 working days from 2025-09-30 → 2025-10-14: Oct 1–8 off (国庆节、中秋节), Sat Oct 11 a make-up working day',
        zh: '自2025-09-30起5个工作日 → 2025-10-14：10月1日至8日放假（国庆节、中秋节），10月11日（周六）调休上班',
      },
      fallbackYears: [],
    });
  });

  it.each([
    // Spring Festival 2024: Feb 10–17 off, Sun Feb 4 and Sun Feb 18 make-up working days.
    { start: '2024-02-08T09:00:00+08:00', n: 5, due: '2024-02-21T23:59:59+08:00' },
    { start: '2024-02-02T09:00:00+08:00', n: 1, due: '2024-02-04T23:59:59+08:00' },
    { start: '2024-02-09T09:00:00+08:00', n: 1, due: '2024-02-18T23:59:59+08:00' },
    // The start day never counts, whatever its kind.
    { start: '2025-10-01T09:00:00+08:00', n: 1, due: '2025-10-09T23:59:59+08:00' },
    { start: '2025-09-26T09:00:00+08:00', n: 1, due: '2025-09-28T23:59:59+08:00' },
    // An instant in another offset is read as Shanghai wall-clock first (20:00Z is 04:00 the next day in Shanghai).
    { start: '2025-09-29T20:00:00Z', n: 5, due: '2025-10-14T23:59:59+08:00' },
    { start: '2025-10-14T09:00:00+08:00', n: 0, due: '2025-10-14T23:59:59+08:00' },
  ])('$n working days from $start → $due', ({ start, n, due }) => {
    expect(addCalendarDuration(start, window(n, 'workingDays'), computed).due).toBe(due);
  });

  it('explains the Spring Festival 2024 break and its make-up Sunday', () => {
    expect(addCalendarDuration('2024-02-08T09:00:00+08:00', window(5, 'workingDays'), computed).explanation).toEqual({
      en: '5 working days from 2024-02-08 → 2024-02-21: Feb 10–17 off (春节), Sun Feb 18 a make-up working day',
      zh: '自2024-02-08起5个工作日 → 2024-02-21：2月10日至17日放假（春节），2月18日（周日）调休上班',
    });
  });

  it('counts weekends only across a year not yet announced, and says so', () => {
    // 2027 is not announced: Fri Jan 1 2027 counts as a working day, which the real 元旦 will not be.
    expect(addCalendarDuration('2026-12-25T10:00:00+08:00', window(10, 'workingDays'), computed)).toEqual({
      due: '2027-01-08T23:59:59+08:00',
      explanation: {
        en: '10 working days from 2026-12-25 → 2027-01-08; 2027 not yet announced: weekends only',
        zh: '自2026-12-25起10个工作日 → 2027-01-08；2027年放假安排尚未公布，仅按周末计算',
      },
      fallbackYears: [2027],
    });
  });

  it('names the year of a break in the next year', () => {
    expect(addCalendarDuration('2025-12-30T10:00:00+08:00', window(3, 'workingDays'), computed).explanation.zh).toBe(
      '自2025-12-30起3个工作日 → 2026-01-05：2026年1月1日至3日放假（元旦），2026年1月4日（周日）调休上班',
    );
  });

  it.each([window(-1, 'workingDays'), window(1.5, 'days')])('refuses the amount of %j', (duration) => {
    expect(() => addCalendarDuration('2025-09-30T10:00:00+08:00', duration, computed)).toThrow(
      expect.objectContaining({ code: 'CALENDAR_INVALID_AMOUNT' }),
    );
  });

  it('refuses an instant without an offset', () => {
    expect(() => addCalendarDuration('2025-09-30T10:00:00', window(1, 'days'), computed)).toThrow(
      expect.objectContaining({ code: 'CALENDAR_INVALID_INSTANT' }),
    );
  });
});

describe('addCalendarDuration with months and natural days', () => {
  it.each([
    { start: '2024-01-31T10:00:00+08:00', n: 1, due: '2024-02-29T10:00:00+08:00' },
    { start: '2025-01-31T10:00:00+08:00', n: 1, due: '2025-02-28T10:00:00+08:00' },
    { start: '2025-03-31T23:59:59+08:00', n: 1, due: '2025-04-30T23:59:59+08:00' },
    { start: '2025-01-31T10:00:00+08:00', n: 13, due: '2026-02-28T10:00:00+08:00' },
    { start: '2025-11-15T10:00:00+08:00', n: 2, due: '2026-01-15T10:00:00+08:00' },
  ])('$n month(s) from $start clamp to $due', ({ start, n, due }) => {
    const result = addCalendarDuration(start, window(n, 'months'), { onNonWorkingDay: 'keep' });
    expect(result.due).toBe(due);
    expect(result.fallbackYears).toEqual([]);
  });

  it.each<{ rule: NonWorkingDayRule; due: string; en: string }>([
    {
      rule: 'keep',
      due: '2025-10-01T10:00:00+08:00',
      en: '30 days from 2025-09-01 → 2025-10-01; Wed 2025-10-01 (国庆节) is a day off, kept as set',
    },
    {
      rule: 'nextWorkingDay',
      due: '2025-10-09T10:00:00+08:00',
      en: '30 days from 2025-09-01 → 2025-10-09; Wed 2025-10-01 (国庆节) is a day off, moved to the next working day 2025-10-09',
    },
  ])('30 days from 2025-09-01 land on National Day; $rule gives $due', ({ rule, due, en }) => {
    const result = addCalendarDuration('2025-09-01T10:00:00+08:00', window(30, 'days'), { onNonWorkingDay: rule });
    expect(result.due).toBe(due);
    expect(result.explanation.en).toBe(en);
  });

  it('moves a month-end landing on a weekend of an unannounced year and reports the fallback', () => {
    const result = addCalendarDuration('2027-01-31T10:00:00+08:00', window(1, 'months'), computed);
    expect(result).toMatchObject({ due: '2027-03-01T10:00:00+08:00', fallbackYears: [2027] });
  });
});

describe('moveToWorkingDay', () => {
  it.each<{ instant: string; rule: NonWorkingDayRule; due: string; moved: boolean; fallbackYears: number[] }>([
    { instant: '2025-10-01T23:59:59+08:00', rule: 'nextWorkingDay', due: '2025-10-09T23:59:59+08:00', moved: true, fallbackYears: [] },
    { instant: '2025-10-01T23:59:59+08:00', rule: 'keep', due: '2025-10-01T23:59:59+08:00', moved: false, fallbackYears: [] },
    { instant: '2025-10-11T17:00:00+08:00', rule: 'nextWorkingDay', due: '2025-10-11T17:00:00+08:00', moved: false, fallbackYears: [] },
    { instant: '2025-10-09T09:00:00+08:00', rule: 'nextWorkingDay', due: '2025-10-09T09:00:00+08:00', moved: false, fallbackYears: [] },
    { instant: '2024-02-10T12:00:00+08:00', rule: 'nextWorkingDay', due: '2024-02-18T12:00:00+08:00', moved: true, fallbackYears: [] },
    { instant: '2027-10-02T10:00:00+08:00', rule: 'nextWorkingDay', due: '2027-10-04T10:00:00+08:00', moved: true, fallbackYears: [2027] },
  ])('$rule on $instant gives $due', ({ instant, rule, ...expected }) => {
    expect(moveToWorkingDay(instant, rule)).toMatchObject(expected);
  });

  it('keeps a printed date by default, and says it is a day off', () => {
    expect(moveToWorkingDay('2025-10-01T23:59:59+08:00')).toEqual({
      due: '2025-10-01T23:59:59+08:00',
      moved: false,
      day: { date: '2025-10-01', weekday: 'Wed', fallback: false, kind: 'holiday', holiday: '国庆节' },
      explanation: {
        en: 'Wed 2025-10-01 (国庆节) is a day off, kept as set',
        zh: '2025-10-01（周三，国庆节）为非工作日，按原定日期不顺延',
      },
      fallbackYears: [],
    });
  });

  it('explains a move in Chinese first', () => {
    expect(moveToWorkingDay('2025-10-01T23:59:59+08:00', 'nextWorkingDay').explanation.zh).toBe(
      '2025-10-01（周三，国庆节）为非工作日，顺延至下一个工作日2025-10-09',
    );
  });
});

describe('subtractWorkingDays', () => {
  it.each([
    { due: '2025-10-14T23:59:59+08:00', n: 5, at: '2025-09-30T23:59:59+08:00' },
    { due: '2025-10-09T23:59:59+08:00', n: 1, at: '2025-09-30T23:59:59+08:00' },
    { due: '2024-02-19T09:00:00+08:00', n: 3, at: '2024-02-08T09:00:00+08:00' },
    { due: '2025-10-01T23:59:59+08:00', n: 1, at: '2025-09-30T23:59:59+08:00' },
    { due: '2025-10-14T23:59:59+08:00', n: 0, at: '2025-10-14T23:59:59+08:00' },
  ])('$n working days before $due is $at', ({ due, n, at }) => {
    expect(subtractWorkingDays(due, n).due).toBe(at);
  });

  it('explains a reminder lead across the National Day break', () => {
    expect(subtractWorkingDays('2025-10-14T23:59:59+08:00', 5).explanation).toEqual({
      en: '5 working days before 2025-10-14 → 2025-09-30: Oct 1–8 off (国庆节、中秋节), Sat Oct 11 a make-up working day',
      zh: '2025-10-14前5个工作日 → 2025-09-30：10月1日至8日放假（国庆节、中秋节），10月11日（周六）调休上班',
    });
  });
});
