// Which days are working days: holidays, make-up working days (调休), weekends, and years not yet announced.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ANNOUNCED_YEARS, CalendarError, dayKind, isWorkingDay, isYearAnnounced, shiftWorkingDays } from '../../machines';

describe('dayKind', () => {
  it.each([
    { date: '2025-10-01', kind: 'holiday', holiday: '国庆节', weekday: 'Wed' },
    { date: '2025-10-06', kind: 'holiday', holiday: '中秋节', weekday: 'Mon' },
    { date: '2025-10-08', kind: 'holiday', holiday: '国庆节', weekday: 'Wed' },
    { date: '2025-09-28', kind: 'makeupWorkday', holiday: '国庆节', weekday: 'Sun' },
    { date: '2025-10-11', kind: 'makeupWorkday', holiday: '国庆节', weekday: 'Sat' },
    { date: '2025-10-12', kind: 'weekend', weekday: 'Sun' },
    { date: '2025-10-09', kind: 'workday', weekday: 'Thu' },
    { date: '2024-02-04', kind: 'makeupWorkday', holiday: '春节', weekday: 'Sun' },
    { date: '2024-02-09', kind: 'workday', weekday: 'Fri' },
    { date: '2024-02-10', kind: 'holiday', holiday: '春节', weekday: 'Sat' },
    { date: '2024-02-17', kind: 'holiday', holiday: '春节', weekday: 'Sat' },
    { date: '2024-02-18', kind: 'makeupWorkday', holiday: '春节', weekday: 'Sun' },
    { date: '2015-09-03', kind: 'holiday', holiday: '抗战胜利70周年纪念日', weekday: 'Thu' },
  ])('classifies $date as $kind $holiday', ({ date, ...expected }) => {
    expect(dayKind(date)).toEqual({ date, fallback: false, ...expected });
  });

  it.each([
    { date: '2027-10-01', kind: 'workday', weekday: 'Fri' },
    { date: '2027-10-02', kind: 'weekend', weekday: 'Sat' },
    { date: '2014-10-01', kind: 'workday', weekday: 'Wed' },
  ])('falls back to weekends only for $date and says so', ({ date, ...expected }) => {
    expect(dayKind(date)).toEqual({ date, fallback: true, ...expected });
  });

  it.each(['2025-02-29', '2025-13-01', '2025-1-1', '2025-10-01T00:00:00+08:00', ''])('refuses %j', (date) => {
    expect(() => dayKind(date)).toThrow(CalendarError);
    expect(() => dayKind(date)).toThrow(expect.objectContaining({ code: 'CALENDAR_INVALID_DATE' }));
  });
});

describe('isYearAnnounced', () => {
  it.each([
    [2014, false],
    [2015, true],
    [2024, true],
    [2025, true],
    [2026, true],
    [2027, false],
  ])('%i → %s', (year, announced) => {
    expect(isYearAnnounced(year)).toBe(announced);
  });
});

describe('isWorkingDay', () => {
  // The package's per-year files are a second view of the same announcements: every day of every year must agree.
  const YearFileSchema = z.object({ holidays: z.record(z.string(), z.string()), workdays: z.record(z.string(), z.string()) });

  it.each([...ANNOUNCED_YEARS])('agrees with chinese-days on every day of %i', (year) => {
    const file = new URL(`../../node_modules/chinese-days/dist/years/${year}.json`, import.meta.url);
    const { holidays, workdays } = YearFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
      const day = new Date(t);
      const date = day.toISOString().slice(0, 10);
      const weekend = day.getUTCDay() === 0 || day.getUTCDay() === 6;
      const expected = date in workdays || (!weekend && !(date in holidays));
      expect(isWorkingDay(date), date).toBe(expected);
    }
  });
});

describe('shiftWorkingDays', () => {
  it.each([
    { from: '2025-09-30', n: 5, to: '2025-10-14' },
    { from: '2025-10-14', n: -5, to: '2025-09-30' },
    { from: '2025-10-09', n: -1, to: '2025-09-30' },
    { from: '2025-09-26', n: 1, to: '2025-09-28' },
    { from: '2024-02-08', n: 5, to: '2024-02-21' },
    { from: '2025-10-01', n: 0, to: '2025-10-01' },
  ])('moves $from by $n working days to $to', ({ from, n, to }) => {
    expect(shiftWorkingDays(from, n)).toEqual({ date: to, fallbackYears: [] });
  });

  it('lists the unannounced years it crossed', () => {
    expect(shiftWorkingDays('2026-12-31', 2)).toEqual({ date: '2027-01-04', fallbackYears: [2027] });
  });

  it('refuses a fractional count', () => {
    expect(() => shiftWorkingDays('2025-10-01', 1.5)).toThrow(expect.objectContaining({ code: 'CALENDAR_INVALID_AMOUNT' }));
  });
});
