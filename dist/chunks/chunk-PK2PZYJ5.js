import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  pathsOverlap
} from "./chunk-2JV77M2F.js";
import {
  indexTasks
} from "./chunk-EXRDESWW.js";

// src/core/wavesRecord.ts
function readWavesRecord(task) {
  const raw = task.metadata.waves;
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return { attempts: 0 };
  const record = raw;
  const text = (key) => typeof record[key] === "string" ? record[key] : typeof record[key] === "number" ? String(record[key]) : void 0;
  const attempts = typeof record.attempts === "number" && Number.isInteger(record.attempts) && record.attempts >= 0 ? record.attempts : 0;
  const result = { attempts };
  for (const key of ["claimedAt", "runId", "runUrl", "lastRun", "lastResult", "lastError", "completedAt"]) {
    const value = text(key);
    if (value !== void 0) result[key] = value;
  }
  return result;
}

// src/core/explainTask.ts
var STUCK = ["blocked", "deferred"];
function createExplainer(plan, result, options = {}) {
  const views = new Map(result.units.map((unit) => [unit.id, unit]));
  const held = new Map(result.held.map((skipped) => [skipped.id, skipped]));
  const tasks = indexTasks(plan.tasks).byId;
  const dispatch = new Set(result.dispatch);
  const resourcesOf = (id) => {
    const task = tasks.get(id);
    return task?.resources ?? (task?.parentId !== void 0 ? tasks.get(task.parentId)?.resources : void 0);
  };
  const pathsOf = (id) => {
    const task = tasks.get(id);
    return task && task.paths.length > 0 ? task.paths : task?.parentId !== void 0 ? tasks.get(task.parentId)?.paths ?? [] : [];
  };
  const statusOf = (id) => views.get(id)?.status ?? "pending";
  const running = () => [...result.inProgress, ...result.dispatch];
  const chainHead = (id) => {
    const seen = /* @__PURE__ */ new Set();
    let at = id;
    for (; ; ) {
      seen.add(at);
      const next = views.get(at)?.waitingOn.find((candidate) => !seen.has(candidate));
      if (next === void 0 || statusOf(at) !== "pending") return at;
      at = next;
    }
  };
  const stuckBehind = (id) => {
    const found = [];
    const seen = /* @__PURE__ */ new Set([id]);
    const queue = [...views.get(id)?.waitingOn ?? []];
    while (queue.length > 0) {
      const at = queue.shift();
      if (seen.has(at)) continue;
      seen.add(at);
      const view = views.get(at);
      if (!view) continue;
      if (STUCK.includes(view.status)) found.push(at);
      else if (view.status === "pending") queue.push(...view.waitingOn);
    }
    return found;
  };
  const heldReason = (unit, skipped) => {
    switch (skipped.reason) {
      case "capacity": {
        const ids = running();
        return { kind: "capacity", ids, text: `all ${result.maxParallel} slots are taken${ids.length > 0 ? ` by ${ids.join(", ")}` : ""}${result.dispatch.length > 0 ? ` (${result.dispatch.join(", ")} dispatched now, earlier in order)` : ""}` };
      }
      case "pool": {
        const pool = skipped.detail ?? "";
        const ids = running().filter((id) => resourcesOf(id) === pool);
        const cap = options.pools?.[pool];
        return { kind: "pool", ids, text: `pool ${pool}${cap === void 0 ? "" : ` (${cap} at once)`} is full: ${ids.join(", ") || "no room"}` };
      }
      case "paths": {
        const other = skipped.detail ?? "";
        const mine = pathsOf(unit.id);
        const theirs = pathsOf(other);
        const pairs = mine.flatMap((glob) => theirs.filter((their) => pathsOverlap([glob], [their])).map((their) => `${glob} ~ ${their}`));
        return { kind: "paths", ids: [other], text: `its paths overlap those of ${other} (${dispatch.has(other) ? "dispatched now" : "running"}): ${pairs.join(", ") || "overlapping globs"}` };
      }
      case "paused":
        return pausedReason();
      case "budget":
        return budgetReason();
    }
  };
  const pausedReason = () => {
    const paused = result.paused;
    const when = paused?.since ? ` since ${paused.since}` : "";
    const by = paused?.by ? ` by ${paused.by}` : "";
    return { kind: "paused", ids: [], text: `the loop is paused${when}${by}${paused?.reason ? `: ${paused.reason}` : ""}; ${paused?.undo ? `it resumes when ${paused.undo}` : '"waves resume" starts it again'}` };
  };
  const budgetReason = () => {
    const budget = result.budget;
    const text = budget ? `the daily budget of ${budget.limit} dispatches is used up (${budget.used} in the last 24 hours)${budget.nextFreeAt ? `; the next slot frees at ${budget.nextFreeAt}` : ""}` : "the daily budget is used up";
    return { kind: "budget", ids: [], text };
  };
  const statusReason = (unit, task) => {
    const record = task ? readWavesRecord(task) : { attempts: 0 };
    const parts = [];
    switch (unit.status) {
      case "in-progress":
        parts.push(`in progress${record.claimedAt ? ` since ${record.claimedAt}` : ""}${record.runUrl ? ` by run ${record.runUrl}` : record.runId ? ` by run ${record.runId}` : ""}`);
        break;
      case "review":
        parts.push(`in review${record.completedAt ? ` since ${record.completedAt}` : ""}${record.lastRun ? ` (run ${record.lastRun})` : ""}: it counts once merged or set to done`);
        break;
      case "blocked":
        parts.push(`blocked${record.completedAt ? ` since ${record.completedAt}` : ""}${record.lastRun ? ` by run ${record.lastRun}` : ""}: needs a person; set it to pending to try again`);
        break;
      case "deferred":
        parts.push("deferred: put off on purpose; set it to pending to schedule it");
        break;
      default:
        parts.push(unit.status);
    }
    if (record.lastError && unit.status !== "done" && unit.status !== "cancelled") parts.push(`last failure: ${record.lastError}${record.attempts > 0 ? ` (${record.attempts} failed attempt${record.attempts === 1 ? "" : "s"})` : ""}`);
    return { kind: "status", ids: [unit.id], text: parts.join("; ") };
  };
  return (id) => {
    const unit = views.get(id);
    if (!unit) return void 0;
    const explanation = { id, status: unit.status, ready: unit.ready, dispatchNow: dispatch.has(id), reasons: [] };
    const reasons = explanation.reasons;
    if (unit.status !== "pending") {
      reasons.push(statusReason(unit, tasks.get(id)));
      return explanation;
    }
    if (unit.waitingOn.length > 0) {
      const described = unit.waitingOn.map((dependency) => {
        const head = chainHead(dependency);
        return `${dependency} (${statusOf(dependency)}${head !== dependency ? `; first unfinished down the chain: ${head} (${statusOf(head)})` : ""})`;
      });
      reasons.push({ kind: "waiting-on", ids: [...unit.waitingOn], text: `waits on ${described.join(", ")}` });
      if (unit.stalled) {
        const stuck = stuckBehind(id);
        reasons.push({ kind: "stalled", ids: stuck, text: `stalled behind ${stuck.map((other) => `${other} (${statusOf(other)})`).join(", ")}: nothing moves until a person acts` });
      }
      return explanation;
    }
    const skipped = held.get(id);
    if (skipped) reasons.push(heldReason(unit, skipped));
    if (unit.ready && result.paused && skipped?.reason !== "paused") reasons.push(pausedReason());
    else if (unit.ready && result.budget && result.budget.left === 0 && !dispatch.has(id) && skipped?.reason !== "budget") reasons.push(budgetReason());
    if (!unit.ready && !skipped) reasons.push({ kind: "status", ids: [id], text: 'pending, but not schedulable: see "waves validate" (a dependency cycle)' });
    return explanation;
  };
}
function shortReason(explanation) {
  const reason = explanation.reasons.find((candidate) => candidate.kind === "stalled") ?? explanation.reasons[0];
  if (explanation.dispatchNow) return "";
  if (!reason) return "";
  switch (reason.kind) {
    case "waiting-on":
      return `waits on ${shortIds(reason.ids)}`;
    case "stalled":
      return `stalled behind ${shortIds(reason.ids)}`;
    case "capacity":
      return "a free slot";
    case "pool":
      return `pool ${/^pool (\S+)/.exec(reason.text)?.[1] ?? ""} is full`;
    case "paths":
      return `paths of ${reason.ids[0] ?? "running work"}`;
    case "paused":
      return "paused";
    case "budget":
      return "daily budget";
    case "status":
      return explanation.status === "blocked" || explanation.status === "deferred" ? explanation.status : "";
  }
}
function shortIds(ids, max = 8) {
  return ids.length > max ? `${ids.slice(0, max).join(", ")} +${ids.length - max} more` : ids.join(", ");
}

export {
  createExplainer,
  shortReason
};
