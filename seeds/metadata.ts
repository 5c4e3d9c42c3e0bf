// Plan metadata the document may not print: plan id, level, place, issuer and issue date, each default reported.
import { endOfQuarter } from '../machines/deadline';
import type { Plan, Task } from '../machines/plan';
import type { ParsedDocument } from './parsed';
import type { Reporter } from './reporter';

/** Jurisdictions of the seed plans; the first one a document names at its own level is its place. */
const PLACES = ['辽宁省', '吉林省', '江苏省', '钦州市', '常州市', '白城市', '洮北区'];

/** Plan id from the file name: `qinzhou-2015.txt` → `qinzhou-2015`. */
export function planIdOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).at(-1) ?? fileName;
  const slug = base.replace(/\.[^.]*$/, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return slug === '' ? 'plan' : slug;
}

/** The level (省/市/区/县) most lead units carry as their first character. */
export function levelOf(tasks: Pick<Task, 'leadUnits'>[]): Plan['level'] {
  const counts = new Map<Plan['level'], number>();
  for (const t of tasks) {
    const first = t.leadUnits[0]?.[0];
    if (first === '省' || first === '市' || first === '区' || first === '县') counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '市';
}

export function placeOf(text: string, level: Plan['level']): string {
  return PLACES.find((p) => p.endsWith(level) && text.includes(p)) ?? PLACES.find((p) => text.includes(p)) ?? '';
}

/** Issue date: as printed, else the first day of the quarter of the earliest deadline (reported). */
export function issuedOnOf(doc: ParsedDocument, text: string, reporter: Reporter): string {
  if (doc.issuedOn) return doc.issuedOn;
  const dues = doc.tasks.flatMap((t) => (t.schedule.kind === 'by' ? t.schedule.targets.map((x) => x.due) : [])).sort();
  const earliest = dues[0];
  let date: string;
  let why: string;
  if (earliest) {
    const [y, m] = [Number(earliest.slice(0, 4)), Number(earliest.slice(5, 7))];
    const quarter = Math.ceil(m / 3);
    date = `${y}-${String(quarter * 3 - 2).padStart(2, '0')}-01`;
    why = `最早期限 ${earliest}（${endOfQuarter(y, quarter).slice(0, 10)} 所在季度）的季初`;
  } else {
    const year = /(\d{4})年/.exec(text)?.[1] ?? '2000';
    date = `${year}-01-01`;
    why = `文中最早出现的年份 ${year} 的年初`;
  }
  reporter.add('metadataDefault', null, null, '', `文件未印发文日期：issuedOn 取 ${date}，即${why}`);
  return date;
}

export function issuerOf(doc: ParsedDocument, place: string, level: Plan['level'], reporter: Reporter): string {
  if (doc.issuer) return doc.issuer;
  const issuer = `${place || level}人民政府`;
  reporter.add('metadataDefault', null, null, '', `文件未印发文机关：issuer 取「${issuer}」`);
  return issuer;
}
