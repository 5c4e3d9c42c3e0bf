// Task routes: send an event (→ the `transition` Update), read one task, list tasks from visibility.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { LIMITS, type Actor, type TransitionResult } from '../../machines';
import type { TransitionRequest } from '../../workflows/messages';
import type { DubanPort, TaskRecord } from '../duban-client';
import { DubanError } from '../errors';
import { parseTaskRef } from '../task-ref';
import { actorFor, LeadUnits, refuseTokenFields, requireGrant, requirePlan } from './auth';
import {
  errorResponses,
  EventBodySchema,
  TaskIdParamsSchema,
  TaskListQuerySchema,
  TaskPageSchema,
  TaskPathParamsSchema,
  TaskViewQuerySchema,
  TaskViewSchema,
  TransitionResultSchema,
  type EventBody,
} from './schemas';

const security = [{ bearer: [] }];

async function sendEvent(port: DubanPort, leads: LeadUnits, req: FastifyRequest, rawId: string, body: EventBody): Promise<TransitionResult & Record<string, unknown>> {
  const grant = requireGrant(req);
  const ref = parseTaskRef(rawId);
  requirePlan(grant, ref.planId);
  const idempotencyKey = req.headers['idempotency-key'];
  const { eventId: bodyEventId, ...payload } = body;
  const eventId = bodyEventId ?? (typeof idempotencyKey === 'string' && idempotencyKey.length > 0 ? idempotencyKey : undefined);
  const attempt = async (actor: Actor): Promise<TransitionResult> => {
    const request: TransitionRequest = { ...payload, actor, ...(eventId === undefined ? {} : { eventId }) };
    const view = await port.send(ref.workflowId, request);
    leads.set(ref.workflowId, view.actingLeads);
    req.log.child({ taskId: ref.workflowId, event: body.type, unit: actor.unit, role: actor.role }).info(
      { lifecycle: view.state.lifecycle, supervision: view.state.supervision },
      'event accepted',
    );
    return view;
  };
  const cached = leads.get(ref.workflowId) !== undefined;
  const actor = await actorFor(grant, ref.workflowId, port, leads);
  try {
    return { ...(await attempt(actor)) };
  } catch (err) {
    // a cached lead list may be stale (the conference reassigned the lead): ask the task and try once more
    if (!cached || grant.role !== 'unit' || !(err instanceof DubanError) || err.code !== 'FORBIDDEN_ACTOR') throw err;
    leads.forget(ref.workflowId);
    const fresh = await actorFor(grant, ref.workflowId, port);
    if (fresh.role === actor.role) throw err;
    return { ...(await attempt(fresh)) };
  }
}

async function showTask(port: DubanPort, req: FastifyRequest, rawId: string, query: { historyBefore?: number | undefined; historyLimit?: number | undefined }): Promise<TaskRecord & Record<string, unknown>> {
  const ref = parseTaskRef(rawId);
  requirePlan(requireGrant(req), ref.planId);
  const page = { ...(query.historyBefore === undefined ? {} : { before: query.historyBefore }), ...(query.historyLimit === undefined ? {} : { limit: query.historyLimit }) };
  return { ...(await port.view(ref.workflowId, page)) };
}

export function taskRoutes(app: FastifyInstance, port: DubanPort): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const leads = new LeadUnits();
  const eventSchema = {
    tags: ['tasks'],
    summary: 'Send an event to a task (→ the transition Update)',
    description:
      'The body is the event: `{ "type": "ISSUE_MEASURES", "measures": "…" }`. The actor is the bearer token’s unit (lead or assisting as the task names it, ' +
      'or the conference office / convener); a body `actor` or `at` is refused with 400. An optional `eventId` (or `Idempotency-Key` header) makes a retry safe: ' +
      'a repeat is refused with 409 DUPLICATE_EVENT. The answer is compact: the new state, dates and the history line added (the whole task is `GET /tasks/{id}`). ' +
      `Limits: a body of at most ${LIMITS.eventBodyBytes} bytes; texts of at most ${LIMITS.text} characters (measures and evidence ${LIMITS.longText}, ids and references ${LIMITS.shortText}), ` +
      'not blank, without control or bidi-override characters; dates in the plan’s window. ' +
      'Refusals carry the machine’s code: 400 BAD_PAYLOAD / BAD_TEXT / DATE_OUT_OF_RANGE, 413 TOO_LARGE, 403 FORBIDDEN_ACTOR / NOT_ON_AGENDA (RESOLVE goes to POST /conference/{plan}/resolutions), ' +
      '404 UNKNOWN_TASK, 409 TRANSITION_NOT_ALLOWED / ASSISTS_OUTSTANDING / DUPLICATE_EVENT / TASK_CLOSED …, 410 TASK_TERMINATED.',
    security,
    body: EventBodySchema,
    response: { 200: TransitionResultSchema, ...errorResponses },
  };
  const preValidation = async (req: FastifyRequest): Promise<void> => refuseTokenFields(req.body);
  const bodyLimit = LIMITS.eventBodyBytes;

  api.post('/tasks/:id/events', { schema: { ...eventSchema, params: TaskIdParamsSchema }, preValidation, bodyLimit }, (req) =>
    sendEvent(port, leads, req, req.params.id, req.body),
  );
  api.post('/tasks/:plan/:no/events', { schema: { ...eventSchema, summary: `${eventSchema.summary} (path form <planId>/<no>)`, params: TaskPathParamsSchema }, preValidation, bodyLimit }, (req) =>
    sendEvent(port, leads, req, `${req.params.plan}:${req.params.no}`, req.body),
  );

  const showSchema = {
    tags: ['tasks'],
    summary: 'One task: state, milestones, assisting units and a page of its history',
    description: `The task keeps its newest ${LIMITS.keptHistory} history entries (Temporal’s own history keeps every event); \`historyBefore\` (a seq) and \`historyLimit\` page through them.`,
    security,
    querystring: TaskViewQuerySchema,
    response: { 200: TaskViewSchema, ...errorResponses },
  };
  api.get('/tasks/:id', { schema: { ...showSchema, params: TaskIdParamsSchema } }, (req) => showTask(port, req, req.params.id, req.query));
  api.get('/tasks/:plan/:no', { schema: { ...showSchema, summary: `${showSchema.summary} (path form <planId>/<no>)`, params: TaskPathParamsSchema } }, (req) =>
    showTask(port, req, `${req.params.plan}:${req.params.no}`, req.query),
  );

  api.get(
    '/tasks',
    {
      schema: {
        tags: ['tasks'],
        summary: 'List tasks from visibility (search attributes), paginated',
        description:
          '`plan` defaults to the token’s plan; `lead` matches any lead unit (or member of a leading collective), `assisting` any assisting unit (or member of an assisting collective). ' +
          '`parent=<plan>:<no>` lists the tasks of the plans that implement that task: a token of the upper plan sees its child plans’ tasks. Values are quoted safely.',
        security,
        querystring: TaskListQuerySchema,
        response: { 200: TaskPageSchema, ...errorResponses },
      },
    },
    (req) => {
      const grant = requireGrant(req);
      const { pageSize, nextPageToken, ...filters } = req.query;
      // an upper level supervises its child plans: its token lists the tasks that implement one of its own tasks
      const below = filters.plan === undefined && filters.parent !== undefined && parseTaskRef(filters.parent).planId === grant.planId;
      const plan = filters.plan ?? grant.planId;
      if (!below) requirePlan(grant, plan);
      return port.list(below ? filters : { ...filters, plan }, { ...(pageSize === undefined ? {} : { pageSize }), ...(nextPageToken === undefined ? {} : { nextPageToken }) });
    },
  );
}
