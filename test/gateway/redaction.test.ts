// Tokens never reach the logs: the gateway logs request headers with Authorization redacted, 4xx at warn.
import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';
import { describe, expect, it } from 'vitest';
import { REDACT_PATHS } from '../../platform/logger';
import { bearer, gatewayWithFake } from './fake-port';

function capture(redacting = true): { logger: Logger; lines: () => Record<string, unknown>[]; raw: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      text += chunk.toString('utf8');
      done();
    },
  });
  // like the service logger, and also a plain one: the gateway must redact on its own
  const logger = pino({ level: 'debug', ...(redacting ? { redact: { paths: REDACT_PATHS, censor: '[redacted]' } } : {}) }, stream);
  return { logger, raw: () => text, lines: () => text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('gateway logs', () => {
  it.each([
    ['the service logger', true],
    ['a logger without redaction of its own', false],
  ])('never contain the bearer token (%s)', async (_what, redacting) => {
    const log = capture(redacting);
    const { app } = gatewayWithFake(log.logger);
    await app.inject({ method: 'POST', url: '/tasks/qinzhou-2015:7/events', headers: bearer('tok-qz-minzheng'), payload: { type: 'START' } });
    await app.inject({ method: 'GET', url: '/tasks/qinzhou-2015:7', headers: bearer('tok-qz-bogus-secret') });
    await app.close();
    expect(log.raw()).not.toContain('tok-qz-minzheng');
    expect(log.raw()).not.toContain('tok-qz-bogus-secret');
    const incoming = log.lines().find((l) => l.msg === 'incoming request') as { req: { headers: Record<string, string> } } | undefined;
    expect(incoming?.req.headers.authorization).toBe('[redacted]');
  });

  it('redacts every header that can carry a credential', async () => {
    const log = capture(false);
    const { app } = gatewayWithFake(log.logger);
    const secrets = { 'x-api-key': 'sk-xapikey-1', 'proxy-authorization': 'Basic cHJveHk6c2VjcmV0', cookie: 'session=cookie-secret-2', 'x-auth-token': 'auth-token-3' };
    await app.inject({ method: 'GET', url: '/tasks/qinzhou-2015:7', headers: { ...bearer('tok-qz-minzheng'), ...secrets } });
    await app.close();
    for (const value of Object.values(secrets)) expect(log.raw()).not.toContain(value);
    const incoming = log.lines().find((l) => l.msg === 'incoming request') as { req: { headers: Record<string, string> } } | undefined;
    for (const header of Object.keys(secrets)) expect(incoming?.req.headers[header]).toBe('[redacted]');
  });

  it('names the token by its label and logs a 4xx at warn with its code', async () => {
    const log = capture();
    const { app } = gatewayWithFake(log.logger);
    await app.inject({ method: 'POST', url: '/tasks/qinzhou-2015:7/events', headers: bearer('tok-qz-minzheng'), payload: { type: 'START' } });
    await app.inject({ method: 'GET', url: '/tasks/changzhou-2015:1', headers: bearer('tok-qz-minzheng') });
    await app.close();
    const accepted = log.lines().find((l) => l.msg === 'event accepted');
    expect(accepted).toMatchObject({ token: 'qz 市民政局', planId: 'qinzhou-2015', taskId: 'task:qinzhou-2015:7', event: 'START', role: 'lead', component: 'gateway' });
    const refused = log.lines().find((l) => l.code === 'FORBIDDEN_PLAN');
    expect(refused).toMatchObject({ level: 40 });
  });
});
