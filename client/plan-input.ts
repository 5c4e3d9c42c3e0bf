// A plan from what a person hands in: canonical plan JSON, or a document for the importer (with its overrides).
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PlanSchema, type ImportReport, type Plan } from '../machines';
import { formatIssues } from '../machines/zod-issues';
import { importFile, rebasePlan, type ImportProgress } from '../seeds';
import { readOverridesFile } from '../seeds/catalog';
import { planIdOf } from '../seeds/metadata';
import { DubanError } from './errors';

export interface PlanInput {
  plan: Plan;
  /** the import report, or null when canonical JSON was given */
  report: ImportReport | null;
}

export interface DocumentInput {
  document: string | Uint8Array;
  fileName: string;
  /** curated fixes; undefined = the seed overrides of that plan id, if any */
  overrides?: unknown;
}

/** What `duban import` can add to a document's reading: the issue date it does not print, and a progress listener. */
export interface ImportExtras {
  issuedOn?: string;
  /** a file of overrides to read the document with (`--overrides`), instead of `overrides/<planId>.json` beside it */
  overridesFile?: string;
  progress?: (step: ImportProgress) => void;
}

/**
 * Imports a document of any format the importer reads (by its file name: .txt, .csv, .html, .xlsx, .docx, .doc);
 * ImportError (EMPTY_DOCUMENT, UNKNOWN_LAYOUT, BAD_REBASE …) propagates with its code.
 */
export function fromDocument(input: DocumentInput, rebase?: string, extras: ImportExtras = {}): Promise<PlanInput> {
  const overrides = input.overrides ?? readOverridesFile(planIdOf(basename(input.fileName)));
  return importFile(input.document, input.fileName, {
    ...(overrides === undefined ? {} : { overrides }),
    ...(rebase === undefined ? {} : { rebase }),
    ...(extras.issuedOn === undefined ? {} : { issuedOn: extras.issuedOn }),
    ...(extras.progress === undefined ? {} : { progress: extras.progress }),
  });
}

/** Validates canonical plan JSON (BAD_PAYLOAD naming the bad fields) and rebases it if asked. */
export function fromPlanJson(raw: unknown, rebase?: string): PlanInput {
  const parsed = PlanSchema.safeParse(raw);
  if (!parsed.success) {
    throw new DubanError('BAD_PAYLOAD', `计划 JSON 无效 / not a plan: ${formatIssues(parsed.error)}`);
  }
  return { plan: rebase === undefined ? parsed.data : rebasePlan(parsed.data, rebase), report: null };
}

/** A JSON file's content; a file that is no JSON is refused with its name and the parser's words. */
function jsonFile(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (err) {
    throw new DubanError('BAD_PAYLOAD', `${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/**
 * A file on disk: `*.json` is canonical plan JSON, anything else a document; a document's overrides are
 * the file given (`--overrides`), else `overrides/<planId>.json` beside it, else the seed overrides of that plan.
 */
export async function fromFile(file: string, rebase?: string, extras: ImportExtras = {}): Promise<PlanInput> {
  if (!existsSync(file)) throw new DubanError('NOT_FOUND', `文件不存在 / no such file: ${file}`);
  if (file.endsWith('.json')) return fromPlanJson(jsonFile(file), rebase);
  const beside = join(dirname(file), 'overrides', `${planIdOf(basename(file))}.json`);
  const named = extras.overridesFile;
  if (named !== undefined && !existsSync(named)) throw new DubanError('NOT_FOUND', `文件不存在 / no such file: ${named} (--overrides)`);
  const overrides = named !== undefined ? jsonFile(named) : existsSync(beside) ? jsonFile(beside) : undefined;
  return fromDocument({ document: readFileSync(file), fileName: basename(file), ...(overrides === undefined ? {} : { overrides }) }, rebase, extras);
}
