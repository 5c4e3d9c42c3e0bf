// 下同 ("the same below"): a unit or a remark closed by 下同 holds for every task after the one that prints it.
import type { RawItem } from './items';
import type { Reporter } from './reporter';
import { listedOnce } from './listed-once';
import { bareUnitList, cleanUnitText, type RoleFields } from './roles';

/** At most this many units and remarks carried at once: a list says 下同 a few times, and each carries to every later task. */
export const SAME_BELOW_LIMIT = 20;

interface Carried {
  text: string;
  line: number;
  /** the words that carry it, as the document prints them */
  said: string;
  /** the task that printed it, which holds it already, unless it says 此项及以下 */
  from: string;
  includesOwn: boolean;
}

/** What earlier tasks carried down with 下同, applied to each later task with a report line naming its source line. */
export class SameBelow {
  private readonly units: Carried[] = [];
  private readonly notes: Carried[] = [];

  /** The task with the carried units added to its assisting units; every carried unit and remark reported. */
  applyTo(raw: RawItem, reporter: Reporter): RawItem {
    const holds = (c: Carried): boolean => c.from !== raw.no || c.includesOwn;
    const units = this.units.filter(holds);
    for (const u of units) {
      reporter.add('leadInferred', raw.no, raw.line, u.text, `按第 ${u.line} 行「${u.said}」：${u.text} 也是本任务的责任单位（配合）(carried by 下同)`);
    }
    for (const n of this.notes.filter(holds)) {
      reporter.add('unitUnknown', raw.no, raw.line, n.text, `按第 ${n.line} 行「${n.said}」：这一说明同样适用于本任务，不是单位 (a remark carried by 下同)`);
    }
    if (units.length === 0) return raw;
    return { ...raw, carriedAssisting: [...(raw.carriedAssisting ?? []), ...units.map((u) => u.text)] };
  }

  /** Takes what a task's roles close with 下同 (call it before applyTo): unit names (its clause's duty words dropped) or else a remark. */
  collect(roles: RoleFields, line: number, reporter: Reporter, taskNo: string): void {
    const remarks = roles.notes.flatMap((n): { text: string; said: string; includesOwn: boolean }[] => {
      const m = /^(.*?)[，,；;、\s\u3000]*下同[。.]?$/s.exec(n);
      if (m) return [{ text: m[1] ?? '', said: n, includesOwn: false }];
      // `以下各项工作均需各区、市政府负责落实，不再一一列出`: the same, said in words (`此项及以下…`: this task too)
      const below = listedOnce(n);
      return below ? [{ text: below.units, said: n, includesOwn: below.includesOwn }] : [];
    });
    const fromLists = roles.carried.map((text) => ({ text, said: `${text}，下同`, includesOwn: false }));
    for (const { text, said, includesOwn } of [...fromLists, ...remarks]) {
      const units = cleanUnitText(text, []);
      const isUnits = units !== '' && units === text.slice(0, units.length) && bareUnitList(units);
      const into = isUnits ? this.units : this.notes;
      const carried = { text: isUnits ? units : text.trim(), line, said, from: taskNo, includesOwn };
      if (carried.text === '' || into.some((c) => c.text === carried.text)) continue;
      // past the bound every later task would carry them all: quadratic work and a report no one reads
      if (this.units.length + this.notes.length >= SAME_BELOW_LIMIT) {
        reporter.add('unitUnknown', taskNo, line, carried.text, `「${said}」未沿用：已有 ${SAME_BELOW_LIMIT} 项下同 (not carried: too many 下同)`);
        continue;
      }
      into.push(carried);
    }
  }
}
