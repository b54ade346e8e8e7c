import type { SimulationResult } from '../core/simulateSchedule.js';
import { toSingleLine } from './toSingleLine.js';

/** Options for the Gantt chart. */
export interface GanttOptions {
  /** Titles by unit id. */
  titles?: ReadonlyMap<string, string>;
  /** Wave by unit id: each wave becomes a section. */
  waves?: ReadonlyMap<string, number>;
  /** Most bars drawn; the rest are summarised in a comment. */
  maxTasks?: number;
}

// Mermaid's gantt syntax splits on ":" and treats "#" and ";" specially; titles must not carry them.
const GANTT_UNSAFE = /[:;#%{}<>"`\\]/g;

/** A Mermaid Gantt chart of a simulated schedule; time 0 is "now", bars are in minutes. */
export function renderGantt(result: SimulationResult, options: GanttOptions = {}): string {
  const maxTasks = options.maxTasks ?? 300;
  const lines = ['gantt', `  title ${result.policy}, ${result.maxParallel} in parallel: ${formatSpan(result.makespan)} (lower bound ${formatSpan(result.lowerBound)})`, '  dateFormat X', `  axisFormat ${result.makespan > 24 ? 'day %e %Hh' : '%Hh%M'}`];
  const shown = result.tasks.slice(0, maxTasks);
  const sections = new Map<string, typeof shown>();
  for (const task of shown) {
    const wave = options.waves?.get(task.id);
    const name = wave === undefined ? 'Running now' : `Wave ${wave}`;
    (sections.get(name) ?? sections.set(name, []).get(name))?.push(task);
  }
  for (const [name, tasks] of sections) {
    lines.push(`  section ${name}`);
    tasks.forEach((task) => {
      const title = toSingleLine(options.titles?.get(task.id) ?? '', 60).replace(GANTT_UNSAFE, ' ').trim();
      const label = `${task.id}${title ? ` ${title}` : ''}`.replace(GANTT_UNSAFE, ' ');
      const start = Math.round(task.start * 3600);
      const minutes = Math.max(1, Math.round((task.end - task.start) * 60));
      lines.push(`    ${label} :t${nodeKey(task.id)}, ${start}, ${minutes}m`);
    });
  }
  if (result.tasks.length > shown.length) lines.push(`  %% ${result.tasks.length - shown.length} more tasks not drawn`);
  return lines.join('\n') + '\n';
}

function nodeKey(id: string): string {
  return id.replace(/[^A-Za-z0-9]/g, '_');
}

function formatSpan(hours: number): string {
  return `${Math.round(hours * 10) / 10}h`;
}
