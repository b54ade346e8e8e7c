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
  compareIds,
  indexTasks
} from "./chunk-EXRDESWW.js";

// src/render/statusColors.ts
var STATUS_COLORS = {
  done: { fill: "#dafbe1", stroke: "#1a7f37", text: "#0f3d1d" },
  "in-progress": { fill: "#ddf4ff", stroke: "#0969da", text: "#0a3069" },
  review: { fill: "#fbefff", stroke: "#8250df", text: "#3e1f79" },
  ready: { fill: "#fff8c5", stroke: "#9a6700", text: "#4d2d00" },
  waiting: { fill: "#eaeef2", stroke: "#6e7781", text: "#24292f" },
  stalled: { fill: "#fff1e5", stroke: "#bc4c00", text: "#762c00" },
  blocked: { fill: "#ffebe9", stroke: "#cf222e", text: "#82071e" },
  deferred: { fill: "#f6f8fa", stroke: "#8c959f", text: "#57606a" },
  cancelled: { fill: "#f6f8fa", stroke: "#afb8c1", text: "#8c959f" }
};

// src/render/unitEdges.ts
function unitEdges(plan, result) {
  const { byId } = indexTasks(plan.tasks);
  const unitIds = new Set(result.units.map((unit) => unit.id));
  const unitsFor = (id) => {
    if (unitIds.has(id)) return [id];
    const task = byId.get(id);
    if (!task) return [];
    if (task.parentId !== void 0) return unitIds.has(task.parentId) ? [task.parentId] : [];
    return task.subtasks.map((subtask) => subtask.id).filter((subtask) => unitIds.has(subtask));
  };
  const edges = [];
  const seen = /* @__PURE__ */ new Set();
  for (const unit of result.units) {
    const task = byId.get(unit.id);
    const parent = task?.parentId === void 0 ? void 0 : byId.get(task.parentId);
    const written = [...task?.dependencies ?? [], ...parent?.dependencies ?? [], ...unit.waitingOn];
    const from = [...new Set(written.flatMap(unitsFor))].filter((id) => id !== unit.id).sort(compareIds);
    for (const id of from) {
      const key = `${id}\0${unit.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push({ from: id, to: unit.id });
    }
  }
  return edges;
}

// src/render/renderMermaid.ts
var CLASS_NAMES = {
  done: "done",
  "in-progress": "inProgress",
  review: "review",
  ready: "ready",
  waiting: "waiting",
  stalled: "stalled",
  blocked: "blocked",
  deferred: "deferred",
  cancelled: "cancelled"
};
function renderMermaid(plan, result, options = {}) {
  const maxNodes = options.maxNodes ?? 500;
  const maxEdges = options.maxEdges ?? 500;
  const titleLength = options.titleLength ?? 60;
  const { open, finished } = orderUnitsForDisplay(result.units);
  const shown = [...open, ...finished].slice(0, Math.max(0, maxNodes));
  const ids = mermaidIds(shown);
  const lines = [`flowchart ${options.direction ?? "TD"}`];
  for (const unit of shown) lines.push(`  ${ids.get(unit.id)}["${escapeMermaid(`${unit.id}: ${toSingleLine(unit.title, titleLength)}`)}"]`);
  const edges = unitEdges(plan, result).filter((edge) => ids.has(edge.from) && ids.has(edge.to));
  for (const edge of edges.slice(0, maxEdges)) lines.push(`  ${ids.get(edge.from)} --> ${ids.get(edge.to)}`);
  const hiddenUnits = result.units.length - shown.length;
  const hiddenEdges = Math.max(0, edges.length - maxEdges);
  if (hiddenUnits > 0 || hiddenEdges > 0) {
    const parts = [hiddenUnits > 0 ? `${hiddenUnits} more units` : "", hiddenEdges > 0 ? `${hiddenEdges} more dependencies` : ""].filter(Boolean);
    lines.push(`  more["\u2026 and ${parts.join(" and ")} not shown"]`);
    lines.push("  classDef note fill:#ffffff,stroke:#8c959f,stroke-dasharray:4 4,color:#57606a");
    lines.push("  class more note");
  }
  const byStatus = /* @__PURE__ */ new Map();
  for (const unit of shown) {
    const key = statusEmoji(unit).key;
    const list = byStatus.get(key) ?? [];
    list.push(ids.get(unit.id));
    byStatus.set(key, list);
  }
  for (const key of STATUS_KEYS) {
    const members = byStatus.get(key);
    if (!members) continue;
    const color = STATUS_COLORS[key];
    const dashed = key === "deferred" || key === "cancelled" ? ",stroke-dasharray:4 4" : "";
    lines.push(`  classDef ${CLASS_NAMES[key]} fill:${color.fill},stroke:${color.stroke},color:${color.text}${dashed}`);
    lines.push(`  class ${members.join(",")} ${CLASS_NAMES[key]}`);
  }
  return lines.join("\n") + "\n";
}
function mermaidIds(units) {
  const ids = /* @__PURE__ */ new Map();
  const used = /* @__PURE__ */ new Set();
  units.forEach((unit, index) => {
    const base = `t${unit.id.replace(/[^A-Za-z0-9_]/g, "_")}`;
    const id = used.has(base) ? `u${index}` : base;
    used.add(id);
    ids.set(unit.id, id);
  });
  return ids;
}
var MERMAID_ENTITIES = {
  '"': "#quot;",
  "#": "#35;",
  "&": "#amp;",
  "<": "#lt;",
  ">": "#gt;",
  "`": "#96;",
  "%": "#37;",
  "{": "#123;",
  "}": "#125;",
  "\\": "#92;"
};
function escapeMermaid(text) {
  return text.replace(/["#&<>`%{}\\]/g, (char) => MERMAID_ENTITIES[char]);
}

export {
  STATUS_COLORS,
  unitEdges,
  renderMermaid
};
