// The bundled calendar data: equal to a fresh generation from chinese-days, well formed, and importing nothing impure.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_FILE, FIRST_YEAR, renderCalendarData } from '../../scripts/build-calendar';
import { calendarData } from '../../machines/calendar/data';
import { CalendarDataSchema, dayKind } from '../../machines/calendar';

const calendarDir = new URL('../../machines/calendar/', import.meta.url);

describe('calendar data', () => {
  it('equals a fresh generation from the installed chinese-days package', () => {
    expect(readFileSync(DATA_FILE, 'utf8')).toBe(renderCalendarData());
  });

  it('matches its schema and names its source', () => {
    expect(() => CalendarDataSchema.parse(calendarData)).not.toThrow();
    expect(calendarData.source).toMatch(/^chinese-days@\d+\.\d+\.\d+, from the State Council announcements$/);
  });

  it('covers every year from 2015 to the latest announced one, without a hole', () => {
    const latest = Math.max(...calendarData.years);
    expect(calendarData.years[0]).toBe(FIRST_YEAR);
    expect(calendarData.years).toEqual(Array.from({ length: latest - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i));
    expect(latest).toBeGreaterThanOrEqual(2026);
    for (const year of calendarData.years) {
      const entry = calendarData.byYear[String(year)];
      expect(Object.keys(entry?.holidays ?? {}).length, `${year} holidays`).toBeGreaterThan(20);
      expect(Object.keys(entry?.makeupWorkdays ?? {}).length, `${year} make-up days`).toBeGreaterThan(0);
    }
  });

  it('keeps every make-up working day on a weekend and never on a holiday', () => {
    for (const entry of Object.values(calendarData.byYear)) {
      for (const date of Object.keys(entry.makeupWorkdays)) {
        expect(['Sat', 'Sun'], date).toContain(dayKind(date).weekday);
        expect(entry.holidays[date], date).toBeUndefined();
      }
    }
  });

  it('uses the full holiday names people write', () => {
    const names = new Set(Object.values(calendarData.byYear).flatMap((y) => Object.values(y.holidays)));
    expect([...names].sort()).toEqual(
      ['中秋节', '元旦', '劳动节', '国庆节', '抗战胜利70周年纪念日', '春节', '清明节', '端午节'].sort(),
    );
  });
});

describe('calendar determinism', () => {
  const sources = readdirSync(calendarDir).filter((f) => f.endsWith('.ts'));

  it.each(sources)('%s imports nothing but zod, its own folder and type-only domain modules', (file) => {
    const text = readFileSync(new URL(file, calendarDir), 'utf8');
    const imports = [...text.matchAll(/^\s*(?:import|export)\s+(type\s+)?[^'";]*?from\s+'([^']+)'/gm)];
    for (const [line, typeOnly, from] of imports) {
      const allowed =
        from === 'zod' || /^\.\/[\w-]+$/.test(from ?? '') || (typeOnly !== undefined && /^\.\.\/[\w-]+$/.test(from ?? ''));
      expect(allowed, line).toBe(true);
    }
    // No clock, no environment, no dynamic loading: a replayed workflow must see the same calendar.
    expect(text).not.toMatch(/Date\.now|new Date\(|process\.|require\(|import\(/);
  });
});
