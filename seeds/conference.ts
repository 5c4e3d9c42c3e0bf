// The plan's joint conference (联席会议): as the document founds it, or a default whose office is the civil-affairs bureau (民政局).
import type { Conference, Plan } from '../machines/plan';
import type { Overrides } from './overrides';
import type { ParsedConference } from './parsed';
import type { Reporter } from './reporter';
import type { UnitsDirectory } from './units-directory';

export function resolveConference(
  parsed: ParsedConference | null,
  directory: UnitsDirectory,
  context: { level: Plan['level']; place: string; overrides: Overrides['conference'] },
  reporter: Reporter,
): Conference {
  const units = directory.list();
  const civilAffairs = units.find((u) => new RegExp(`^${context.level}民政(局|厅)$`).test(u.id))?.id ?? units[0]?.id ?? `${context.level}民政局`;
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
    const name = `${context.place}养老服务联席会议`;
    reporter.add('conferenceDefault', null, null, '', `文件未设联席会议：默认「${name}」，召集单位与办公室均为 ${civilAffairs}`);
    conference = { name, convener: directory.ensure(civilAffairs), office: directory.ensure(civilAffairs), origin: 'default' };
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
