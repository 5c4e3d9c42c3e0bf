// `duban conference agenda|convene|resolve`: the joint conference (联席会议) of one plan.
import type { Command } from 'commander';
import type { ActorRole } from '../../machines';
import type { CliContext } from './context';
import { decisionOf, type DecisionFlags } from './payload';
import { table } from './table';

const roleOf = (role: string | undefined, fallback: ActorRole): ActorRole => (role === 'supervisor' || role === 'conference' ? role : fallback);

export function conferenceCommands(program: Command, ctx: CliContext): void {
  const conference = program.command('conference').description('联席会议: agenda, convene a session, resolve an item');

  conference
    .command('agenda <plan>')
    .description('show the agenda: open items, closed items, sessions')
    .option('--json', 'print the AgendaView as JSON')
    .action(async (plan: string, opts: { json?: boolean }) => {
      const agenda = await (await ctx.client()).agenda(plan);
      if (opts.json) return ctx.out(`${JSON.stringify(agenda, null, 2)}\n`);
      ctx.out(`${agenda.conference.name}（召集：${agenda.conference.convener}；办公室：${agenda.conference.office}）下次会议 ${agenda.nextSessionAt ?? '—'}\n`);
      ctx.out(`${table(['item', 'task', 'kind', 'subject', 'due', 'status'], [...agenda.open, ...agenda.closed].map((i) => [i.itemId, i.taskNo, i.kind, i.subject, i.due ?? '', i.status]))}\n`);
    });

  conference
    .command('convene <plan>')
    .description('hold a session now (as the conference office unless --as/--role say otherwise)')
    .option('--as <unit>', 'the unit convening (default: the conference office)')
    .option('--role <role>', 'supervisor | conference', 'supervisor')
    .action(async (plan: string, opts: { as?: string; role?: string }) => {
      const client = await ctx.client();
      const unit = opts.as ?? (await client.agenda(plan)).conference.office;
      const session = await client.convene(plan, { unit, role: roleOf(opts.role, 'supervisor') });
      ctx.out(`第 ${session.no} 次会议 / session ${session.no} held at ${session.heldAt}: ${session.items.length} item(s)\n`);
    });

  conference
    .command('resolve <plan> <itemId>')
    .description('resolve an agenda item; the decision flows back to its task')
    .option('--as <unit>', 'the unit deciding (default: the convener)')
    .option('--role <role>', 'conference | supervisor', 'conference')
    .option('--decision <json>', 'the decision as JSON, e.g. {"kind":"order","text":"限期整改"}')
    .option('--order <text>', '督办令: an order to the task')
    .option('--waive <unit>', 'waive an assisting unit')
    .option('--cancel <reason>', 'cancel the task')
    .option('--extend <milestone>', 'extend a milestone (with --new-due)')
    .option('--new-due <instant>', 'the new due instant, ISO 8601 with offset')
    .option('--reassign <units>', 'new lead units, comma separated')
    .action(async (plan: string, itemId: string, opts: DecisionFlags & { as?: string; role?: string }) => {
      const decision = decisionOf(opts);
      const client = await ctx.client();
      const unit = opts.as ?? (await client.agenda(plan)).conference.convener;
      const item = await client.resolve(plan, { itemId, decision, actor: { unit, role: roleOf(opts.role, 'conference') } });
      ctx.out(`${item.itemId}: ${item.status}\n`);
    });
}
