// 下同 ("the same below"): a unit or a remark closed by 下同 holds for every task after the one that prints it.
import type { RawItem } from './items';
import type { Reporter } from './reporter';
import { bareUnitList, cleanUnitText, type RoleFields } from './roles';

/** At most this many units and remarks carried at once: a list says 下同 a few times, and each carries to every later task. */
export const SAME_BELOW_LIMIT = 20;

interface Carried {
  text: string;
  line: number;
}

/** What earlier tasks carried down with 下同, applied to each later task with a report line naming its source line. */
export class SameBelow {
  private readonly units: Carried[] = [];
  private readonly notes: Carried[] = [];

  /** The task with the carried units added to its assisting units; every carried unit and remark reported. */
  applyTo(raw: RawItem, reporter: Reporter): RawItem {
    for (const u of this.units) {
      reporter.add('leadInferred', raw.no, raw.line, u.text, `按第 ${u.line} 行「${u.text}，下同」：${u.text} 也是本任务的责任单位（配合）(carried by 下同)`);
    }
    for (const n of this.notes) {
      reporter.add('unitUnknown', raw.no, raw.line, n.text, `按第 ${n.line} 行「${n.text}，下同」：这一说明同样适用于本任务，不是单位 (a remark carried by 下同)`);
    }
    if (this.units.length === 0) return raw;
    return { ...raw, lists: { ...raw.lists, assisting: [...raw.lists.assisting, ...this.units.map((u) => u.text)] } };
  }

  /** Takes what a task's roles close with 下同: unit names (its clause's duty words dropped) or else a remark. */
  collect(roles: RoleFields, line: number, reporter: Reporter, taskNo: string): void {
    const remarks = roles.notes.flatMap((n) => {
      const m = /^(.*?)[，,；;、\s\u3000]*下同[。.]?$/s.exec(n);
      return m ? [m[1] ?? ''] : [];
    });
    for (const text of [...roles.carried, ...remarks]) {
      const units = cleanUnitText(text, []);
      const isUnits = units !== '' && units === text.slice(0, units.length) && bareUnitList(units);
      const into = isUnits ? this.units : this.notes;
      const carried = { text: isUnits ? units : text.trim(), line };
      if (carried.text === '' || into.some((c) => c.text === carried.text)) continue;
      // past the bound every later task would carry them all: quadratic work and a report no one reads
      if (this.units.length + this.notes.length >= SAME_BELOW_LIMIT) {
        reporter.add('unitUnknown', taskNo, line, carried.text, `「${carried.text}，下同」未沿用：已有 ${SAME_BELOW_LIMIT} 项下同 (not carried: too many 下同)`);
        continue;
      }
      into.push(carried);
    }
  }
}
