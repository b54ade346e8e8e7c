import { formatDuration } from './formatDuration.js';
import { toSingleLine } from './toSingleLine.js';

/** What the live display shows of a run. */
export interface RunView {
  total: number;
  done: number;
  failed: number;
  running: { id: string; title: string; elapsedMs: number; attempt: number }[];
  /** Most recent last. */
  recent: { id: string; title: string; status: string; durationMs: number; reason?: string }[];
  next: string[];
}

const GREEN = (text: string) => `\u001b[32m${text}\u001b[39m`;
const RED = (text: string) => `\u001b[31m${text}\u001b[39m`;
const DIM = (text: string) => `\u001b[2m${text}\u001b[22m`;

/** The live block a terminal redraws during `waves run`: a bar, what runs and for how long, what just ended, what is next. */
export function renderRunProgress(view: RunView, options: { color: boolean; width?: number }): string {
  const width = Math.max(40, options.width ?? 100);
  const paint = (style: (text: string) => string, text: string) => (options.color ? style(text) : text);
  const barWidth = 30;
  const filled = view.total === 0 ? barWidth : Math.round((view.done / view.total) * barWidth);
  const lines = [`[${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}] ${view.done}/${view.total} done · ${view.running.length} running · ${view.failed} failed`];
  const titleWidth = Math.max(10, width - 30);
  for (const task of view.running) {
    const retry = task.attempt > 1 ? ` (attempt ${task.attempt})` : '';
    lines.push(`  ▶ ${task.id} ${toSingleLine(task.title, titleWidth).padEnd(Math.min(titleWidth, 50))} ${formatDuration(task.elapsedMs)}${retry}`);
  }
  for (const task of view.recent.slice(-3)) {
    const ok = task.status === 'done';
    const mark = ok ? paint(GREEN, '✔') : paint(RED, '✖');
    const what = ok ? `done in ${formatDuration(task.durationMs)}` : `${task.reason ?? 'failed'} → ${task.status}`;
    lines.push(`  ${mark} ${task.id} ${toSingleLine(task.title, titleWidth)}  ${paint(DIM, what)}`);
  }
  if (view.next.length > 0) lines.push(paint(DIM, `  next: ${view.next.slice(0, 10).join(', ')}${view.next.length > 10 ? ', …' : ''}`));
  return lines.map((line) => line.slice(0, width * 2)).join('\n') + '\n';
}
