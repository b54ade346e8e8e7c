import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  renderMermaid
} from "./chunk-X5DYHEPE.js";
import {
  countStatuses,
  priorityLabel,
  renderStatusText
} from "./chunk-YMM2C3PX.js";
import {
  orderUnitsForDisplay,
  statusEmoji
} from "./chunk-VP4SOUP7.js";
import {
  escapeMarkdown
} from "./chunk-DFATJFQZ.js";
import "./chunk-XHRHC6IW.js";
import {
  gatingDependencies,
  loopGateLines
} from "./chunk-YI2LNWNZ.js";
import {
  formatHours
} from "./chunk-6MRR4EBY.js";
import {
  createExplainer,
  shortReason
} from "./chunk-PK2PZYJ5.js";
import {
  planFromSource
} from "./chunk-X2F5JEPL.js";
import "./chunk-YB4OTH27.js";
import "./chunk-M2R37MCA.js";
import "./chunk-2JV77M2F.js";
import "./chunk-ZKU5KU4T.js";
import "./chunk-MC6XESQO.js";
import "./chunk-KZ3NXUHJ.js";
import {
  PLAN_OPTIONS,
  parseCommandLine,
  readChoice
} from "./chunk-EXRDESWW.js";
import {
  EXIT
} from "./chunk-UQBKCWIS.js";
import "./chunk-MMZRYQYA.js";

// src/render/renderDashboardMarkdown.ts
var MAX_ROWS = 300;
var MAX_GRAPH_NODES = 150;
var MERMAID_MAX_TEXT = 5e4;
var MAX_WAVES = 20;
var MAX_IDS_PER_WAVE = 20;
var MAX_PROBLEMS = 20;
function renderDashboardMarkdown(plan, result, options = {}) {
  const byId = new Map(result.units.map((unit) => [unit.id, unit]));
  const explain = createExplainer(plan, result, options.pools === void 0 ? {} : { pools: options.pools });
  const { open, finished } = orderUnitsForDisplay(result.units);
  const out = [];
  out.push(`## ${escapeMarkdown(options.title ?? `Wave status: ${plan.file}${plan.tag ? ` [${plan.tag}]` : ""}`)}`, "");
  for (const line of loopGateLines(result)) out.push(`> **${result.paused && line.startsWith("Paused") ? "\u23F8\uFE0F " : "\u{1FA99} "}${escapeMarkdown(line, 600)}**`, "");
  out.push(summaryLine(result), "");
  if (result.criticalPath.length > 0) out.push(etaLine(result), "");
  const maxRows = options.maxRows ?? MAX_ROWS;
  const notes = options.notes ?? [];
  if (notes.length > 0) {
    for (const note of notes.slice(0, MAX_PROBLEMS)) out.push(`- \u26A0\uFE0F ${escapeMarkdown(note, 300)}`);
    if (notes.length > MAX_PROBLEMS) out.push(`- \u2026 and ${notes.length - MAX_PROBLEMS} more warnings`);
    out.push("");
  }
  const problems = result.problems.filter((problem) => problem.severity === "error");
  if (problems.length > 0) {
    out.push(`**\u26D4 ${problems.length} problem${problems.length === 1 ? "" : "s"}: nothing is dispatched until ${problems.length === 1 ? "it is" : "they are"} fixed.**`, "");
    for (const problem of problems.slice(0, MAX_PROBLEMS)) out.push(`- ${escapeMarkdown(problem.message, 300)}`);
    if (problems.length > MAX_PROBLEMS) out.push(`- \u2026 and ${problems.length - MAX_PROBLEMS} more`);
    out.push("");
  }
  if (result.units.length === 0) out.push("_No tasks._", "");
  if (open.length > 0) {
    out.push("| Task | Priority | Status | Agent | Wave | Why not running |", "|---|---|---|---|---|---|");
    for (const unit of open.slice(0, maxRows)) out.push(openRow(unit, explain));
    if (open.length > maxRows) out.push("", `_\u2026 and ${open.length - maxRows} more open ${noun(result, open.length - maxRows)} not shown._`);
    out.push("");
  }
  if (result.waves.length > 0) out.push(...wavesList(result, byId), "");
  if (finished.length > 0) {
    out.push("<details>", `<summary>${finished.length} finished (done or cancelled)</summary>`, "");
    out.push("| Task | Priority | Status | Agent |", "|---|---|---|---|");
    for (const unit of finished.slice(0, maxRows)) out.push(`| ${taskCell(unit)} | ${priorityLabel(unit.priority)} | ${statusCell(unit)} | ${agentCell(unit)} |`);
    if (finished.length > maxRows) out.push("", `_\u2026 and ${finished.length - maxRows} more finished ${noun(result, finished.length - maxRows)} not shown._`);
    out.push("", "</details>", "");
  }
  if (options.appendix) out.push(options.appendix.trimEnd(), "");
  const maxGraphNodes = options.maxGraphNodes ?? MAX_GRAPH_NODES;
  if (result.units.length > 0 && maxGraphNodes > 0) out.push("### Dependency graph", "", "```mermaid", graph(plan, result, maxGraphNodes).trimEnd(), "```", "");
  if (options.generatedAt !== void 0) out.push(`<sub>Generated ${escapeMarkdown(options.generatedAt, 100)} by wave-orchestrator</sub>`, "");
  return out.join("\n");
}
function summaryLine(result) {
  const counts = countStatuses(result.units);
  const total = result.units.length;
  const finished = counts.done + counts.cancelled;
  const percent = total === 0 ? 100 : Math.floor(finished * 100 / total);
  const parts = [
    `**${total} ${noun(result, total)}**`,
    `\u2705 ${counts.done} done`,
    `\u{1F504} ${counts["in-progress"]} in progress`,
    `\u23F3 ${counts.ready} ready`,
    `\u{1F512} ${counts.waiting} waiting`,
    `\u26D4 ${counts.blocked} blocked`
  ];
  if (counts.review > 0) parts.push(`\u{1F440} ${counts.review} in review`);
  if (counts.stalled > 0) parts.push(`\u{1F6A7} ${counts.stalled} stalled`);
  if (counts.deferred > 0) parts.push(`\u{1F4A4} ${counts.deferred} deferred`);
  if (counts.cancelled > 0) parts.push(`\u{1F6AB} ${counts.cancelled} cancelled`);
  parts.push(`**${percent}% done**`);
  return parts.join(" \xB7 ");
}
function etaLine(result) {
  const path = result.criticalPath.length > 12 ? [...result.criticalPath.slice(0, 12), `\u2026 (${result.criticalPath.length - 12} more)`] : result.criticalPath;
  return `\u23F1\uFE0F ETA **${formatHours(result.etaHours)}** at best with ${result.maxParallel} in parallel (${formatHours(result.remainingHours)} of work left) \xB7 critical path ${path.map((id) => escapeMarkdown(id)).join(" \u2192 ")} (${formatHours(result.criticalPathHours)})`;
}
function wavesList(result, byId) {
  const lines = ["**Waves**", ""];
  result.waves.slice(0, MAX_WAVES).forEach((wave, index) => {
    const after = [...new Set(wave.flatMap((id) => gatingDependencies(byId.get(id), byId)))];
    const ids = wave.slice(0, MAX_IDS_PER_WAVE).map((id) => escapeMarkdown(id)).join(", ") + (wave.length > MAX_IDS_PER_WAVE ? ` \u2026 and ${wave.length - MAX_IDS_PER_WAVE} more` : "");
    const when = after.length === 0 ? "can start now" : `after ${after.slice(0, MAX_IDS_PER_WAVE).map((id) => escapeMarkdown(id)).join(", ")}${after.length > MAX_IDS_PER_WAVE ? " \u2026" : ""}`;
    lines.push(`- Wave ${index + 1} (${wave.length}): ${ids} \u2014 ${when}`);
  });
  if (result.waves.length > MAX_WAVES) lines.push(`- \u2026 and ${result.waves.length - MAX_WAVES} more waves`);
  return lines;
}
function openRow(unit, explain) {
  const wave = unit.status === "in-progress" || unit.status === "review" ? "running" : unit.wave !== void 0 ? String(unit.wave) : "\u2014";
  const explanation = explain(unit.id);
  const waiting = explanation ? shortReason(explanation) : "";
  return `| ${taskCell(unit)} | ${priorityLabel(unit.priority)} | ${statusCell(unit)} | ${agentCell(unit)} | ${wave} | ${waiting === "" ? "\u2014" : escapeMarkdown(waiting)} |`;
}
function taskCell(unit) {
  return `${escapeMarkdown(unit.id, 64)}: ${escapeMarkdown(unit.title, 100)}`;
}
function statusCell(unit) {
  const display = statusEmoji(unit);
  return `${display.emoji} ${display.label}`;
}
function agentCell(unit) {
  return unit.agent === void 0 ? "\u2014" : escapeMarkdown(unit.agent, 64);
}
function graph(plan, result, largest) {
  let maxNodes = largest;
  let text = renderMermaid(plan, result, { maxNodes });
  while (text.length > MERMAID_MAX_TEXT && maxNodes > 1) {
    maxNodes = Math.floor(maxNodes / 2);
    text = renderMermaid(plan, result, { maxNodes });
  }
  return text;
}
function noun(result, count) {
  return `${result.granularity === "task" ? "task" : "unit"}${count === 1 ? "" : "s"}`;
}

// src/cli/commands/statusCommand.ts
var STATUS_OPTIONS = {
  tag: PLAN_OPTIONS.tag,
  debug: PLAN_OPTIONS.debug,
  help: PLAN_OPTIONS.help,
  "max-parallel": PLAN_OPTIONS["max-parallel"],
  pool: PLAN_OPTIONS.pool,
  granularity: PLAN_OPTIONS.granularity,
  source: PLAN_OPTIONS.source,
  repo: PLAN_OPTIONS.repo,
  label: PLAN_OPTIONS.label,
  format: { type: "string" }
};
var USAGE = "Usage: waves status [FILE | --source issues --repo OWNER/NAME] [--tag T] [--format text|markdown] [--max-parallel N] [--pool C=N] [--granularity task|subtask]\n";
async function statusCommand(args, io) {
  const { values, positionals } = parseCommandLine(args, STATUS_OPTIONS);
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const format = readChoice("--format", values.format, ["text", "markdown"], "text");
  const { plan, result } = await planFromSource(positionals[0], values, io);
  if (format === "markdown") {
    io.stdout(renderDashboardMarkdown(plan, result));
    return EXIT.ok;
  }
  const color = io.isTTY && !io.env.NO_COLOR;
  const columns = Number(io.env.COLUMNS);
  const width = Number.isInteger(columns) && columns >= 60 ? columns : void 0;
  io.stdout(renderStatusText(plan, result, width === void 0 ? { color } : { color, width }));
  return EXIT.ok;
}
export {
  statusCommand
};
