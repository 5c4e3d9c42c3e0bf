// A task printed as a card (督办单, 项目卡): a small table of label and value per line (项目名称 | X, 牵头单位 | Y …), read as the label lines it is.
import type { Block } from './blocks';
import { fieldOf } from './columns';
import type { Reporter } from './reporter';

/** A row's label–value pairs (`项目名称 | X` or `项目名称 | X | 牵头单位 | Y`), or null when it is not one. */
function pairsOf(cells: readonly string[]): [string, string][] | null {
  const filled = [...cells];
  while (filled.length > 0 && (filled.at(-1) ?? '').trim() === '') filled.pop();
  if (filled.length < 2 || filled.length % 2 !== 0) return null;
  const pairs: [string, string][] = [];
  // (`牵头单位: | X`: a label printed with its colon keeps one)
  for (let k = 0; k < filled.length; k += 2) pairs.push([(filled[k] ?? '').trim().replace(/[：:]$/, ''), (filled[k + 1] ?? '').trim()]);
  // every label a column word, and not every value one too (then the row is a table's header)
  if (!pairs.every(([label]) => fieldOf(label) !== null) || pairs.every(([, value]) => fieldOf(value) !== null)) return null;
  return pairs;
}

/**
 * The blocks with each label–value row as a line of labels (`项目名称：X  牵头单位：Y`), where the document's rows of that
 * shape name the work and its units (two rows at least); else the blocks as they are. A table whose rows are records, each
 * of several columns under one header, has no such rows.
 */
/** The cells of a row with its empty ones dropped; a line of one cell closed by its bar (`潼南区 |`) is a row of that cell. */
function filledCells(b: Block | undefined): string[] {
  if (b?.kind === 'row') return b.cells.map((c) => c.trim()).filter((c) => c !== '');
  const one = b?.kind === 'text' ? /^([^|]+?)[ \t]*\|$/.exec(b.text.trim()) : null;
  return one ? [(one[1] ?? '').trim()] : [];
}

/**
 * `整改责任单位 |` over `潼南区 |`: a card whose label and value cells the copy printed a row each — a row of one label over a
 * row of one value that is none (blank lines between them aside) — joined into the label–value row it was; the value's row
 * is then no row of its own. Only where three such pairs follow one another (a card, not a header's words a line each).
 */
function stackedPairs(blocks: readonly Block[]): readonly Block[] {
  const out: Block[] = [];
  let run = 0;
  let longest = 0;
  for (let i = 0; i < blocks.length; i += 1) {
    const b = blocks[i] as Block;
    let j = i + 1;
    while (blocks[j]?.kind === 'text' && (blocks[j] as { text: string }).text.trim() === '') j += 1;
    const [label, value] = [filledCells(b), filledCells(blocks[j])];
    if (label.length === 1 && value.length === 1 && fieldOf((label[0] ?? '').replace(/[：:]$/, '')) !== null && fieldOf(value[0] ?? '') === null) {
      out.push({ kind: 'row', cells: [label[0] ?? '', value[0] ?? ''], line: b.line, origin: 'structured' });
      longest = Math.max(longest, (run += 1));
      i = j;
      continue;
    }
    // (blank lines between the pairs keep the run)
    if (!(b.kind === 'text' && b.text.trim() === '')) run = 0;
    out.push(b);
  }
  return longest >= 3 ? out : blocks;
}

export function keyValueRows(printed: readonly Block[], reporter: Reporter): readonly Block[] {
  const blocks = stackedPairs(printed);
  const pairs = blocks.map((b) => (b.kind === 'row' ? pairsOf(b.cells) : null));
  const fields = pairs.flatMap((p) => (p ?? []).map(([label]) => fieldOf(label)));
  const rows = pairs.filter((p) => p !== null).length;
  if (rows < 2 || !fields.includes('text') || !fields.some((f) => f === 'lead' || f === 'units' || f === 'assisting')) return printed;
  // a table of several columns under a header of its own is read as that table
  if (blocks.some((b, i) => b.kind === 'row' && pairs[i] === null && b.cells.filter((c) => c.trim() !== '').length >= 3)) return printed;
  const first = blocks.find((b, i) => b.kind === 'row' && pairs[i] !== null);
  reporter.add('cellsAligned', null, first?.line ?? null, '', `表格每行为「标签 | 内容」（共 ${rows} 行，如督办单、项目卡）：按标签行读取 (a card of label and value rows, read as label lines)`);
  return blocks.map((b, i): Block => {
    const p = pairs[i];
    return b.kind === 'row' && p ? { kind: 'text', text: p.map(([label, value]) => `${label}：${value}`).join('  '), line: b.line, indented: false } : b;
  });
}
