// Milestones of a task: built from its ScheduleSpec, met by events, moved by extensions, renewed for ongoing reports.
import { moveToWorkingDay, type NonWorkingDayRule } from '../calendar';
import { keepNewest, LIMITS } from '../limits';
import type { ScheduleSpec } from '../schedule';
import type { Extension, Milestone, TaskContext, TaskMilestoneKind } from './context';
import { firstPeriodEnd, isBefore, nextPeriodEnd, sameInstant, type Cadence } from './periods';

const blank = (id: string, kind: TaskMilestoneKind, due: string | null): Milestone => ({
  id,
  kind,
  due,
  metAt: null,
  late: false,
  extensions: [],
});

/** `by` targets carry dates; `ongoing` opens the first report period; the rest wait for a date */
export function milestonesFromSchedule(spec: ScheduleSpec, issuedOn: string, printedRule: NonWorkingDayRule = 'keep'): Milestone[] {
  switch (spec.kind) {
    case 'by': {
      const seen = new Map<string, number>();
      return spec.targets.map((t) => {
        const n = (seen.get(t.milestone) ?? 0) + 1;
        seen.set(t.milestone, n);
        // a printed date stands unless the plan moves dates that fall on a day off
        const due = printedRule === 'keep' ? t.due : moveToWorkingDay(t.due, printedRule).due;
        return blank(n === 1 ? t.milestone : `${t.milestone}-${n}`, t.milestone, due);
      });
    }
    case 'ongoing':
      return [blank('report-1', 'report', firstPeriodEnd(issuedOn, spec.cadence))];
    case 'afterEvent':
      return [blank(spec.milestone, spec.milestone, null)];
    case 'setByUpstream':
    case 'unparsed':
      return [blank('complete', 'complete', null)];
  }
}

export const cadenceOf = (ctx: TaskContext): Cadence | null =>
  ctx.task.schedule.spec.kind === 'ongoing' ? ctx.task.schedule.spec.cadence : null;

export const findMilestone = (ctx: TaskContext, id: string): Milestone | undefined =>
  ctx.milestones.find((m) => m.id === id);

export const isOpen = (m: Milestone): boolean => m.metAt === null;

/** the nearest open milestone that has a due date: the one the workflow arms its timers for */
export function nearestOpen(milestones: readonly Milestone[]): Milestone | null {
  let best: Milestone | null = null;
  for (const m of milestones) {
    if (!isOpen(m) || m.due === null) continue;
    if (best === null || (best.due !== null && isBefore(m.due, best.due))) best = m;
  }
  return best;
}

/** start of a report period: the previous period's end (the first period starts at the plan) */
function periodStart(milestones: readonly Milestone[], index: number): string | null {
  for (let i = index - 1; i >= 0; i--) {
    const m = milestones[i];
    if (m?.kind === 'report') return m.due;
  }
  return null;
}

/** ids of the open milestones an event meets at `at` */
export function milestonesMetBy(ctx: TaskContext, type: string, at: string, byLead: boolean): string[] {
  const kind: TaskMilestoneKind | null =
    type === 'ISSUE_MEASURES' ? 'measures' : type === 'START' ? 'start' : type === 'VERIFY' ? 'complete' : null;
  if (kind !== null) return ctx.milestones.filter((m) => isOpen(m) && m.kind === kind).map((m) => m.id);
  if (type !== 'REPORT_PROGRESS' || !byLead) return [];
  // a lead report meets every open period that has begun (a late report also settles missed ones)
  return ctx.milestones
    .filter((m, i) => {
      if (!isOpen(m) || m.kind !== 'report') return false;
      const start = periodStart(ctx.milestones, i);
      return start === null || isBefore(start, at);
    })
    .map((m) => m.id);
}

const reportNo = (m: Milestone): number => Number(m.id.slice('report-'.length));

/**
 * keeps one future report period open for ongoing tasks, and only the newest LIMITS.keptMetReports met
 * periods (a ten-year quarterly task would otherwise carry forty)
 */
export function ensureReportAhead(milestones: Milestone[], cadence: Cadence | null): Milestone[] {
  if (cadence === null) return milestones;
  const reports = milestones.filter((m) => m.kind === 'report');
  const last = reports[reports.length - 1];
  const ahead =
    reports.some((m) => isOpen(m) && !m.late) || last?.due == null
      ? milestones
      : [...milestones, blank(`report-${reportNo(last) + 1}`, 'report', nextPeriodEnd(last.due, cadence))];
  const met = ahead.filter((m) => m.kind === 'report' && !isOpen(m));
  if (met.length <= LIMITS.keptMetReports) return ahead;
  const dropped = new Set(met.slice(0, met.length - LIMITS.keptMetReports).map((m) => m.id));
  return ahead.filter((m) => !dropped.has(m.id));
}

export function meet(ctx: TaskContext, ids: readonly string[], at: string): Milestone[] {
  const met = ctx.milestones.map((m) =>
    ids.includes(m.id) ? { ...m, metAt: at, late: m.late || (m.due !== null && isBefore(m.due, at)) } : m,
  );
  return ensureReportAhead(met, cadenceOf(ctx));
}

export function markLate(ctx: TaskContext, id: string): Milestone[] {
  const marked = ctx.milestones.map((m) => (m.id === id ? { ...m, late: true } : m));
  return ensureReportAhead(marked, cadenceOf(ctx));
}

/** moves (or first sets) a milestone's due date, creating a missing measures/start/complete one */
export function moveDue(ctx: TaskContext, id: string, move: Omit<Extension, 'from'>): Milestone[] {
  const existing = findMilestone(ctx, id);
  if (existing === undefined) {
    const kind = id as TaskMilestoneKind;
    return [...ctx.milestones, { ...blank(id, kind, move.to), extensions: [{ ...move, from: null }] }];
  }
  return ctx.milestones.map((m) =>
    m.id === id
      ? {
          ...m,
          due: move.to,
          // a later due date lifts the late mark; an earlier one the timers will judge again
          late: m.late && !(m.due !== null && isBefore(m.due, move.to)),
          extensions: keepNewest([...m.extensions, { ...move, from: m.due }], LIMITS.keptExtensions),
        }
      : m,
  );
}

/** the watched milestone was met or its due moved: supervision goes back on track */
export function watchSettled(ctx: TaskContext): boolean {
  if (ctx.watch === null) return false;
  const m = findMilestone(ctx, ctx.watch.milestone);
  return m === undefined || !isOpen(m) || m.due === null || !sameInstant(m.due, ctx.watch.due);
}

export const CREATABLE_MILESTONES: readonly string[] = ['measures', 'start', 'complete'];
