// A notice that names each problem's units only inside its own sentences (`该项整治由市住建局负责`, `华声小区的责任单位是市人社局`):
// each such paragraph an item, its units the label line they stand for, so the item reader reads it as it reads any other.
import type { Block } from './blocks';
import type { Reporter } from './reporter';
import { openingRoles } from './opening-roles';
import { bareUnitList, type RoleFields } from './roles';
import { foldScript, stripTrailing } from './text';

/** A clause giving the problem to units: `(该项整治)(应)由X负责(整治)`, `由X负责的“三无小区”…`, `(其/X的)责任单位(是|为)X`, `要求责任单位X立即整改`. */
const GIVEN_TO = [
  /^(?:该项(?:整治|工作|问题)?|该问题|此项|此问题|上述问题)?(?:应|均|须|需)?由(.{2,40}?)(?:负责|牵头)(?:整治|整改|落实|处理|解决|清理)?(?:的.*)?$/d,
  /责任单位(?:是|为|系)(.{2,40})$/d,
  // `市创文办要求责任单位市公安局、川汇区城管局立即整改`: the units told to put it right, then what they are to do
  /要求(?:责任单位)(.{2,60}?)(?:立行立改|立即|马上|尽快|抓紧|限期|(?:在|于)\d|\d{1,2}(?:日|天|个工作日)内|(?:进行|完成|落实)整改)/d,
];

/** The clauses of a paragraph, at its stops and commas (a copy may print them with spaces round them, or its stop as `.`). */
const clausesOf = (text: string): string[] => text.split(/[，,。；;]|(?<!\d)\.(?!\d)/).map((c) => c.trim()).filter((c) => c !== '');

/** The units one clause of the paragraph gives its problem to, and that clause; null when no clause does, or two give different ones. */
export function unitsInProse(text: string): { units: string; clause: string } | null {
  const found: { units: string; clause: string }[] = [];
  for (const clause of clausesOf(text)) {
    for (const pattern of GIVEN_TO) {
      const m = pattern.exec(foldScript(clause));
      // (the match is on the folded script, of the same length: the units are sliced from the clause as printed)
      const at = m?.indices?.[1];
      const units = at ? clause.slice(at[0], at[1]).trim() : '';
      if (units !== '' && bareUnitList(units)) {
        found.push({ units, clause });
        break;
      }
    }
  }
  const first = found[0];
  return first && found.every((f) => f.units === first.units) ? first : null;
}

/**
 * `…曲道凯要求,由县发展和改革局牵头,县委党校配合,在9月底前完成…;由丹凤街道牵头,…`: a meeting's decisions in one paragraph, each
 * clause of it between semicolons giving work to units in an opening of roles (由X牵头，Y配合，…). Each such clause, its
 * roles and its words; the clauses naming none are left out.
 */
export function decisionsIn(text: string): { piece: string; roles: RoleFields; words: string }[] {
  const out: { piece: string; roles: RoleFields; words: string }[] = [];
  for (const raw of text.split(/[；;]/)) {
    const piece = raw.trim();
    // the roles open the clause, or follow the words that introduce it (`会议要求,由…`)
    const at = /(?:^|[，,：:])由/.exec(piece);
    if (!at) continue;
    const start = at.index + at[0].length - 1;
    const found = openingRoles(piece.slice(start));
    const names = found ? [found.roles.lead, found.roles.units, found.roles.assisting].filter((n): n is string => n !== null) : [];
    if (!found || names.length === 0 || !names.every(bareUnitList)) continue;
    out.push({ piece, roles: found.roles, words: found.text });
  }
  return out;
}

/** The label lines a clause's roles stand for. */
const labelsOf = (r: RoleFields): string[] => [r.lead ? `牵头单位：${r.lead}` : '', r.units ? `责任单位：${r.units}` : '', r.assisting ? `配合单位：${r.assisting}` : ''].filter((l) => l !== '');

/** At least this many paragraphs (or decisions) must name their units so, or the document is no such notice. */
const AT_LEAST = 2;

/**
 * The blocks with each paragraph that names its units in a clause of its own followed by the label line it stands for
 * (`责任单位：X`), reported; null when fewer than two paragraphs do (a document of another kind).
 */
export function proseRoleItems(blocks: readonly Block[], reporter: Reporter): Block[] | null {
  const out: Block[] = [];
  let items = 0;
  const notes: { line: number; clause: string; units: string }[] = [];
  for (const b of blocks) {
    const decisions = b.kind === 'text' && !b.text.includes('\t') ? decisionsIn(b.text) : [];
    if (decisions.length > 0) {
      for (const d of decisions) {
        items += 1;
        notes.push({ line: b.line, clause: d.piece.slice(0, 40), units: labelsOf(d.roles).join('；') });
        out.push({ kind: 'text', text: `${stripTrailing(d.words, ' 。.，,\t\u3000')}。`, line: b.line, indented: false }, ...labelsOf(d.roles).map((text): Block => ({ kind: 'text', text, line: b.line, indented: false })));
      }
      continue;
    }
    const found = b.kind === 'text' && !b.text.includes('\t') ? unitsInProse(b.text) : null;
    if (!found || b.kind !== 'text') {
      out.push(b);
      continue;
    }
    items += 1;
    notes.push({ line: b.line, ...found });
    out.push({ ...b, text: `${stripTrailing(b.text.trim(), ' 。.；;，,\t\u3000')}。` }, { kind: 'text', text: `责任单位：${found.units}`, line: b.line, indented: false });
  }
  if (items < AT_LEAST) return null;
  for (const n of notes) reporter.add('leadInferred', null, n.line, n.clause, `本段未列单位标签，句中「${n.clause}」写明其责任单位 ${n.units}：读作本项的责任单位 (units named in the notice's own sentence)`);
  return out;
}
