import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  UsageError
} from "./chunk-UQBKCWIS.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-MMZRYQYA.js";

// builtin-by-require:node:util
var require_node_util = __commonJS({
  "builtin-by-require:node:util"(exports, module) {
    module.exports = __require("node:util");
  }
});

// src/core/indexTasks.ts
function indexTasks(tasks) {
  const byId = /* @__PURE__ */ new Map();
  const aliases = /* @__PURE__ */ new Map();
  for (const task of tasks) {
    byId.set(task.id, task);
    for (const subtask of task.subtasks) {
      if (!byId.has(subtask.id)) byId.set(subtask.id, subtask);
      const written = String(subtask.rawId);
      if (written !== subtask.id && (written.startsWith(`${task.id}.`) || written.startsWith(`${task.id}-`))) aliases.set(written, subtask.id);
    }
  }
  return { byId, aliases };
}
function allTasks(tasks) {
  const result = [];
  for (const task of tasks) {
    result.push(task);
    for (const subtask of task.subtasks) result.push(subtask);
  }
  return result;
}

// src/core/compareIds.ts
var CHUNK = /(\d+)|(\D+)/g;
function isDigits(text) {
  if (text.length === 0) return false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}
function compareIds(a, b) {
  if (a === b) return 0;
  if (isDigits(a) && isDigits(b)) {
    const x = a.charCodeAt(0) === 48 ? a.replace(/^0+(?=\d)/, "") : a;
    const y = b.charCodeAt(0) === 48 ? b.replace(/^0+(?=\d)/, "") : b;
    if (x.length !== y.length) return x.length - y.length;
    if (x !== y) return x < y ? -1 : 1;
    return a.length - b.length;
  }
  const left = a.match(CHUNK) ?? [];
  const right = b.match(CHUNK) ?? [];
  const length = Math.min(left.length, right.length);
  for (let i = 0; i < length; i++) {
    const x = left[i];
    const y = right[i];
    if (x === y) continue;
    const xNumeric = x.charCodeAt(0) >= 48 && x.charCodeAt(0) <= 57;
    const yNumeric = y.charCodeAt(0) >= 48 && y.charCodeAt(0) <= 57;
    if (xNumeric && yNumeric) {
      const difference = Number(x) - Number(y);
      if (difference !== 0) return difference;
      if (x.length !== y.length) return x.length - y.length;
      continue;
    }
    if (xNumeric !== yNumeric) return xNumeric ? -1 : 1;
    return x < y ? -1 : 1;
  }
  if (left.length !== right.length) return left.length - right.length;
  return a < b ? -1 : 1;
}

// src/core/model.ts
var TASK_STATUSES = [
  "pending",
  "in-progress",
  "review",
  "done",
  "cancelled",
  "deferred",
  "blocked"
];
var PRIORITIES = ["critical", "high", "medium", "low"];

// src/core/normalizeStatus.ts
var STATUS_ALIASES = {
  completed: "done",
  complete: "done",
  finished: "done",
  closed: "done",
  todo: "pending",
  "to-do": "pending",
  open: "pending",
  new: "pending",
  "not-started": "pending",
  inprogress: "in-progress",
  "in-progres": "in-progress",
  doing: "in-progress",
  active: "in-progress",
  started: "in-progress",
  wip: "in-progress",
  "in-review": "review",
  canceled: "cancelled",
  "on-hold": "deferred",
  postponed: "deferred"
};
var CANONICAL_STATUSES = new Set(TASK_STATUSES);
function isTaskStatus(value) {
  return CANONICAL_STATUSES.has(value);
}
function normalizeStatus(raw) {
  if (typeof raw !== "string") return { value: void 0, mapped: false };
  if (TASK_STATUSES.includes(raw)) return { value: raw, mapped: false };
  const key = raw.trim().toLowerCase().replace(/[\s_]+/g, "-");
  if (TASK_STATUSES.includes(key)) return { value: key, mapped: true };
  const alias = STATUS_ALIASES[key];
  return alias ? { value: alias, mapped: true } : { value: void 0, mapped: false };
}

// src/core/parseEstimate.ts
var UNIT_HOURS = {
  s: 1 / 3600,
  sec: 1 / 3600,
  secs: 1 / 3600,
  second: 1 / 3600,
  seconds: 1 / 3600,
  m: 1 / 60,
  min: 1 / 60,
  mins: 1 / 60,
  minute: 1 / 60,
  minutes: 1 / 60,
  h: 1,
  hr: 1,
  hrs: 1,
  hour: 1,
  hours: 1,
  d: 8,
  day: 8,
  days: 8,
  w: 40,
  wk: 40,
  week: 40,
  weeks: 40
};
var ESTIMATE = /^(\d+(?:\.\d+)?)(?:\s*[-–]\s*(\d+(?:\.\d+)?))?\s*([a-z]+)?$/;
function parseEstimate(raw) {
  if (typeof raw === "number") return Number.isFinite(raw) && raw >= 0 ? raw : void 0;
  if (typeof raw !== "string") return void 0;
  const seen = known.get(raw);
  if (seen !== void 0 || known.has(raw)) return seen;
  const hours = parseEstimateText(raw);
  if (known.size >= KNOWN_LIMIT) known.clear();
  known.set(raw, hours);
  return hours;
}
var KNOWN_LIMIT = 1024;
var known = /* @__PURE__ */ new Map();
function parseEstimateText(raw) {
  const match = ESTIMATE.exec(raw.trim().toLowerCase());
  if (!match) return void 0;
  const [, low, high, unit] = match;
  const perUnit = unit === void 0 ? 1 : UNIT_HOURS[unit];
  if (perUnit === void 0) return void 0;
  const lowValue = Number(low);
  const highValue = high === void 0 ? lowValue : Number(high);
  if (highValue < lowValue) return void 0;
  return (lowValue + highValue) / 2 * perUnit;
}

// src/cli/formatProblem.ts
function formatProblem(problem2) {
  const where = problem2.line === void 0 ? problem2.file : `${problem2.file}:${problem2.line}:${problem2.column ?? 1}`;
  const subject = [problem2.tag === void 0 ? void 0 : `tag ${problem2.tag}`, problem2.taskId === void 0 ? void 0 : `task ${problem2.taskId}`, problem2.field].filter((part) => part !== void 0).join(", ");
  return `${where}: ${problem2.severity}: ${subject ? `[${subject}] ` : ""}${problem2.message}${problem2.hint ? `. Fix: ${problem2.hint}` : ""}`;
}

// src/cli/parseOptions.ts
var import_node_util = __toESM(require_node_util(), 1);
var COMMON_OPTIONS = {
  tag: { type: "string" },
  json: { type: "boolean" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
var PLAN_OPTIONS = {
  ...COMMON_OPTIONS,
  "max-parallel": { type: "string" },
  pool: { type: "string", multiple: true },
  granularity: { type: "string" },
  source: { type: "string" },
  repo: { type: "string" },
  label: { type: "string" },
  "max-dispatches-per-day": { type: "string" }
};
function parseCommandLine(args, options) {
  try {
    return (0, import_node_util.parseArgs)({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error.message.replace(/^TypeError \[[A-Z_]+\]: /, ""));
  }
}
function readMaxParallel(value) {
  if (value === void 0) return 4;
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || number < 1 || number > 256) throw new UsageError(`--max-parallel must be a whole number from 1 to 256, not "${value}"`);
  return number;
}
function readPools(values) {
  const pools = {};
  for (const value of values ?? []) {
    for (const entry of value.split(",").map((part) => part.trim()).filter(Boolean)) {
      const match = /^([A-Za-z0-9_.-]+)=(\d+)$/.exec(entry);
      if (!match) throw new UsageError(`--pool must look like CLASS=N (e.g. cpu=1), not "${entry}"`);
      pools[match[1]] = Number(match[2]);
    }
  }
  return pools;
}
function readGranularity(value) {
  if (value === void 0) return "task";
  if (value === "task" || value === "subtask") return value;
  throw new UsageError(`--granularity must be "task" or "subtask", not "${value}"`);
}
function readChoice(flag, value, choices, fallback) {
  if (value === void 0) return fallback;
  if (choices.includes(value)) return value;
  throw new UsageError(`${flag} must be one of ${choices.join(", ")}, not "${value}"`);
}

// src/core/resolveDependencies.ts
function plainNumber(id) {
  const length = id.length;
  if (length === 0 || length > 7 || length > 1 && id.charCodeAt(0) === 48) return void 0;
  let value = 0;
  for (let index = 0; index < length; index++) {
    const digit = id.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return void 0;
    value = value * 10 + digit;
  }
  return value;
}
function positionOf(lookup, id) {
  const number = plainNumber(id);
  if (number !== void 0) return lookup.numbered[number];
  if (!lookup.subtasksByParent) return lookup.positions.get(id);
  const dot = id.indexOf(".");
  const parentNumber = dot > 0 ? plainNumber(id.slice(0, dot)) : void 0;
  const parent = parentNumber === void 0 ? void 0 : lookup.numbered[parentNumber];
  return parent === void 0 ? void 0 : subtaskPosition(lookup, parent, id.length - dot - 1, id);
}
function childPosition(lookup, parent, parentId, local) {
  if (!lookup.subtasksByParent) return lookup.positions.get(`${parentId}.${local}`);
  return subtaskPosition(lookup, parent, local.length, local);
}
function subtaskPosition(lookup, parent, localLength, ending) {
  const subtasks = lookup.all[parent].subtasks;
  const length = lookup.all[parent].id.length + 1 + localLength;
  for (let index = 0; index < subtasks.length; index++) {
    const id = subtasks[index].id;
    if (id.length === length && id.endsWith(ending)) return parent + 1 + index;
  }
  return void 0;
}
function resolveDependencies(lookup, context) {
  const problems = [];
  const { all } = lookup;
  const start = new Int32Array(all.length + 1);
  const targets = [];
  let parent = -1;
  for (let position = 0; position < all.length; position++) {
    const task = all[position];
    if (task.parentId === void 0) parent = -1;
    resolveFor(task, parent, position, lookup, context, problems, targets);
    if (task.parentId === void 0) parent = position;
    start[position + 1] = targets.length;
  }
  return { problems, graph: { start, targets: Int32Array.from(targets) } };
}
function resolveFor(task, parentPosition, self, lookup, context, problems, targets) {
  const written = lookup.written ? lookup.written(task) : task.dependencies;
  if (written.length === 0) return;
  const parent = parentPosition === -1 ? void 0 : lookup.all[parentPosition];
  const first = targets.length;
  let resolved;
  for (let position = 0; position < written.length; position++) {
    const dependency = written[position];
    const number = parent === void 0 ? typeof dependency === "number" ? wholeNumber(dependency) : plainNumber(dependency) : void 0;
    const byNumber = number === void 0 ? void 0 : lookup.numbered[number];
    const text = byNumber !== void 0 ? "" : typeof dependency === "string" ? dependency : String(dependency);
    const target = byNumber ?? resolveOne(text, parentPosition, lookup);
    if (target !== void 0 && target !== self) {
      let duplicate = false;
      for (let at = first; at < targets.length; at++) if (targets[at] === target) duplicate = true;
      if (!duplicate) targets.push(target);
      if (resolved === void 0 && !duplicate && number !== void 0) continue;
      const id = lookup.all[target].id;
      if (resolved === void 0 && id === text && !duplicate) continue;
      resolved ??= textsOf(written, position);
      if (!duplicate) resolved.push(id);
      continue;
    }
    resolved ??= textsOf(written, position);
    const shown = typeof dependency === "string" ? dependency : String(dependency);
    const base = { file: context.file, tag: context.tag, taskId: task.id, field: "dependencies", path: [...task.path, "dependencies", position] };
    if (target === void 0) {
      const where = parent ? `a subtask of task ${parent.id} or a task` : "a task or subtask";
      problems.push({ ...base, severity: "error", code: "missing-dependency", message: `task ${task.id} depends on ${shown}, which is not ${where} in this ${context.tag ? `tag (${context.tag})` : "file"}`, hint: `remove ${shown} from dependencies of ${task.id}, or add the missing task` });
    } else {
      problems.push({ ...base, severity: "error", code: "self-dependency", message: `task ${task.id} depends on itself`, hint: `remove ${shown} from dependencies of ${task.id}` });
    }
  }
  if (resolved !== void 0) task.dependencies = resolved;
}
function wholeNumber(id) {
  return Number.isInteger(id) && id >= 0 && id < 1e7 ? id : void 0;
}
function textsOf(written, count) {
  const texts = [];
  for (let index = 0; index < count; index++) {
    const id = written[index];
    texts.push(typeof id === "string" ? id : String(id));
  }
  return texts;
}
function resolveOne(written, parent, lookup) {
  const parentId = parent === -1 ? void 0 : lookup.all[parent].id;
  if (parentId !== void 0 && !written.includes(".")) {
    const sibling = childPosition(lookup, parent, parentId, written);
    if (sibling !== void 0) return sibling;
  }
  const direct = positionOf(lookup, written);
  if (direct !== void 0) return direct;
  if (parentId !== void 0) {
    const sibling = childPosition(lookup, parent, parentId, written);
    if (sibling !== void 0) return sibling;
  }
  const alias = lookup.aliases.get(written);
  return alias === void 0 ? void 0 : positionOf(lookup, alias);
}

// src/core/findCycles.ts
function findCycles(graph) {
  const count = graph.ids.length;
  const order = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const stack = [];
  const components = [];
  const edgeCursor = new Int32Array(count);
  const callStack = [];
  let counter = 0;
  for (let root = 0; root < count; root++) {
    if (order[root] !== -1) continue;
    callStack.push(root);
    while (callStack.length > 0) {
      const node = callStack[callStack.length - 1];
      if (order[node] === -1) {
        order[node] = low[node] = counter++;
        stack.push(node);
        onStack[node] = 1;
      }
      const out = graph.edges[node] ?? [];
      const cursor = edgeCursor[node];
      if (cursor < out.length) {
        edgeCursor[node] = cursor + 1;
        const next = out[cursor];
        if (order[next] === -1) callStack.push(next);
        else if (onStack[next]) low[node] = Math.min(low[node], order[next]);
        continue;
      }
      callStack.pop();
      const parent = callStack[callStack.length - 1];
      if (parent !== void 0) low[parent] = Math.min(low[parent], low[node]);
      if (low[node] === order[node]) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          onStack[member] = 0;
          component.push(member);
        } while (member !== node);
        if (component.length > 1) components.push(component);
      }
    }
  }
  return components.map((component) => cycleWithin(graph, component)).sort((a, b) => compareIds(a[0], b[0]));
}
function cycleWithin(graph, component) {
  const members = new Set(component);
  const start = component.reduce((best, node) => compareIds(graph.ids[node], graph.ids[best]) < 0 ? node : best);
  const previous = /* @__PURE__ */ new Map();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    for (const next of graph.edges[node] ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const path = [start];
        for (let at = node; at !== start; at = previous.get(at)) path.push(at);
        path.push(start);
        path.splice(1, path.length - 2, ...path.slice(1, -1).reverse());
        return path.map((index) => graph.ids[index]);
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [graph.ids[start], graph.ids[start]];
}

// src/core/validatePlan.ts
var FINISHED = /* @__PURE__ */ new Set(["done", "cancelled"]);
function validatePlan(all, graph, context) {
  const count = all.length;
  const { start, targets } = graph;
  const waitingFor = new Int32Array(count);
  const dependentStart = new Int32Array(count + 1);
  for (let position = 0; position < count; position++) {
    waitingFor[position] = start[position + 1] - start[position];
    for (let at = start[position]; at < start[position + 1]; at++) {
      const target = targets[at];
      dependentStart[target + 1] = dependentStart[target + 1] + 1;
    }
  }
  for (let position = 0; position < count; position++) dependentStart[position + 1] = dependentStart[position + 1] + dependentStart[position];
  const dependents = new Int32Array(targets.length);
  const fill = dependentStart.slice(0, count);
  for (let position = 0; position < count; position++) {
    for (let at = start[position]; at < start[position + 1]; at++) {
      const target = targets[at];
      const slot = fill[target];
      dependents[slot] = position;
      fill[target] = slot + 1;
    }
  }
  const queue = new Int32Array(count);
  let tail = 0;
  for (let position = 0; position < count; position++) if (waitingFor[position] === 0) queue[tail++] = position;
  for (let head = 0; head < tail; head++) {
    const finished = queue[head];
    for (let at = dependentStart[finished]; at < dependentStart[finished + 1]; at++) {
      const dependent = dependents[at];
      waitingFor[dependent] = waitingFor[dependent] - 1;
      if (waitingFor[dependent] === 0) queue[tail++] = dependent;
    }
  }
  if (tail === count) return [];
  const stuck = [];
  for (let position = 0; position < count; position++) if (waitingFor[position] > 0) stuck.push(position);
  const local = new Map(stuck.map((position, localIndex) => [position, localIndex]));
  const cycles = findCycles({
    ids: stuck.map((position) => all[position].id),
    edges: stuck.map((position) => {
      const edges = [];
      for (let at = start[position]; at < start[position + 1]; at++) {
        const target = local.get(targets[at]);
        if (target !== void 0) edges.push(target);
      }
      return edges;
    })
  });
  const byId = new Map(stuck.map((position) => [all[position].id, all[position]]));
  return cycles.map((cycle) => {
    const task = byId.get(cycle[0]);
    const finished = cycle.every((id) => FINISHED.has(byId.get(id)?.status ?? "pending"));
    return {
      severity: finished ? "warning" : "error",
      code: "cycle",
      file: context.file,
      tag: context.tag,
      taskId: task.id,
      field: "dependencies",
      message: `dependency cycle: ${cycle.join(" -> ")}${finished ? " (all finished, so it holds nothing up)" : ""}`,
      hint: "remove one of these dependencies so the tasks can run in some order",
      path: [...task.path, "dependencies"]
    };
  });
}

// src/core/normalizePriority.ts
var PRIORITY_ALIASES = {
  urgent: "critical",
  highest: "critical",
  blocker: "critical",
  p0: "critical",
  p1: "high",
  p2: "medium",
  normal: "medium",
  med: "medium",
  p3: "low",
  lowest: "low",
  minor: "low"
};
var CANONICAL_PRIORITIES = new Set(PRIORITIES);
function isPriority(value) {
  return CANONICAL_PRIORITIES.has(value);
}
function normalizePriority(raw) {
  if (typeof raw !== "string") return { value: void 0, mapped: false };
  if (PRIORITIES.includes(raw)) return { value: raw, mapped: false };
  const key = raw.trim().toLowerCase();
  if (PRIORITIES.includes(key)) return { value: key, mapped: true };
  const alias = PRIORITY_ALIASES[key];
  return alias ? { value: alias, mapped: true } : { value: void 0, mapped: false };
}
var PRIORITY_RANK = { critical: 4, high: 3, medium: 2, low: 1 };

// src/sources/loadedTask.ts
var NONE = Object.freeze([]);
var NO_METADATA = Object.freeze({});
var LoadedTask = class {
  id;
  rawId;
  parentId;
  title;
  description;
  details;
  status;
  priority;
  complexity;
  agent;
  deliverables;
  estimateHours;
  estimate;
  resources;
  paths;
  subtasks;
  metadata;
  raw;
  #place;
  #index;
  /** The dependencies as written (numbers or strings) until first read as text, or once set. */
  #dependencies;
  #dependenciesAreText;
  constructor(fields, raw, place, index) {
    const parent = Array.isArray(place) ? void 0 : place;
    const writtenId = typeof fields.id === "string" ? fields.id.trim() : fields.id;
    const id = parent ? `${parent.id}.${typeof writtenId === "number" && Number.isInteger(writtenId) ? writtenId : localSubtaskId(writtenId, parent.id)}` : idText(writtenId);
    const agent = fields.agent?.trim();
    const resources = fields.resources?.trim();
    const dependencies = fields.dependencies;
    this.id = id;
    this.rawId = writtenId;
    this.parentId = parent?.id;
    this.title = fields.title?.trim() || firstLine(fields.description) || `Task ${id}`;
    this.description = fields.description ?? void 0;
    this.details = fields.details ?? void 0;
    this.status = "pending";
    this.priority = parent?.priority ?? "medium";
    this.complexity = void 0;
    this.agent = agent || void 0;
    this.deliverables = fields.deliverables != null ? listOf(fields.deliverables) : fields.acceptanceCriteria != null ? stringsFrom(fields.acceptanceCriteria) : NONE;
    this.#dependencies = dependencies == null || dependencies.length === 0 ? NONE : dependencies;
    this.#dependenciesAreText = this.#dependencies === NONE;
    this.estimateHours = void 0;
    this.estimate = void 0;
    this.resources = resources || void 0;
    this.paths = listOf(fields.paths);
    this.subtasks = NONE;
    this.metadata = fields.metadata ?? NO_METADATA;
    this.raw = raw;
    this.#place = place;
    this.#index = index;
  }
  /**
   * Full ids of the tasks or subtasks this one waits for, as text. Turned into text when first
   * read: loading resolves them from the list as written (see writtenDependencies), and most
   * tasks of a big plan are never asked.
   */
  get dependencies() {
    if (!this.#dependenciesAreText) {
      this.#dependencies = dependencyTexts(this.#dependencies);
      this.#dependenciesAreText = true;
    }
    return this.#dependencies;
  }
  set dependencies(ids) {
    this.#dependencies = ids;
    this.#dependenciesAreText = true;
  }
  /** The dependencies as the file wrote them (ids as numbers or strings), without making text of them. */
  writtenDependencies() {
    return this.#dependencies;
  }
  /** JSON path of the task object inside its file, for error locations and writes (a new array each time). */
  get path() {
    return pathOf(this.#place, this.#index);
  }
};
function dependencyTexts(written) {
  const texts = new Array(written.length);
  for (let index = 0; index < written.length; index++) {
    const id = written[index];
    texts[index] = idText(id);
  }
  return texts;
}
function idText(id) {
  return typeof id === "string" ? id : String(id);
}
function pathOf(place, index) {
  if (!Array.isArray(place)) return [...place.path, "subtasks", index];
  const list = place;
  const path = new Array(list.length + 1);
  for (let at = 0; at < list.length; at++) path[at] = list[at];
  path[list.length] = index;
  return path;
}
function localSubtaskId(rawId, parentId) {
  const text = String(rawId);
  for (const separator of [".", "-"]) {
    const prefix = parentId + separator;
    if (text.startsWith(prefix) && text.length > prefix.length) return text.slice(prefix.length);
  }
  return text;
}
function listOf(value) {
  if (value == null || Array.isArray(value) && value.length === 0) return NONE;
  return typeof value === "string" ? [value] : value;
}
function firstLine(text) {
  const line = text?.trim().split(/\r?\n/, 1)[0]?.trim();
  return line ? line.slice(0, 120) : void 0;
}
function stringsFrom(value) {
  if (typeof value === "string") return value.split(/\r?\n/).map((line) => line.replace(/^\s*[-*]\s*/, "").trim()).filter(Boolean);
  if (Array.isArray(value)) return value.filter((item) => typeof item === "string");
  return [];
}

// src/sources/lazyLibraries.ts
var yamlLibrary;
var zodLibrary;
function yaml() {
  return yamlLibrary ??= __require("#yaml");
}
function zod() {
  return (zodLibrary ??= __require("#zod")).z;
}

// src/sources/rawTaskSchema.ts
function buildRawTaskSchema() {
  const z = zod();
  const rawId = z.union([z.string().trim().min(1, "an id must not be empty"), z.number().finite()], {
    error: "an id must be a string or a number"
  });
  const stringList = z.union([z.array(z.string()), z.string()], { error: "expected a list of strings" });
  return z.looseObject({
    id: rawId,
    title: z.string().nullish(),
    description: z.string().nullish(),
    details: z.string().nullish(),
    status: z.string({ error: 'status must be a string such as "pending" or "done"' }).nullish(),
    priority: z.string({ error: "priority must be one of critical, high, medium, low" }).nullish(),
    complexity: z.union([z.number(), z.string()]).nullish(),
    agent: z.string().nullish(),
    deliverables: stringList.nullish(),
    dependencies: z.array(rawId, { error: "dependencies must be a list of task ids" }).nullish(),
    estimate: z.union([z.string(), z.number()]).nullish(),
    resources: z.string({ error: 'resources must be one class name, such as "cpu"' }).nullish(),
    paths: stringList.nullish(),
    subtasks: z.array(z.unknown(), { error: "subtasks must be a list" }).nullish(),
    metadata: z.record(z.string(), z.unknown(), { error: "metadata must be an object" }).nullish()
  });
}
var schema;
function rawTaskSchema() {
  return schema ??= buildRawTaskSchema();
}
var FIELD_NAMES = { id: 1, title: 1, description: 1, details: 1, status: 1, priority: 1, complexity: 1, agent: 1, deliverables: 1, dependencies: 1, estimate: 1, resources: 1, paths: 1, subtasks: 1, metadata: 1 };
var KNOWN_TASK_FIELDS = new Set(Object.keys(FIELD_NAMES));
var isId = (value) => typeof value === "number" && Number.isFinite(value) || typeof value === "string" && value.trim() !== "";
var isOptionalString = (value) => value == null || typeof value === "string";
var isOptionalNumberOrString = (value) => value == null || typeof value === "number" || typeof value === "string";
var isStringList = (value) => {
  if (value == null || typeof value === "string") return true;
  if (!Array.isArray(value)) return false;
  for (const item of value) if (typeof item !== "string") return false;
  return true;
};
var isIdList = (value) => {
  if (value == null) return true;
  if (!Array.isArray(value)) return false;
  for (const item of value) if (!isId(item)) return false;
  return true;
};
function emptyTaskFields() {
  return { id: void 0, title: void 0, description: void 0, details: void 0, status: void 0, priority: void 0, complexity: void 0, agent: void 0, deliverables: void 0, acceptanceCriteria: void 0, dependencies: void 0, estimate: void 0, resources: void 0, paths: void 0, subtasks: void 0, metadata: void 0 };
}
function readTaskFields(value, into = emptyTaskFields()) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return void 0;
  const task = value;
  const fields = into;
  fields.id = fields.title = fields.description = fields.details = fields.status = fields.priority = fields.complexity = fields.agent = fields.deliverables = fields.acceptanceCriteria = fields.dependencies = fields.estimate = fields.resources = fields.paths = fields.subtasks = fields.metadata = void 0;
  for (const key in task) {
    switch (key) {
      case "id":
        fields.id = task[key];
        break;
      case "title":
        fields.title = task[key];
        break;
      case "description":
        fields.description = task[key];
        break;
      case "details":
        fields.details = task[key];
        break;
      case "status":
        fields.status = task[key];
        break;
      case "priority":
        fields.priority = task[key];
        break;
      case "complexity":
        fields.complexity = task[key];
        break;
      case "agent":
        fields.agent = task[key];
        break;
      case "deliverables":
        fields.deliverables = task[key];
        break;
      case "acceptanceCriteria":
        fields.acceptanceCriteria = task[key];
        break;
      case "dependencies":
        fields.dependencies = task[key];
        break;
      case "estimate":
        fields.estimate = task[key];
        break;
      case "resources":
        fields.resources = task[key];
        break;
      case "paths":
        fields.paths = task[key];
        break;
      case "subtasks":
        fields.subtasks = task[key];
        break;
      case "metadata":
        fields.metadata = task[key];
        break;
    }
  }
  const { subtasks, metadata } = fields;
  const wellFormed = isId(fields.id) && isOptionalString(fields.title) && isOptionalString(fields.description) && isOptionalString(fields.details) && isOptionalString(fields.status) && isOptionalString(fields.priority) && isOptionalString(fields.agent) && isOptionalString(fields.resources) && isOptionalNumberOrString(fields.complexity) && isOptionalNumberOrString(fields.estimate) && isIdList(fields.dependencies) && (subtasks == null || Array.isArray(subtasks)) && (metadata == null || typeof metadata === "object" && !Array.isArray(metadata)) && isStringList(fields.deliverables) && isStringList(fields.paths);
  return wellFormed ? fields : void 0;
}

// src/sources/normalizeTasks.ts
var SAFE_ID = /^[A-Za-z0-9._-]{1,128}$/;
function normalizeTasks(rawTasks, context) {
  const problems = [];
  const tasks = [];
  const all = [];
  const numbered = [];
  const positions = /* @__PURE__ */ new Map();
  const aliases = /* @__PURE__ */ new Map();
  let subtasksByParent = true;
  for (let index = 0; index < rawTasks.length; index++) {
    const task = normalizeOne(rawTasks[index], context.path, index, context, problems);
    if (!task) continue;
    const number = plainNumber(task.id);
    const existing = number === void 0 ? positions.get(task.id) : numbered[number];
    if (existing !== void 0) {
      problems.push(problem(context, task, "id", "duplicate-id", `task id ${task.id} is used more than once`, "give every task its own id"));
      continue;
    }
    tasks.push(task);
    if (number === void 0) {
      positions.set(task.id, all.length);
      subtasksByParent = false;
    } else {
      numbered[number] = all.length;
    }
    all.push(task);
    for (const subtask of task.subtasks) {
      all.push(subtask);
      if (subtasksByParent && subtask.id.includes(".", task.id.length + 1)) subtasksByParent = false;
      const rawId = subtask.rawId;
      if (typeof rawId === "number" && Number.isInteger(rawId)) continue;
      const written = String(rawId);
      if (written.length > task.id.length && written.startsWith(task.id) && (written[task.id.length] === "." || written[task.id.length] === "-") && written !== subtask.id) aliases.set(written, subtask.id);
    }
  }
  if (!subtasksByParent) {
    for (let position = 0; position < all.length; position++) {
      const task = all[position];
      if (task.parentId !== void 0 && !positions.has(task.id)) positions.set(task.id, position);
    }
  }
  return { tasks, lookup: { all, positions, aliases, numbered, subtasksByParent, written: writtenDependencies }, problems };
}
function writtenDependencies(task) {
  return task instanceof LoadedTask ? task.writtenDependencies() : task.dependencies;
}
var SCRATCH = emptyTaskFields();
function normalizeOne(raw, place, index, context, problems) {
  const fields = readTaskFields(raw, SCRATCH);
  if (fields) return buildTask(fields, raw, place, index, context, problems);
  const parent = Array.isArray(place) ? void 0 : place;
  const what = parent ? `subtask #${index + 1} of task ${parent.id}` : `task #${index + 1}`;
  const parsed = rawTaskSchema().safeParse(raw);
  if (!parsed.success) {
    const rawId = idForMessage(raw, parent);
    for (const issue of parsed.error.issues) {
      const field = issue.path.length > 0 ? issue.path.map(String).join(".") : void 0;
      const message = raw === null || typeof raw !== "object" || Array.isArray(raw) ? `${what} is not an object` : `${rawId === void 0 ? what : `task ${rawId}`}: ${field && !issue.message.includes(field) ? `${field}: ` : ""}${issue.message}`;
      problems.push({
        severity: "error",
        code: field === "id" ? "bad-id" : "bad-field",
        file: context.file,
        tag: context.tag,
        taskId: rawId,
        field,
        message,
        hint: hintFor(field),
        path: [...pathOf(place, index), ...issue.path.filter((key) => typeof key !== "symbol")]
      });
    }
    return void 0;
  }
  return buildTask(parsed.data, parsed.data, place, index, context, problems);
}
function buildTask(fields, raw, place, index, context, problems) {
  const { status, priority, complexity, estimate, subtasks: rawSubtasks } = fields;
  const task = new LoadedTask(fields, raw, place, index);
  if (!SAFE_ID.test(task.id)) {
    problems.push(problem(context, task, "id", "unsafe-id", `task id ${JSON.stringify(task.id)} has characters other than letters, digits, ".", "_" and "-"`, "rename the task: ids travel into workflow matrices, branch names and file names, so they are kept to a safe set"));
  }
  if (isTaskStatus(status)) task.status = status;
  else if (status != null) readStatus(status, task, context, problems);
  if (isPriority(priority)) task.priority = priority;
  else if (priority != null) readPriority(priority, task, context, problems);
  if (complexity != null) readComplexity(complexity, task, context, problems);
  if (estimate != null) readEstimate(estimate, task, context, problems);
  if (rawSubtasks && rawSubtasks.length > 0) task.subtasks = readSubtasks(rawSubtasks, task, context, problems);
  return task;
}
function readSubtasks(rawSubtasks, task, context, problems) {
  const subtasks = new Array(rawSubtasks.length);
  let count = 0;
  const seen = rawSubtasks.length > 16 ? /* @__PURE__ */ new Set() : void 0;
  for (let index = 0; index < rawSubtasks.length; index++) {
    const subtask = normalizeOne(rawSubtasks[index], task, index, context, problems);
    if (!subtask) continue;
    if (seen ? seen.has(subtask.id) : hasIdAmong(subtasks, count, subtask.id)) {
      problems.push({ ...problem(context, subtask, "id", "duplicate-subtask-id", `subtask id ${subtask.id} is used more than once in task ${task.id}`, `renumber the subtasks of task ${task.id} (1, 2, 3, ...); until then they cannot be scheduled one by one or addressed by id`), severity: "warning" });
    }
    seen?.add(subtask.id);
    subtasks[count++] = subtask;
  }
  subtasks.length = count;
  return subtasks;
}
function hasIdAmong(tasks, count, id) {
  for (let index = 0; index < count; index++) if (tasks[index].id === id) return true;
  return false;
}
function readStatus(written, task, context, problems) {
  const status = normalizeStatus(written);
  if (status.value === void 0) {
    problems.push(problem(context, task, "status", "unknown-status", `task ${task.id}: status "${written}" is not a known status`, "use one of pending, in-progress, review, done, cancelled, deferred, blocked"));
    return;
  }
  task.status = status.value;
  if (status.mapped) problems.push(warning(context, task, "status", "mapped-status", `task ${task.id}: status "${written}" read as "${status.value}"`, `write "${status.value}" to silence this`));
}
function readPriority(written, task, context, problems) {
  const priority = normalizePriority(written);
  if (priority.value === void 0) {
    problems.push(problem(context, task, "priority", "unknown-priority", `task ${task.id}: priority "${written}" is not a known priority`, "use one of critical, high, medium, low"));
    return;
  }
  task.priority = priority.value;
  if (priority.mapped) problems.push(warning(context, task, "priority", "mapped-priority", `task ${task.id}: priority "${written}" read as "${priority.value}"`, `write "${priority.value}" to silence this`));
}
function readComplexity(written, task, context, problems) {
  const value = typeof written === "number" ? written : Number(written.trim() || Number.NaN);
  if (Number.isFinite(value) && value >= 1 && value <= 10) {
    task.complexity = value;
    return;
  }
  problems.push(warning(context, task, "complexity", "bad-complexity", `task ${task.id}: complexity ${JSON.stringify(written)} is not a number from 1 to 10 and is ignored`, "write a number from 1 to 10"));
}
function readEstimate(written, task, context, problems) {
  const hours = parseEstimate(written);
  if (hours === void 0) {
    problems.push(problem(context, task, "estimate", "bad-estimate", `task ${task.id}: estimate ${JSON.stringify(written)} is not a duration`, "write it like 90m, 3h, 2d or 2-3h"));
    return;
  }
  task.estimate = String(written);
  task.estimateHours = hours;
}
function problem(context, task, field, code, message, hint, path = [...task.path, field]) {
  return { severity: "error", code, file: context.file, tag: context.tag, taskId: task.id, field, message, hint, path };
}
function warning(context, task, field, code, message, hint) {
  return { ...problem(context, task, field, code, message, hint), severity: "warning" };
}
function idForMessage(raw, parent) {
  if (raw === null || typeof raw !== "object") return void 0;
  const id = raw.id;
  if (typeof id !== "string" && typeof id !== "number") return void 0;
  return parent ? `${parent.id}.${localSubtaskId(id, parent.id)}` : String(id);
}
function hintFor(field) {
  switch (field) {
    case "id":
      return "give the task an id that is a number or a string";
    case "dependencies":
      return 'write dependencies as a list of ids, e.g. [1, "2.3"]';
    case "subtasks":
      return "write subtasks as a list of task objects";
    default:
      return "fix the value in the file";
  }
}

export {
  indexTasks,
  allTasks,
  resolveDependencies,
  compareIds,
  findCycles,
  validatePlan,
  TASK_STATUSES,
  normalizePriority,
  PRIORITY_RANK,
  normalizeStatus,
  parseEstimate,
  yaml,
  normalizeTasks,
  formatProblem,
  require_node_util,
  COMMON_OPTIONS,
  PLAN_OPTIONS,
  parseCommandLine,
  readMaxParallel,
  readPools,
  readGranularity,
  readChoice
};
