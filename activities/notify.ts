// notify(unit, message, dedupeKey): the channels a notice can take — pino log, signed webhook, file outbox.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ApplicationFailure } from '@temporalio/common';
import { Webhook } from 'standardwebhooks';
import type { Config } from '../platform/config';
import type { Logger } from '../platform/logger';

export interface Notice {
  /** the unit (or office) the notice is for */
  unit: string;
  /** Chinese first */
  message: string;
  /** the same key is never delivered twice by a channel that honours it */
  dedupeKey: string;
  kind: 'handoff' | 'reminder' | 'overdue' | 'escalation' | 'decision' | 'report' | 'info';
  planId: string;
  taskNo?: string;
}

export type NotifyChannel = (notice: Notice) => Promise<'sent' | 'duplicate'>;

export function logChannel(logger: Logger): NotifyChannel {
  return async (notice) => {
    logger.info({ notice }, `通知 ${notice.unit}：${notice.message}`);
    return 'sent';
  };
}

/** One file per dedupe key; an existing file means it was already delivered. */
export function fileChannel(dir: string): NotifyChannel {
  return async (notice) => {
    await mkdir(dir, { recursive: true });
    const file = join(dir, `${notice.dedupeKey.replace(/[^\w.-]+/g, '_')}.json`);
    try {
      await writeFile(file, JSON.stringify(notice, null, 2) + '\n', { flag: 'wx' });
      return 'sent';
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') return 'duplicate';
      throw err;
    }
  };
}

/** the notice's dedupe key as a header value: percent-encoded where it is not ASCII (unit names are Chinese) */
export const webhookIdOf = (dedupeKey: string): string => encodeURI(dedupeKey);

export interface WebhookChannelOptions {
  fetch?: typeof fetch;
  /** the signing clock (tests) */
  now?: () => Date;
}

/**
 * POST signed by Standard Webhooks (standardwebhooks): `webhook-id` is the dedupe key, the same on every retry;
 * `webhook-timestamp` and `webhook-signature` are made at each attempt, so a receiver refuses a replay once
 * the library's tolerance (5 minutes) has passed. Non-2xx throws and Temporal retries; 409 means already taken.
 */
export function webhookChannel(url: string, secret: string, options: WebhookChannelOptions = {}): NotifyChannel {
  const signer = new Webhook(secret);
  const fetchImpl = options.fetch ?? fetch;
  const now = options.now ?? (() => new Date());
  return async (notice) => {
    const body = JSON.stringify(notice);
    const id = webhookIdOf(notice.dedupeKey);
    // the library signs whole seconds, the unit of the header
    const at = new Date(Math.floor(now().getTime() / 1000) * 1000);
    const res = await fetchImpl(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'webhook-id': id,
        'webhook-timestamp': String(at.getTime() / 1000),
        'webhook-signature': signer.sign(id, at, body),
      },
      body,
    });
    if (res.status === 409) return 'duplicate';
    if (res.status >= 400 && res.status < 500 && res.status !== 429) {
      throw ApplicationFailure.nonRetryable(`webhook refused the notice: HTTP ${res.status}`, 'WEBHOOK_REFUSED');
    }
    if (!res.ok) throw ApplicationFailure.retryable(`webhook failed: HTTP ${res.status}`, 'WEBHOOK_FAILED');
    return 'sent';
  };
}

export function channelFromConfig(config: Config, logger: Logger): NotifyChannel {
  switch (config.DUBAN_NOTIFY_CHANNEL) {
    case 'webhook':
      return webhookChannel(config.DUBAN_WEBHOOK_URL ?? '', config.DUBAN_WEBHOOK_SECRET ?? '');
    case 'file':
      return fileChannel(join(config.DUBAN_DATA_DIR, 'outbox'));
    case 'log':
      return logChannel(logger);
  }
}
