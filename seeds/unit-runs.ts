// A table flattened one paragraph a cell whose rows its cells cannot rebuild (a goal over several sub-goals, each with its
// units, the units one a paragraph): every run of unit names closes a task, the paragraphs since the run before it its text.
import { toTask, type ReadContext } from './assemble';
import type { Block } from './blocks';
import type { findCellHeader } from './read-cell-table';
import { emptyLists, titleBefore, type ReadResult } from './items';
import { markerOf } from './marks';
import type { ParsedTask } from './parsed';
import type { Reporter } from './reporter';
import { sectionHeading } from './text';
import { looksLikeUnit } from './unit-names';

/** A paragraph that is a unit's name and nothing else (`省卫生厅`, `广东出入境检验检疫局`): no sentence, no number. */
const isUnitParagraph = (text: string): boolean => text.length <= 24 && !/[。，,；;：:！？]/.test(text) && markerOf(text) === null && looksLikeUnit(text);

interface Run {
  text: string[];
  units: string[];
  line: number;
}

/**
 * The tasks of the paragraphs under a cell header, read as runs: a paragraph of work (a goal `1.…`, a sub-goal `——…`) opens
 * or goes on a task's text, the unit names after it are its units (the first listed leading, a reported guess), and the
 * next paragraph of work after them opens the next task. A numbered goal's further tasks take its number and their place
 * (1, 1.2, 1.3). Null when the header names no units, or no goal holds two runs of units (nothing shows rows within a row).
 */
export function readUnitRuns(blocks: readonly Block[], header: NonNullable<ReturnType<typeof findCellHeader>>, ctx: ReadContext, reporter: Reporter): ReadResult | null {
  // a table with a 序号 column numbers its rows itself: the cell reader's placement, or its refusal, stands
  if (header.fields.includes('no') || !header.fields.some((f) => f === 'lead' || f === 'units' || f === 'assisting')) return null;
  const runs: { run: Run; goal: { n: number; mark: string } | null; k: number; section: string | null }[] = [];
  let goal: { n: number; mark: string } | null = null;
  let k = 0;
  let section: string | null = null;
  let current: Run | null = null;
  for (const b of blocks.slice(header.end)) {
    if (b.kind !== 'text') return null;
    const text = b.text.trim();
    if (text === '') continue;
    const heading = sectionHeading(text);
    if (heading) {
      section = heading.id;
      current = null;
      continue;
    }
    // …and inside a run of names a short paragraph of no sentence is one too, its name cut as the cell printed it (省人口计生)
    const inRun = current !== null && current.units.length > 0 && text.length <= 10 && !/[。，,；;：:—\d]/.test(text) && markerOf(text) === null;
    if (isUnitParagraph(text) || inRun) {
      if (current) current.units.push(text);
      continue;
    }
    const marker = markerOf(text);
    // the work after a run of units opens the next task; so does a goal's number
    if (!current || current.units.length > 0 || marker) {
      if (marker && marker.style !== 'none') {
        goal = { n: marker.n, mark: marker.mark.replace(/[.、．﹒。]$/, '') };
        k = 0;
      }
      k += 1;
      current = { text: [], units: [], line: b.line };
      runs.push({ run: current, goal, k, section });
    }
    current.text.push(text);
  }
  const withUnits = runs.filter((r) => r.run.units.length > 0);
  // the evidence of rows the cells cannot rebuild: a goal whose work is closed by units twice or more (its sub-goals' rows);
  // a table of single rows whose cells fit more than one way stays refused, as the cell reader refused it
  if (!withUnits.some((r) => r.goal !== null && r.k > 1)) return null;
  const tasks: ParsedTask[] = [];
  let unnumbered = 0;
  for (const { run, goal: g, k: part, section: s } of withUnits) {
    const no = g ? (part === 1 ? String(g.n) : `${g.n}.${part}`) : `0-${(unnumbered += 1)}`;
    reporter.add('rowMerged', no, run.line, run.text[0]?.slice(0, 40) ?? '', `表格各格一段一行、不能按栏对齐：其后 ${run.units.length} 段单位名（${run.units.join('、')}）之前的 ${run.text.length} 段文字为一项任务，编为 ${no} (a run of unit names closes a task)`);
    const task = toTask(
      { no, printedNo: g?.mark ?? null, inferredNo: part > 1 || !g, section: s, text: run.text.join(''), lists: { ...emptyLists(), units: [run.units.join('、')] }, people: null, schedule: null, scheduleLine: run.line, measures: null, unitCells: 'list', line: run.line, cells: [...run.text, ...run.units], notes: [], sectionLead: null },
      ctx,
      reporter,
    );
    if (task) tasks.push(task);
  }
  const title = titleBefore(blocks.slice(0, header.start).map((b) => (b.kind === 'text' ? b.text : '')));
  return tasks.length === 0 ? null : { layout: 'numberedCells', title, tasks, sections: [], conference: null, scheduleColumn: false, startLine: blocks[header.start]?.line ?? 1 };
}
