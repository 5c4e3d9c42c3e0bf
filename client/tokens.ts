// Bearer tokens of the gateway: hashed at rest (sha256 → grant), each bound to a plan, a unit of it and a role.
import { createHash, randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Plan } from '../machines';
import { formatIssues } from '../machines/zod-issues';

/** `unit`: a responsible unit (lead or assisting, decided per task); `supervisor`: the conference office (督查); `conference`: the convener */
export const TokenRoleSchema = z.enum(['unit', 'supervisor', 'conference']);
export type TokenRole = z.infer<typeof TokenRoleSchema>;

export const TokenGrantSchema = z.object({
  planId: z.string().min(1),
  unit: z.string().min(1),
  role: TokenRoleSchema,
  /** for logs and people; never the token */
  label: z.string().min(1),
});
export type TokenGrant = z.infer<typeof TokenGrantSchema>;

/** The file: `{ "<sha256 hex of the token>": { planId, unit, role, label } }` */
export const TokenFileSchema = z.record(z.string().regex(/^[0-9a-f]{64}$/, 'keys are sha256 hex digests of tokens'), TokenGrantSchema);
export type TokenFile = z.infer<typeof TokenFileSchema>;

export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** A fresh random token; the prefix makes a leaked one easy to find with secret scanners. */
export const generateToken = (): string => `duban_${randomBytes(24).toString('base64url')}`;

export class TokenFileError extends Error {
  readonly code = 'TOKENS_INVALID';
  constructor(file: string, detail: string) {
    super(`${file}: ${detail}`);
    this.name = 'TokenFileError';
  }
}

export function readTokenFile(file: string): TokenFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (err) {
    throw new TokenFileError(file, err instanceof Error ? err.message : String(err));
  }
  const parsed = TokenFileSchema.safeParse(raw);
  if (!parsed.success) throw new TokenFileError(file, formatIssues(parsed.error));
  return parsed.data;
}

/** The grant of a presented token, or null: the token is hashed and looked up, never stored or compared in clear. */
export function authenticate(tokens: TokenFile, token: string): TokenGrant | null {
  return tokens[hashToken(token)] ?? null;
}

/**
 * One token per unit of the plan (each member of a collective its own; a collective that stands for its members
 * has none: only they answer for it), one for the conference office (supervisor), one for the convener.
 */
function grantsOf(plan: Plan): TokenGrant[] {
  return [
    ...plan.units.filter((u) => u.members.length === 0).map((u) => ({ planId: plan.id, unit: u.id, role: 'unit' as const, label: `${plan.id} ${u.id}` })),
    { planId: plan.id, unit: plan.conference.office, role: 'supervisor', label: `${plan.id} 督查 ${plan.conference.office}` },
    { planId: plan.id, unit: plan.conference.convener, role: 'conference', label: `${plan.id} 联席会议 ${plan.conference.convener}` },
  ];
}

export interface DevTokens {
  tokensFile: string;
  plaintextFile: string;
  /** tokens created by this call (0 when every plan already had its tokens) */
  created: number;
}

/**
 * Development tokens: `<dataDir>/tokens.json` (hashed) and `<dataDir>/dev-tokens.txt` (plaintext, for the
 * developer: `token<TAB>planId<TAB>role<TAB>unit`). Creates them when missing; a plan that has no token yet
 * gets its set added; existing tokens are never touched.
 */
export function ensureDevTokens(dataDir: string, plans: readonly Plan[]): DevTokens {
  const tokensFile = join(dataDir, 'tokens.json');
  const plaintextFile = join(dataDir, 'dev-tokens.txt');
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const tokens: TokenFile = existsSync(tokensFile) ? readTokenFile(tokensFile) : {};
  const covered = new Set(Object.values(tokens).map((g) => g.planId));
  const lines: string[] = [];
  for (const plan of plans.filter((p) => !covered.has(p.id))) {
    for (const grant of grantsOf(plan)) {
      const token = generateToken();
      tokens[hashToken(token)] = grant;
      lines.push([token, grant.planId, grant.role, grant.unit].join('\t'));
    }
  }
  if (lines.length > 0) {
    writeFileSync(tokensFile, `${JSON.stringify(tokens, null, 2)}\n`, { mode: 0o600 });
    if (!existsSync(plaintextFile)) writeFileSync(plaintextFile, '# duban dev tokens — token\tplanId\trole\tunit (never commit)\n', { mode: 0o600 });
    appendFileSync(plaintextFile, `${lines.join('\n')}\n`);
  }
  return { tokensFile, plaintextFile, created: lines.length };
}
