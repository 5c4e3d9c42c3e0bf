// buildGateway: the fastify HTTP gateway — zod-validated routes, OpenAPI at /openapi.json, docs at /docs, bearer auth.
import Fastify, { type FastifyBaseLogger, type FastifyError, type FastifyInstance, type FastifyRequest } from 'fastify';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { hasZodFastifySchemaValidationErrors, jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { LIMITS, limitCodeOfIssues } from '../../machines';
import { formatIssues } from '../../machines/zod-issues';
import { ImportError } from '../../seeds';
import type { DubanPort } from '../duban-client';
import { DubanError, statusOf, toDubanError } from '../errors';
import type { TokenFile } from '../tokens';
import { grantOf } from './auth';
import { PLAN_BODY_BYTES } from './routes-plans';
import { CREDENTIAL_HEADERS } from '../../platform/credentials';
import { conferenceRoutes } from './routes-conference';
import { planRoutes } from './routes-plans';
import { reportRoutes } from './routes-reports';
import { taskRoutes } from './routes-tasks';
import { HealthSchema } from './schemas';

export interface GatewayOptions {
  /** the typed client (or, in routing tests, another implementation of its port) */
  client: DubanPort;
  tokens: TokenFile;
  logger: Logger;
  taskQueue: string;
}

/** Paths redacted in every gateway log line: the bearer token (and any other credential) must never be written anywhere. */
export const GATEWAY_REDACT_PATHS = [...CREDENTIAL_HEADERS.flatMap((h) => [`req.headers["${h}"]`, `headers["${h}"]`]), 'authorization'];

const serializeReq = (req: FastifyRequest): Record<string, unknown> => ({
  id: req.id,
  method: req.method,
  url: req.url,
  headers: req.headers,
  remoteAddress: req.ip,
});

/**
 * JSON bodies: an empty body is no body; a `__proto__` key or a `constructor.prototype` (prototype
 * poisoning) is refused by name, and invalid JSON says where it broke.
 */
function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (key === '__proto__' || (key === 'constructor' && typeof value === 'object' && value !== null && Object.hasOwn(value, 'prototype'))) {
        throw new DubanError('BAD_PAYLOAD', '请求体不能包含 __proto__ 或 constructor.prototype 键 / the body may not carry a `__proto__` or `constructor.prototype` key');
      }
      return value;
    });
  } catch (err) {
    if (err instanceof DubanError) throw err;
    throw new DubanError('BAD_PAYLOAD', `请求体不是合法的 JSON / the body is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
}

interface ErrorReply {
  status: number;
  code: string;
  message: string;
}

function errorReplyOf(err: unknown): ErrorReply {
  if (err instanceof DubanError) return { status: err.status, code: err.code, message: err.message };
  if (err instanceof ImportError) return { status: 400, code: err.code, message: err.message };
  if (hasZodFastifySchemaValidationErrors(err)) {
    // the limits' own codes (TOO_LARGE, BAD_TEXT, DATE_OUT_OF_RANGE) name the problem better than BAD_PAYLOAD
    const code = limitCodeOfIssues(err.validation.map((v) => ({ code: v.keyword, ...(v.params as { origin?: unknown; params?: unknown }) })));
    // the field paths in the one wording of every boundary (machines/zod-issues), after what was bad: body, querystring, params
    const issues = err.validation.map((v) => ({ path: v.instancePath.split('/').filter((p) => p !== ''), message: v.message ?? v.keyword }));
    const where = (err as { validationContext?: string }).validationContext ?? 'request';
    return { status: code === null ? 400 : statusOf(code), code: code ?? 'BAD_PAYLOAD', message: `${where}: ${formatIssues({ issues }, { root: '(value)' })}` };
  }
  const fastifyErr = err as Partial<FastifyError>;
  if (fastifyErr.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return { status: 413, code: 'TOO_LARGE', message: `请求体过大 / the body is larger than this route allows (an event: ${LIMITS.eventBodyBytes} bytes; a plan: ${PLAN_BODY_BYTES} bytes)` };
  }
  if (typeof fastifyErr.statusCode === 'number' && fastifyErr.statusCode < 500) {
    return { status: fastifyErr.statusCode, code: 'BAD_PAYLOAD', message: fastifyErr.message ?? 'bad request' };
  }
  const mapped = toDubanError(err, { notFound: 'UNKNOWN_TASK', context: {} });
  return { status: mapped.status, code: mapped.code, message: mapped.message };
}

export function buildGateway({ client, tokens, logger, taskQueue }: GatewayOptions): FastifyInstance {
  const log: FastifyBaseLogger = logger.child({ component: 'gateway' }, { redact: { paths: GATEWAY_REDACT_PATHS, censor: '[redacted]' }, serializers: { req: serializeReq } });
  const app = Fastify({ loggerInstance: log, bodyLimit: 2 * 1024 * 1024 });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('grant', null);
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    try {
      done(null, parseJsonBody(body as string));
    } catch (err) {
      done(err as Error, undefined);
    }
  });

  app.setErrorHandler((err, req, reply) => {
    const e = errorReplyOf(err);
    if (e.status >= 500) req.log.error({ err, code: e.code }, e.message);
    else req.log.warn({ code: e.code, status: e.status }, e.message);
    return reply.status(e.status).send({ error: { code: e.code, message: e.message } });
  });
  app.setNotFoundHandler((req, reply) => {
    req.log.warn({ code: 'NOT_FOUND' }, 'no such route');
    return reply.status(404).send({ error: { code: 'NOT_FOUND', message: `没有这个接口 / no route ${req.method} ${req.url.split('?')[0] ?? ''}` } });
  });

  void app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'duban 督办 gateway',
        version: '0.1.0',
        description:
          'Backend systems report what happened to a task; supervisors read, verify and decide. Authenticate with `Authorization: Bearer <token>`; ' +
          'a token is bound to one plan, one unit of it and a role. A task `{id}` is its workflow id URL-encoded (`task%3Aqinzhou-2015%3A7`), ' +
          'or the short form `qinzhou-2015:7`; `/tasks/{plan}/{no}` works too. Every error is `{ "error": { "code", "message" } }`.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    transform: jsonSchemaTransform,
  });
  void app.register(fastifySwaggerUi, { routePrefix: '/docs' });

  void app.register(async (open) => {
    const api = open.withTypeProvider<ZodTypeProvider>();
    api.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());
    api.get(
      '/healthz',
      { schema: { tags: ['health'], summary: 'Gateway up and Temporal reachable (503 when it is not)', response: { 200: HealthSchema, 503: HealthSchema } } },
      async (_req, reply) => {
        const temporal = await client.health().then(
          (h) => ({ reachable: true, serverVersion: h.serverVersion }),
          () => ({ reachable: false, serverVersion: null }),
        );
        return reply.status(temporal.reachable ? 200 : 503).send({ status: temporal.reachable ? 'ok' : 'unavailable', temporal, taskQueue });
      },
    );
  });

  void app.register(async (api) => {
    api.addHook('onRequest', async (req) => {
      const grant = grantOf(tokens, req.headers.authorization);
      req.grant = grant;
      req.log = req.log.child({ token: grant.label, planId: grant.planId });
    });
    taskRoutes(api, client);
    conferenceRoutes(api, client);
    planRoutes(api, client);
    reportRoutes(api, client);
  });
  return app;
}
