// Conference routes (联席会议): the agenda, convening a session, resolutions that flow back to the tasks.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DubanPort } from '../duban-client';
import { requireConferenceRole, requireGrant, requirePlan } from './auth';
import { AgendaItemSchema, AgendaSchema, errorResponses, PlanParamsSchema, ResolutionBodySchema, SessionSchema } from './schemas';

const security = [{ bearer: [] }];

export function conferenceRoutes(app: FastifyInstance, port: DubanPort): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/conference/:plan/agenda',
    {
      schema: {
        tags: ['conference'],
        summary: 'The conference agenda: open and closed items, sessions held, the next session',
        security,
        params: PlanParamsSchema,
        response: { 200: AgendaSchema, ...errorResponses },
      },
    },
    async (req) => {
      requirePlan(requireGrant(req), req.params.plan);
      return { ...(await port.agenda(req.params.plan)) };
    },
  );

  api.post(
    '/conference/:plan/sessions',
    {
      schema: {
        tags: ['conference'],
        summary: 'Convene a session now (conference office or convener token)',
        security,
        params: PlanParamsSchema,
        response: { 200: SessionSchema, ...errorResponses },
      },
    },
    async (req) => {
      const grant = requireGrant(req);
      requirePlan(grant, req.params.plan);
      requireConferenceRole(grant);
      req.log.info({ planId: req.params.plan, unit: grant.unit }, 'convening the conference');
      return { ...(await port.convene(req.params.plan, { unit: grant.unit, role: grant.role === 'conference' ? 'conference' : 'supervisor' })) };
    },
  );

  api.post(
    '/conference/:plan/resolutions',
    {
      schema: {
        tags: ['conference'],
        summary: 'Resolve an agenda item; the decision is signalled to its task (404 UNKNOWN_ITEM, 409 ITEM_CLOSED)',
        security,
        params: PlanParamsSchema,
        body: ResolutionBodySchema,
        response: { 200: AgendaItemSchema, ...errorResponses },
      },
    },
    async (req) => {
      const grant = requireGrant(req);
      requirePlan(grant, req.params.plan);
      requireConferenceRole(grant);
      req.log.info({ planId: req.params.plan, itemId: req.body.itemId, decision: req.body.decision.kind }, 'resolving an agenda item');
      const actor = { unit: grant.unit, role: grant.role === 'conference' ? ('conference' as const) : ('supervisor' as const) };
      return { ...(await port.resolve(req.params.plan, { ...req.body, actor })) };
    },
  );
}
