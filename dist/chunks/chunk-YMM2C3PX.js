import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  STATUS_KEYS,
  orderUnitsForDisplay,
  statusEmoji
} from "./chunk-VP4SOUP7.js";
import {
  toSingleLine
} from "./chunk-XHRHC6IW.js";
import {
  formatHours
} from "./chunk-6MRR4EBY.js";

// src/render/countStatuses.ts
function countStatuses(units) {
  const counts = Object.fromEntries(STATUS_KEYS.map((key) => [key, 0]));
  for (const unit of units) counts[statusEmoji(unit).key]++;
  return counts;
}

// src/render/displayWidth.ts
var WIDE = [
  [4352, 4447],
  [8986, 8987],
  [9001, 9002],
  [9193, 9196],
  [9200, 9200],
  [9203, 9203],
  [9725, 9726],
  [9748, 9749],
  [9800, 9811],
  [9855, 9855],
  [9875, 9875],
  [9889, 9889],
  [9898, 9899],
  [9917, 9918],
  [9924, 9925],
  [9934, 9934],
  [9940, 9940],
  [9962, 9962],
  [9970, 9971],
  [9973, 9973],
  [9978, 9978],
  [9981, 9981],
  [9989, 9989],
  [9994, 9995],
  [10024, 10024],
  [10060, 10060],
  [10062, 10062],
  [10067, 10069],
  [10071, 10071],
  [10133, 10135],
  [10160, 10160],
  [10175, 10175],
  [11035, 11036],
  [11088, 11088],
  [11093, 11093],
  [11904, 12350],
  [12353, 13311],
  [13312, 19903],
  [19968, 40959],
  [40960, 42191],
  [43360, 43391],
  [44032, 55203],
  [63744, 64255],
  [65040, 65049],
  [65072, 65135],
  [65280, 65376],
  [65504, 65510],
  [126980, 126980],
  [127183, 127183],
  [127374, 127374],
  [127377, 127386],
  [127488, 127743],
  [127744, 127776],
  [127789, 127797],
  [127799, 127868],
  [127870, 127891],
  [127904, 127946],
  [127951, 127955],
  [127968, 127984],
  [127988, 127988],
  [127992, 128062],
  [128064, 128064],
  [128066, 128252],
  [128255, 128317],
  [128331, 128334],
  [128336, 128359],
  [128378, 128378],
  [128405, 128406],
  [128420, 128420],
  [128507, 128591],
  [128640, 128709],
  [128716, 128716],
  [128720, 128722],
  [128725, 128727],
  [128747, 128748],
  [128756, 128764],
  [128992, 129003],
  [129292, 129338],
  [129340, 129349],
  [129351, 129791],
  [131072, 262141]
];
var ZERO = [
  [768, 879],
  [1155, 1161],
  [1425, 1469],
  [1552, 1562],
  [1611, 1631],
  [8203, 8207],
  [8400, 8447],
  [65024, 65039],
  [65056, 65071],
  [917760, 917999]
];
function displayWidth(text) {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}
function charWidth(char) {
  const code = char.codePointAt(0) ?? 0;
  if (code < 768) return code < 32 || code >= 127 && code < 160 ? 0 : 1;
  if (inRanges(code, ZERO)) return 0;
  return inRanges(code, WIDE) ? 2 : 1;
}
function inRanges(code, ranges) {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = low + high >> 1;
    const [from, to] = ranges[middle];
    if (code < from) high = middle - 1;
    else if (code > to) low = middle + 1;
    else return true;
  }
  return false;
}

// src/render/priorityLabel.ts
var LABELS = { critical: "CRITICAL", high: "HIGH", medium: "Medium", low: "Low" };
function priorityLabel(priority) {
  return LABELS[priority];
}

// src/render/waitingOnText.ts
function waitingOnText(unit, held, maxIds = 8) {
  const skipped = held.get(unit.id);
  if (unit.ready && skipped) {
    if (skipped.reason === "capacity") return "a free slot";
    if (skipped.reason === "pool") return `pool ${skipped.detail ?? ""}`.trim();
    if (skipped.reason === "paused") return "the loop to resume";
    if (skipped.reason === "budget") return "the daily budget";
    return `paths of ${skipped.detail ?? "running work"}`;
  }
  if (unit.waitingOn.length === 0) return "";
  const shown = unit.waitingOn.slice(0, maxIds).join(", ");
  return unit.waitingOn.length > maxIds ? `${shown} +${unit.waitingOn.length - maxIds} more` : shown;
}

// src/render/renderStatusText.ts
var STATUS_COLOR = {
  done: "32",
  "in-progress": "34",
  review: "35",
  ready: "33",
  waiting: "90",
  stalled: "91",
  blocked: "31",
  deferred: "2",
  cancelled: "2"
};
var HEADERS = ["Task", "Priority", "Status", "Agent", "Wave", "Waiting on"];
var SHRINK = [[3, 20], [5, 16], [0, 30], [3, 12], [5, 10], [0, 12], [3, 6], [5, 6], [2, 6], [0, 10]];
var BAR = 30;
function renderStatusText(plan, result, options) {
  const width = Math.max(60, options.width ?? 100);
  const paint = (code, text) => options.color ? `\x1B[${code}m${text}\x1B[0m` : text;
  const held = new Map(result.held.map((skipped) => [skipped.id, skipped]));
  const { open, finished } = orderUnitsForDisplay(result.units);
  const counts = countStatuses(result.units);
  const total = result.units.length;
  const percent = total === 0 ? 100 : Math.floor((counts.done + counts.cancelled) * 100 / total);
  const noun = `${result.granularity === "task" ? "task" : "unit"}${total === 1 ? "" : "s"}`;
  const lines = [];
  lines.push(paint("1", fit(`${toSingleLine(plan.file)}${plan.tag ? ` [${toSingleLine(plan.tag)}]` : ""}: ${total} ${noun}`, width)));
  const tally = [`\u2705 ${counts.done} done`, `\u{1F504} ${counts["in-progress"]} in progress`, `\u23F3 ${counts.ready} ready`, `\u{1F512} ${counts.waiting} waiting`, `\u26D4 ${counts.blocked} blocked`];
  if (counts.review > 0) tally.push(`\u{1F440} ${counts.review} in review`);
  if (counts.stalled > 0) tally.push(`\u{1F6A7} ${counts.stalled} stalled`);
  if (counts.deferred > 0) tally.push(`\u{1F4A4} ${counts.deferred} deferred`);
  if (counts.cancelled > 0) tally.push(`\u{1F6AB} ${counts.cancelled} cancelled`);
  lines.push(...wrap(tally, width));
  const filled = Math.round(percent / 100 * BAR);
  lines.push(`[${filled > 0 ? paint("32", "\u2588".repeat(filled)) : ""}${"\u2591".repeat(BAR - filled)}] ${percent}% done`);
  if (result.criticalPath.length > 0) {
    lines.push(fit(`ETA ${formatHours(result.etaHours)} at best with ${result.maxParallel} in parallel (${formatHours(result.remainingHours)} of work left)`, width));
    lines.push(fit(`Critical path: ${result.criticalPath.map((id) => toSingleLine(id)).join(" \u2192 ")} (${formatHours(result.criticalPathHours)})`, width));
  }
  if (total === 0) return lines.join("\n") + "\n";
  lines.push("");
  const rows = [...open, ...finished].map((unit) => ({ unit, group: group(unit), cells: cellsOf(unit, held) }));
  const widths = columnWidths(rows.map((row) => row.cells), width);
  const rule = (left, middle, right) => left + widths.map((w) => "\u2500".repeat(w + 2)).join(middle) + right;
  const line = (cells, style) => "\u2502" + cells.map((cell, index) => {
    const columns = widths[index];
    const shown = index === 2 && displayWidth(cell) > columns && cell !== HEADERS[2] ? Array.from(cell)[0] : cell;
    const text = pad(fit(shown, columns), columns);
    return ` ${style ? style(index, text) : text} `;
  }).join("\u2502") + "\u2502";
  lines.push(rule("\u250C", "\u252C", "\u2510"));
  lines.push(line(HEADERS, (_, text) => paint("1", text)));
  rows.forEach((row, index) => {
    if (index === 0 || row.group !== rows[index - 1]?.group) lines.push(rule("\u251C", "\u253C", "\u2524"));
    const key = statusEmoji(row.unit).key;
    const finishedRow = key === "done" || key === "cancelled";
    lines.push(line(row.cells, (column, text) => column === 2 ? paint(STATUS_COLOR[key], text) : finishedRow ? paint("2", text) : text));
  });
  lines.push(rule("\u2514", "\u2534", "\u2518"));
  return lines.join("\n") + "\n";
}
function cellsOf(unit, held) {
  const display = statusEmoji(unit);
  const wave = unit.status === "in-progress" || unit.status === "review" ? "now" : unit.wave !== void 0 ? String(unit.wave) : "\u2014";
  return [
    `${toSingleLine(unit.id)}: ${toSingleLine(unit.title)}`,
    priorityLabel(unit.priority),
    `${display.emoji} ${display.label}`,
    unit.agent === void 0 ? "\u2014" : toSingleLine(unit.agent),
    wave,
    toSingleLine(waitingOnText(unit, held)) || "\u2014"
  ];
}
function group(unit) {
  if (unit.status === "done" || unit.status === "cancelled") return "finished";
  if (unit.status === "in-progress" || unit.status === "review") return "running";
  return unit.wave === void 0 ? "held" : `wave ${unit.wave}`;
}
function columnWidths(rows, width) {
  const widths = HEADERS.map((header, index) => Math.max(displayWidth(header), ...rows.map((cells) => displayWidth(cells[index] ?? ""))));
  const budget = width - (HEADERS.length * 3 + 1);
  let excess = widths.reduce((sum, w) => sum + w, 0) - budget;
  for (const [column, floor] of SHRINK) {
    if (excess <= 0) break;
    const give = Math.min(excess, Math.max(0, widths[column] - floor));
    widths[column] = widths[column] - give;
    excess -= give;
  }
  return widths;
}
function wrap(parts, columns) {
  const lines = [];
  let current = "";
  for (const part of parts) {
    const next = current === "" ? part : `${current}  ${part}`;
    if (current !== "" && displayWidth(next) > columns) {
      lines.push(current);
      current = part;
    } else current = next;
  }
  if (current !== "") lines.push(current);
  return lines.map((line) => fit(line, columns));
}
function fit(text, columns) {
  if (displayWidth(text) <= columns) return text;
  let used = 0;
  let out = "";
  for (const char of text) {
    const w = charWidth(char);
    if (used + w > columns - 1) break;
    out += char;
    used += w;
  }
  return out + "\u2026";
}
function pad(text, columns) {
  return text + " ".repeat(Math.max(0, columns - displayWidth(text)));
}

export {
  countStatuses,
  priorityLabel,
  renderStatusText
};
