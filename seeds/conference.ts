// The plan's joint conference (联席会议): as the document founds it, else a reported default the overrides can name.
import type { Conference } from '../machines/plan';
import type { Overrides } from './overrides';
import type { ParsedConference, ParsedTask } from './parsed';
import type { Reporter } from './reporter';
import type { UnitsDirectory } from './units-directory';

/** The unit that leads the most tasks (the first such in document order): the default convener and office. */
function busiestLead(tasks: readonly ParsedTask[], directory: UnitsDirectory): string | null {
  const counts = new Map<string, number>();
  for (const t of tasks) {
    const lead = t.leads[0];
    if (lead) counts.set(directory.resolve(lead), (counts.get(directory.resolve(lead)) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [id, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = id;
  return best;
}

export function resolveConference(
  parsed: ParsedConference | null,
  tasks: readonly ParsedTask[],
  directory: UnitsDirectory,
  context: { place: string; overrides: Overrides['conference'] },
  reporter: Reporter,
): Conference {
  let conference: Omit<Conference, 'members'>;
  if (parsed) {
    const convener = directory.ensure(parsed.convener);
    const office = parsed.office ? directory.ensure(parsed.office) : convener;
    if (!parsed.office) {
      reporter.add('conferenceDefault', null, parsed.line, parsed.raw, `文件未写明办公室所在单位，以召集（牵头）单位 ${convener} 为办公室 (office defaults to the convener)`);
    }
    const name = parsed.name.startsWith(context.place) ? parsed.name : `${context.place}${parsed.name}`;
    conference = { name, convener, office, origin: 'document' };
  } else {
    const lead = busiestLead(tasks, directory) ?? directory.list()[0]?.id ?? '';
    const name = `${context.place}督办联席会议`;
    reporter.add('conferenceDefault', null, null, '', `文件未设联席会议：默认「${name}」，召集单位与办公室为牵头任务最多的 ${lead}（可用 overrides conference 设定）`);
    conference = { name, convener: directory.ensure(lead), office: directory.ensure(lead), origin: 'default' };
  }
  const o = context.overrides;
  if (o) {
    reporter.add('override', null, null, JSON.stringify(conference), `联席会议改为 ${JSON.stringify({ name: o.name, convener: o.convener, office: o.office })}：${o.reason}`);
    conference = {
      ...conference,
      ...(o.name === undefined ? {} : { name: o.name }),
      ...(o.convener === undefined ? {} : { convener: directory.ensure(o.convener) }),
      ...(o.office === undefined ? {} : { office: directory.ensure(o.office) }),
    };
  }
  // members (成员单位): the plan's departments; collectives and outside bodies take part through their tasks
  const members = directory.list().filter((u) => u.kind === 'department').map((u) => u.id);
  return { ...conference, members };
}
