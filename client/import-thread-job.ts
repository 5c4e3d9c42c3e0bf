// Inside the import thread: reads the document handed over and posts back the plan and report, or the error's code and message.
import { parentPort, workerData } from 'node:worker_threads';
import { fromDocument, type DocumentInput } from './plan-input';

interface Job {
  input: DocumentInput;
  rebase?: string;
}

const job = workerData as Job;
try {
  parentPort?.postMessage({ ok: true, result: await fromDocument(job.input, job.rebase) });
} catch (err) {
  const e = err as { code?: unknown; message?: unknown };
  parentPort?.postMessage({ ok: false, code: typeof e.code === 'string' ? e.code : 'INTERNAL', message: typeof e.message === 'string' ? e.message : String(err) });
}
