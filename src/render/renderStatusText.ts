import type { Plan } from '../core/model.js';
import type { Skipped } from '../core/pickDispatch.js';
import type { PlanResult, UnitView } from '../core/planWaves.js';
import { countStatuses } from './countStatuses.js';
import { charWidth, displayWidth } from './displayWidth.js';
import { formatHours } from './formatHours.js';
import { orderUnitsForDisplay } from './orderUnitsForDisplay.js';
import { priorityLabel } from './priorityLabel.js';
import { statusEmoji, type StatusKey } from './statusEmoji.js';
import { toSingleLine } from './toSingleLine.js';
import { waitingOnText } from './waitingOnText.js';

/** How the terminal dashboard is drawn. */
export interface StatusTextOptions {
  /** ANSI colours; the caller decides (TTY, NO_COLOR). */
  color: boolean;
  /** Columns to fit in. Default 100. */
  width?: number;
}

const STATUS_COLOR: Record<StatusKey, string> = {
  done: '32',
  'in-progress': '34',
  review: '35',
  ready: '33',
  waiting: '90',
  stalled: '91',
  blocked: '31',
  deferred: '2',
  cancelled: '2',
};
const HEADERS = ['Task', 'Priority', 'Status', 'Agent', 'Wave', 'Waiting on'] as const;
// When the table is too wide, columns give way in this order, each down to the width given: agent and
// waiting-on first to a comfortable size, then the title, then everything to its minimum; the status
// column last, down to its emoji. Column indexes: 0 Task, 2 Status, 3 Agent, 5 Waiting on.
const SHRINK: readonly (readonly [number, number])[] = [[3, 20], [5, 16], [0, 30], [3, 12], [5, 10], [0, 12], [3, 6], [5, 6], [2, 6], [0, 10]];
const BAR = 30;

/** The terminal dashboard: counts, a progress bar and a box-drawing table like the seed's WAVE STATUS. */
export function renderStatusText(plan: Plan, result: PlanResult, options: StatusTextOptions): string {
  const width = Math.max(60, options.width ?? 100);
  const paint = (code: string, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const held = new Map(result.held.map((skipped) => [skipped.id, skipped]));
  const { open, finished } = orderUnitsForDisplay(result.units);
  const counts = countStatuses(result.units);
  const total = result.units.length;
  const percent = total === 0 ? 100 : Math.floor(((counts.done + counts.cancelled) * 100) / total);
  const noun = `${result.granularity === 'task' ? 'task' : 'unit'}${total === 1 ? '' : 's'}`;

  const lines: string[] = [];
  lines.push(paint('1', fit(`${toSingleLine(plan.file)}${plan.tag ? ` [${toSingleLine(plan.tag)}]` : ''}: ${total} ${noun}`, width)));
  const tally = [`✅ ${counts.done} done`, `🔄 ${counts['in-progress']} in progress`, `⏳ ${counts.ready} ready`, `🔒 ${counts.waiting} waiting`, `⛔ ${counts.blocked} blocked`];
  if (counts.review > 0) tally.push(`👀 ${counts.review} in review`);
  if (counts.stalled > 0) tally.push(`🚧 ${counts.stalled} stalled`);
  if (counts.deferred > 0) tally.push(`💤 ${counts.deferred} deferred`);
  if (counts.cancelled > 0) tally.push(`🚫 ${counts.cancelled} cancelled`);
  lines.push(...wrap(tally, width));
  const filled = Math.round((percent / 100) * BAR);
  lines.push(`[${filled > 0 ? paint('32', '█'.repeat(filled)) : ''}${'░'.repeat(BAR - filled)}] ${percent}% done`);
  if (result.criticalPath.length > 0) {
    lines.push(fit(`ETA ${formatHours(result.etaHours)} at best with ${result.maxParallel} in parallel (${formatHours(result.remainingHours)} of work left)`, width));
    lines.push(fit(`Critical path: ${result.criticalPath.map((id) => toSingleLine(id)).join(' → ')} (${formatHours(result.criticalPathHours)})`, width));
  }
  if (total === 0) return lines.join('\n') + '\n';
  lines.push('');

  // Rows are grouped like the seed's table (ready wave, then blocked), a rule between groups.
  const rows = [...open, ...finished].map((unit) => ({ unit, group: group(unit), cells: cellsOf(unit, held) }));
  const widths = columnWidths(rows.map((row) => row.cells), width);
  const rule = (left: string, middle: string, right: string) => left + widths.map((w) => '─'.repeat(w + 2)).join(middle) + right;
  const line = (cells: readonly string[], style?: (index: number, text: string) => string) =>
    '│' + cells.map((cell, index) => {
      const columns = widths[index] as number;
      // A status that does not fit keeps its emoji rather than a cut-off label.
      const shown = index === 2 && displayWidth(cell) > columns && cell !== HEADERS[2] ? (Array.from(cell)[0] as string) : cell;
      const text = pad(fit(shown, columns), columns);
      return ` ${style ? style(index, text) : text} `;
    }).join('│') + '│';

  lines.push(rule('┌', '┬', '┐'));
  lines.push(line(HEADERS, (_, text) => paint('1', text)));
  rows.forEach((row, index) => {
    if (index === 0 || row.group !== rows[index - 1]?.group) lines.push(rule('├', '┼', '┤'));
    const key = statusEmoji(row.unit).key;
    const finishedRow = key === 'done' || key === 'cancelled';
    lines.push(line(row.cells, (column, text) => (column === 2 ? paint(STATUS_COLOR[key], text) : finishedRow ? paint('2', text) : text)));
  });
  lines.push(rule('└', '┴', '┘'));
  return lines.join('\n') + '\n';
}

function cellsOf(unit: UnitView, held: ReadonlyMap<string, Skipped>): string[] {
  const display = statusEmoji(unit);
  const wave = unit.status === 'in-progress' || unit.status === 'review' ? 'now' : unit.wave !== undefined ? String(unit.wave) : '—';
  return [
    `${toSingleLine(unit.id)}: ${toSingleLine(unit.title)}`,
    priorityLabel(unit.priority),
    `${display.emoji} ${display.label}`,
    unit.agent === undefined ? '—' : toSingleLine(unit.agent),
    wave,
    toSingleLine(waitingOnText(unit, held)) || '—',
  ];
}

function group(unit: UnitView): string {
  if (unit.status === 'done' || unit.status === 'cancelled') return 'finished';
  if (unit.status === 'in-progress' || unit.status === 'review') return 'running';
  return unit.wave === undefined ? 'held' : `wave ${unit.wave}`;
}

/** Natural widths, then columns give way in SHRINK order until the table fits. */
function columnWidths(rows: readonly string[][], width: number): number[] {
  const widths = HEADERS.map((header, index) => Math.max(displayWidth(header), ...rows.map((cells) => displayWidth(cells[index] ?? ''))));
  const budget = width - (HEADERS.length * 3 + 1);
  let excess = widths.reduce((sum, w) => sum + w, 0) - budget;
  for (const [column, floor] of SHRINK) {
    if (excess <= 0) break;
    const give = Math.min(excess, Math.max(0, (widths[column] as number) - floor));
    widths[column] = (widths[column] as number) - give;
    excess -= give;
  }
  // Still too wide (a very narrow width): the table overflows rather than becoming unreadable.
  return widths;
}

/** Joins parts with two spaces, starting a new line where the next part would not fit. */
function wrap(parts: readonly string[], columns: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const part of parts) {
    const next = current === '' ? part : `${current}  ${part}`;
    if (current !== '' && displayWidth(next) > columns) {
      lines.push(current);
      current = part;
    } else current = next;
  }
  if (current !== '') lines.push(current);
  return lines.map((line) => fit(line, columns));
}

/** Cuts text to at most `columns` display columns, ending in `…` when cut. */
function fit(text: string, columns: number): string {
  if (displayWidth(text) <= columns) return text;
  let used = 0;
  let out = '';
  for (const char of text) {
    const w = charWidth(char);
    if (used + w > columns - 1) break;
    out += char;
    used += w;
  }
  return out + '…';
}

function pad(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - displayWidth(text)));
}
