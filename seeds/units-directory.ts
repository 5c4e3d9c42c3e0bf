// The per-plan units directory (单位名录): every mention resolved to one canonical unit, with aliases, kind and verified flag.
import type { Unit } from '../machines/plan';
import type { UnitOverride } from './overrides';
import type { ParsedTask } from './parsed';
import type { Reporter } from './reporter';
import { looksLikeUnit, unitKindOf, type UnitMention } from './unit-list';

export interface UnitsDirectory {
  /** every unit so far, in order of first mention */
  list: () => Unit[];
  /** canonical id of a mention (by repaired name, then by printed words) */
  resolve: (mention: UnitMention | string) => string;
  /** makes sure a unit named outside the task rows (e.g. the conference office) is listed */
  ensure: (name: string) => string;
}

export function buildUnitsDirectory(tasks: ParsedTask[], overrides: UnitOverride[], reporter: Reporter): UnitsDirectory {
  const canonical = new Map<string, string>();
  for (const o of overrides) for (const alias of o.aliases) canonical.set(alias, o.name);
  const byId = new Map<string, Unit>();

  const ensure = (name: string, printed?: string): string => {
    const id = canonical.get(name) ?? (printed === undefined ? undefined : canonical.get(printed)) ?? name;
    let unit = byId.get(id);
    if (!unit) {
      unit = { id, name: id, aliases: [], kind: unitKindOf(id), verified: false, code: null, members: [], membership: null };
      byId.set(id, unit);
    }
    for (const alias of [name, printed]) {
      if (alias !== undefined && alias !== id && !unit.aliases.includes(alias)) unit.aliases.push(alias);
    }
    return id;
  };
  const resolve = (m: UnitMention | string): string => (typeof m === 'string' ? ensure(m) : ensure(m.name, m.raw));

  for (const task of tasks) {
    for (const m of [...task.leads, ...task.assisting]) {
      const known = byId.has(canonical.get(m.name) ?? m.name);
      const id = resolve(m);
      if (!known && !looksLikeUnit(id) && !overrides.some((o) => o.name === id)) {
        reporter.add('unitUnknown', task.no, task.line, m.raw, `「${id}」不像单位名称（可能是 PDF 乱码），暂列入名录待核 (unverified)`);
      }
    }
  }
  for (const o of overrides) {
    ensure(o.name);
    const unit = byId.get(o.name);
    if (!unit) continue;
    for (const alias of o.aliases) if (!unit.aliases.includes(alias)) unit.aliases.push(alias);
    if (o.kind) unit.kind = o.kind;
    unit.verified = o.verified;
    reporter.add('override', null, null, o.aliases.join('、'), `单位 ${o.name}${o.kind ? `（${o.kind}）` : ''}${o.aliases.length ? ` 收录别名 ${o.aliases.join('、')}` : ''}：${o.reason}`);
  }
  return { list: () => [...byId.values()], resolve, ensure: (name) => ensure(name) };
}
