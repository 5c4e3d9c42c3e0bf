// formatIssues: one wording of zod issues for every boundary (event, payload, CLI flags, token file, plan JSON).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatIssues } from '../../machines/zod-issues';

const Schema = z.object({ measures: z.string().min(1), assists: z.array(z.object({ unit: z.string() })) });
const errorOf = (value: unknown): z.ZodError => {
  const parsed = Schema.safeParse(value);
  if (parsed.success) throw new Error('TEST_EXPECTED_FAILURE: the value parsed');
  return parsed.error;
};

describe('formatIssues', () => {
  it('names every bad field by its dotted path, in field order', () => {
    expect(formatIssues(errorOf({ measures: '', assists: [{ unit: 7 }] }))).toMatch(/^measures: .+; assists\.0\.unit: .+$/);
  });

  it('calls an issue about the whole value by the root name given', () => {
    expect(formatIssues(errorOf('not an object'), { root: '(event)' })).toMatch(/^\(event\): /);
  });

  it('puts the prefix before every path (CLI flags)', () => {
    expect(formatIssues(errorOf({ measures: '', assists: [] }), { prefix: '--' })).toMatch(/^--measures: /);
  });
});
