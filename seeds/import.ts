// importDocument: bytes or text of a task-division list → canonical Plan plus its import report.
import { createHash } from 'node:crypto';
import { isValidDate } from '../machines/deadline';
import { PlanSchema, PolicySchema, type Plan, type Task } from '../machines/plan';
import { ImportReportSchema, type ImportReport } from '../machines/report';
import { resolveConference } from './conference';
import { ImportError } from './errors';
import { issuedOnOf, issuerOf, levelOf, placeOf, planIdOf } from './metadata';
import { applyTaskOverrides, OverridesSchema, type Overrides } from './overrides';
import type { Layout, ParsedDocument } from './parsed';
import { findNumberedHeader, parseNumbered } from './parse-numbered';
import { isPdfTable, parsePdfTable } from './parse-pdf-table';
import { isProse, parseProse } from './parse-prose';
import { rebasePlan, rebaseReportLine } from './rebase';
import { Reporter } from './reporter';
import { decodeDocument, splitLines } from './text';
import { buildUnitsDirectory } from './units-directory';

export interface ImportOptions {
  /** curated fixes (seeds/overrides/<plan>.json), unknown until parsed by OverridesSchema */
  overrides?: unknown;
  /** `YYYY-MM-DD`: move the plan so it was issued that day */
  rebase?: string;
}

export interface ImportResult {
  plan: Plan;
  report: ImportReport;
}

/** Layout by what the text looks like, never by file name. */
export function detectLayout(lines: string[], file: string): Layout {
  if (isProse(lines)) return 'prose';
  if (isPdfTable(lines)) return 'pdfTable';
  if (findNumberedHeader(lines) >= 0) return 'numberedCells';
  throw new ImportError('UNKNOWN_LAYOUT', file, null, 'neither numbered cells, a PDF table nor prose with 〔责任单位：…〕');
}

function parse(layout: Layout, lines: string[], file: string, reporter: Reporter): ParsedDocument {
  switch (layout) {
    case 'prose':
      return parseProse(lines, file, reporter);
    case 'pdfTable':
      return parsePdfTable(lines, file, reporter);
    case 'numberedCells':
      return parseNumbered(lines, file, reporter);
  }
}

function readOverrides(raw: unknown, planId: string, file: string): Overrides {
  const result = OverridesSchema.safeParse(raw ?? { planId });
  if (!result.success) throw new ImportError('BAD_OVERRIDE', file, null, result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  if (result.data.planId !== planId) throw new ImportError('BAD_OVERRIDE', file, null, `overrides are for ${result.data.planId}, not ${planId}`);
  return result.data;
}

const isRealDate = (d: string): boolean => isValidDate(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10)));

export function importDocument(input: Uint8Array | string, fileName: string, options: ImportOptions = {}): ImportResult {
  const file = fileName.split(/[\\/]/).at(-1) ?? fileName;
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const text = decodeDocument(input, file);
  const lines = splitLines(text);
  const planId = planIdOf(file);
  const overrides = readOverrides(options.overrides, planId, file);
  const reporter = new Reporter();
  const layout = detectLayout(lines, file);
  const doc = parse(layout, lines, file, reporter);
  if (doc.tasks.length === 0) throw new ImportError('UNKNOWN_LAYOUT', file, null, 'no task rows found');
  try {
    applyTaskOverrides(doc, overrides, reporter);
  } catch (err) {
    throw new ImportError('BAD_OVERRIDE', file, null, err instanceof Error ? err.message : String(err));
  }
  const directory = buildUnitsDirectory(doc.tasks, overrides.units, reporter);
  const tasks: Task[] = doc.tasks.map((t, i) => ({
    planId,
    no: t.no,
    printedNo: t.printedNo,
    inferredNo: t.inferredNo,
    seq: i + 1,
    section: t.section,
    text: t.text,
    leadUnits: [...new Set(t.leads.map(directory.resolve))],
    assistingUnits: [...new Set(t.assisting.map(directory.resolve))],
    measures: t.measures,
    schedule: { raw: t.scheduleRaw, spec: t.schedule },
    source: { line: t.line, cells: t.cells },
  }));
  const level = levelOf(tasks);
  const place = placeOf(text, level);
  const conference = resolveConference(doc.conference, directory, { level, place, overrides: overrides.conference }, reporter);
  const meta = overrides.metadata;
  if (meta) reporter.add('override', null, null, '', `元数据改为 ${JSON.stringify({ ...meta, reason: undefined })}：${meta.reason}`);
  let plan: Plan = PlanSchema.parse({
    id: planId,
    title: meta?.title ?? doc.title,
    issuer: meta?.issuer ?? issuerOf(doc, place, level, reporter),
    level,
    issuedOn: meta?.issuedOn ?? issuedOnOf(doc, text, reporter),
    timeZone: 'Asia/Shanghai',
    sections: doc.sections,
    units: directory.list(),
    tasks,
    conference,
    policy: PolicySchema.parse({}),
    source: { file, sha256: createHash('sha256').update(bytes).digest('hex') },
  });
  if (options.rebase !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(options.rebase) || !isRealDate(options.rebase)) {
      throw new ImportError('BAD_REBASE', file, null, `--rebase needs a real date YYYY-MM-DD, got 「${options.rebase}」`);
    }
    reporter.lines.push(rebaseReportLine(plan, options.rebase));
    plan = PlanSchema.parse(rebasePlan(plan, options.rebase));
  }
  const report = ImportReportSchema.parse({ planId, file, layout, tasks: tasks.length, counts: reporter.counts(), lines: reporter.lines });
  return { plan, report };
}
