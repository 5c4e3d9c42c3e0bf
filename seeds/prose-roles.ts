// A notice that names each problem's units only inside its own sentences (`该项整治由市住建局负责`, `华声小区的责任单位是市人社局`):
// each such paragraph an item, its units the label line they stand for, so the item reader reads it as it reads any other.
import type { Block } from './blocks';
import { checkTaskCount } from './limits';
import type { Reporter } from './reporter';
import { openingRoles } from './opening-roles';
import { bareUnitList, type RoleFields } from './roles';
import { looksLikeUnit, splitUnitList, unitKindOf } from './unit-list';
import { foldScript, stripTrailing } from './text';

/** A clause giving the problem to units: `(该项整治)(应)由X负责(整治)`, `由X负责的“三无小区”…`, `(其/X的)责任单位(是|为)X`, `要求责任单位X立即整改`. */
const GIVEN_TO = [
  /^(?:该项(?:整治|工作|问题)?|该问题|此项|此问题|上述问题)?(?:应|均|须|需)?由(.{2,40}?)(?:负责|牵头)(?:整治|整改|落实|处理|解决|清理)?(?:的.*)?$/d,
  /责任单位(?:是|为|系)(.{2,40})$/d,
  // `由县自然资源局依法依规按程序办理`: a meeting's approval handed to the unit that carries it out
  /^由(.{2,40}?)(?:依法依规|按程序|按规定|抓紧|负责)*(?:办理|组织实施|实施|落实)$/d,
  // `市创文办要求责任单位市公安局、川汇区城管局立即整改`: the units told to put it right, then what they are to do
  // `如县发改局负责的“严格落实…”`: the work quoted, its units before it
  /^(?:如|例如|其中)?(.{2,60}?)负责的[“"「‘]/d,
  /要求(?:责任单位)(.{2,60}?)(?:立行立改|立即|马上|尽快|抓紧|限期|(?:在|于)\d|\d{1,2}(?:日|天|个工作日)内|(?:进行|完成|落实)整改)/d,
];

/** A district, county or city named as a unit beside others (`黄石港区`, `下陆区`, `旗县区`): a place answers for its streets. */
const PLACE = /^[\u4e00-\u9fff]{1,6}[区县市旗镇乡]$/;

/** Whether a prose clause's words are units: each one looks like a unit or names a place, and one at least is no place. */
function namesUnits(words: string): boolean {
  if (bareUnitList(words)) return true;
  // `县卫健、交通、商务等部门`: short names the list itself calls departments (等部门) are units
  const called = /等(?:有关|相关)?(?:部门|单位)$/.exec(foldScript(words));
  if (called) return words.slice(0, called.index).split(/[、，,和及]/).every((n) => /^[\u4e00-\u9fff]{2,10}$/.test(n.trim()));
  const { mentions } = splitUnitList(words);
  const of = (name: string): boolean => looksLikeUnit(name) || PLACE.test(foldScript(name));
  // (one place alone is a place, unless it names several: 旗县区, 县市区)
  const one = mentions[0]?.name ?? '';
  return mentions.length > 0 && !/[，,。的]/.test(words) && mentions.every((m) => of(m.name)) && (mentions.length > 1 || looksLikeUnit(one) || unitKindOf(one) === 'collective');
}

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
      if (units !== '' && namesUnits(units)) {
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

/** What a unit is told to do, right after its name (`县发改局要按照…`, `各单位会后抓紧…`): the sentence's subject is its unit. */
const TOLD = /^(.{2,60}?)(?:要|会后|务必|必须|须|负责|抓紧|立即|尽快|牵头)/d;
/** `县农机中心的道交方案…需要细化`: a unit's own work, named as its owner. */
const OWNER = /^(.{2,30}?)的/d;
/** `在高速公路通行风险整治方面,县政府与…要…`, `针对…问题,相关委办局…要…`: the words setting the scene before the subject. */
const SCENE = /^(?:在[^，,。]{1,40}?(?:方面|过程中|工作中)|针对[^，,。]{1,40}?)[，,]/;

/** The units a clause opens with, as the subject of what it is told to do, or as the owner of what it names; '' when none. */
function subjectOf(point: string): string {
  // (a person over the units opening the point is no part of its subject: `由关玲同志牵头,县卫健…等部门要…`)
  const piece = withoutLeader(point).piece;
  // (`指导要更细。县自然资源局全体班子成员要带领股室…`: the point's heading, then the sentence naming who does it)
  for (const sentence of piece.split(/(?<=[。])/).slice(0, 3)) {
    const folded = foldScript(sentence);
    const scene = SCENE.exec(folded)?.[0].length ?? 0;
    for (const pattern of [TOLD, OWNER]) {
      const at = pattern.exec(folded.slice(scene))?.indices?.[1];
      // (the people and the 与 are found in the folded script, the names kept as printed: one character for one)
      const [from, to] = at ? [scene + at[0], scene + at[1]] : [0, 0];
      const members = MEMBERS.exec(folded.slice(from, to))?.[0].length ?? 0;
      const units = [...sentence.slice(from, to - members)].map((c, i) => (folded[from + i] === '与' ? '、' : c)).join('').trim();
      if (units !== '' && namesUnits(units)) return units;
    }
  }
  return '';
}

/** `县自然资源局全体班子成员`: the people of a unit, told to do its work — the unit answers for it. */
const MEMBERS = /(?:全体)?(?:班子成员|干部职工|负责人|主要负责同志|工作人员|党员干部)$/;

/** `同时对县道交专班指出:`, `要求旗县区落实属地责任,重点抓好以下工作:`: the units the points after it are addressed to. */
const ADDRESSED = /(?:对|要求|责成)([^，,：:。；;]{2,20}?)(?:指出|提出|要求|落实|重点|切实|做好|抓好|进一步)/d;

/**
 * `…要求:一是各单位会后抓紧将…报县发改局汇总;二是县发改局要按照…`: a paragraph counting out what each unit is to do (一是…二是…,
 * or clauses between semicolons), each opening with its unit as the subject of its sentence, or else addressed as a whole to
 * the units its opening names (`对县道交专班指出:一是…`). Each such clause and its units; none unless two clauses of the
 * paragraph have units so, or an opening names them (one is a sentence, not a division of work).
 */
export function subjectsIn(text: string): { piece: string; units: string; people: string | null }[] {
  // (一是 after a stop, a colon or the paragraph's start: 之一是 inside a sentence counts nothing)
  const counted = text.split(/(?:^|[：:，,；;。])[一二三四五六七八九十]是/);
  const opening = counted.length > 2 ? (counted[0] ?? '') : '';
  const at = ADDRESSED.exec(foldScript(opening))?.indices?.[1];
  const addressed = at && namesUnits(opening.slice(at[0], at[1])) ? opening.slice(at[0], at[1]) : '';
  const pieces = (counted.length > 2 ? counted.slice(1) : text.split(/[；;]/)).map((p) => p.trim()).filter((p) => p !== '');
  const out = pieces.map((piece) => ({ ...withoutLeader(piece), units: subjectOf(piece) || addressed })).filter((p) => p.units !== '');
  return out.length >= 2 && (addressed !== '' || out.filter((p) => p.units !== addressed).length >= 2) ? out : [];
}

/** `由关玲同志牵头,县卫健…要…`: the person over the units opening a point is its leader, no unit; the point's words after it. */
const LEADER = /^由([^，,。]{1,24}?(?:同志|县长|市长|区长|书记|主任))(?:牵头|负责|主抓)[，,]/;

function withoutLeader(piece: string): { piece: string; people: string | null } {
  const m = LEADER.exec(foldScript(piece));
  return m ? { piece: piece.slice(m[0].length), people: piece.slice(1, 1 + (m[1]?.length ?? 0)) } : { piece, people: null };
}

/** `会议要求,各盟市要强化主体责任…`: a meeting's one requirement of units, the subject after the words that state it. */
const REQUIRED = /(?:^|[。；;，,])(?:会议|会上|会后)?(?:要求|明确|强调|指出|决定)[，,：:]/;

/** One item a paragraph holds: its words, the label lines its units stand for, and the clause that named them. */
interface ProseItem {
  text: string;
  labels: string[];
  clause: string;
}

/** The items of a paragraph, by the first reading that finds any: decisions, counted points, semicolon clauses, the whole. */
function itemsOf(text: string): ProseItem[] {
  const decisions = decisionsIn(text);
  if (decisions.length > 0) return decisions.map((d) => ({ text: d.words, labels: labelsOf(d.roles), clause: d.piece }));
  const told: ProseItem[] = subjectsIn(text).map((t) => ({ text: t.piece, labels: [...(t.people ? [`牵头领导：${t.people}`] : []), `责任单位：${t.units}`], clause: t.piece }));
  // `如县发改局负责的“…”…;县自然资源局…负责的“…”…`: clauses between semicolons, each naming units of its own
  const parts = text.split(/[；;]/).flatMap((p): ProseItem[] => {
    const found = unitsInProse(p);
    return found ? [{ text: p, labels: [`责任单位：${found.units}`], clause: found.clause }] : [];
  });
  // (the reading that finds more of the paragraph's items is the one its wording follows)
  if (told.length > 0 || parts.length >= 2) return parts.length > told.length ? parts : told;
  const found = unitsInProse(text);
  if (found) return [{ text, labels: [`责任单位：${found.units}`], clause: found.clause }];
  const required = REQUIRED.exec(foldScript(text));
  const after = required ? text.slice(required.index + required[0].length) : '';
  const units = after === '' ? '' : subjectOf(after);
  // (the requirement is its sentence: what the paragraph says before and after it is the meeting's report)
  return units !== '' ? [{ text: after.split(/(?<=[。])/)[0] ?? after, labels: [`责任单位：${units}`], clause: after.slice(0, 40) }] : [];
}

/** The label lines a clause's roles stand for. */
const labelsOf = (r: RoleFields): string[] => [r.lead ? `牵头单位：${r.lead}` : '', r.units ? `责任单位：${r.units}` : '', r.assisting ? `配合单位：${r.assisting}` : ''].filter((l) => l !== '');

/** At least this many paragraphs (or decisions) must name their units so, or the document is no such notice. */
const AT_LEAST = 2;

/**
 * The blocks with each paragraph that names its units in a clause of its own followed by the label line it stands for
 * (`责任单位：X`), reported; null when fewer than two paragraphs do (a document of another kind).
 */
export function proseRoleItems(blocks: readonly Block[], file: string, reporter: Reporter): Block[] | null {
  const out: Block[] = [];
  const notes: { line: number; item: ProseItem }[] = [];
  for (const b of blocks) {
    const items = b.kind === 'text' && !b.text.includes('\t') ? itemsOf(b.text) : [];
    if (items.length === 0) {
      out.push(b);
      continue;
    }
    // (a plan holds so many tasks at most: more are refused here, before the item reader is given them all)
    checkTaskCount(notes.length + items.length, file, b.line);
    for (const item of items) {
      notes.push({ line: b.line, item });
      const words = `${stripTrailing(item.text.trim(), ' 。.；;，,\t\u3000')}。`;
      // (each label closed by a stop: the words of the next item are never read as its value wrapped onto the next line)
      out.push(...[words, ...item.labels.map((l) => `${l}。`)].map((text): Block => ({ kind: 'text', text, line: b.line, indented: false })));
    }
  }
  if (notes.length < AT_LEAST) return null;
  for (const { line, item } of notes) reporter.add('leadInferred', null, line, item.clause.slice(0, 60), `本段未列单位标签，句中写明其单位（${item.labels.join('；')}）：读作本项的单位 (units named in the notice's own sentence)`);
  return out;
}
