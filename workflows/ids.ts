// Deterministic workflow ids: loading a plan twice starts nothing new.
export const taskWorkflowId = (planId: string, taskNo: string): string => `task:${planId}:${taskNo}`;
export const conferenceWorkflowId = (planId: string): string => `conference:${planId}`;
/** the rollup of a plan that implements an upper level's task */
export const rollupWorkflowId = (planId: string): string => `rollup:${planId}`;

/** `task:<planId>:<no>` → its parts, or null for anything else */
export function parseTaskWorkflowId(id: string): { planId: string; taskNo: string } | null {
  const m = /^task:([a-z0-9][a-z0-9-]*):([0-9A-Za-z][0-9A-Za-z.-]*)$/.exec(id);
  return m ? { planId: m[1]!, taskNo: m[2]! } : null;
}
