// Fault drills: the dev server stopped and restarted on its SQLite file mid-flight; a worker SIGKILLed and restarted.
import { sendUpdate } from '../../client/send-update';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { pino } from 'pino';
import { loadPlan } from '../../client/load';
import { startDevServer, type DevServer } from '../../worker/dev-server';
import { toIso } from '../../machines';
import { taskWorkflowId } from '../../workflows/ids';
import { transitionUpdate, viewQuery, type TransitionRequest } from '../../workflows/messages';
import { temporalCliPath } from './servers';
import { forkTs, workerStarted, type Child } from './child';
import { LEAD, OFFICE, say, syntheticPlan } from './worker-harness';
import type { WorkerChildMessage } from './worker-child';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

interface Ctx {
  dataDir: string;
  port: number;
  uiPort: number;
  server: DevServer;
  client: Client;
  taskQueue: string;
  worker: Child<WorkerChildMessage>;
}

const serve = (dataDir: string, port: number, uiPort: number): Promise<DevServer> =>
  startDevServer({ cliPath: temporalCliPath(), dataDir, port, uiPort, namespace: 'default', logger: pino({ level: 'silent' }) });

async function startWorker(address: string, taskQueue: string): Promise<Child<WorkerChildMessage>> {
  const worker = forkTs<WorkerChildMessage>(new URL('./worker-child.ts', import.meta.url), { BENCH_ADDRESS: address, BENCH_TASK_QUEUE: taskQueue });
  await workerStarted(worker);
  return worker;
}

/** poll until `ok` or the time runs out; returns whether it held */
async function until(ok: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await ok().catch(() => false)) return true;
    await sleep(1_000);
  }
  return false;
}

async function failedTasks(client: Client, ids: readonly string[]): Promise<string[]> {
  const failed: string[] = [];
  for (const id of ids) {
    const events = (await client.workflow.getHandle(id).fetchHistory()).events ?? [];
    if (events.some((e) => e.workflowTaskFailedEventAttributes)) failed.push(id);
  }
  return failed;
}

type Snap = { state: string; history: number; events: number; due: string | null };
async function snapOf(client: Client, id: string): Promise<Snap> {
  const h = client.workflow.getHandle(id);
  const v = await h.query(viewQuery);
  return { state: `${v.state.lifecycle}/${v.state.supervision}`, history: v.history.length, events: (await h.fetchHistory()).events?.length ?? 0, due: v.nextMilestone?.due ?? null };
}

/** Drill 1: stop the server; a due date passes while it is down; restart on the same SQLite file. */
async function serverRestartDrill(ctx: Ctx): Promise<boolean> {
  const plan = syntheticPlan('drill-restart', 4, { only: ['34'] });
  await loadPlan(ctx.client, plan, { taskQueue: ctx.taskQueue });
  const ids = plan.tasks.map((t) => taskWorkflowId(plan.id, t.no));
  const send = (i: number, req: TransitionRequest) => ctx.client.workflow.getHandle(ids[i]!).executeUpdate(transitionUpdate, { args: [req] });
  await send(1, { type: 'ISSUE_MEASURES', actor: LEAD, measures: '印发方案' });
  await send(2, { type: 'ISSUE_MEASURES', actor: LEAD, measures: '印发方案' });
  await send(2, { type: 'START', actor: LEAD });
  // task 3: the supervisor sets its measures deadline 25 s from now — it passes while the server is down
  const view = await ctx.client.workflow.getHandle(ids[3]!).query(viewQuery);
  const due = toIso(Date.now() + 25_000);
  await send(3, { type: 'SET_DEADLINE', actor: OFFICE, milestone: view.nextMilestone?.id ?? 'measures', due });
  await until(async () => (await snapOf(ctx.client, ids[3]!)).state.endsWith('/dueSoon'), 15_000);
  const before = await Promise.all(ids.map((id) => snapOf(ctx.client, id)));
  say(`restart drill: before ${before.map((s) => s.state).join(', ')}; stopping the server (due ${due})`);
  await ctx.server.stop();
  await sleep(Math.max(0, Date.parse(due) - Date.now()) + 5_000);
  ctx.server = await serve(ctx.dataDir, ctx.port, ctx.uiPort);
  say('restart drill: server back on the same SQLite file');
  if (ctx.worker.process.exitCode !== null) {
    say('restart drill: the worker had exited; starting another');
    ctx.worker = await startWorker(ctx.server.address, ctx.taskQueue);
  }
  const fired = await until(async () => (await snapOf(ctx.client, ids[3]!)).state.endsWith('/overdue'), 90_000);
  const after = await Promise.all(ids.map((id) => snapOf(ctx.client, id)));
  const kept = before.every((b, i) => after[i]!.history >= b.history && after[i]!.events >= b.events && (i === 3 || after[i]!.state === b.state));
  const failed = await failedTasks(ctx.client, ids);
  say(`restart drill: after ${after.map((s) => s.state).join(', ')}; overdue timer fired after restart: ${fired}; state and history kept: ${kept}; workflow task failures: ${failed.length}`);
  return fired && kept && failed.length === 0;
}

/** Drill 2: SIGKILL the worker while Updates are in flight, start another; every Update lands exactly once. */
async function workerKillDrill(ctx: Ctx, tasks: number): Promise<boolean> {
  const plan = syntheticPlan('drill-kill', tasks, { only: ['34'] });
  await loadPlan(ctx.client, plan, { taskQueue: ctx.taskQueue });
  const ids = plan.tasks.map((t) => taskWorkflowId(plan.id, t.no));
  const reports = 4;
  const drive = async (id: string): Promise<number> => {
    const h = ctx.client.workflow.getHandle(id);
    // as the typed client sends: one update id per event, sent again when the kill cut it off
    await sendUpdate(h, transitionUpdate, [{ type: 'ISSUE_MEASURES', actor: LEAD, measures: '印发方案' }]);
    await sendUpdate(h, transitionUpdate, [{ type: 'START', actor: LEAD }]);
    for (let i = 0; i < reports; i++) {
      await sendUpdate(h, transitionUpdate, [{ type: 'REPORT_PROGRESS', actor: LEAD, summary: `进展${i}`, eventId: `${id}:r${i}` }]);
    }
    return reports;
  };
  const driving = Promise.allSettled(ids.map(drive));
  await sleep(1_500);
  say(`kill drill: SIGKILL worker pid ${ctx.worker.process.pid} with Updates in flight`);
  await ctx.worker.kill('SIGKILL');
  await sleep(2_000);
  ctx.worker = await startWorker(ctx.server.address, ctx.taskQueue);
  const settled = await Promise.race([driving, sleep(180_000).then(() => null)]);
  const errors = settled === null ? ['timed out'] : settled.filter((s) => s.status === 'rejected').map((s) => String((s as PromiseRejectedResult).reason));
  const views = await Promise.all(ids.map((id) => ctx.client.workflow.getHandle(id).query(viewQuery)));
  const complete = views.filter((v) => v.state.lifecycle === 'inProgress.implementing' && v.progress.length === reports && v.history.length === reports + 2).length;
  const failed = await failedTasks(ctx.client, ids);
  say(`kill drill: ${complete}/${tasks} tasks with every Update exactly once; client errors ${errors.length}${errors[0] ? ` (${errors[0]})` : ''}; workflow task failures ${failed.length}`);
  return complete === tasks && errors.length === 0 && failed.length === 0;
}

export async function runDrills(): Promise<boolean> {
  say('drills: starting a dev server on a fresh SQLite file');
  const dataDir = mkdtempSync(join(tmpdir(), 'duban-drill-'));
  const [port, uiPort] = [await freePort(), await freePort()];
  const server = await serve(dataDir, port, uiPort);
  const connection = await Connection.connect({ address: server.address });
  const taskQueue = 'drills';
  const ctx: Ctx = { dataDir, port, uiPort, server, client: new Client({ connection }), taskQueue, worker: await startWorker(server.address, taskQueue) };
  say(`drills: dev server on ${server.address}, SQLite under ${dataDir}`);
  try {
    const restart = await serverRestartDrill(ctx);
    const kill = await workerKillDrill(ctx, 20);
    say(`drills: server restart ${restart ? 'PASSED' : 'FAILED'}; worker kill ${kill ? 'PASSED' : 'FAILED'}`);
    return restart && kill;
  } finally {
    ctx.worker.send({ kind: 'stop' });
    await ctx.worker.kill();
    await connection.close();
    await ctx.server.stop();
  }
}
