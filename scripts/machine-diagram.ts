// Writes the task machine's Mermaid diagram into machines/README.md between the machine markers.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { machineDiagram } from '../machines/task/diagram';

export const BEGIN = '<!-- machine:begin -->';
export const END = '<!-- machine:end -->';
export const README = fileURLToPath(new URL('../machines/README.md', import.meta.url));

/** the README text with the block between the markers replaced by a fresh diagram */
export function withDiagram(readme: string): string {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  const block = `${BEGIN}\n${machineDiagram()}\n${END}`;
  if (start < 0 || end < start) return `${readme.trimEnd()}\n\n${block}\n`;
  return `${readme.slice(0, start)}${block}${readme.slice(end + END.length)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(README, withDiagram(readFileSync(README, 'utf8')));
}
