// notify(unit, message, dedupeKey): the channels a notice can take — pino log, signed webhook, file outbox.
import { createHmac } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ApplicationFailure } from '@temporalio/common';
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

/** POST with an HMAC-SHA256 signature and the dedupe key as Idempotency-Key; non-2xx throws, Temporal retries. */
export function webhookChannel(url: string, secret: string, fetchImpl: typeof fetch = fetch): NotifyChannel {
  return async (notice) => {
    const body = JSON.stringify(notice);
    const signature = createHmac('sha256', secret).update(body).digest('hex');
    const res = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': notice.dedupeKey, 'x-duban-signature': `sha256=${signature}` },
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
