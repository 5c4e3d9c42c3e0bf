// Drives a task snapshot through events with applyEvent, failing loudly on any refusal.
import { applyEvent, createTaskSnapshot, type TaskCommand, type TaskSnapshot } from '../../machines/task';
import type { Task } from '../../machines';
import { AT, byTask, plan } from './tasks';

export const fresh = (task: Task = byTask): TaskSnapshot => createTaskSnapshot({ task, plan, at: AT });

export function drive(snapshot: TaskSnapshot, events: readonly unknown[]): { snapshot: TaskSnapshot; commands: TaskCommand[] } {
  let current = snapshot;
  let commands: TaskCommand[] = [];
  for (const event of events) {
    const result = applyEvent(current, event);
    if (!result.ok) throw new Error(`refused ${JSON.stringify(event)}: ${result.code} ${result.message_en}`);
    current = result.snapshot;
    commands = result.commands;
  }
  return { snapshot: current, commands };
}
