// Roles that open a paragraph instead of closing it: `由X副市长负责，市发改委牵头，相关部门配合，尽快完成…`.
import { fieldOf } from './columns';
import { OPENING_DUTY_END } from './role-words';
import { bareUnitList, noRoles, readRoleGroup, type RoleFields } from './roles';
import { foldScript } from './text';


/** `杨志武副市长负责`: the clause names a person (分管领导), kept as people, never a unit. */
const PERSON = /(市长|省长|区长|县长|州长|旗长|书记|主任|秘书长|主席|领导)(负责|牵头)$/;

/** How many clauses an opening can have, and how long one can be: the scan stays bounded on any line. */
const MAX_CLAUSES = 8;
const MAX_CLAUSE = 60;

/**
 * The roles a line opens with (`由X负责，Y牵头，Z配合，…`) and the line without them, or null when it does not
 * open with 由 and a clause of duty. The clauses are read up to the first comma clause that names no duty.
 */
export function openingRoles(line: string): { roles: RoleFields; text: string } | null {
  const text = line.trimStart();
  if (!text.startsWith('由')) return null;
  const people: string[] = [];
  const units: string[] = [];
  let at = 1;
  for (let k = 0; k < MAX_CLAUSES; k += 1) {
    const rest = text.slice(at, at + MAX_CLAUSE + 1);
    const comma = rest.search(/[，,]/);
    if (comma < 0) break;
    const clause = rest.slice(0, comma).trim();
    const folded = foldScript(clause);
    if (!OPENING_DUTY_END.test(folded)) break;
    (PERSON.test(folded) ? people : units).push(clause);
    at += comma + 1;
  }
  if (units.length === 0) return null;
  const roles = readRoleGroup(units.join('，'));
  if (!roles || (roles.lead ?? roles.units) === null) return null;
  if (people.length > 0) roles.people = people.join('，');
  return { roles, text: text.slice(at).trim() };
}

/** A web page's own fields (发布机构：…, 发文机关：…, 来源单位：…): the body that published the page, not a unit of the list. */
const PAGE_FIELD = /(发布|发文|印发|成文|来源|信息来源|公开|主办|所属)(机构|机关|单位|部门)$/;

/** How long the units before an opening colon can be: a list of a few names, never a sentence. */
const MAX_OPENING_UNITS = 40;

/**
 * `（一）区民政局：新建社区食堂20个…` / `市发改委、市财政局：…` / `【区民政局】新建…`: an item opening with the units that answer for it and a colon, as
 * lists of duties by unit print it. Those units are the item's (its lead when it states no other roles), the rest its
 * text; null when the words before the colon are not unit names (`总体目标：`) or are a label (`牵头单位：`).
 */
export function unitOpening(body: string): { roles: RoleFields; text: string } | null {
  // the units are words before the colon outside any bracket (`…6.76万人(责任单位:…)` opens with no units)
  const m = /^[\s\u3000]*([^：:。；;（(〔[【）)〕\]】]{2,40}?)[\s\u3000]*[：:](.+)$/s.exec(body) ?? /^[\s\u3000]*【([^【】]{2,40})】(.+)$/s.exec(body);
  const units = m?.[1]?.trim() ?? '';
  const text = m?.[2]?.trim() ?? '';
  if (!m || units.length > MAX_OPENING_UNITS || text === '' || fieldOf(units) !== null || PAGE_FIELD.test(foldScript(units))) return null;
  const stated = readRoleGroup(units);
  if (stated && (stated.lead ?? stated.units) !== null) return { roles: stated, text };
  return bareUnitList(units) ? { roles: { ...noRoles(), units }, text } : null;
}
