// Dev tokens: one per unit plus the supervisor and the convener of each seed plan, hashed at rest.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSeedPlans } from '../../seeds';
import { authenticate, ensureDevTokens, readTokenFile } from '../../client/tokens';

const dir = mkdtempSync(join(tmpdir(), 'duban-tokens-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const plans = loadSeedPlans();

describe('ensureDevTokens', () => {
  it('creates tokens.json (hashed) and dev-tokens.txt (plaintext) for the four seed plans', () => {
    const result = ensureDevTokens(dir, plans);
    // every unit but a collective that stands for its members (they answer for it), and the two conference roles
    const expected = plans.reduce((n, p) => n + p.units.filter((u) => u.members.length === 0).length + 2, 0);
    expect(result.created).toBe(expected);
    const file = readTokenFile(result.tokensFile);
    expect(Object.keys(file)).toHaveLength(expected);
    const lines = readFileSync(result.plaintextFile, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines).toHaveLength(expected);
    for (const line of lines) {
      const [token, planId, role, unit] = line.split('\t');
      expect(readFileSync(result.tokensFile, 'utf8')).not.toContain(token!);
      expect(authenticate(file, token!)).toMatchObject({ planId, role, unit });
    }
    expect(statSync(result.tokensFile).mode & 0o077).toBe(0);
  });

  it('gives each member of a collective its own token, and the expanded collective none', () => {
    const file = readTokenFile(join(dir, 'tokens.json'));
    const liaoning = Object.values(file).filter((g) => g.planId === 'liaoning-2020').map((g) => g.unit);
    expect(liaoning).toEqual(expect.arrayContaining(['沈阳市人民政府', '葫芦岛市人民政府']));
    expect(liaoning).not.toContain('各市、县（市、区）政府');
  });

  it('gives each plan a supervisor (the conference office) and a conference (the convener) token', () => {
    const file = readTokenFile(join(dir, 'tokens.json'));
    for (const plan of plans) {
      const grants = Object.values(file).filter((g) => g.planId === plan.id);
      expect(grants.filter((g) => g.role === 'supervisor')).toEqual([expect.objectContaining({ unit: plan.conference.office })]);
      expect(grants.filter((g) => g.role === 'conference')).toEqual([expect.objectContaining({ unit: plan.conference.convener })]);
    }
  });

  it('leaves existing tokens alone when run again', () => {
    const before = readFileSync(join(dir, 'tokens.json'), 'utf8');
    expect(ensureDevTokens(dir, plans).created).toBe(0);
    expect(readFileSync(join(dir, 'tokens.json'), 'utf8')).toBe(before);
  });
});
