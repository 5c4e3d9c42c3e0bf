// Specification: the importer reads real public task-division lists (seeds/corpus/) as a person reading them does.
import { describe, expect, it } from 'vitest';
import { loadCorpus, scoreDocument, type Score } from '../../seeds/corpus';

const corpus = loadCorpus();
const scores: Score[] = corpus.map(scoreDocument);
const total = (k: 'tasks' | 'lead' | 'assisting' | 'due'): number => scores.reduce((a, s) => a + s[k], 0);

describe('the real-document corpus', () => {
  it('holds at least 15 documents from at least 8 provinces, each with its source address', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(15);
    expect(new Set(corpus.map((d) => d.reading.province)).size).toBeGreaterThanOrEqual(8);
    for (const d of corpus) expect(d.reading.source).toMatch(/^https?:\/\//);
  });

  const read = corpus.filter((d) => !d.reading.refusedAsMeasured && !d.reading.misreadAsMeasured).map((d) => d.id);
  const misread = corpus.filter((d) => d.reading.misreadAsMeasured).map((d) => d.id);
  /** the bar each document must reach: not refused, one task per task of the reading, half its leads exact */
  const reaches = (s: Score | undefined): boolean => s !== undefined && s.error === null && s.read === s.tasks && s.lead / s.tasks >= 0.5;
  const refused = corpus.flatMap((d) => (d.reading.refusedAsMeasured ? [[d.id, d.reading.refusedAsMeasured.code] as const] : []));

  it.each(refused)('still refuses %s with %s, as measured (read it, and this mark must go)', (id, code) => {
    expect(scores.find((s) => s.id === id)?.error).toMatch(new RegExp(`^${code}: `));
  });

  it.each(misread)('still misreads %s, as measured (read it right, and this mark must go)', (id) => {
    expect(reaches(scores.find((s) => s.id === id))).toBe(false);
  });

  it.each(read)('reads %s: not refused, one task per task of the reading', (id) => {
    const score = scores.find((s) => s.id === id);
    expect(score?.error).toBeNull();
    expect(score?.read).toBe(score?.tasks);
    expect(score?.repeatedNumbers).toEqual([]);
    // per document, at least half the tasks with exactly the lead units the reading names
    expect((score?.lead ?? 0) / (score?.tasks ?? 1)).toBeGreaterThanOrEqual(0.5);
  });

  it('has the exact lead set on ≥ 90 %, assisting set on ≥ 85 % and due date on ≥ 85 % of all tasks', () => {
    const tasks = total('tasks');
    expect(total('lead') / tasks).toBeGreaterThanOrEqual(0.9);
    expect(total('assisting') / tasks).toBeGreaterThanOrEqual(0.85);
    expect(total('due') / tasks).toBeGreaterThanOrEqual(0.85);
  });
});
