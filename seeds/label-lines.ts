// Label lines under an item (牵头单位：… / 任务目标：…): a label run into the next, a value wrapped onto the next line, the target's label.
import { fieldOf, isRoleLabel, labelLine, type Field } from './columns';
import type { Reporter } from './reporter';
import { markerOf } from './marks';
import { assignLabel, type RoleFields } from './roles';
import { looksLikeUnit } from './unit-list';
import { foldScript, openBrackets } from './text';

/** The words a label another one runs into ends with (`…莲塘镇任务目标：`): whole list words, never a name's tail. */
const RUN_IN_WORD = /^[\u4e00-\u9fff]{2,6}$/;
const RUN_IN_END = /(单位|部门|领导|责任人|时限|时间|目标|任务|措施|内容)$/;

/** The last unit of a value so far (after its last separator). */
const lastPiece = (value: string): string => value.split(/[、，,；;]/).at(-1)?.trim() ?? '';

/**
 * `责任单位：莲塘镇任务目标：2024年…` → [`责任单位：莲塘镇`, `任务目标：2024年…`]: a label printed right after another's value,
 * with no line break, where the value so far ends like a unit and the word before the colon is a list word; null when none.
 */
export function splitRunInLabel(text: string): [string, string] | null {
  const first = labelLine(text);
  if (!first) return null;
  const start = text.indexOf(first.value, text.search(/[：:]/) + 1);
  for (const m of first.value.matchAll(/[：:]/g)) {
    const k = m.index;
    for (let len = 2; len <= 6 && len <= k; len += 1) {
      const word = first.value.slice(k - len, k);
      const before = first.value.slice(0, k - len);
      if (RUN_IN_WORD.test(word) && RUN_IN_END.test(foldScript(word)) && fieldOf(word) !== null && looksLikeUnit(lastPiece(before))) {
        return [text.slice(0, start + k - len).trimEnd(), text.slice(start + k - len)];
      }
    }
  }
  return null;
}

/**
 * `整改时限:2021年8月13日前 操作间存在鼠粪…。`: a time label whose date is followed, after a space, by the next item's words (a
 * page copied as one run of text) → the label and the words; null for any other line.
 */
export function splitAfterDate(text: string): [string, string] | null {
  const m = /^([^：:\s]{2,8}[：:][ \t\u3000]*(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|底|末)?(?:前|之前)?)[ \t\u3000]+(?=[\u4e00-\u9fff“])/.exec(text);
  if (!m || fieldOf(m[1]?.split(/[：:]/)[0] ?? '') !== 'schedule') return null;
  return [m[1] ?? '', text.slice(m[0].length)];
}

/** At most this many labels are cut from one line (a bound: each cut reads the rest of the line again). */
const LABELS_PER_LINE = 8;

/** Every label of a line with labels run together (`牵头单位：X配合单位：Y完成时限：Z` → three lines); null when there is one. */
export function splitRunInLabels(text: string): string[] | null {
  const out: string[] = [];
  let rest = text;
  for (let cut = splitRunInLabel(rest); cut && out.length < LABELS_PER_LINE; cut = splitRunInLabel(rest)) {
    out.push(cut[0]);
    rest = cut[1];
  }
  return out.length === 0 ? null : [...out, rest];
}

/** How much of a unit label's value is looked back over for a bracket it leaves open: more than any bracket of units. */
const LOOK_BACK = 400;

const UNIT_FIELDS: ReadonlySet<Field> = new Set(['lead', 'units', 'assisting']);

/**
 * Whether `next` continues a unit label's value wrapped onto the next line (a PDF's `协办单位：区委编办、园区党工` / `委、各街道党工委`):
 * the value's last piece is no unit yet and is one with the line's first piece, or the value ends with its separator, or the
 * label has no value yet and the line names units.
 */
export function continuesUnitLabel(field: Field, value: string, next: string): boolean {
  if (!UNIT_FIELDS.has(field) || labelLine(next) !== null || markerOf(next) !== null || /^[（(〔[【一二三四五六七八九十\d]/.test(next)) return false;
  // `市卫生健康委(除标注“` / `分别牵头”外,列第一位为牵头…)`: a bracket the line leaves open goes on on the next
  // …and so does a line opening with a separator (`、省水利厅、省林业局等。`): no line of its own starts with one
  // (the value's last stretch is enough to see it, and keeps a label wrapped over many lines linear)
  if (openBrackets(value.slice(-LOOK_BACK)) > 0 || /^[、，,]/.test(next.trim())) return true;
  // a list its full stop closed, or a line opening with a label of its own (`督查的部门和地区:…`, a word no list uses), does not go on
  if (/。$/.test(value.trim()) || /^[^：:、，,；;。]{2,12}[：:]/.test(next.trim())) return false;
  // (`省税务局等。`: the 等 closing a list is no part of its last name)
  const head = (next.split(/[、，,；;。]/)[0]?.trim() ?? '').replace(/等(?:单位|部门)?$/, '');
  // `责任单位：` with nothing after it: its units are the line below
  if (value.trim() === '') return looksLikeUnit(head) || /^各/.test(head);
  if (/[、，,]$/.test(value.trim())) return looksLikeUnit(head);
  const tail = lastPiece(value);
  return tail !== '' && !looksLikeUnit(tail) && looksLikeUnit(`${tail}${head}`);
}

/** An item's label line, assigned to its roles one line late: a unit label's value may go on on the next line. */
export class HeldLabel {
  private held: { roles: RoleFields; lines: string[]; field: Field; value: string } | null = null;

  /** Keeps a unit label back a line; any other label is assigned at once. */
  take(field: Field, value: string, roles: RoleFields, lines: string[]): void {
    this.flush();
    // …and a label of any field with nothing after it (`完成时限` over `12月底前`): its value is the line below
    if (UNIT_FIELDS.has(field) || value.trim() === '') this.held = { roles, lines, field, value };
    else assignLabel(field, value, roles);
  }

  /** Appends `text` to the label held for these roles when it continues it (reported); false when it does not. */
  continueWith(roles: RoleFields, raw: string, line: number, reporter: Reporter): boolean {
    const h = this.held;
    const text = raw.trim();
    const below = h !== null && h.value.trim() === '' && !UNIT_FIELDS.has(h.field) && labelLine(text) === null && markerOf(text) === null;
    if (!h || h.roles !== roles || !(below || continuesUnitLabel(h.field, h.value, text))) return false;
    const why = h.value.trim() === '' ? `标签后没有值，本行「${text.slice(0, 20)}」是其值 (a label's value on the line below)` : `「${h.value.slice(-20)}」在行末断开，本行「${text.slice(0, 20)}」是其续行，已接上 (a label's units wrapped onto the next line)`;
    reporter.add('rowMerged', null, line, text.slice(0, 40), why);
    h.value += text;
    h.lines.push(raw);
    return true;
  }

  flush(): void {
    if (this.held) assignLabel(this.held.field, this.held.value, this.held.roles);
    this.held = null;
  }
}

/** `任务目标：2024年计划…`: a label naming the work's target or content; its words are the item's (its dates are read). */
export function targetLabel(text: string): string | null {
  // …or heading the lines under it (`年度阶段性工作目标：` over `第一季度：…`), with no words of its own
  const m = /^[\s\u3000]*([\u4e00-\u9fff]{2,10})[\s\u3000]*[：:](.*)$/.exec(text);
  if (!m || !/(目标|内容|任务)$/.test(foldScript(m[1] ?? ''))) return null;
  return fieldOf(m[1] ?? '') === 'text' ? (m[2] ?? '').trim() : null;
}

/**
 * A label after a sentence's stop or a space inside running text (`…数字化转型。 分管领导:…`, `1.新建食堂 牵头单位：…`): where
 * it starts, at a role word and its colon.
 */
const PROSE_LABEL = /(?:[。！!；;][ \t\u3000]*|[ \t\u3000]+|[，,])([^：:\s\u3000。，,、；;（(〔\[【）)〕\]】]{2,8})[ \t\u3000]*[：:]/g;
/** Where the labels' values end and the next item's text begins: a stop, spaces, then words that are no label. */
const VALUES_END = /。[ \t\u3000]+(?=\S)/g;
/** …after a unit label a comma brought in (`…工程,牵头部门:市水利局。未完成…`): its full stop, spaces or none. */
const UNITS_END = /。[ \t\u3000]*(?=\S)/g;
const UNIT_FIELD = new Set(['lead', 'units', 'assisting']);

/** The bracket depth at each position of a line (a label inside `（牵头单位：X；责任单位：Y）` is a role group's, not the line's). */
function depths(text: string): number[] {
  const out: number[] = [];
  let depth = 0;
  for (const ch of text) {
    out.push(depth);
    if ('（([【〔'.includes(ch)) depth += 1;
    else if ('）)]】〕'.includes(ch)) depth = Math.max(0, depth - 1);
    if (ch.length === 2) out.push(depth);
  }
  return out;
}

/**
 * `贯彻实施…。实施…工程。 分管领导:… 部门分工:X牵头，Y配合。 推进…。 分管领导:…`: an item's text, then its labels, then the
 * next item's text, run on in one line (a news page). Cut into pieces the item reader reads as lines: the text, its labels,
 * the next text, and so on. Null when the line opens with a label (labelsOf reads it) or holds no label after a stop.
 */
export function splitProseLabels(text: string): string[] | null {
  if (labelLine(text) !== null) return null;
  const out: string[] = [];
  let rest = text;
  while (out.length < LABELS_PER_LINE * 2) {
    const depth = depths(rest);
    // after a comma only a unit label starts the labels: `，完成时限：` may be the work's own clause
    const comma = (m: RegExpMatchArray): boolean => /^[，,]/.test(m[0]);
    const at = [...rest.matchAll(PROSE_LABEL)].find((m) => depth[m.index ?? 0] === 0 && (comma(m) ? UNIT_FIELD.has(fieldOf(m[1] ?? '') ?? '') : isRoleLabel(fieldOf(m[1] ?? ''))));
    if (at === undefined) break;
    const start = at.index + (/^[。！!；;，,]/.test(at[0]) ? 1 : 0);
    out.push(rest.slice(0, start).trim().replace(/[，,]$/, ''));
    const labels = rest.slice(start);
    const end = [...labels.matchAll(comma(at) ? UNITS_END : VALUES_END)].find((m) => labelLine(labels.slice(m.index + m[0].length)) === null);
    if (end === undefined) {
      rest = labels;
      break;
    }
    out.push(labels.slice(0, end.index + 1).trim());
    rest = labels.slice(end.index + end[0].length);
  }
  return out.length === 0 ? null : [...out, rest.trim()].filter((p) => p !== '');
}
