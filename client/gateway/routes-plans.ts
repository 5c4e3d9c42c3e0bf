// POST /plans: import a document or take canonical plan JSON; a dry run reports, otherwise the plan is loaded.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DubanPort } from '../duban-client';
import { DubanError } from '../errors';
import { importOffThread } from '../import-thread';
import { linkToParent } from '../parent-link';
import { fromPlanJson, type DocumentInput, type PlanInput } from '../plan-input';
import { requireConferenceRole, requireGrant, requirePlan } from './auth';
import { DryRunResponseSchema, errorResponses, LoadResponseSchema, PlanBodySchema, PlanQuerySchema } from './schemas';

/** a document of the importer's largest size (2 MiB), in base64 or JSON-escaped, with room to spare */
export const PLAN_BODY_BYTES = 8 * 1024 * 1024;

/** a base64 document (binary formats) becomes its bytes; a text stays text */
function documentOf(body: { document: string; encoding?: 'utf8' | 'base64' | undefined; fileName: string; overrides?: unknown }): DocumentInput {
  const { encoding, document, ...rest } = body;
  return { ...rest, document: encoding === 'base64' ? new Uint8Array(Buffer.from(document, 'base64')) : document };
}

export function planRoutes(app: FastifyInstance, port: DubanPort): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/plans',
    {
      bodyLimit: PLAN_BODY_BYTES,
      schema: {
        tags: ['plans'],
        summary: 'Import a plan (document or canonical JSON) and load it into Temporal; idempotent',
        description:
          '`?dryRun=true` returns `{ plan, report }` and starts nothing. Both need a supervisor or conference token; loading, one of that plan. ' +
          'A document is read on a thread of its own with a time limit (422 IMPORT_TIMEOUT), so no import holds up other requests. ' +
          'loading twice starts nothing new (deterministic workflow ids). Import errors carry the importer’s code (UNKNOWN_LAYOUT, NO_LEAD_UNIT, BAD_REBASE …) with 400.',
        security: [{ bearer: [] }],
        querystring: PlanQuerySchema,
        body: PlanBodySchema,
        response: { 200: LoadResponseSchema.or(DryRunResponseSchema), ...errorResponses },
      },
    },
    async (req) => {
      const grant = requireGrant(req);
      const { dryRun, rebase, parent, parentUnit } = req.query;
      const body = req.body;
      // dry runs too are for the supervisor and the conference: an import costs the server real work
      requireConferenceRole(grant);
      const imported: PlanInput = 'document' in body ? await importOffThread(documentOf(body), rebase) : fromPlanJson(body, rebase);
      if (parentUnit !== undefined && parent === undefined) throw new DubanError('BAD_PAYLOAD', 'parentUnit needs parent=<plan>:<no>');
      const input = parent === undefined ? imported : { ...imported, plan: await linkToParent(imported.plan, parent, (id) => port.view(id), parentUnit) };
      const log = req.log.child({ planId: input.plan.id, tasks: input.plan.tasks.length });
      if (dryRun) {
        log.info('plan imported (dry run)');
        return { plan: input.plan, report: input.report };
      }
      requirePlan(grant, input.plan.id);
      const result = await port.load(input.plan);
      log.info(result, 'plan loaded');
      return { planId: input.plan.id, tasks: input.plan.tasks.length, ...result };
    },
  );
}
