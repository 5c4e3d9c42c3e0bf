// GET /reports/{plan}: the supervision bulletin (md, html, json) or the ledger workbook (xlsx); supervisor and conference tokens only.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { renderReport, reportFileName, ReportFormatSchema } from '../../reports/render';
import type { DubanPort } from '../duban-client';
import { DubanError } from '../errors';
import { gatherReport } from '../report-facts';
import { requireGrant, requirePlan } from './auth';
import { errorResponses, PlanParamsSchema } from './schemas';

export const ReportQuerySchema = z.object({
  format: ReportFormatSchema.default('html').describe('md | html | json (bulletin, ranking, ledger rows) | xlsx (台账 workbook)'),
  asOf: z.iso.date().optional().describe('YYYY-MM-DD (Asia/Shanghai); default today'),
});

export function reportRoutes(app: FastifyInstance, port: DubanPort): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/reports/:plan',
    {
      schema: {
        tags: ['reports'],
        summary: '督查通报 / 台账: the plan’s supervision bulletin with unit ranking, or its ledger workbook (supervisor or conference token)',
        description:
          'Counts by state and colour, the overdue list, what falls due in 30 days, conference items and the unit ranking with its scoring rules. ' +
          'Content types: text/markdown, text/html (self-contained, printable), application/json, and the xlsx workbook (attachment). 403 FORBIDDEN_ACTOR for a unit token.',
        security: [{ bearer: [] }],
        params: PlanParamsSchema,
        querystring: ReportQuerySchema,
        // the body is bytes in the format asked for (fastify sends a Buffer as it is, unserialized)
        response: { 200: z.unknown().describe('the report in the format asked for'), ...errorResponses },
      },
    },
    async (req, reply) => {
      const grant = requireGrant(req);
      requirePlan(grant, req.params.plan);
      if (grant.role === 'unit') {
        throw new DubanError('FORBIDDEN_ACTOR', `督查通报只对督查室和联席会议开放；${grant.unit} 是责任单位 / reports are for the supervisor and the conference; ${grant.unit} is a responsible unit`);
      }
      const { format, asOf } = req.query;
      const { report, ms } = await gatherReport(port, req.params.plan, asOf === undefined ? {} : { asOf });
      const rendered = await renderReport(report, format);
      req.log.info({ planId: req.params.plan, format, tasks: report.bulletin.taskCount, ms }, 'report generated');
      const name = reportFileName(req.params.plan, report.bulletin.asOf, format);
      void reply.type(rendered.contentType).header('content-disposition', `${format === 'xlsx' ? 'attachment' : 'inline'}; filename*=UTF-8''${encodeURIComponent(name)}`);
      return reply.send(rendered.body);
    },
  );
}
