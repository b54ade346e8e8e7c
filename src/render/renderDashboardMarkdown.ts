import { createExplainer, shortReason, type Explainer } from '../core/explainTask.js';
import type { GatedPlanResult } from '../core/gateDispatch.js';
import type { Plan } from '../core/model.js';
import type { PlanResult, UnitView } from '../core/planWaves.js';
import { countStatuses } from './countStatuses.js';
import { escapeMarkdown } from './escapeMarkdown.js';
import { formatHours } from './formatHours.js';
import { gatingDependencies } from './gatingDependencies.js';
import { orderUnitsForDisplay } from './orderUnitsForDisplay.js';
import { priorityLabel } from './priorityLabel.js';
import { renderMermaid } from './renderMermaid.js';
import { statusEmoji } from './statusEmoji.js';
import { loopGateLines } from './loopGateLines.js';

/** What to put around the dashboard; the caller supplies the time so rendering stays pure. */
export interface DashboardOptions {
  /** Heading text; any string, shown literally. Default: "Wave status: FILE [TAG]". */
  title?: string;
  /** When the dashboard was made, shown in the footer as given. */
  generatedAt?: string;
  /** Warnings to show under the counts (any text; escaped), e.g. ignored dependencies. */
  notes?: readonly string[];
  /** Markdown added before the graph, already safe (the caller escapes what it puts in). */
  appendix?: string;
  /** Rows per table (default 300); smaller for places with a size limit, such as an issue body. */
  maxRows?: number;
  /** Nodes in the Mermaid graph (default 150); 0 leaves the graph out. */
  maxGraphNodes?: number;
  /** Pool caps the plan was made with, named in the pool reasons. */
  pools?: Record<string, number>;
}

// A step summary over 1 MiB is rejected. Rows carry at most ~100 characters of title (each at most
// ~6 bytes once escaped), so two capped tables plus a graph under Mermaid's 50,000-character limit fit.
const MAX_ROWS = 300;
const MAX_GRAPH_NODES = 150;
const MERMAID_MAX_TEXT = 50_000;
const MAX_WAVES = 20;
const MAX_IDS_PER_WAVE = 20;
const MAX_PROBLEMS = 20;

/** The GitHub-flavoured Markdown dashboard (job summary, issue comment): counts, the work table, a Mermaid graph. */
export function renderDashboardMarkdown(plan: Plan, result: GatedPlanResult, options: DashboardOptions = {}): string {
  const byId = new Map(result.units.map((unit) => [unit.id, unit]));
  const explain = createExplainer(plan, result, options.pools === undefined ? {} : { pools: options.pools });
  const { open, finished } = orderUnitsForDisplay(result.units);
  const out: string[] = [];
  out.push(`## ${escapeMarkdown(options.title ?? `Wave status: ${plan.file}${plan.tag ? ` [${plan.tag}]` : ''}`)}`, '');
  // A pause or a spent budget explains every idle slot, so it comes first.
  for (const line of loopGateLines(result)) out.push(`> **${result.paused && line.startsWith('Paused') ? '⏸️ ' : '🪙 '}${escapeMarkdown(line, 600)}**`, '');
  out.push(summaryLine(result), '');
  if (result.criticalPath.length > 0) out.push(etaLine(result), '');

  const maxRows = options.maxRows ?? MAX_ROWS;
  const notes = options.notes ?? [];
  if (notes.length > 0) {
    for (const note of notes.slice(0, MAX_PROBLEMS)) out.push(`- ⚠️ ${escapeMarkdown(note, 300)}`);
    if (notes.length > MAX_PROBLEMS) out.push(`- … and ${notes.length - MAX_PROBLEMS} more warnings`);
    out.push('');
  }

  const problems = result.problems.filter((problem) => problem.severity === 'error');
  if (problems.length > 0) {
    out.push(`**⛔ ${problems.length} problem${problems.length === 1 ? '' : 's'}: nothing is dispatched until ${problems.length === 1 ? 'it is' : 'they are'} fixed.**`, '');
    for (const problem of problems.slice(0, MAX_PROBLEMS)) out.push(`- ${escapeMarkdown(problem.message, 300)}`);
    if (problems.length > MAX_PROBLEMS) out.push(`- … and ${problems.length - MAX_PROBLEMS} more`);
    out.push('');
  }

  if (result.units.length === 0) out.push('_No tasks._', '');
  if (open.length > 0) {
    out.push('| Task | Priority | Status | Agent | Wave | Why not running |', '|---|---|---|---|---|---|');
    for (const unit of open.slice(0, maxRows)) out.push(openRow(unit, explain));
    if (open.length > maxRows) out.push('', `_… and ${open.length - maxRows} more open ${noun(result, open.length - maxRows)} not shown._`);
    out.push('');
  }
  if (result.waves.length > 0) out.push(...wavesList(result, byId), '');
  if (finished.length > 0) {
    // Finished work matters less than what is left, so it folds away; the blank lines let GitHub render the table inside.
    out.push('<details>', `<summary>${finished.length} finished (done or cancelled)</summary>`, '');
    out.push('| Task | Priority | Status | Agent |', '|---|---|---|---|');
    for (const unit of finished.slice(0, maxRows)) out.push(`| ${taskCell(unit)} | ${priorityLabel(unit.priority)} | ${statusCell(unit)} | ${agentCell(unit)} |`);
    if (finished.length > maxRows) out.push('', `_… and ${finished.length - maxRows} more finished ${noun(result, finished.length - maxRows)} not shown._`);
    out.push('', '</details>', '');
  }
  if (options.appendix) out.push(options.appendix.trimEnd(), '');
  const maxGraphNodes = options.maxGraphNodes ?? MAX_GRAPH_NODES;
  if (result.units.length > 0 && maxGraphNodes > 0) out.push('### Dependency graph', '', '```mermaid', graph(plan, result, maxGraphNodes).trimEnd(), '```', '');
  if (options.generatedAt !== undefined) out.push(`<sub>Generated ${escapeMarkdown(options.generatedAt, 100)} by wave-orchestrator</sub>`, '');
  return out.join('\n');
}

function summaryLine(result: PlanResult): string {
  const counts = countStatuses(result.units);
  const total = result.units.length;
  const finished = counts.done + counts.cancelled;
  const percent = total === 0 ? 100 : Math.floor((finished * 100) / total);
  const parts = [
    `**${total} ${noun(result, total)}**`,
    `✅ ${counts.done} done`,
    `🔄 ${counts['in-progress']} in progress`,
    `⏳ ${counts.ready} ready`,
    `🔒 ${counts.waiting} waiting`,
    `⛔ ${counts.blocked} blocked`,
  ];
  // Rarer states only when present, so the common line stays short.
  if (counts.review > 0) parts.push(`👀 ${counts.review} in review`);
  if (counts.stalled > 0) parts.push(`🚧 ${counts.stalled} stalled`);
  if (counts.deferred > 0) parts.push(`💤 ${counts.deferred} deferred`);
  if (counts.cancelled > 0) parts.push(`🚫 ${counts.cancelled} cancelled`);
  parts.push(`**${percent}% done**`);
  return parts.join(' · ');
}

function etaLine(result: PlanResult): string {
  const path = result.criticalPath.length > 12 ? [...result.criticalPath.slice(0, 12), `… (${result.criticalPath.length - 12} more)`] : result.criticalPath;
  return `⏱️ ETA **${formatHours(result.etaHours)}** at best with ${result.maxParallel} in parallel (${formatHours(result.remainingHours)} of work left) · critical path ${path.map((id) => escapeMarkdown(id)).join(' → ')} (${formatHours(result.criticalPathHours)})`;
}

function wavesList(result: PlanResult, byId: ReadonlyMap<string, UnitView>): string[] {
  const lines = ['**Waves**', ''];
  result.waves.slice(0, MAX_WAVES).forEach((wave, index) => {
    const after = [...new Set(wave.flatMap((id) => gatingDependencies(byId.get(id) as UnitView, byId)))];
    const ids = wave.slice(0, MAX_IDS_PER_WAVE).map((id) => escapeMarkdown(id)).join(', ') + (wave.length > MAX_IDS_PER_WAVE ? ` … and ${wave.length - MAX_IDS_PER_WAVE} more` : '');
    const when = after.length === 0 ? 'can start now' : `after ${after.slice(0, MAX_IDS_PER_WAVE).map((id) => escapeMarkdown(id)).join(', ')}${after.length > MAX_IDS_PER_WAVE ? ' …' : ''}`;
    lines.push(`- Wave ${index + 1} (${wave.length}): ${ids} — ${when}`);
  });
  if (result.waves.length > MAX_WAVES) lines.push(`- … and ${result.waves.length - MAX_WAVES} more waves`);
  return lines;
}

function openRow(unit: UnitView, explain: Explainer): string {
  const wave = unit.status === 'in-progress' || unit.status === 'review' ? 'running' : unit.wave !== undefined ? String(unit.wave) : '—';
  const explanation = explain(unit.id);
  const waiting = explanation ? shortReason(explanation) : '';
  return `| ${taskCell(unit)} | ${priorityLabel(unit.priority)} | ${statusCell(unit)} | ${agentCell(unit)} | ${wave} | ${waiting === '' ? '—' : escapeMarkdown(waiting)} |`;
}

function taskCell(unit: UnitView): string {
  return `${escapeMarkdown(unit.id, 64)}: ${escapeMarkdown(unit.title, 100)}`;
}

function statusCell(unit: UnitView): string {
  const display = statusEmoji(unit);
  return `${display.emoji} ${display.label}`;
}

function agentCell(unit: UnitView): string {
  return unit.agent === undefined ? '—' : escapeMarkdown(unit.agent, 64);
}

/** The graph, made smaller until Mermaid agrees to draw it (it refuses text over 50,000 characters). */
function graph(plan: Plan, result: PlanResult, largest: number): string {
  let maxNodes = largest;
  let text = renderMermaid(plan, result, { maxNodes });
  while (text.length > MERMAID_MAX_TEXT && maxNodes > 1) {
    maxNodes = Math.floor(maxNodes / 2);
    text = renderMermaid(plan, result, { maxNodes });
  }
  return text;
}

function noun(result: PlanResult, count: number): string {
  return `${result.granularity === 'task' ? 'task' : 'unit'}${count === 1 ? '' : 's'}`;
}
