// Small statistics for the benchmarks: percentiles, min/median/max over runs, a text table.
export const percentile = (values: readonly number[], p: number): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
};

/** the middle value, or the mean of the two middle values */
export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export interface Spread {
  min: number;
  median: number;
  max: number;
  runs: number[];
}

export const spread = (runs: readonly number[]): Spread => ({
  min: Math.min(...runs),
  median: median(runs),
  max: Math.max(...runs),
  runs: [...runs],
});

/** One line of the results table: a measured figure against its baseline, with the goal it answers. */
export interface Figure {
  name: string;
  unit: string;
  subject: Spread;
  baseline: Spread;
  /** subject / baseline per run (not the ratio of medians) */
  ratio: Spread;
  goal: { op: '<=' | '>='; value: number; on: 'ratio' | 'subject' } | null;
  note?: string;
}

export function figure(name: string, unit: string, pairs: ReadonlyArray<[number, number]>, goal: Figure['goal'], note?: string): Figure {
  return {
    name,
    unit,
    subject: spread(pairs.map(([s]) => s)),
    baseline: spread(pairs.map(([, b]) => b)),
    ratio: spread(pairs.map(([s, b]) => s / b)),
    goal,
    ...(note === undefined ? {} : { note }),
  };
}

export function goalMet(f: Figure): boolean | null {
  if (!f.goal) return null;
  const value = f.goal.on === 'ratio' ? f.ratio.median : f.subject.median;
  return f.goal.op === '<=' ? value <= f.goal.value : value >= f.goal.value;
}

const fmt = (n: number): string => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2));
const triple = (s: Spread): string => `${fmt(s.min)} / ${fmt(s.median)} / ${fmt(s.max)}`;

export function table(figures: readonly Figure[]): string {
  const head = ['figure', 'unit', 'subject min/med/max', 'baseline min/med/max', 'ratio min/med/max', 'goal', 'met'];
  const rows = figures.map((f) => {
    const met = goalMet(f);
    return [
      f.name,
      f.unit,
      triple(f.subject),
      triple(f.baseline),
      triple(f.ratio),
      f.goal ? `${f.goal.on} ${f.goal.op} ${f.goal.value}` : '—',
      met === null ? '—' : met ? 'yes' : 'NO',
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-+-'), ...rows.map(line)].join('\n');
}
