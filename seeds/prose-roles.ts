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
  // `责成市水利局根据会议讨论意见进一步梳理完善`: the unit a meeting charges with the work
  /^责成(.{2,40}?)(?:牵头|负责|根据|进一步|按照|依法|做好|抓紧|尽快|立即|会同|对|在|于|要|认真|加快|组织|修改|研究)/d,
  // `由县自然资源局依法依规按程序办理`: a meeting's approval handed to the unit that carries it out
  /^由(.{2,40}?)(?:依法依规|按程序|按规定|抓紧|负责)*(?:办理|组织实施|实施|落实)$/d,
  // `如县发改局负责的“严格落实…”`: the work quoted, its units before it
  /^(?:如|例如|其中)?(.{2,60}?)负责的[“"「‘]/d,
  // `市创文办要求责任单位市公安局、川汇区城管局立即整改`: the units told to put it right, then what they are to do
  /要求责任单位(.{2,60}?)(?:立行立改|立即|马上|尽快|抓紧|限期|(?:在|于)\d|\d{1,2}(?:日|天|个工作日)内|(?:进行|完成|落实)整改)/d,
];

/** A district, county or city named as a unit beside others (`黄石港区`, `下陆区`, `旗县区`): a place answers for its streets. */
const PLACE = /^[\u4e00-\u9fff]{1,6}[区县市旗镇乡]$/;

/** Whether a prose clause's words are units: each one looks like a unit or names a place, and one at least is no place. */
function namesUnits(words: string): boolean {
  // (`有关部门`, `各有关单位`, `相关部门`: a collective of the departments concerned, a unit of its own)
  if (bareUnitList(words) || /^(?:各|有关|相关)(?:有关|相关)?(?:部门|单位)$/.test(foldScript(words.trim()))) return true;
  // `县卫健、交通、商务等部门`: short names the list itself calls departments (等部门) are units
  const called = /等(?:有关|相关)?(?:部门|单位)$/.exec(foldScript(words));
  if (called) return words.slice(0, called.index).split(/[、，,和及]/).every((n) => /^[\u4e00-\u9fff0-9A-Za-z]{2,12}$/.test(n.trim()));
  const { mentions } = splitUnitList(words);
  const of = (name: string): boolean => looksLikeUnit(name) || PLACE.test(foldScript(name));
  // (one place alone is a place, unless it names several: 旗县区, 县市区)
  const one = mentions[0]?.name ?? '';
  return mentions.length > 0 && !/[，,。的]/.test(words) && mentions.every((m) => of(m.name)) && (mentions.length > 1 || looksLikeUnit(one) || unitKindOf(one) === 'collective');
}

/** The clauses of a paragraph, at its stops and commas (a copy may print them with spaces round them, or its stop as `.`). */
const clausesOf = (text: string): string[] => text.split(/[，,。；;]|(?<!\d)\.(?!\d)/).map((c) => c.trim()).filter((c) => c !== '');

/** The units one clause of the paragraph gives its problem to, and that clause; null when no clause does, or two give different ones. */
function unitsInProse(text: string): { units: string; clause: string } | null {
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

/** The roles a clause opens with after 由 or 责成 (`责成市营商局牵头,市住建局…等相关部门全力配合,…`), and its words after them. */
function decisionOf(piece: string): { roles: RoleFields; words: string } | null {
  // the roles open the clause, or follow the words that introduce it (`会议要求,由…`, `…的诉求,责成…`)
  const at = /(?:^|[，,：:])(由|责成)/.exec(foldScript(piece));
  if (!at) return null;
  const found = openingRoles(`由${piece.slice(at.index + at[0].length)}`);
  const names = found ? [found.roles.lead, found.roles.units, found.roles.assisting].filter((n): n is string => n !== null) : [];
  return found && names.length > 0 && names.every(namesUnits) ? { roles: found.roles, words: found.text } : null;
}

/** What a unit is told to do, right after its name (`县发改局要按照…`, `各单位会后抓紧…`): the sentence's subject is its unit
 * (never a preposition's object, `向各参会单位…`, nor the unit of a person, `各单位负责人…`). */
const TOLD = /^(?![向对与在从把将为给])(.{2,60}?)(?:要|会后|务必|必须|须|负责(?![人同])|抓紧|立即|尽快|牵头|根据|按照)/d;
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
    // the sentence's subject, or one of its first clauses' (`近期,…连续超标,生态环境局和住建局要认真研判`: the doers after the scene)
    const starts = [scene, ...[...folded.slice(scene).matchAll(/[，,]/g)].slice(0, CLAUSES).map((m) => scene + m.index + 1)];
    for (const [k, start] of starts.entries()) {
      for (const pattern of k === 0 ? [TOLD, OWNER] : [TOLD]) {
        const at = pattern.exec(folded.slice(start))?.indices?.[1];
        // (the people and the 与 are found in the folded script, the names kept as printed: one character for one)
        const [from, to] = at ? [start + at[0], start + at[1]] : [0, 0];
        const members = MEMBERS.exec(folded.slice(from, to))?.[0].length ?? 0;
        // (`各部门、相关单位都要…`: an adverb between the units and their duty is no part of them)
        const adverb = /(?:都|均|也|还|必须)$/.exec(folded.slice(from, to - members))?.[0].length ?? 0;
        const units = [...sentence.slice(from, to - members - adverb)].map((c, i) => (folded[from + i] === '与' ? '、' : c)).join('').trim();
        if (units !== '' && namesUnits(units)) return units;
      }
    }
  }
  return '';
}

/** How many clauses of a sentence are looked at for its subject, after its first. */
const CLAUSES = 6;

/** `县自然资源局全体班子成员`: the people of a unit, told to do its work — the unit answers for it. */
const MEMBERS = /(?:全体)?(?:班子成员|干部职工|负责人|主要负责同志|工作人员|党员干部)$/;

/** `同时对县道交专班指出:`, `要求旗县区落实属地责任,重点抓好以下工作:`: the units the points after it are addressed to. */
const ADDRESSED = /(?:对|要求|责成)([^，,：:。；;]{2,20}?)(?:指出|提出|要求|落实|重点|切实|做好|抓好|进一步)/d;

/** A point counted inside a paragraph (一是, （一）) after a stop, a colon or its start: 之一是 inside a sentence counts nothing. */
const POINT_MARK = /(?:^|[：:，,；;。])(?:[一二三四五六七八九十]是|[（(][一二三四五六七八九十]{1,2}[）)])/;

/** The units a paragraph's opening addresses its points to (`对县道交专班指出:`, `会议强调,各镇办、各部门要…`); '' when none. */
function addressedIn(opening: string): string {
  const at = ADDRESSED.exec(foldScript(opening))?.indices?.[1];
  if (at && namesUnits(opening.slice(at[0], at[1]))) return opening.slice(at[0], at[1]);
  const required = REQUIRED.exec(foldScript(opening));
  return required ? subjectOf(opening.slice(required.index + required[0].length)) : '';
}

/** A clause closed by a bracket of unit names, then a comma and more (`…占道未围挡(城管队),且损坏人行道路面较多(市政处)`): two points. */
const UNITS_CLOSE = /(?<=[）)])[，,](?=[\u4e00-\u9fff])/;

/**
 * The points of a paragraph that counts none: its clauses between semicolons (each cut after a bracket of units that a comma
 * follows), or, where it has no semicolon, its sentences (`各乡镇(街道)、部门要主动与县自然资源局对接…。县自然资源局要协调…。`).
 */
function uncountedPoints(text: string): string[] {
  const clauses = text.split(/[；;]/);
  if (clauses.length === 1) return text.split(/(?<=[。！!])/);
  return clauses.flatMap((c) => {
    const parts = c.split(UNITS_CLOSE);
    // (only where each part before the last closes with units: a bracket of remarks parts nothing)
    return parts.slice(0, -1).every((p) => closingUnits(p) !== '') ? parts : [c];
  });
}

/** The units a bracket closing the text names (`…清扫保洁未到位(西湖居委会)`); '' when it closes with none. */
function closingUnits(text: string): string {
  const m = /[（(]([^（）()]{2,40})[）)][。.]?$/.exec(text.trim());
  return m && namesUnits(m[1] ?? '') ? (m[1] ?? '') : '';
}

/**
 * `…要求:一是各单位会后抓紧将…报县发改局汇总;二是县发改局要按照…`, `会议要求:(一)责成市营商局…(二)各部门要…`: a paragraph counting
 * out points (一是…二是…, （一）…（二）…, or clauses between semicolons), each with its units: the roles it opens with (由X牵头,
 * 责成X…), the units a clause of it names (`X负责的“…”`, `责任单位为X`), the subject of its sentence (`县发改局要…`), else the
 * units the paragraph's opening addresses. Units only a point's subject or the opening gives are taken where the points are
 * counted, or where two points at least have them (one such sentence is a sentence, not a division of work).
 */
function pointsIn(text: string): ProseItem[] {
  const marked = text.split(new RegExp(POINT_MARK.source, 'g'));
  const counted = marked.length > 2;
  const addressed = counted ? addressedIn(marked[0] ?? '') : '';
  const points = (counted ? marked.slice(1) : uncountedPoints(text)).map((p) => p.trim()).filter((p) => p !== '');
  /** where a point's units come from: words of its own naming them, its sentence's subject, or the paragraph's opening */
  type From = 'named' | 'subject' | 'opening';
  const read = points.map((point): { item: ProseItem; from: From } | null => {
    const { piece, people } = withoutLeader(point);
    const leader = people ? [`牵头领导：${people}`] : [];
    const item = (text: string, labels: string[], clause: string): ProseItem => ({ text, labels: [...leader, ...labels], clause });
    const decided = decisionOf(piece);
    if (decided) return { item: item(decided.words, labelsOf(decided.roles), point), from: 'named' };
    const given = unitsInProse(piece);
    if (given) return { item: item(piece, [`责任单位：${given.units}`], given.clause), from: 'named' };
    const closing = closingUnits(piece);
    if (closing !== '') return { item: item(piece, [`责任单位：${closing}`], piece.slice(-40)), from: 'named' };
    const subject = subjectOf(piece);
    if (subject !== '') return { item: item(piece, [`责任单位：${subject}`], point), from: 'subject' };
    return addressed === '' ? null : { item: item(piece, [`责任单位：${addressed}`], point), from: 'opening' };
  });
  const count = (from: From): number => read.filter((r) => r?.from === from).length;
  const told = count('subject') + count('opening');
  const takeTold = counted ? read.filter((r) => r !== null).length >= 2 : told >= 2 && (addressed !== '' || count('subject') >= 2);
  return read.flatMap((r) => (r && (r.from === 'named' || takeTold) ? [r.item] : []));
}

/** `由关玲同志牵头,县卫健…要…`: the person over the units opening a point is its leader, no unit; the point's words after it. */
const LEADER = /^由([^，,。]{1,24}?(?:同志|县长|市长|区长|书记|主任))(?:牵头|负责|主抓)[，,]/;

function withoutLeader(piece: string): { piece: string; people: string | null } {
  const m = LEADER.exec(foldScript(piece));
  return m ? { piece: piece.slice(m[0].length), people: piece.slice(1, 1 + (m[1]?.length ?? 0)) } : { piece, people: null };
}

/** `会议要求,各盟市要强化主体责任…`: a meeting's one requirement of units, the subject after the words that state it. */
const REQUIRED = /(?:^|[。；;，,]|意见)(?:会议|会上|会后)?(?:要求|明确|强调|指出|决定)[，,：:]/;

/** One item a paragraph holds: its words, the label lines its units stand for, and the clause that named them. */
interface ProseItem {
  text: string;
  labels: string[];
  clause: string;
}

/** `由县民政局负责的第1件、县发改局负责的第4件、…`: a supervision notice naming the decided items by number, each with its units. */
const CHARGED = /(?:^|[，,、；;：:])(?:其中[，,]?)?由?([^、，,；;：:。]{2,30}?)负责的(第\d{1,3}(?:[、,]\d{1,3})*件)/g;

/** The items a notice names by number and unit; none unless it names two at least. */
function chargedItems(text: string): ProseItem[] {
  const found = [...foldScript(text).matchAll(CHARGED)].flatMap((m): ProseItem[] => {
    const at = m.index + m[0].length - (m[1]?.length ?? 0) - '负责的'.length - (m[2]?.length ?? 0);
    const units = text.slice(at, at + (m[1]?.length ?? 0));
    return namesUnits(units) ? [{ text: `${units}负责的${m[2] ?? ''}`, labels: [`责任单位：${units}`], clause: m[0] }] : [];
  });
  return found.length >= 2 ? found : [];
}

/** The items of a paragraph: its points where it counts or parts them, else the whole paragraph naming its units, else a meeting's one requirement. */
function itemsOf(text: string): ProseItem[] {
  const charged = chargedItems(text);
  if (charged.length > 0) return charged;
  const points = pointsIn(text);
  // (one clause alone naming units is the paragraph's: its words are all of it)
  if (points.length > 1 || (points.length === 1 && POINT_MARK.test(text))) return points;
  const found = unitsInProse(text);
  if (found) return [{ text, labels: [`责任单位：${found.units}`], clause: found.clause }];
  if (points.length === 1) return points;
  // (a meeting's stress on all its units, `会议强调:…各镇、各部门要坚定发展信心`, is no task of theirs: only what it requires, states or decides)
  const trimmed = text.trim();
  const required = REQUIRED.exec(foldScript(trimmed));
  // (…nor what it points out, `会议指出,当前…各部门必须要高度重视`, unless about the opinion it approves: `…意见。指出,县X局要…`)
  // (a paragraph opening with 指出 goes on from the approval above it, a line a copy broke after its 意见。)
  const about = required !== null && (required[0].startsWith('意见') || required[0].startsWith('指出') || /意见。?$/.test(foldScript(trimmed).slice(0, required.index + 1)));
  const stated = required !== null && (required[0].includes('强调') || (required[0].includes('指出') && !about));
  const after = required && !stated ? trimmed.slice(required.index + required[0].length) : '';
  const units = after === '' ? '' : subjectOf(after);
  // (the requirement is its sentence: what the paragraph says before and after it is the meeting's report)
  return units !== '' ? [{ text: after.split(/(?<=[。])/)[0] ?? after, labels: [`责任单位：${units}`], clause: after.slice(0, 40) }] : [];
}

/** The label lines a clause's roles stand for. */
const labelsOf = (r: RoleFields): string[] => [r.lead ? `牵头单位：${r.lead}` : '', r.units ? `责任单位：${r.units}` : '', r.assisting ? `配合单位：${r.assisting}` : ''].filter((l) => l !== '');

/** `核心提示:…(西湖居委... 3月12日,…`: a news page's teaser, its first lines cut off by `...`, before the text it repeats. */
const TEASER = /^[\s\u3000]*(?:核心提示|摘要|导读|内容提要)[：:][^\n]{0,400}?(?:\.{3}|…{1,2})[\s\u3000]*/;
const withoutTeaser = (text: string): string => text.replace(TEASER, '');

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
    const items = b.kind === 'text' && !b.text.includes('\t') ? itemsOf(withoutTeaser(b.text)) : [];
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
