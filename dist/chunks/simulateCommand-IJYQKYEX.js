import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  toSingleLine
} from "./chunk-XHRHC6IW.js";
import {
  formatHours
} from "./chunk-6MRR4EBY.js";
import {
  planFromArgs
} from "./chunk-YB4OTH27.js";
import "./chunk-M2R37MCA.js";
import {
  buildDependencyGraph,
  buildUnitGraph,
  chainWeights,
  pickDispatch,
  topologicalOrder
} from "./chunk-2JV77M2F.js";
import "./chunk-ZKU5KU4T.js";
import "./chunk-MC6XESQO.js";
import "./chunk-KZ3NXUHJ.js";
import {
  PLAN_OPTIONS,
  PRIORITY_RANK,
  compareIds,
  parseCommandLine,
  readChoice,
  readGranularity,
  readMaxParallel,
  readPools
} from "./chunk-EXRDESWW.js";
import {
  EXIT
} from "./chunk-UQBKCWIS.js";
import "./chunk-MMZRYQYA.js";

// src/core/minHeap.ts
var MinHeap = class {
  constructor(less) {
    this.less = less;
  }
  less;
  items = [];
  get size() {
    return this.items.length;
  }
  /** Adds an item. */
  push(item) {
    const items = this.items;
    items.push(item);
    let at = items.length - 1;
    while (at > 0) {
      const parent = at - 1 >> 1;
      if (!this.less(items[at], items[parent])) break;
      [items[at], items[parent]] = [items[parent], items[at]];
      at = parent;
    }
  }
  /** The smallest item, without removing it. */
  peek() {
    return this.items[0];
  }
  /** Removes and returns the smallest item. */
  pop() {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === void 0) return top;
    items[0] = last;
    let at = 0;
    for (; ; ) {
      const left = at * 2 + 1;
      const right = left + 1;
      let smallest = at;
      if (left < items.length && this.less(items[left], items[smallest])) smallest = left;
      if (right < items.length && this.less(items[right], items[smallest])) smallest = right;
      if (smallest === at) break;
      [items[at], items[smallest]] = [items[smallest], items[at]];
      at = smallest;
    }
    return top;
  }
};

// src/core/simulateSchedule.ts
var SIMULATION_POLICIES = ["ready-queue", "waves", "sequential"];
var DEFAULT_SATISFIED = ["done", "cancelled"];
function simulateSchedule(plan, options) {
  const satisfied = new Set(options.satisfied ?? DEFAULT_SATISFIED);
  const { units, waitsOn } = buildUnitGraph(plan.tasks, plan.graph ?? buildDependencyGraph(plan.tasks), options.granularity ?? "task", satisfied);
  const count = units.length;
  const { order, dependents } = topologicalOrder(waitsOn);
  const runnable = new Uint8Array(count);
  const wave = new Int32Array(count);
  for (const index of order) {
    const unit = units[index];
    if (satisfied.has(unit.status) || unit.status === "blocked" || unit.status === "deferred") continue;
    const running2 = isRunning(unit);
    let ok = true;
    let layer = running2 ? 0 : 1;
    for (const target of waitsOn[index]) {
      if (!runnable[target]) ok = false;
      else if (!running2) layer = Math.max(layer, wave[target] + 1);
    }
    runnable[index] = ok ? 1 : 0;
    wave[index] = layer;
  }
  const hours = units.map((unit, index) => runnable[index] ? unit.hours : 0);
  const weights = chainWeights(order, dependents, hours);
  const idRank = new Int32Array(count);
  units.map((_, index) => index).sort((a, b) => compareIds(units[a].id, units[b].id)).forEach((index, rank) => idRank[index] = rank);
  const priority = (index) => PRIORITY_RANK[units[index].task.priority];
  const rankOrder = options.policy === "sequential" ? (a, b) => priority(b) - priority(a) || units[a].task.dependencies.length - units[b].task.dependencies.length || idRank[a] - idRank[b] : (a, b) => priority(b) - priority(a) || weights[b] - weights[a] || idRank[a] - idRank[b];
  const capacity = { maxParallel: options.policy === "sequential" ? 1 : options.maxParallel, pools: options.pools ?? {} };
  const start = new Float64Array(count).fill(-1);
  const end = new Float64Array(count).fill(-1);
  const remaining = Int32Array.from(waitsOn, (edges) => edges.length);
  const finishing = new MinHeap((a, b) => end[a] < end[b] || end[a] === end[b] && idRank[a] < idRank[b]);
  const running = /* @__PURE__ */ new Set();
  const ready = [];
  const unfinishedInWave = /* @__PURE__ */ new Map();
  for (let index = 0; index < count; index++) {
    if (!runnable[index]) continue;
    unfinishedInWave.set(wave[index], (unfinishedInWave.get(wave[index]) ?? 0) + 1);
    if (isRunning(units[index])) launch(index, 0);
    else if (remaining[index] === 0) ready.push(index);
  }
  let currentWave = 0;
  let now = 0;
  const unitOf = new Map(units.map((unit, index) => [unit, index]));
  for (; ; ) {
    while (options.policy === "waves" && (unfinishedInWave.get(currentWave) ?? 0) === 0 && currentWave <= count) currentWave++;
    const eligible = ready.filter((index) => options.policy !== "waves" || wave[index] === currentWave).sort(rankOrder);
    const picked = pickDispatch(eligible.map((index) => units[index]), [...running].map((index) => units[index]), capacity).dispatch;
    for (const unit of picked) {
      const index = unitOf.get(unit);
      ready.splice(ready.indexOf(index), 1);
      launch(index, now);
    }
    const next = finishing.pop();
    if (next === void 0) break;
    now = end[next];
    complete(next);
    while (finishing.size > 0 && end[finishing.peek()] === now) complete(finishing.pop());
  }
  function launch(index, at) {
    start[index] = at;
    end[index] = at + hours[index];
    running.add(index);
    finishing.push(index);
  }
  function complete(index) {
    running.delete(index);
    unfinishedInWave.set(wave[index], (unfinishedInWave.get(wave[index]) ?? 0) - 1);
    for (let edge = dependents.start[index]; edge < dependents.start[index + 1]; edge++) {
      const dependent = dependents.targets[edge];
      remaining[dependent] = remaining[dependent] - 1;
      if (remaining[dependent] === 0 && runnable[dependent] && start[dependent] === -1) ready.push(dependent);
    }
  }
  const scheduled = [...Array(count).keys()].filter((index) => start[index] >= 0);
  scheduled.sort((a, b) => start[a] - start[b] || idRank[a] - idRank[b]);
  const makespan = scheduled.reduce((latest, index) => Math.max(latest, end[index]), 0);
  const totalHours = scheduled.reduce((sum, index) => sum + hours[index], 0);
  const criticalPathHours = order.reduce((longest, index) => Math.max(longest, weights[index]), 0);
  const lowerBound = Math.max(criticalPathHours, totalHours / Math.max(1, options.maxParallel));
  return {
    policy: options.policy,
    maxParallel: options.maxParallel,
    makespan,
    lowerBound,
    criticalPathHours,
    totalHours,
    utilisation: makespan > 0 ? totalHours / (options.maxParallel * makespan) : 1,
    tasks: scheduled.map((index) => ({ id: units[index].id, start: start[index], end: end[index] })),
    unscheduled: units.filter((unit, index) => !satisfied.has(unit.status) && start[index] === -1).map((unit) => unit.id).sort(compareIds)
  };
}
function isRunning(unit) {
  return unit.status === "in-progress" || unit.status === "review";
}

// src/render/renderGantt.ts
var GANTT_UNSAFE = /[:;#%{}<>"`\\]/g;
function renderGantt(result, options = {}) {
  const maxTasks = options.maxTasks ?? 300;
  const lines = ["gantt", `  title ${result.policy}, ${result.maxParallel} in parallel: ${formatSpan(result.makespan)} (lower bound ${formatSpan(result.lowerBound)})`, "  dateFormat X", `  axisFormat ${result.makespan > 24 ? "day %e %Hh" : "%Hh%M"}`];
  const shown = result.tasks.slice(0, maxTasks);
  const sections = /* @__PURE__ */ new Map();
  for (const task of shown) {
    const wave = options.waves?.get(task.id);
    const name = wave === void 0 ? "Running now" : `Wave ${wave}`;
    (sections.get(name) ?? sections.set(name, []).get(name))?.push(task);
  }
  for (const [name, tasks] of sections) {
    lines.push(`  section ${name}`);
    tasks.forEach((task) => {
      const title = toSingleLine(options.titles?.get(task.id) ?? "", 60).replace(GANTT_UNSAFE, " ").trim();
      const label = `${task.id}${title ? ` ${title}` : ""}`.replace(GANTT_UNSAFE, " ");
      const start = Math.round(task.start * 3600);
      const minutes = Math.max(1, Math.round((task.end - task.start) * 60));
      lines.push(`    ${label} :t${nodeKey(task.id)}, ${start}, ${minutes}m`);
    });
  }
  if (result.tasks.length > shown.length) lines.push(`  %% ${result.tasks.length - shown.length} more tasks not drawn`);
  return lines.join("\n") + "\n";
}
function nodeKey(id) {
  return id.replace(/[^A-Za-z0-9]/g, "_");
}
function formatSpan(hours) {
  return `${Math.round(hours * 10) / 10}h`;
}

// src/cli/commands/simulateCommand.ts
var OPTIONS = { ...PLAN_OPTIONS, policy: { type: "string" }, gantt: { type: "boolean" } };
function simulateCommand(args, io) {
  const { values, positionals } = parseCommandLine(args, OPTIONS);
  const policy = readChoice("--policy", values.policy, SIMULATION_POLICIES, "ready-queue");
  const options = { maxParallel: readMaxParallel(values["max-parallel"]), pools: readPools(values.pool), granularity: readGranularity(values.granularity) };
  const { plan, result: projection } = planFromArgs(positionals[0], values, io);
  const simulation = simulateSchedule(plan, { ...options, policy });
  const titles = new Map(projection.units.map((unit) => [unit.id, unit.title]));
  const waves = new Map(projection.units.filter((unit) => unit.wave !== void 0).map((unit) => [unit.id, unit.wave]));
  if (values.json) {
    io.stdout(JSON.stringify({
      policy,
      maxParallel: simulation.maxParallel,
      makespan: round(simulation.makespan),
      lowerBound: round(simulation.lowerBound),
      criticalPathHours: round(simulation.criticalPathHours),
      totalHours: round(simulation.totalHours),
      utilisation: round(simulation.utilisation),
      tasks: simulation.tasks.map((task) => ({ id: task.id, start: round(task.start), end: round(task.end) })),
      unscheduled: simulation.unscheduled
    }) + "\n");
    return EXIT.ok;
  }
  if (values.gantt) {
    io.stdout(renderGantt(simulation, { titles, waves }));
    return EXIT.ok;
  }
  const others = SIMULATION_POLICIES.filter((other) => other !== policy).map((other) => simulateSchedule(plan, { ...options, policy: other }));
  io.stdout(describeSimulation(simulation, titles));
  io.stdout(`
Compared: ${[simulation, ...others].map((result) => `${result.policy} ${formatHours(result.makespan)} (${ratio(result)}x)`).join(" \xB7 ")}
`);
  io.stdout(`
\`\`\`mermaid
${renderGantt(simulation, { titles, waves })}\`\`\`
`);
  return EXIT.ok;
}
function describeSimulation(result, titles) {
  const lines = [
    `Policy ${result.policy}, max ${result.maxParallel} in parallel`,
    `Makespan ${formatHours(result.makespan)}; lower bound ${formatHours(result.lowerBound)} (critical path ${formatHours(result.criticalPathHours)}, ${formatHours(result.totalHours)} of work / ${result.maxParallel}); ${ratio(result)}x the bound; utilisation ${Math.round(result.utilisation * 100)}%`,
    "",
    "  start     end       task"
  ];
  for (const task of result.tasks) lines.push(`  ${formatHours(task.start).padEnd(9)} ${formatHours(task.end).padEnd(9)} ${task.id}  ${(titles.get(task.id) ?? "").slice(0, 70)}`);
  if (result.unscheduled.length > 0) lines.push(`  never starts (blocked, deferred, or behind them): ${result.unscheduled.join(", ")}`);
  return lines.join("\n") + "\n";
}
function ratio(result) {
  return result.lowerBound > 0 ? (result.makespan / result.lowerBound).toFixed(2) : "1.00";
}
function round(value) {
  return Math.round(value * 1e3) / 1e3;
}
export {
  simulateCommand
};
