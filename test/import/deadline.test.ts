// Specification of the pure deadline math in machines/deadline.ts.
import { describe, expect, it } from 'vitest';
import {
  addDuration,
  daysBegun,
  daysBetween,
  endOfDate,
  shanghaiDateOf,
  endOfMonth,
  endOfQuarter,
  endOfYear,
  isValidDate,
  shiftDate,
  shiftDays,
} from '../../machines/deadline';

describe('deadline math (Asia/Shanghai, 23:59:59+08:00)', () => {
  it.each([
    [2015, 1, '2015-03-31T23:59:59+08:00'],
    [2015, 2, '2015-06-30T23:59:59+08:00'],
    [2015, 3, '2015-09-30T23:59:59+08:00'],
    [2015, 4, '2015-12-31T23:59:59+08:00'],
  ])('ends quarter %i/%i on its last day', (year, quarter, expected) => {
    expect(endOfQuarter(year, quarter)).toBe(expected);
  });

  it.each([
    [2020, 2, '2020-02-29T23:59:59+08:00'],
    [2021, 2, '2021-02-28T23:59:59+08:00'],
    [2020, 8, '2020-08-31T23:59:59+08:00'],
    [2022, 12, '2022-12-31T23:59:59+08:00'],
  ])('ends month %i-%i on its last day, leap years included', (year, month, expected) => {
    expect(endOfMonth(year, month)).toBe(expected);
  });

  it('ends a year on Dec 31', () => {
    expect(endOfYear(2022)).toBe('2022-12-31T23:59:59+08:00');
  });

  it.each([
    [2015, 2, 30, false],
    [2016, 2, 29, true],
    [2015, 13, 1, false],
    [2015, 4, 31, false],
  ])('knows whether %i-%i-%i exists', (y, m, d, valid) => {
    expect(isValidDate(y, m, d)).toBe(valid);
  });

  it('refuses quarters and months that do not exist', () => {
    expect(() => endOfQuarter(2015, 5)).toThrow(RangeError);
    expect(() => endOfMonth(2015, 13)).toThrow(RangeError);
  });

  it.each([
    ['2015-12-31T23:59:59+08:00', { amount: 1, unit: 'months' as const }, '2016-01-31T23:59:59+08:00'],
    ['2016-01-31T23:59:59+08:00', { amount: 1, unit: 'months' as const }, '2016-02-29T23:59:59+08:00'],
    ['2015-12-31T23:59:59+08:00', { amount: 30, unit: 'days' as const }, '2016-01-30T23:59:59+08:00'],
    // working days end at the close of the Nth working day, on the State Council calendar
    ['2024-01-05T10:00:00+08:00', { amount: 1, unit: 'workingDays' as const }, '2024-01-08T23:59:59+08:00'],
    ['2025-09-30T09:00:00+08:00', { amount: 5, unit: 'workingDays' as const }, '2025-10-14T23:59:59+08:00'],
    ['2024-02-08T09:00:00+08:00', { amount: 2, unit: 'workingDays' as const }, '2024-02-18T23:59:59+08:00'],
    ['2015-12-31T16:00:00Z', { amount: 0, unit: 'days' as const }, '2016-01-01T00:00:00+08:00'],
  ])('adds to %s the duration %j', (instant, duration, expected) => {
    expect(addDuration(instant, duration)).toBe(expected);
  });

  it('shifts instants and dates by whole days and measures the days between', () => {
    expect(shiftDays('2022-12-31T23:59:59+08:00', 457)).toBe('2024-04-01T23:59:59+08:00');
    expect(shiftDate('2022-10-01', 457)).toBe('2024-01-01');
    expect(daysBetween('2022-10-01', '2024-01-01')).toBe(457);
    expect(daysBetween('2024-01-01', '2022-10-01')).toBe(-457);
  });

  it('counts a begun day whole for overdue and remaining days, and reads dates in Shanghai', () => {
    // due 10:00 on 06-20: at the end of that day it is one day overdue, and one day at 10:00 the day after
    expect(daysBegun('2025-06-20T10:00:00+08:00', endOfDate('2025-06-20'))).toBe(1);
    expect(daysBegun('2025-06-20T10:00:00+08:00', '2025-06-21T10:00:00+08:00')).toBe(1);
    expect(daysBegun(endOfDate('2025-06-20'), '2025-06-21T00:00:00+08:00')).toBe(1);
    expect(daysBetween('2025-06-20', '2025-06-21')).toBe(1);
    // 23:30 UTC is already the next day in Shanghai
    expect(shanghaiDateOf('2025-06-20T23:30:00Z')).toBe('2025-06-21');
    expect(shanghaiDateOf(Date.parse('2025-06-20T15:59:59Z'))).toBe('2025-06-20');
  });
});
