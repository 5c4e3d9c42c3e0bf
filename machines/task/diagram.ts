// Mermaid stateDiagram-v2 and an event table generated from the machine definition, so the README cannot drift.
import type { AnyStateNode } from 'xstate';
import { taskMachine } from './machine';

/** guards every accepted event passes; left out of labels so the interesting ones show */
const COMMON_GUARDS = new Set(['taskOpen', 'actorAllowed', 'eventIsNew']);
const COLOUR_CLASSES = [
  ['green', '#d9f2d9', ['onTrack']],
  ['blue', '#d6e6fb', ['dueSoon']],
  ['yellow', '#fff3c4', ['overdue']],
  ['red', '#f8d0d0', ['escalated']],
] as const;

function guardNames(guard: unknown): string[] {
  if (typeof guard === 'string') return [guard];
  if (typeof guard === 'object' && guard !== null && 'type' in guard && typeof guard.type === 'string') return [guard.type];
  if (typeof guard === 'function' && 'guards' in guard && Array.isArray(guard.guards)) return guard.guards.flatMap(guardNames);
  return [];
}

const guardLabel = (guard: unknown): string => {
  const names = guardNames(guard).filter((g) => !COMMON_GUARDS.has(g));
  return names.length === 0 ? '' : ` [${names.join(', ')}]`;
};

const regionOf = (node: AnyStateNode): string => node.path[0] ?? '';
const children = (node: AnyStateNode): AnyStateNode[] => Object.values(node.states);

interface Row {
  from: string;
  event: string;
  to: string;
}

function walk(node: AnyStateNode, indent: string): string[] {
  const lines: string[] = [];
  const kids = children(node);
  const initial = node.initial?.target[0];
  if (initial !== undefined && node.type === 'compound') lines.push(`${indent}[*] --> ${initial.key}`);
  kids.forEach((kid, i) => {
    if (kid.type === 'parallel' || kid.type === 'compound') {
      lines.push(`${indent}state ${kid.key} {`, ...walk(kid, `${indent}  `), `${indent}}`);
    } else if (kid.type === 'final') {
      lines.push(`${indent}${kid.key} --> [*]`);
    } else {
      lines.push(`${indent}state ${kid.key}`);
    }
    if (node.type === 'parallel' && i < kids.length - 1) lines.push(`${indent}--`);
  });
  return lines;
}

/** edges between atomic states of one region; everything else becomes a table row */
function collect(node: AnyStateNode, edges: string[], rows: Row[]): void {
  const atomic = node.type === 'atomic';
  for (const [event, defs] of node.transitions) {
    for (const def of defs) {
      const targets = def.target ?? [];
      const label = `${event}${guardLabel(def.guard)}`;
      const local = targets.filter((t) => regionOf(t) === regionOf(node));
      if (atomic && local.length > 0) {
        for (const t of local) edges.push(`  ${node.key} --> ${t.key}: ${label}`);
        const elsewhere = targets.filter((t) => regionOf(t) !== regionOf(node));
        for (const t of elsewhere) rows.push({ from: node.key, event: label, to: t.path.join('.') });
      } else {
        rows.push({ from: `${node.path.join('.')}${atomic ? '' : ' (any open state)'}`, event: label, to: targets.length === 0 ? '(stays)' : targets.map((t) => t.path.join('.')).join(' + ') });
      }
    }
  }
  for (const def of node.always ?? []) {
    for (const t of def.target ?? []) edges.push(`  ${node.key} --> ${t.key}: always${guardLabel(def.guard)}`);
  }
  for (const kid of children(node)) collect(kid, edges, rows);
}

/** Mermaid diagram plus a table of the transitions a diagram cannot show well (targetless, cross-region) */
export function machineDiagram(): string {
  const edges: string[] = [];
  const rows: Row[] = [];
  const body = walk(taskMachine.root, '    ');
  collect(taskMachine.root, edges, rows);
  const classes = COLOUR_CLASSES.flatMap(([name, fill, states]) => [`  classDef ${name} fill:${fill}`, ...states.map((s) => `  class ${s} ${name}`)]);
  return [
    '```mermaid',
    'stateDiagram-v2',
    '  state task {',
    ...body,
    '  }',
    ...edges,
    ...classes,
    '```',
    '',
    'Transitions not drawn above (they keep the state, or reach into the other region):',
    '',
    '| from | event [guards] | to |',
    '|---|---|---|',
    ...rows.map((r) => `| ${r.from} | ${r.event} | ${r.to} |`),
    '',
    `Every event also passes ${[...COMMON_GUARDS].join(', ')} (timers too).`,
  ].join('\n');
}
