// Typed client over @temporalio/client: send events, read views and lists, run the conference, load plans.
import type { Client } from '@temporalio/client';
import { decodeTypedSearchAttributes } from '@temporalio/common/lib/converter/payload-search-attributes';
import { channelRefusal, fromEpochMs, parseEvent, type Actor, type HistoryPage, type Plan, type TaskView, type TransitionResult } from '../machines';
import { conferenceWorkflowId } from '../workflows/ids';
import {
  agendaQuery,
  conveneUpdate,
  resolveUpdate,
  transitionUpdate,
  viewQuery,
  type AgendaItem,
  type AgendaView,
  type ResolutionRequest,
  type SessionRecord,
  type TransitionRequest,
} from '../workflows/messages';
import { AssistingUnits, DueAt, LeadUnit, LeadUnits, PlanId, Supervision, TaskNo, TaskState } from '../workflows/search-attributes';
import { DubanError, toDubanError } from './errors';
import { loadPlan } from './load';
import { parseTaskRef } from './task-ref';
import { decodePageToken, encodePageToken } from './page-token';
import { sendUpdate } from './send-update';
import { buildTaskQuery, type TaskFilters } from './visibility';

/** the task's view, plus its run and the status of its workflow execution (RUNNING, COMPLETED, TERMINATED …) */
export type TaskRecord = TaskView & { run: number; workflowStatus: string };

/** One row of a visibility listing: what the search attributes say, without querying the workflow. */
export interface TaskSummary {
  id: string;
  planId: string | null;
  taskNo: string | null;
  state: string | null;
  supervision: string | null;
  leadUnit: string | null;
  /** every lead unit (co-led tasks have several) */
  leadUnits: string[];
  assistingUnits: string[];
  dueAt: string | null;
  status: string;
}

export interface TaskPage {
  tasks: TaskSummary[];
  /** opaque; pass it back for the next page, null on the last one */
  nextPageToken: string | null;
}

export interface PageRequest {
  pageSize?: number;
  nextPageToken?: string;
}

export interface LoadResult {
  started: number;
  existing: number;
  conference: 'started' | 'existing';
}

/** What the gateway and the CLI need from Temporal; DubanClient is the one real implementation. */
export interface DubanPort {
  send(taskId: string, request: TransitionRequest): Promise<TransitionResult>;
  view(taskId: string, page?: HistoryPage): Promise<TaskRecord>;
  list(filters: TaskFilters, page?: PageRequest): Promise<TaskPage>;
  agenda(planId: string): Promise<AgendaView>;
  convene(planId: string, actor: Actor): Promise<SessionRecord>;
  resolve(planId: string, request: ResolutionRequest): Promise<AgendaItem>;
  load(plan: Plan, onProgress?: (done: number, total: number) => void): Promise<LoadResult>;
  /** resolves when Temporal answers; throws UNAVAILABLE otherwise */
  health(): Promise<{ serverVersion: string }>;
}

const STATUS_NAMES = ['UNSPECIFIED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED', 'TERMINATED', 'CONTINUED_AS_NEW', 'TIMED_OUT'];

export class DubanClient implements DubanPort {
  constructor(
    readonly client: Client,
    readonly taskQueue: string,
  ) {}

  async send(taskId: string, request: TransitionRequest): Promise<TransitionResult> {
    const ref = parseTaskRef(taskId);
    const handle = this.client.workflow.getHandle(ref.workflowId);
    const context = { taskId: ref.workflowId, event: String(request.type) };
    // the limits and the channel rule, checked here as the workflow will check them: no round trip for a refusal
    const local = channelRefusal('transition', request) ?? parseEvent({ ...request, at: fromEpochMs(Date.now()) });
    if (!local.ok) throw new DubanError(local.code, `${local.message_zh} / ${local.message_en}`, context);
    try {
      return await sendUpdate(handle, transitionUpdate, [request]);
    } catch (err) {
      const mapped = toDubanError(err, { notFound: 'UNKNOWN_TASK', context });
      if (mapped.code !== 'UNKNOWN_TASK') throw mapped;
      // An Update cannot reach a closed workflow: tell "closed by its own rules" (verified, cancelled)
      // from "stopped from outside" (terminated, failed, timed out) and from "never existed".
      const status = await handle.describe().then(
        (d) => d.status.name,
        () => null,
      );
      if (status === null || status === 'RUNNING') throw mapped;
      if (status === 'COMPLETED') throw new DubanError('TASK_CLOSED', `任务已办结 / the task is closed: ${ref.workflowId}`, context);
      throw new DubanError('TASK_TERMINATED', `任务的工作流已非正常结束（${status}），未经核验或撤销 / the task's workflow ended abnormally (${status}), neither verified nor cancelled: ${ref.workflowId}`, context);
    }
  }

  async view(taskId: string, page: HistoryPage = {}): Promise<TaskRecord> {
    const ref = parseTaskRef(taskId);
    const handle = this.client.workflow.getHandle(ref.workflowId);
    try {
      const [view, description] = await Promise.all([handle.query(viewQuery, page), handle.describe()]);
      const workflowStatus = description.status.name;
      // a terminated task is closed whatever its last snapshot says
      return { ...view, closed: view.closed || workflowStatus !== 'RUNNING', workflowStatus };
    } catch (err) {
      throw toDubanError(err, { notFound: 'UNKNOWN_TASK', context: { taskId: ref.workflowId } });
    }
  }

  async list(filters: TaskFilters, page: PageRequest = {}): Promise<TaskPage> {
    const query = buildTaskQuery(filters);
    const serverToken = page.nextPageToken === undefined ? undefined : decodePageToken(page.nextPageToken, query);
    try {
      const response = await this.client.workflowService.listWorkflowExecutions({
        namespace: this.client.options.namespace,
        query,
        pageSize: page.pageSize ?? 100,
        ...(serverToken ? { nextPageToken: serverToken } : {}),
      });
      const tasks = (response.executions ?? []).map((e): TaskSummary => {
        const attrs = decodeTypedSearchAttributes(e.searchAttributes?.indexedFields);
        const due = attrs.get(DueAt);
        const leadUnit = attrs.get(LeadUnit) ?? null;
        return {
          id: e.execution?.workflowId ?? '',
          planId: attrs.get(PlanId) ?? null,
          taskNo: attrs.get(TaskNo) ?? null,
          state: attrs.get(TaskState) ?? null,
          supervision: attrs.get(Supervision) ?? null,
          leadUnit,
          // runs started before LeadUnits existed have only their first lead
          leadUnits: attrs.get(LeadUnits) ?? (leadUnit === null ? [] : [leadUnit]),
          assistingUnits: attrs.get(AssistingUnits) ?? [],
          dueAt: due ? due.toISOString() : null,
          status: STATUS_NAMES[e.status ?? 0] ?? 'UNSPECIFIED',
        };
      });
      const token = response.nextPageToken;
      return { tasks, nextPageToken: token && token.length > 0 ? encodePageToken(token, query) : null };
    } catch (err) {
      throw toDubanError(err, { notFound: 'UNKNOWN_PLAN', context: { query } });
    }
  }

  agenda(planId: string): Promise<AgendaView> {
    return this.onConference(planId, (h) => h.query(agendaQuery));
  }

  convene(planId: string, actor: Actor): Promise<SessionRecord> {
    return this.onConference(planId, (h) => h.executeUpdate(conveneUpdate, { args: [{ actor }] }));
  }

  resolve(planId: string, request: ResolutionRequest): Promise<AgendaItem> {
    return this.onConference(planId, (h) => h.executeUpdate(resolveUpdate, { args: [request] }));
  }

  async load(plan: Plan, onProgress?: (done: number, total: number) => void): Promise<LoadResult> {
    try {
      return await loadPlan(this.client, plan, { taskQueue: this.taskQueue, ...(onProgress ? { onProgress } : {}) });
    } catch (err) {
      throw toDubanError(err, { notFound: 'UNKNOWN_PLAN', context: { planId: plan.id } });
    }
  }

  async health(): Promise<{ serverVersion: string }> {
    try {
      const info = await this.client.connection.withDeadline(Date.now() + 3000, () => this.client.connection.workflowService.getSystemInfo({}));
      return { serverVersion: info.serverVersion ?? 'unknown' };
    } catch (err) {
      throw toDubanError(err, { notFound: 'UNKNOWN_PLAN', context: {} });
    }
  }

  private async onConference<T>(planId: string, call: (handle: ReturnType<Client['workflow']['getHandle']>) => Promise<T>): Promise<T> {
    const workflowId = conferenceWorkflowId(planId);
    try {
      return await call(this.client.workflow.getHandle(workflowId));
    } catch (err) {
      throw toDubanError(err, { notFound: 'UNKNOWN_PLAN', context: { planId } });
    }
  }
}
