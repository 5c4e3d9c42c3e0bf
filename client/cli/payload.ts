// The payload of `duban send`: --data JSON merged with payload flags, validated by the gateway's event schema.
import { DecisionSchema, type Decision } from '../../machines';
import { formatIssues } from '../../machines/zod-issues';
import { EventBodySchema, type EventBody } from '../gateway/schemas';
import { UsageError } from './exit';

export interface PayloadFlags {
  data?: string;
  measures?: string;
  documentRef?: string;
  summary?: string;
  percent?: string;
  evidence?: string;
  note?: string;
  reason?: string;
  milestone?: string;
  newDue?: string;
  due?: string;
  approve?: boolean;
  issuedAt?: string;
  ref?: string;
  decision?: string;
  itemId?: string;
  eventId?: string;
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new UsageError(`${what} 不是 JSON / is not JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
}

const issues = (error: { issues: readonly { path: PropertyKey[]; message: string }[] }): string => formatIssues(error, { root: '(payload)' });

/** `{ type, ...payload }` from the flags; a bad payload is a UsageError naming the fields. */
export function eventBodyOf(type: string, flags: PayloadFlags): EventBody {
  const data = flags.data === undefined ? {} : parseJson(flags.data, '--data');
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new UsageError('--data must be a JSON object');
  const fromFlags: Record<string, unknown> = {};
  const strings = ['measures', 'documentRef', 'summary', 'evidence', 'note', 'reason', 'milestone', 'newDue', 'due', 'issuedAt', 'ref', 'itemId', 'eventId'] as const;
  for (const key of strings) if (flags[key] !== undefined) fromFlags[key] = flags[key];
  if (flags.percent !== undefined) fromFlags.percent = Number(flags.percent);
  if (flags.approve !== undefined) fromFlags.approve = flags.approve;
  if (flags.decision !== undefined) fromFlags.decision = parseJson(flags.decision, '--decision');
  const candidate = { ...data, ...fromFlags, type };
  if ('actor' in candidate || 'at' in candidate) throw new UsageError('the payload may not carry actor or at: use --as/--role; the workflow stamps the time');
  const parsed = EventBodySchema.safeParse(candidate);
  if (!parsed.success) throw new UsageError(`${type}: ${issues(parsed.error)}`);
  return parsed.data;
}

export interface DecisionFlags {
  decision?: string;
  order?: string;
  waive?: string;
  cancel?: string;
  extend?: string;
  newDue?: string;
  reassign?: string;
}

/** A conference decision from `--decision JSON` or one of --order/--waive/--cancel/--extend <milestone> --new-due/--reassign. */
export function decisionOf(flags: DecisionFlags): Decision {
  const candidates: unknown[] = [
    flags.decision === undefined ? undefined : parseJson(flags.decision, '--decision'),
    flags.order === undefined ? undefined : { kind: 'order', text: flags.order },
    flags.waive === undefined ? undefined : { kind: 'waive', unit: flags.waive },
    flags.cancel === undefined ? undefined : { kind: 'cancel', reason: flags.cancel },
    flags.extend === undefined ? undefined : { kind: 'extend', milestone: flags.extend, newDue: flags.newDue },
    flags.reassign === undefined ? undefined : { kind: 'reassignLead', leadUnits: flags.reassign.split(/[,，、]/).filter(Boolean) },
  ].filter((c) => c !== undefined);
  if (candidates.length !== 1) throw new UsageError('give exactly one decision: --decision JSON, --order, --waive, --cancel, --extend (with --new-due) or --reassign');
  const parsed = DecisionSchema.safeParse(candidates[0]);
  if (!parsed.success) throw new UsageError(`decision: ${issues(parsed.error)}`);
  return parsed.data;
}
