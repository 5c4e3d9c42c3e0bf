// Imports a document on a worker thread with a time and memory limit, so that no document — however
// crafted — holds the event loop that serves HTTP and runs workflows (IMPORT_TIMEOUT when it takes too long).
import { Worker } from 'node:worker_threads';
import { DubanError, type DubanErrorCode } from './errors';
import type { DocumentInput, PlanInput } from './plan-input';

export interface ImportThreadLimits {
  /** wall-clock time for one import, bootstrap included */
  timeoutMs: number;
  /** the thread's V8 heap */
  maxHeapMb: number;
}

/** an import of the largest document the importer accepts takes well under a second; the rest is slack */
export const IMPORT_THREAD_LIMITS: ImportThreadLimits = { timeoutMs: 20_000, maxHeapMb: 512 };

type Reply = { ok: true; result: PlanInput } | { ok: false; code: string; message: string };

export function importOffThread(input: DocumentInput, rebase?: string, limits: ImportThreadLimits = IMPORT_THREAD_LIMITS): Promise<PlanInput> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./import-thread-entry.mjs', import.meta.url), {
      workerData: { input, ...(rebase === undefined ? {} : { rebase }) },
      resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(new DubanError('IMPORT_TIMEOUT', `导入超过 ${limits.timeoutMs / 1000} 秒，已中止 / the import took longer than ${limits.timeoutMs / 1000} s and was stopped: ${input.fileName}`)),
        ),
      limits.timeoutMs,
    );
    worker.once('message', (reply: Reply) =>
      settle(() => {
        if (reply.ok) return resolve(reply.result);
        // the importer's codes are DubanError codes too (400); the message names file and line
        reject(new DubanError(reply.code as DubanErrorCode, reply.message));
      }),
    );
    worker.once('error', (err) =>
      settle(() => reject(new DubanError('IMPORT_TIMEOUT', `导入线程中止（内存或时间超限）/ the import thread stopped (memory or time limit): ${err.message}`))),
    );
    worker.once('exit', (code) => settle(() => reject(new DubanError('INTERNAL', `导入线程意外退出 / the import thread exited with code ${code}`))));
  });
}
