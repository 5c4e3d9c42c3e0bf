// Names a copy ran together (`文化宣传股文化馆`) split where the same document prints each of them on its own.
import type { ParsedTask } from './parsed';
import type { Reporter } from './reporter';
import { looksLikeUnit, type UnitMention } from './unit-list';

/** `县政府` + `办公室`, `区委` + `宣传部`: a body and an office of its own, one name however both are printed elsewhere. */
const BODY_AND_OFFICE = /(政府|党委|委员会|[省市县区]委|管委会)$/;

/**
 * The two names a mention runs together, when the document prints both alone elsewhere (文化宣传股 · 文化馆 in another
 * row's cell, one a line), each of three characters or more and looking like a unit, and the first is not a body whose
 * office the second may be (县政府办公室); null otherwise. The shortest first name wins.
 */
function knownParts(name: string, known: ReadonlySet<string>): [string, string] | null {
  for (let cut = 3; cut <= name.length - 3; cut += 1) {
    const first = name.slice(0, cut);
    const second = name.slice(cut);
    if (known.has(first) && known.has(second) && looksLikeUnit(first) && looksLikeUnit(second) && !BODY_AND_OFFICE.test(first)) return [first, second];
  }
  return null;
}

const mention = (name: string): UnitMention => ({ name, raw: name });

/**
 * `文化宣传股文化馆` in a cell, where the list prints `文化宣传股` and `文化馆` as units of their own elsewhere: two units run
 * together with no mark between them (a copy that dropped the line break inside the cell). Each such mention becomes the two,
 * reported; a lead that was the task's only lead keeps the first as lead and the second assists, as a cell of units with no
 * role word is read (the first listed leads), reported as that guess.
 */
export function splitKnownRuns(tasks: readonly ParsedTask[], reporter: Reporter): void {
  const known = new Set(tasks.flatMap((t) => [...t.leads, ...t.assisting].map((m) => m.name)));
  for (const task of tasks) {
    const onlyLead = task.leads.length === 1;
    const leads: UnitMention[] = [];
    const assisting: UnitMention[] = [];
    for (const m of task.leads) {
      const parts = knownParts(m.name, known);
      if (!parts) {
        leads.push(m);
        continue;
      }
      const [first, second] = parts;
      leads.push(mention(first));
      (onlyLead ? assisting : leads).push(mention(second));
      const roles = onlyLead ? `${first} 牵头、${second} 配合 (first listed taken to lead: a guess)` : `${first}、${second} 同为牵头单位`;
      reporter.add('unitRepaired', task.no, task.line, m.raw, `两个单位名称连写、未加分隔，文件别处分别单列 → ${first}、${second}：${roles} (names run together)`);
    }
    for (const m of task.assisting) {
      const parts = knownParts(m.name, known);
      if (parts) reporter.add('unitRepaired', task.no, task.line, m.raw, `两个单位名称连写、未加分隔，文件别处分别单列 → ${parts.join('、')} (names run together)`);
      assisting.push(...(parts ? parts.map(mention) : [m]));
    }
    // each name once, a lead never assisting as well
    const taken = new Set<string>();
    const once = (u: UnitMention): boolean => !taken.has(u.name) && Boolean(taken.add(u.name));
    task.leads = leads.filter(once);
    task.assisting = assisting.filter(once);
  }
}
