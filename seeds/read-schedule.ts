// Reads a schedule cell and reports what it could not read, so no parser forgets to.
import type { ScheduleSpec } from '../machines/schedule';
import type { Reporter } from './reporter';
import { parseSchedulePhrase } from './schedule-phrases';

export function readSchedule(raw: string, taskNo: string, line: number, reporter: Reporter, year: number | null = null): ScheduleSpec {
  const { spec, problem, yearsLent } = parseSchedulePhrase(raw, year);
  if (problem) reporter.add('scheduleUnparsed', taskNo, line, raw, `${problem}；原文保留，按「按上级要求时限落实」处理直至核定`);
  for (const note of yearsLent ?? []) reporter.add('yearCarried', taskNo, line, raw, note);
  return spec;
}
