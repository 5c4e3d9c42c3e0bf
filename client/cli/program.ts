// The `duban` command line: import, load, tasks list/show, send, conference (commander, --help everywhere).
import { Command, Option } from 'commander';
import { SingleBar } from 'cli-progress';
import type { Actor } from '../../machines';
import { LIFECYCLE_STATES, SUPERVISION_STATES } from '../../machines';
import { formatIssues } from '../../machines/zod-issues';
import { fromFile, type PlanInput } from '../plan-input';
import { parseTaskRef } from '../task-ref';
import { TaskFiltersSchema } from '../visibility';
import { conferenceCommands } from './conference';
import { importProgress } from './import-progress';
import { reportCommand } from './report';
import type { CliContext } from './context';
import { UsageError } from './exit';
import { eventBodyOf, type PayloadFlags } from './payload';
import { table } from './table';
import { linkToParent } from '../parent-link';

interface ParentFlags {
  parent?: string;
  parentUnit?: string;
}

async function loadWithProgress(ctx: CliContext, given: PlanInput, link: ParentFlags = {}): Promise<void> {
  const client = await ctx.client();
  if (link.parentUnit !== undefined && link.parent === undefined) throw new UsageError('--parent-unit needs --parent <plan>:<no>');
  const input = link.parent === undefined ? given : { ...given, plan: await linkToParent(given.plan, link.parent, (id) => client.view(id), link.parentUnit) };
  if (input.plan.parent !== null) ctx.out(`${input.plan.id}: implements ${input.plan.parent.planId}:${input.plan.parent.taskNo}${input.plan.parent.unit === null ? ' (progress only: no unit of that task answers through this plan)' : ` for ${input.plan.parent.unit}`}\n`);
  const bar = new SingleBar({ format: `${input.plan.id} [{bar}] {value}/{total} tasks`, stream: process.stderr, hideCursor: true, noTTYOutput: false });
  bar.start(input.plan.tasks.length, 0);
  try {
    const result = await client.load(input.plan, (done, total) => bar.update(done, { total }));
    bar.stop();
    ctx.out(`${input.plan.id}: ${result.started} started, ${result.existing} already running; conference ${result.conference}\n`);
  } catch (err) {
    bar.stop();
    throw err;
  }
}

const summaryLine = ({ plan, report }: PlanInput): string =>
  `${plan.id}「${plan.title}」: ${plan.tasks.length} 项任务, ${plan.units.length} 个单位${report ? `; 报告 ${JSON.stringify(report.counts)}` : ''}\n`;

function checkDate(date: string | undefined, flag = '--rebase'): string | undefined {
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`${flag} expects YYYY-MM-DD, got "${date}"`);
  return date;
}

interface ListOptions {
  plan?: string;
  taskNo?: string;
  state?: string;
  supervision?: string;
  lead?: string;
  assisting?: string;
  parent?: string;
  dueBefore?: string;
  pageSize?: string;
  nextPageToken?: string;
  json?: boolean;
}

export function buildProgram(ctx: CliContext): Command {
  const program = new Command()
    .name('duban')
    .description('督办 — import task-division lists, run every task on Temporal, send events, watch the conference')
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({ writeOut: ctx.out, writeErr: ctx.err })
    .addHelpText('after', '\nExit codes: 0 ok, 1 refused by the machine, 2 usage or bad input, 3 Temporal unreachable, 4 not found.\nConnection: a Temporal CLI profile (TEMPORAL_PROFILE, TEMPORAL_CONFIG_FILE), then TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TEMPORAL_TLS*, TEMPORAL_API_KEY; DUBAN_TASK_QUEUE.');

  program
    .command('import <file>')
    .description('import a task-division list (.txt, .csv, .html, .xlsx, .docx, .doc, .pdf with a text layer) or plan JSON; without --dry-run the plan is loaded into Temporal; a large file shows its progress on stderr')
    .option('--dry-run', 'only import and print; nothing is started')
    .option('--json', 'print JSON { plan, report }')
    .option('--rebase <date>', 'move every date so the plan is issued on YYYY-MM-DD')
    .option('--issued-on <date>', 'the issue date YYYY-MM-DD, for a document that prints none (it also gives the plan its year)')
    .option('--overrides <file>', 'read the document with these overrides (JSON; its reading names the list\'s own words), instead of overrides/<plan>.json beside it')
    .option('--parent <task>', 'load the plan as the implementation of an upper level\'s task, e.g. liaoning-2020:3')
    .option('--parent-unit <unit>', 'the unit of that task answering through this plan (default: the plan\'s issuer, when the task names it)')
    .action(async (file: string, opts: { dryRun?: boolean; json?: boolean; rebase?: string; issuedOn?: string; overrides?: string } & ParentFlags) => {
      const progress = importProgress(ctx, file);
      const issuedOn = checkDate(opts.issuedOn, '--issued-on');
      const extras = { ...(issuedOn === undefined ? {} : { issuedOn }), ...(progress === undefined ? {} : { progress }), ...(opts.overrides === undefined ? {} : { overridesFile: opts.overrides }) };
      const input = await fromFile(file, checkDate(opts.rebase), extras);
      ctx.out(opts.json ? `${JSON.stringify(input, null, 2)}\n` : summaryLine(input));
      if (!opts.dryRun) await loadWithProgress(ctx, input, opts);
    });

  program
    .command('load <file>')
    .description('load a plan (canonical plan JSON or a document) into Temporal, with a progress bar; idempotent')
    .option('--rebase <date>', 'move every date so the plan is issued on YYYY-MM-DD')
    .option('--parent <task>', 'load the plan as the implementation of an upper level\'s task, e.g. liaoning-2020:3')
    .option('--parent-unit <unit>', 'the unit of that task answering through this plan (default: the plan\'s issuer, when the task names it)')
    .action(async (file: string, opts: { rebase?: string } & ParentFlags) => loadWithProgress(ctx, await fromFile(file, checkDate(opts.rebase)), opts));

  const tasks = program.command('tasks').description('read tasks');
  tasks
    .command('list')
    .description('list tasks from visibility (search attributes)')
    .option('--plan <id>', 'plan id')
    .option('--task-no <no>', 'task number')
    .addOption(new Option('--state <state>', 'lifecycle state').choices(LIFECYCLE_STATES))
    .addOption(new Option('--supervision <s>', 'supervision colour state').choices(SUPERVISION_STATES))
    .option('--lead <unit>', 'primary lead unit')
    .option('--assisting <unit>', 'an assisting unit, or a member of an assisting collective')
    .option('--parent <task>', 'tasks of plans that implement this upper-level task, e.g. liaoning-2020:1-2')
    .option('--due-before <instant>', 'due before, ISO 8601 with offset')
    .option('--page-size <n>', 'rows per page', '100')
    .option('--next-page-token <token>', 'continue a listing')
    .option('--json', 'print JSON')
    .action(async (opts: ListOptions) => {
      const { json, pageSize, nextPageToken, ...rest } = opts;
      const filters = TaskFiltersSchema.safeParse(rest);
      if (!filters.success) throw new UsageError(formatIssues(filters.error, { prefix: '--' }));
      const size = Number(pageSize);
      if (!Number.isInteger(size) || size < 1 || size > 1000) throw new UsageError('--page-size must be 1..1000');
      const page = await (await ctx.client()).list(filters.data, { pageSize: size, ...(nextPageToken ? { nextPageToken } : {}) });
      if (json) return ctx.out(`${JSON.stringify(page, null, 2)}\n`);
      ctx.out(`${table(['task', 'state', 'supervision', 'lead', 'due'], page.tasks.map((t) => [t.id, t.state ?? '', t.supervision ?? '', t.leadUnits.join('、'), t.dueAt ?? '']))}\n`);
      if (page.nextPageToken) ctx.out(`… more: --next-page-token ${page.nextPageToken}\n`);
    });
  tasks
    .command('show <task>')
    .description('one task with its history; <task> is task:<plan>:<no>, <plan>:<no> or <plan>/<no>')
    .option('--json', 'print the view as JSON')
    .action(async (task: string, opts: { json?: boolean }) => {
      const view = await (await ctx.client()).view(parseTaskRef(task).workflowId);
      if (opts.json) return ctx.out(`${JSON.stringify(view, null, 2)}\n`);
      ctx.out(`【${view.planId}-${view.taskNo}】${view.text}\n牵头：${view.leadUnits.join('、')}  状态：${view.state.lifecycle} / ${view.state.supervision} (${view.colour})\n`);
      if (view.nextMilestone) ctx.out(`下一节点：${view.nextMilestone.id} ${view.nextMilestone.due}\n`);
      ctx.out(`${table(['at', 'event', 'actor'], view.history.map((h) => [String(h.at), String(h.type), `${h.actor.unit} (${h.actor.role})`]))}\n`);
    });

  program
    .command('send <task> <event>')
    .description('send an event (ISSUE_MEASURES, START, REPORT_PROGRESS, SUBMIT, VERIFY …) to a task as a unit')
    .requiredOption('--as <unit>', 'the sending unit, e.g. 市民政局')
    .addOption(new Option('--role <role>', 'default: lead if the unit leads the task, else assisting').choices(['lead', 'assisting', 'supervisor', 'conference']))
    .option('--data <json>', 'the payload as a JSON object')
    .option('--measures <text>').option('--document-ref <ref>').option('--summary <text>').option('--percent <n>')
    .option('--evidence <text>').option('--note <text>').option('--reason <text>').option('--milestone <id>')
    .option('--new-due <instant>').option('--due <instant>').option('--approve').option('--no-approve')
    .option('--issued-at <instant>').option('--ref <ref>').option('--decision <json>').option('--item-id <id>')
    .option('--event-id <id>', 'idempotency key: a repeat is refused with DUPLICATE_EVENT')
    .action(async (task: string, event: string, opts: PayloadFlags & { as: string; role?: Actor['role'] }) => {
      const ref = parseTaskRef(task);
      const body = eventBodyOf(event, opts);
      const client = await ctx.client();
      const role = opts.role ?? ((await client.view(ref.workflowId)).actingLeads.includes(opts.as) ? 'lead' : 'assisting');
      const { eventId, ...payload } = body;
      const view = await client.send(ref.workflowId, { ...payload, actor: { unit: opts.as, role }, ...(eventId === undefined ? {} : { eventId }) });
      ctx.out(`${ref.workflowId}: ${event} accepted → ${view.state.lifecycle} / ${view.state.supervision} (${view.colour})\n`);
    });

  conferenceCommands(program, ctx);
  reportCommand(program, ctx);
  return program;
}
