// Task references as people and backends write them: `task:<planId>:<no>`, `<planId>:<no>` or `<planId>/<no>`.
import { parseTaskWorkflowId, taskWorkflowId } from '../workflows/ids';
import { DubanError } from './errors';

export interface TaskRef {
  planId: string;
  taskNo: string;
  workflowId: string;
}

/** Accepts the workflow id or its short forms (already URL-decoded); refuses anything else with BAD_TASK_ID. */
export function parseTaskRef(raw: string): TaskRef {
  const text = raw.trim();
  const full = text.startsWith('task:') ? text : `task:${text.replace('/', ':')}`;
  const parts = parseTaskWorkflowId(full);
  if (!parts) {
    throw new DubanError(
      'BAD_TASK_ID',
      `任务编号无法识别 / not a task id: "${raw}" (expected task:<planId>:<no>, <planId>:<no> or <planId>/<no>, e.g. task:qinzhou-2015:7)`,
    );
  }
  return { ...parts, workflowId: taskWorkflowId(parts.planId, parts.taskNo) };
}
