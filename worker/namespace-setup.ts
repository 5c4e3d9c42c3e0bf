// duban's namespace and its eight search attributes on a Temporal cluster, idempotently (native cluster, compose's setup job).
import { isGrpcServiceError, type ConnectionLike } from '@temporalio/client';
import { encodeSearchAttributeIndexedValueType } from '@temporalio/common/lib/search-attributes';
import { msToTs } from '@temporalio/common/lib/time';
import { SEARCH_ATTRIBUTES } from '../workflows/search-attributes';

const ALREADY_EXISTS = 6; // gRPC status
const NOT_FOUND = 5;
/** how long closed tasks stay readable; an operator changes it with `temporal operator namespace update --retention` */
const RETENTION = '30 days';

/** { name → IndexedValueType } of duban's search attributes, as OperatorService.addSearchAttributes takes them */
export function searchAttributeTypes(): Record<string, number> {
  return Object.fromEntries(SEARCH_ATTRIBUTES.map((key) => [key.name, encodeSearchAttributeIndexedValueType(key.type) ?? 0]));
}

export interface NamespaceSetup {
  namespaceCreated: boolean;
  /** search attributes registered now (empty when all were there) */
  added: string[];
}

/**
 * Registers the namespace unless it exists, then the search attributes it lacks; refuses one registered with
 * another type. Resolves once the frontend serves the namespace and lists every attribute.
 */
export async function ensureNamespace(connection: Pick<ConnectionLike, 'workflowService' | 'operatorService'>, namespace: string, timeoutMs = 60_000): Promise<NamespaceSetup> {
  const deadline = Date.now() + timeoutMs;
  let namespaceCreated = true;
  try {
    await connection.workflowService.registerNamespace({ namespace, workflowExecutionRetentionPeriod: msToTs(RETENTION) });
  } catch (err) {
    if (!isGrpcServiceError(err) || err.code !== ALREADY_EXISTS) throw err;
    namespaceCreated = false;
  }
  // a new namespace reaches the frontend's cache within its refresh interval (2 s by default)
  await until(deadline, `namespace ${namespace} to be served`, async () => {
    try {
      await connection.workflowService.listWorkflowExecutions({ namespace, pageSize: 1 });
      return true;
    } catch (err) {
      if (isGrpcServiceError(err) && err.code === NOT_FOUND) return false;
      throw err;
    }
  });

  const wanted = searchAttributeTypes();
  const current = async (): Promise<Record<string, number>> =>
    (await connection.operatorService.listSearchAttributes({ namespace })).customAttributes as Record<string, number>;
  const have = await current();
  const conflicts = Object.entries(wanted).filter(([name, type]) => have[name] !== undefined && have[name] !== type);
  if (conflicts.length > 0) {
    throw new Error(`SEARCH_ATTRIBUTE_CONFLICT: ${conflicts.map(([n]) => n).join(', ')} registered in ${namespace} with another type`);
  }
  const added = Object.keys(wanted).filter((name) => have[name] === undefined);
  if (added.length > 0) {
    await connection.operatorService.addSearchAttributes({ namespace, searchAttributes: Object.fromEntries(added.map((n) => [n, wanted[n]!])) });
    await until(deadline, `search attributes ${added.join(', ')} in ${namespace}`, async () => {
      const now = await current();
      return added.every((n) => now[n] === wanted[n]);
    });
    // SQL visibility keeps the attributes in the namespace record, which history and matching read from
    // their own caches (refreshed every 2 s): an upsert before they refresh would fail a workflow task
    await new Promise((r) => setTimeout(r, 5_000));
  }
  return { namespaceCreated, added };
}

async function until(deadline: number, what: string, ok: () => Promise<boolean>): Promise<void> {
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`NAMESPACE_SETUP_TIMEOUT: waited for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
