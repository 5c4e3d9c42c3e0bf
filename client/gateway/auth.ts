// Bearer-token authentication and the actor of an event: always from the token, never from the body.
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../machines';
import type { DubanPort } from '../duban-client';
import { DubanError } from '../errors';
import { authenticate, type TokenFile, type TokenGrant } from '../tokens';

declare module 'fastify' {
  interface FastifyRequest {
    /** set by the auth hook on every API route */
    grant: TokenGrant | null;
  }
}

/** `Authorization: Bearer <token>` → the token's grant; 401 UNAUTHENTICATED otherwise (the token is never echoed). */
export function grantOf(tokens: TokenFile, authorization: string | undefined): TokenGrant {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) throw new DubanError('UNAUTHENTICATED', '缺少令牌 / missing bearer token (Authorization: Bearer <token>)');
  const grant = authenticate(tokens, match[1]!);
  if (!grant) throw new DubanError('UNAUTHENTICATED', '令牌无效 / unknown bearer token');
  return grant;
}

/** The grant the auth hook put on the request. */
export function requireGrant(req: FastifyRequest): TokenGrant {
  if (!req.grant) throw new DubanError('UNAUTHENTICATED', '缺少令牌 / missing bearer token');
  return req.grant;
}

/** A token acts only on its own plan: 403 FORBIDDEN_PLAN otherwise. */
export function requirePlan(grant: TokenGrant, planId: string): void {
  if (grant.planId !== planId) {
    throw new DubanError('FORBIDDEN_PLAN', `令牌属于计划 ${grant.planId}，不能操作 ${planId} / the token is for plan ${grant.planId}, not ${planId}`, { planId });
  }
}

/** Conference office and convener only (the conference workflow re-checks the unit). */
export function requireConferenceRole(grant: TokenGrant): void {
  if (grant.role === 'unit') {
    throw new DubanError('FORBIDDEN_ACTOR', `只有联席会议办公室或召集单位可以操作联席会议；${grant.unit} 是责任单位 / only the conference office or convener may do this; ${grant.unit} is a responsible unit`);
  }
}

/**
 * The event's actor. Supervisor and conference tokens act as such; a unit is `lead` on a task where it acts as
 * lead (a lead unit, or a member of a leading collective) and `assisting` otherwise (one `view` query). The
 * workflow re-checks the actor either way.
 */
export async function actorFor(grant: TokenGrant, taskId: string, port: DubanPort, leads?: LeadUnits): Promise<Actor> {
  if (grant.role !== 'unit') return { unit: grant.unit, role: grant.role };
  const known = leads?.get(taskId) ?? (await port.view(taskId)).actingLeads;
  return { unit: grant.unit, role: known.includes(grant.unit) ? 'lead' : 'assisting' };
}

/**
 * The lead units of recently seen tasks, so that an event costs one Update rather than a query and an
 * Update. Leads change only by a conference resolution; a stale entry makes the workflow refuse the
 * actor, and the caller then asks again (see routes-tasks). Bounded: the oldest entries go first.
 */
export class LeadUnits {
  private readonly byTask = new Map<string, string[]>();
  constructor(private readonly max = 10_000) {}
  get(taskId: string): string[] | undefined {
    return this.byTask.get(taskId);
  }
  set(taskId: string, leadUnits: string[]): void {
    this.byTask.delete(taskId);
    this.byTask.set(taskId, leadUnits);
    if (this.byTask.size > this.max) this.byTask.delete(this.byTask.keys().next().value as string);
  }
  forget(taskId: string): void {
    this.byTask.delete(taskId);
  }
}

/**
 * What a body may not be or carry before its schema is checked: not an object (400 BAD_PAYLOAD, named as
 * such), a RESOLVE (403 NOT_ON_AGENDA: decisions go through the agenda), fields the gateway sets (400).
 */
export function refuseTokenFields(body: unknown): void {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    const what = Array.isArray(body) ? 'an array' : body === null ? 'null' : typeof body;
    throw new DubanError('BAD_PAYLOAD', `请求体须为 JSON 对象（事件）/ the body must be a JSON object (an event), not ${what}`);
  }
  if ((body as { type?: unknown }).type === 'RESOLVE') {
    throw new DubanError(
      'NOT_ON_AGENDA',
      '联席会议决定须针对议程事项作出：POST /conference/{plan}/resolutions / a conference decision answers an agenda item: POST /conference/{plan}/resolutions',
    );
  }
  for (const field of ['actor', 'at'] as const) {
    if (Object.hasOwn(body, field)) {
      throw new DubanError(
        'BAD_PAYLOAD',
        field === 'actor'
          ? '请求体不能包含 actor：发送者由令牌决定 / the body may not carry `actor`: the sender is the bearer token’s unit'
          : '请求体不能包含 at：时间由工作流记录 / the body may not carry `at`: the workflow stamps the time',
      );
    }
  }
}
