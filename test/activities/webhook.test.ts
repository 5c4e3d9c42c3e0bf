// The webhook channel as a receiver sees it: Standard Webhooks signatures verified with the library, replays refused, one id per notice.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { webhookChannel, webhookIdOf, type Notice } from '../../activities/notify';

const secret = `whsec_${randomBytes(32).toString('base64')}`;
const notice: Notice = { unit: '市民政局', kind: 'handoff', planId: 'qinzhou-2015', taskNo: '34', message: '请签收：任务34', dedupeKey: 'handoff:qinzhou-2015:34:市民政局:notified' };

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A receiver as the Standard Webhooks docs describe it: verify, then take each webhook-id once. */
function receiver(answer: (n: number) => number | null = () => null): { server: Server; received: Received[]; url: () => string } {
  const received: Received[] = [];
  const taken = new Set<string>();
  const verifier = new Webhook(secret);
  const statusOf = (body: string, headers: IncomingHttpHeaders): number => {
    try {
      verifier.verify(body, headers as Record<string, string>);
    } catch {
      return 401;
    }
    const id = String(headers['webhook-id']);
    if (taken.has(id)) return 409;
    taken.add(id);
    return 200;
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ headers: req.headers, body });
      const forced = answer(received.length);
      res.writeHead(forced ?? statusOf(body, req.headers)).end();
    });
  });
  return { server, received, url: () => `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook` };
}

const listen = (server: Server): Promise<void> => new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const close = (server: Server): Promise<void> => new Promise((resolve) => server.close(() => resolve()));
/** the same bytes and signature headers again, as an attacker who captured them would send them */
const replay = (url: string, r: Received): Promise<number> => {
  const headers = Object.fromEntries(['content-type', 'webhook-id', 'webhook-timestamp', 'webhook-signature'].map((h) => [h, String(r.headers[h])]));
  return fetch(url, { method: 'POST', headers, body: r.body }).then((res) => res.status);
};

describe('webhookChannel (Standard Webhooks)', () => {
  const hook = receiver();
  beforeAll(() => listen(hook.server));
  afterAll(() => close(hook.server));
  afterEach(() => vi.useRealTimers());

  it('signs every notice so that the library verifies it, with the dedupe key as webhook-id', async () => {
    expect(await webhookChannel(hook.url(), secret)(notice)).toBe('sent');
    const got = hook.received.at(-1)!;
    expect(got.headers['webhook-id']).toBe(webhookIdOf(notice.dedupeKey));
    expect(decodeURI(String(got.headers['webhook-id']))).toBe(notice.dedupeKey);
    expect(new Webhook(secret).verify(got.body, got.headers as Record<string, string>)).toEqual(notice);
  });

  it('is answered 409 (duplicate) when the same request comes again within the tolerance', async () => {
    const again = { ...notice, dedupeKey: `${notice.dedupeKey}:again` };
    const send = webhookChannel(hook.url(), secret);
    expect(await send(again)).toBe('sent');
    expect(await send(again)).toBe('duplicate');
  });

  it('refuses a captured request replayed after the tolerance window (old timestamp)', async () => {
    await webhookChannel(hook.url(), secret)({ ...notice, dedupeKey: `${notice.dedupeKey}:replayed` });
    const captured = hook.received.at(-1)!;
    // within the tolerance the signature still holds: the receiver gets as far as its dedupe check
    expect(await replay(hook.url(), captured)).toBe(409);
    // the receiver's clock six minutes on (the library's tolerance is five): refused before any dedupe
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 6 * 60_000 });
    expect(await replay(hook.url(), captured)).toBe(401);
    expect(() => new Webhook(secret).verify(captured.body, captured.headers as Record<string, string>)).toThrow(/too old/);
  });

  it('refuses a notice signed with another secret', async () => {
    const other = `whsec_${randomBytes(32).toString('base64')}`;
    await expect(webhookChannel(hook.url(), other)({ ...notice, dedupeKey: 'other-secret' })).rejects.toMatchObject({ type: 'WEBHOOK_REFUSED' });
  });
});

describe('webhookChannel retries', () => {
  // the first attempt fails with 503, as a receiver under load would; Temporal runs the activity again
  const flaky = receiver((n) => (n === 1 ? 503 : null));
  beforeAll(() => listen(flaky.server));
  afterAll(() => close(flaky.server));

  it('keeps the webhook-id and signs the retry afresh, later timestamp included', async () => {
    let clock = Date.parse('2026-01-05T08:00:00Z');
    vi.useFakeTimers({ toFake: ['Date'], now: clock });
    const send = webhookChannel(flaky.url(), secret, { now: () => new Date(clock) });
    await expect(send(notice)).rejects.toMatchObject({ type: 'WEBHOOK_FAILED' });
    clock += 30_000;
    vi.setSystemTime(clock);
    expect(await send(notice)).toBe('sent');
    vi.useRealTimers();
    const [first, second] = flaky.received;
    expect(second!.headers['webhook-id']).toBe(first!.headers['webhook-id']);
    expect(Number(second!.headers['webhook-timestamp']) - Number(first!.headers['webhook-timestamp'])).toBe(30);
    expect(second!.headers['webhook-signature']).not.toBe(first!.headers['webhook-signature']);
  });
});
