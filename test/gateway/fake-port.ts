// NOT a Temporal mock: an in-memory implementation of the gateway's port (DubanPort) for routing and auth tests.
// It records what the gateway asked for; nothing here claims to test workflows (see e2e.test.ts for that).
import { pino, type Logger } from 'pino';
import type { Actor, Plan, TransitionResult } from '../../machines';
import type { AgendaItem, AgendaView, ResolutionRequest, SessionRecord, TransitionRequest } from '../../workflows/messages';
import type { DubanPort, LoadResult, PageRequest, TaskPage, TaskRecord } from '../../client/duban-client';
import { DubanError } from '../../client/errors';
import type { TaskFilters } from '../../client/visibility';
import { buildGateway } from '../../client/gateway/app';
import { hashToken, type TokenFile, type TokenGrant } from '../../client/tokens';

export const taskView = (planId: string, taskNo: string, leadUnits: string[]): TaskRecord => ({
  planId,
  taskNo,
  text: `task ${taskNo}`,
  state: { lifecycle: 'draft', supervision: 'onTrack' },
  closed: false,
  colour: 'green',
  leadUnits,
  actingLeads: leadUnits,
  assists: [],
  members: [],
  membersNote: null,
  parent: null,
  childPlans: [],
  measures: null,
  progress: [],
  evidence: null,
  milestones: [],
  nextMilestone: null,
  extensionRequest: null,
  escalation: null,
  orders: [],
  history: [],
  historyCount: 0,
  run: 1,
  workflowStatus: 'RUNNING',
} satisfies Omit<TaskRecord, 'deadlines'> as unknown as TaskRecord);

export class FakePort implements DubanPort {
  readonly sent: { taskId: string; request: TransitionRequest }[] = [];
  readonly listed: { filters: TaskFilters; page: PageRequest | undefined }[] = [];
  readonly convened: { planId: string; actor: Actor }[] = [];
  /** the next send is refused with this error */
  refuse: DubanError | null = null;
  reachable = true;
  constructor(readonly tasks: Map<string, TaskRecord> = new Map()) {}

  private find(taskId: string): TaskRecord {
    const task = this.tasks.get(taskId);
    if (!task) throw new DubanError('UNKNOWN_TASK', `no such task: ${taskId}`);
    return task;
  }
  async send(taskId: string, request: TransitionRequest): Promise<TransitionResult> {
    const task = this.find(taskId);
    if (this.refuse) throw this.refuse;
    this.sent.push({ taskId, request });
    const { planId, taskNo, closed, colour, leadUnits, actingLeads, membersNote, nextMilestone, milestones, historyCount } = task;
    return { planId, taskNo, closed, colour, leadUnits, actingLeads, membersNote, nextMilestone, milestones, historyCount, state: { lifecycle: 'measuresIssued', supervision: 'onTrack' }, accepted: null };
  }
  async view(taskId: string): Promise<TaskRecord> {
    return this.find(taskId);
  }
  async list(filters: TaskFilters, page?: PageRequest): Promise<TaskPage> {
    this.listed.push({ filters, page });
    return { tasks: [], nextPageToken: null };
  }
  async agenda(planId: string): Promise<AgendaView> {
    return { planId, conference: { name: 'c', convener: 'x', office: 'x', members: [], origin: 'default' }, open: [], closed: [], sessions: [], nextSessionAt: null };
  }
  async convene(planId: string, actor: Actor): Promise<SessionRecord> {
    this.convened.push({ planId, actor });
    return { no: 1, heldAt: '2025-01-01T00:00:00.000Z', convenedBy: 'office', items: [] };
  }
  async resolve(_planId: string, request: ResolutionRequest): Promise<AgendaItem> {
    throw new DubanError('UNKNOWN_ITEM', `no item ${request.itemId}`);
  }
  async load(plan: Plan): Promise<LoadResult> {
    return { started: plan.tasks.length, existing: 0, conference: 'started' };
  }
  async health(): Promise<{ serverVersion: string }> {
    if (!this.reachable) throw new DubanError('UNAVAILABLE', 'down');
    return { serverVersion: 'fake' };
  }
}

/** Tokens of the tests: plaintext → grant. */
export const TOKENS: Record<string, TokenGrant> = {
  'tok-qz-minzheng': { planId: 'qinzhou-2015', unit: '市民政局', role: 'unit', label: 'qz 市民政局' },
  'tok-qz-caizheng': { planId: 'qinzhou-2015', unit: '市财政局', role: 'unit', label: 'qz 市财政局' },
  'tok-qz-office': { planId: 'qinzhou-2015', unit: '市民政局', role: 'supervisor', label: 'qz 督查' },
  'tok-cz-minzheng': { planId: 'changzhou-2015', unit: '市民政局', role: 'unit', label: 'cz 市民政局' },
};
export const tokenFile = (): TokenFile => Object.fromEntries(Object.entries(TOKENS).map(([t, g]) => [hashToken(t), g]));
export const bearer = (token: string): { authorization: string } => ({ authorization: `Bearer ${token}` });

export const silentLogger = (): Logger => pino({ level: 'silent' });

/** The gateway over a FakePort holding qinzhou task 7 (lead 市民政局). */
export function gatewayWithFake(logger: Logger = silentLogger()): { app: ReturnType<typeof buildGateway>; port: FakePort } {
  const port = new FakePort(new Map([['task:qinzhou-2015:7', taskView('qinzhou-2015', '7', ['市民政局'])]]));
  return { app: buildGateway({ client: port, tokens: tokenFile(), logger, taskQueue: 'test' }), port };
}
