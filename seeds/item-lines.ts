// The lines of a document of items as the item reader takes them: cut where several items or labels share a line, and where a piece without a number starts an item.
import type { Block } from './blocks';
import { bracketLabels, fieldOf, isRoleLabel, labelLine, labelsOf, type Field } from './columns';
import { isRoleLine } from './inline-roles';
import { bracketGroups, readRoleGroup } from './roles';
import { splitAfterDate, splitProseLabels, splitRunInLabels } from './label-lines';
import type { Reporter } from './reporter';
import { splitAfterRoles } from './role-cuts';
import { splitRunIn } from './run-in';
import { stripTrailing } from './text';

/** The lines of the blocks, a line that holds several numbered items cut into them (and reported). */
export function pieces(blocks: readonly Block[], reporter: Reporter): { raw: string; line: number }[] {
  return blocks.flatMap((b) => {
    const raw = b.kind === 'text' ? bracketLabels(b.text) : b.cells.join('\t');
    const runIn = b.kind === 'text' ? splitRunIn(raw) : null;
    if (runIn) reporter.add('rowMerged', null, b.line, raw.slice(0, 80), `一行中有 ${runIn.marks.length} 处编号（${runIn.marks.slice(0, 6).join(' ')}…）：在编号处拆成 ${runIn.pieces.length} 段，逐段读取 (one line held several items)`);
    return (runIn?.pieces ?? [raw]).flatMap((whole) => {
      const prose = b.kind === 'text' ? splitProseLabels(whole) : null;
      if (prose) reporter.add('rowMerged', null, b.line, whole.slice(0, 80), `一行中任务文字与其标签相连（…。分管领导：… 部门分工：…）：在标签处拆成 ${prose.length} 段，逐段读取 (an item's text and its labels on one line)`);
      return prose ?? [whole];
    }).flatMap((whole) => {
      const labels = b.kind === 'text' ? splitRunInLabels(whole) : null;
      if (labels) reporter.add('rowMerged', null, b.line, whole.slice(0, 80), `一行中有 ${labels.length} 个标签相连、未换行（${labels.map((l) => l.trim().split(/[：:]/)[0] ?? '').join('、')}）：逐个拆开读取 (labels run together on one line)`);
      return labels ?? [whole];
    }).flatMap((whole) => {
      const dated = b.kind === 'text' ? splitAfterDate(whole) : null;
      if (dated) reporter.add('rowMerged', null, b.line, whole.slice(0, 80), `一行中时限标签的日期之后接着下一项的文字：在日期后拆开 (the next item's words after a time label's date)`);
      // (the words after the date may hold their own labels in turn: `…不到位。 整改责任单位:X`)
      return dated ? [dated[0], ...(splitProseLabels(dated[1]) ?? [dated[1]])] : [whole];
    }).flatMap((piece) => {
      const cut = b.kind === 'text' ? splitAfterRoles(piece) : null;
      if (!cut) return [{ raw: piece, line: b.line }];
      reporter.add('rowMerged', null, b.line, piece.slice(0, 80), `一行中有 ${cut.length - 1} 处在句末的责任单位括号后还有下文：在括号后拆成 ${cut.length} 段，逐段读取 (items run together, each closed by its roles)`);
      return cut.map((p) => ({ raw: p, line: b.line }));
    });
  });
}

/**
 * The labels of an item's line: `牵头单位：X  配合单位：Y`, or a label's word alone on its line (`责任单位`, `完成时限`, printed
 * without its colon), its value the line below; null when the line is no label line.
 */
export function itemLabels(text: string): { field: Field; label: string; value: string }[] | null {
  const labels = labelsOf(text);
  if (labels) return labels;
  const alone = text.length <= 8 ? fieldOf(text) : null;
  return alone !== null && isRoleLabel(alone) ? [{ field: alone, label: text, value: '' }] : null;
}

/**
 * Whether an unnumbered paragraph is an item because its role labels, or a line of its roles, follow it (`加快…。` then
 * `牵头单位：…` or `由X负责落实。`): no item is
 * open, or the one open has had its labels; the paragraph is a sentence, no label, heading or bracket.
 */
export function beforeLabels(text: string, line: number, current: { labels: boolean } | null, next: readonly { raw: string; line: number }[]): boolean {
  if (current && !current.labels) return false;
  // `项目名称：完成…` over `牵头单位：…`: a label of the work opens the item as its words would (a card per task, 督办单)
  const named = /^([\u4e00-\u9fff]{2,8})[：:][ \t\u3000]*\S/.exec(text);
  const work = named !== null && fieldOf(named[1] ?? '') === 'text';
  if (/^[（(〔[【]/.test(text) || labelLine(text)) return false;
  const following = next.find((p) => p.raw.trim() !== '');
  // a heading without a stop is an item's title only where its labels run on in the same line (`粮食产量1268万吨以上 部门分工:…`)
  if (!following || (!work && !/[。；;！!]$/.test(text) && following.line !== line)) return false;
  if (isRoleLine(following.raw) || isRoleBracketLine(following.raw)) return /[。；;！!]$/.test(text);
  return itemLabels(following.raw.trim())?.some((l) => l.field === 'lead' || l.field === 'units' || l.field === 'assisting' || l.field === 'roles' || l.field === 'people') === true;
}

/** A bullet opening a line (● ■ ◆ ▲ ★ ◎ • ▪ ►): no number, no words. */
export const BULLET = /^[●■◆▲★☆◎○•▪◇□►▶][ \t\u3000]*/;

/** `(主体责任:各营业网点,监督责任:市工商局)` on its own line: one role group, the whole line. */
function isRoleBracketLine(raw: string): boolean {
  const line = stripTrailing(raw.trim(), '。；; \t\u3000');
  const groups = bracketGroups(line);
  return groups.length === 1 && groups[0]?.start === 0 && groups[0].end === line.length && readRoleGroup(groups[0].inner) !== null;
}

/** `其中明确指出：贯彻实施…`: the words introducing the items are no part of the first (nor is `()`, a number the copy lost). */
export const afterLeadIn = (raw: string): string => {
  // (…nor a bullet a web page prints before each item: ● ■ ◆ ▲ ★ •)
  const text = raw.replace(/^[（(][）)][ \t\u3000]*/, '').replace(BULLET, '');
  // `具体任务：全面落实…`: the work's own label opening it is no part of it either
  const label = /^([\u4e00-\u9fff]{2,8})[：:]/.exec(text);
  if (label && fieldOf(label[1] ?? '') === 'text') return text.slice(label[0].length).trim();
  return text.replace(/^.*(?:如下|指出|提出|明确|要求|强调|包括)[ \t\u3000]*[：:][ \t\u3000]*/, '');
};
