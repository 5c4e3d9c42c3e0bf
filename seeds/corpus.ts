// The real-document corpus (seeds/corpus/): each page as stored, its hand-written reading, and how the importer scores on it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Plan } from '../machines/plan';
import { SEEDS_DIR } from './catalog';
import { ImportError } from './errors';
import { importDocument, type ImportOptions } from './import';
import { withoutPinyin } from './unit-list';

export const CORPUS_DIR = join(SEEDS_DIR, 'corpus');

/** A reading written by a person from the document: what each task's roles and deadline are. */
export const ReadingSchema = z.object({
  source: z.url(),
  province: z.string().min(2),
  title: z.string().min(1),
  /** only for a copy that prints no issue date or year: what a user would pass as --issued-on */
  issuedOn: z.iso.date().optional(),
  issuedOnNote: z.string().optional(),
  /** set on documents collected after the rules were written, to measure the importer on lists it was not built from */
  heldOut: z.string().optional(),
  /** a document the importer refuses, as measured and left so: the code it is refused with, and why it is left */
  refusedAsMeasured: z.object({ code: z.string().min(1), why: z.string().min(1) }).optional(),
  /** a document read, but short of the corpus test's bar for one document (its task count, half its leads), as measured and left so */
  misreadAsMeasured: z.object({ why: z.string().min(1) }).optional(),
  tasks: z
    .array(
      z.object({
        printed: z.string(),
        leads: z.array(z.string().min(1)).min(1),
        assisting: z.array(z.string().min(1)),
        /** YYYY-MM-DD of the last deadline, null when the document gives none */
        due: z.iso.date().nullable(),
        kind: z.enum(['none', 'by', 'ongoing', 'afterEvent', 'setByUpstream', 'unparsed']),
        note: z.string().optional(),
      }),
    )
    .min(1),
});
export type Reading = z.infer<typeof ReadingSchema>;

export interface CorpusDocument {
  id: string;
  text: string;
  reading: Reading;
}

export function loadCorpus(dir: string = CORPUS_DIR): CorpusDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.reading.json'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.reading\.json$/, '');
      const reading = ReadingSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      return { id, text: readFileSync(join(dir, `${id}.txt`), 'utf8'), reading };
    });
}

export interface Score {
  id: string;
  province: string;
  tasks: number;
  read: number;
  lead: number;
  assisting: number;
  due: number;
  /** tasks whose kind the reading names (not `none`), and how many the importer got */
  kinds: number;
  kind: number;
  error: string | null;
  /** task numbers the plan gave more than one task (each task's workflow is named by its number): none, or it is a defect */
  repeatedNumbers: string[];
}

/** A unit's name as compared: the style of its brackets is typography (各县〔市、区〕政府 is 各县(市、区)政府, 各县（市、区）政府 and 各县〈市、区〉政府),
 * and the pinyin a page prints after characters (縣發(fā)展改革委), which a reading keeps as printed, is no part of it. */
const comparedName = (name: string): string => withoutPinyin(name).text.replace(/[（〔【〈]/g, '(').replace(/[）〕】〉]/g, ')');
const sameSet = (a: readonly string[], b: readonly string[]): boolean => {
  const [x, y] = [a.map(comparedName), b.map(comparedName)];
  return x.length === y.length && new Set(x).size === new Set([...x, ...y]).size;
};

/** The last deadline of a task, as a day, or null. */
export function dueDay(task: Plan['tasks'][number]): string | null {
  const spec = task.schedule.spec;
  return spec.kind === 'by' ? (spec.targets.map((t) => t.due.slice(0, 10)).sort().at(-1) ?? null) : null;
}

/** The options a corpus document is imported with: the issue date its reading gives, when the page prints none. */
export const corpusOptions = (doc: CorpusDocument): ImportOptions => (doc.reading.issuedOn ? { issuedOn: doc.reading.issuedOn } : {});

/** Scores the importer on one document, task by task in document order; a refused document scores zero. */
export function scoreDocument(doc: CorpusDocument): Score {
  try {
    return scorePlan(doc, { plan: importDocument(doc.text, `${doc.id}.txt`, corpusOptions(doc)).plan });
  } catch (error) {
    return scorePlan(doc, { error });
  }
}

/** Scores what an import of the document gave (its plan, or the error it was refused with) against its reading. */
export function scorePlan(doc: CorpusDocument, outcome: { plan: Plan } | { error: unknown }): Score {
  const score: Score = { id: doc.id, province: doc.reading.province, tasks: doc.reading.tasks.length, read: 0, lead: 0, assisting: 0, due: 0, kinds: 0, kind: 0, error: null, repeatedNumbers: [] };
  score.kinds = doc.reading.tasks.filter((t) => t.kind !== 'none').length;
  if ('error' in outcome) {
    const err = outcome.error;
    score.error = err instanceof ImportError ? `${err.code}: ${err.message}` : String(err);
    return score;
  }
  const { plan } = outcome;
  score.read = plan.tasks.length;
  score.repeatedNumbers = plan.tasks.map((t) => t.no).filter((no, i, all) => all.indexOf(no) !== i);
  doc.reading.tasks.forEach((want, i) => {
    const got = plan.tasks[i];
    if (!got) return;
    if (sameSet(got.leadUnits, want.leads)) score.lead += 1;
    if (sameSet(got.assistingUnits, want.assisting)) score.assisting += 1;
    if (dueDay(got) === want.due) score.due += 1;
    if (want.kind !== 'none' && got.schedule.spec.kind === want.kind) score.kind += 1;
  });
  return score;
}

/** The README table: one row per document and the totals. */
export function scoreTable(scores: readonly Score[]): string {
  const pct = (n: number, d: number): string => (d === 0 ? '—' : `${Math.round((100 * n) / d)} %`);
  const rows = scores.map((s) => `| ${s.id} | ${s.province} | ${s.tasks} | ${s.read} | ${s.lead}/${s.tasks} | ${s.assisting}/${s.tasks} | ${s.due}/${s.tasks} | ${s.kinds === 0 ? '—' : `${s.kind}/${s.kinds}`} | ${s.error ?? ''} |`);
  const sum = (k: 'tasks' | 'read' | 'lead' | 'assisting' | 'due' | 'kind' | 'kinds'): number => scores.reduce((a, s) => a + s[k], 0);
  const t = sum('tasks');
  return [
    '| document | province | tasks | read | exact leads | exact assisting | exact due | kind | refused |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
    `| **all ${scores.length}** | ${new Set(scores.map((s) => s.province)).size} provinces | ${t} | ${sum('read')} | ${pct(sum('lead'), t)} | ${pct(sum('assisting'), t)} | ${pct(sum('due'), t)} | ${pct(sum('kind'), sum('kinds'))} | ${scores.filter((s) => s.error).length} |`,
  ].join('\n');
}
