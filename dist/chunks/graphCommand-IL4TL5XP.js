import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  STATUS_COLORS,
  renderMermaid,
  unitEdges
} from "./chunk-X5DYHEPE.js";
import {
  orderUnitsForDisplay,
  statusEmoji
} from "./chunk-VP4SOUP7.js";
import {
  toSingleLine
} from "./chunk-XHRHC6IW.js";
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
  COMMON_OPTIONS,
  PLAN_OPTIONS,
  parseCommandLine,
  readChoice
} from "./chunk-EXRDESWW.js";
import {
  EXIT
} from "./chunk-UQBKCWIS.js";
import "./chunk-MMZRYQYA.js";

// src/render/renderDot.ts
function renderDot(plan, result, options = {}) {
  const titleLength = options.titleLength ?? 60;
  const { open, finished } = orderUnitsForDisplay(result.units);
  const lines = [
    "digraph waves {",
    `  rankdir=${options.direction ?? "TB"};`,
    '  node [shape=box, style="rounded,filled", fontname="Helvetica"];',
    '  edge [color="#57606a"];'
  ];
  for (const unit of [...open, ...finished]) {
    const display = statusEmoji(unit);
    const color = STATUS_COLORS[display.key];
    const label = `${unit.id}: ${toSingleLine(unit.title, titleLength)}
${display.label}`;
    const dashed = display.key === "deferred" || display.key === "cancelled" ? ', style="rounded,filled,dashed"' : "";
    lines.push(`  ${quoteDot(unit.id)} [label=${quoteDot(label)}, fillcolor="${color.fill}", color="${color.stroke}", fontcolor="${color.text}"${dashed}];`);
  }
  for (const edge of unitEdges(plan, result)) lines.push(`  ${quoteDot(edge.from)} -> ${quoteDot(edge.to)};`);
  lines.push("}");
  return lines.join("\n") + "\n";
}
function quoteDot(text) {
  const escaped = text.split("\n").map((part) => toSingleLine(part).replace(/[\\"]/g, (char) => `\\${char}`)).join("\\n");
  return `"${escaped}"`;
}

// src/cli/commands/graphCommand.ts
var GRAPH_OPTIONS = {
  tag: COMMON_OPTIONS.tag,
  debug: COMMON_OPTIONS.debug,
  help: COMMON_OPTIONS.help,
  granularity: PLAN_OPTIONS.granularity,
  source: PLAN_OPTIONS.source,
  repo: PLAN_OPTIONS.repo,
  label: PLAN_OPTIONS.label,
  format: { type: "string" }
};
var USAGE = "Usage: waves graph [FILE | --source issues --repo OWNER/NAME] [--tag T] [--format mermaid|dot] [--granularity task|subtask]\n";
async function graphCommand(args, io) {
  const { values, positionals } = parseCommandLine(args, GRAPH_OPTIONS);
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const format = readChoice("--format", values.format, ["mermaid", "dot"], "mermaid");
  const { plan, result } = await planFromSource(positionals[0], { tag: values.tag, granularity: values.granularity, source: values.source, repo: values.repo, label: values.label }, io);
  io.stdout(format === "dot" ? renderDot(plan, result) : renderMermaid(plan, result));
  return EXIT.ok;
}
export {
  graphCommand
};
