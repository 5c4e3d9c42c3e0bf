// The README's machine diagram is generated from the machine: it must be current.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { README, withDiagram } from '../../scripts/machine-diagram';

describe('machines/README.md', () => {
  it('holds the diagram generated from taskMachine (run npx tsx scripts/machine-diagram.ts)', () => {
    const readme = readFileSync(README, 'utf8');
    expect(readme).toContain('<!-- machine:begin -->\n```mermaid\nstateDiagram-v2');
    expect(withDiagram(readme)).toBe(readme);
  });
});
