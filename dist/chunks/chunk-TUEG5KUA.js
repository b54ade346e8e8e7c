import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  setTaskStatus
} from "./chunk-COPXCMMI.js";
import {
  toSingleLine
} from "./chunk-XHRHC6IW.js";
import {
  planWaves
} from "./chunk-ZFBAIYBU.js";
import {
  renderPrompt
} from "./chunk-CBOKWY7Q.js";
import {
  loadForCommand,
  loadPlan
} from "./chunk-EJZTU2UJ.js";
import {
  PLAN_OPTIONS,
  formatProblem,
  indexTasks,
  parseCommandLine,
  parseEstimate,
  readGranularity,
  readMaxParallel,
  readPools
} from "./chunk-37YRZNYR.js";
import {
  EXIT,
  UsageError
} from "./chunk-U5VXKIRA.js";

// src/cli/commands/runCommand.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

// src/render/formatDuration.ts
function formatDuration(ms) {
  if (ms < 6e4) return `${(ms / 1e3).toFixed(1)}s`;
  const seconds = Math.floor(ms / 1e3);
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, "0")}s`;
  return `${Math.floor(seconds / 3600)}h ${String(Math.floor(seconds % 3600 / 60)).padStart(2, "0")}m`;
}

// src/render/renderRunProgress.ts
var GREEN = (text) => `\x1B[32m${text}\x1B[39m`;
var RED = (text) => `\x1B[31m${text}\x1B[39m`;
var DIM = (text) => `\x1B[2m${text}\x1B[22m`;
function renderRunProgress(view, options) {
  const width = Math.max(40, options.width ?? 100);
  const paint = (style, text) => options.color ? style(text) : text;
  const barWidth = 30;
  const filled = view.total === 0 ? barWidth : Math.round(view.done / view.total * barWidth);
  const lines = [`[${"\u2588".repeat(filled)}${"\u2591".repeat(barWidth - filled)}] ${view.done}/${view.total} done \xB7 ${view.running.length} running \xB7 ${view.failed} failed`];
  const titleWidth = Math.max(10, width - 30);
  for (const task of view.running) {
    const retry = task.attempt > 1 ? ` (attempt ${task.attempt})` : "";
    lines.push(`  \u25B6 ${task.id} ${toSingleLine(task.title, titleWidth).padEnd(Math.min(titleWidth, 50))} ${formatDuration(task.elapsedMs)}${retry}`);
  }
  for (const task of view.recent.slice(-3)) {
    const ok = task.status === "done";
    const mark = ok ? paint(GREEN, "\u2714") : paint(RED, "\u2716");
    const what = ok ? `done in ${formatDuration(task.durationMs)}` : `${task.reason ?? "failed"} \u2192 ${task.status}`;
    lines.push(`  ${mark} ${task.id} ${toSingleLine(task.title, titleWidth)}  ${paint(DIM, what)}`);
  }
  if (view.next.length > 0) lines.push(paint(DIM, `  next: ${view.next.slice(0, 10).join(", ")}${view.next.length > 10 ? ", \u2026" : ""}`));
  return lines.map((line) => line.slice(0, width * 2)).join("\n") + "\n";
}

// src/run/runPlan.ts
function runPlan(options, effects) {
  const running = /* @__PURE__ */ new Map();
  const attempts = /* @__PURE__ */ new Map();
  const done = [];
  const failed = [];
  let interrupted = false;
  let firstTick = true;
  let queue = Promise.resolve();
  let resolveFinished;
  let rejectFinished;
  const finished = new Promise((resolve, reject) => (resolveFinished = resolve, rejectFinished = reject));
  const serially = (step) => {
    queue = queue.then(step).catch((error) => {
      interrupted = true;
      for (const { handle } of running.values()) void handle.stop();
      rejectFinished(error);
    });
    return queue;
  };
  const tick = async () => {
    const plan = effects.load();
    const result = planWaves(plan, { maxParallel: options.maxParallel, pools: options.pools, granularity: options.granularity });
    effects.report({ type: "planned", plan, result });
    const tasks = indexTasks(plan.tasks).byId;
    const starting = interrupted ? [] : [...result.dispatch];
    if (firstTick && options.restartInProgress && !interrupted) starting.unshift(...result.inProgress.filter((id) => !running.has(id)));
    firstTick = false;
    for (const id of starting) {
      const task = tasks.get(id);
      if (!task || running.has(id)) continue;
      if (task.status !== "in-progress") await effects.setStatus(id, "in-progress");
      await markParent(task, tasks, "in-progress");
      const attempt = (attempts.get(id) ?? 0) + 1;
      attempts.set(id, attempt);
      const handle = effects.launch(task, attempt);
      running.set(id, { handle, attempt, title: task.title });
      effects.report({ type: "started", id, title: task.title, attempt, at: Date.now() });
      void handle.exited.then((exit) => serially(() => finish(id, exit)));
    }
    if (running.size === 0) {
      const foreignInProgress = result.inProgress.filter((id) => !running.has(id));
      resolveFinished({
        allDone: result.counts.total === result.counts.done + result.counts.cancelled,
        interrupted,
        done,
        failed,
        stalled: result.stalled,
        foreignInProgress,
        result
      });
    }
  };
  const finish = async (id, exit) => {
    const entry = running.get(id);
    running.delete(id);
    if (!entry) return;
    let status;
    if (exit.stopped) status = "pending";
    else if (exit.code === 0 && !exit.timedOut) status = "done";
    else status = entry.attempt >= options.maxAttempts ? "blocked" : "pending";
    await effects.setStatus(id, status);
    if (status === "done") {
      done.push(id);
      const plan = effects.load();
      const tasks = indexTasks(plan.tasks).byId;
      const task = tasks.get(id);
      if (task) await markParent(task, tasks, "done");
    }
    if (status === "blocked") failed.push({ id, reason: describeExit(exit) });
    effects.report({ type: "finished", id, title: entry.title, attempt: entry.attempt, exit, status });
    await tick();
  };
  const markParent = async (task, tasks, status) => {
    if (task.parentId === void 0) return;
    const parent = tasks.get(task.parentId);
    if (!parent) return;
    if (status === "in-progress" && parent.status === "pending") await effects.setStatus(parent.id, "in-progress");
    if (status === "done" && parent.status !== "done" && parent.subtasks.every((subtask) => subtask.status === "done" || subtask.status === "cancelled")) await effects.setStatus(parent.id, "done");
  };
  void serially(tick);
  return {
    finished,
    async interrupt() {
      if (interrupted) return;
      interrupted = true;
      await Promise.all([...running.values()].map(({ handle }) => handle.stop()));
      await queue;
    }
  };
}
function describeExit(exit) {
  if (exit.error) return `could not start: ${exit.error}`;
  if (exit.timedOut) return `timed out after ${Math.round(exit.durationMs / 1e3)}s`;
  if (exit.signal) return `killed by ${exit.signal}`;
  return `exit code ${exit.code}`;
}

// src/run/startAgent.ts
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
function startAgent(spec) {
  const started = Date.now();
  const log = createWriteStream(spec.logFile, { flags: "a" });
  const child = spawn(spec.command, { shell: true, cwd: spec.cwd, env: spec.env, detached: process.platform !== "win32", stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  let timedOut = false;
  let stopped = false;
  let killTimer;
  const signalGroup = (signal, evenAfterExit = false) => {
    if (child.pid === void 0) return;
    if (!evenAfterExit && (child.exitCode !== null || child.signalCode !== null)) return;
    try {
      if (process.platform === "win32") child.kill(signal);
      else process.kill(-child.pid, signal);
    } catch {
    }
  };
  const terminate = () => {
    signalGroup("SIGTERM");
    killTimer ??= setTimeout(() => signalGroup("SIGKILL"), spec.graceMs ?? 3e3);
    killTimer.unref();
  };
  const timeout = spec.timeoutMs ? setTimeout(() => (timedOut = true, terminate()), spec.timeoutMs) : void 0;
  timeout?.unref();
  const exited = new Promise((resolve) => {
    let spawnError;
    child.on("error", (error) => spawnError = error.message);
    child.on("close", (code, signal) => {
      if (timeout) clearTimeout(timeout);
      if (killTimer) clearTimeout(killTimer);
      signalGroup("SIGKILL", true);
      const exit = { code, signal, timedOut, stopped, durationMs: Date.now() - started };
      if (spawnError !== void 0) exit.error = spawnError;
      log.end(() => resolve(exit));
    });
  });
  return {
    pid: child.pid,
    exited,
    stop() {
      stopped = true;
      terminate();
      return exited;
    }
  };
}

// src/cli/commands/runCommand.ts
var OPTIONS = {
  ...PLAN_OPTIONS,
  agent: { type: "string" },
  timeout: { type: "string" },
  "max-attempts": { type: "string" },
  "restart-in-progress": { type: "boolean" },
  logs: { type: "string" }
};
var EXIT_INTERRUPTED = 130;
async function runCommand(args, io) {
  const { values, positionals } = parseCommandLine(args, OPTIONS);
  const command = values.agent;
  if (command === void 0 || command.trim() === "") throw new UsageError('--agent "COMMAND" is required: the command to start for each task (it gets WAVES_TASK_ID, WAVES_PROMPT_FILE, ... in its environment)');
  const maxAttempts = readWholeNumber("--max-attempts", values["max-attempts"] ?? "2");
  const timeoutHours = values.timeout === void 0 ? void 0 : parseEstimate(values.timeout);
  if (values.timeout !== void 0 && (timeoutHours === void 0 || timeoutHours <= 0)) throw new UsageError(`--timeout must be a duration like 90s, 30m or 2h, not "${values.timeout}"`);
  const options = {
    maxParallel: readMaxParallel(values["max-parallel"]),
    pools: readPools(values.pool),
    granularity: readGranularity(values.granularity),
    maxAttempts,
    restartInProgress: Boolean(values["restart-in-progress"])
  };
  const { plan: first, file, path } = loadForCommand(positionals[0], values.tag, io);
  const tag = values.tag ?? first.tag;
  const logs = join(io.cwd, values.logs ?? ".waves/logs");
  const prompts = join(dirname(logs), "prompts");
  mkdirSync(logs, { recursive: true });
  mkdirSync(prompts, { recursive: true });
  const live = io.isTTY && io.env.CI === void 0;
  const color = io.isTTY && io.env.NO_COLOR === void 0;
  const view = { total: 0, done: 0, failed: 0, running: [], recent: [], next: [] };
  const startedAt = /* @__PURE__ */ new Map();
  let drawnLines = 0;
  const draw = () => {
    if (!live) return;
    view.running = view.running.map((task) => ({ ...task, elapsedMs: Date.now() - (startedAt.get(task.id) ?? Date.now()) }));
    const block = renderRunProgress(view, { color, width: io.columns ?? 100 });
    io.stdout(`${drawnLines > 0 ? `\x1B[${drawnLines}F\x1B[0J` : ""}${block}`);
    drawnLines = block.split("\n").length - 1;
  };
  const say = (line) => {
    if (live) {
      io.stdout(`${drawnLines > 0 ? `\x1B[${drawnLines}F\x1B[0J` : ""}${line}
`);
      drawnLines = 0;
      draw();
    } else io.stdout(`${line}
`);
  };
  const report = (event) => {
    if (event.type === "planned") {
      const { counts } = event.result;
      view.total = counts.total;
      view.done = counts.done + counts.cancelled;
      view.next = event.result.waves[0]?.filter((id) => !view.running.some((task) => task.id === id) && !event.result.dispatch.includes(id)) ?? [];
      draw();
    } else if (event.type === "started") {
      startedAt.set(event.id, event.at);
      view.running.push({ id: event.id, title: event.title, elapsedMs: 0, attempt: event.attempt });
      say(`\u25B6 ${event.id} ${event.title}${event.attempt > 1 ? ` (attempt ${event.attempt} of ${maxAttempts})` : ""}`);
    } else {
      view.running = view.running.filter((task) => task.id !== event.id);
      const entry = { id: event.id, title: event.title, status: event.status, durationMs: event.exit.durationMs };
      if (event.status === "done") say(`\u2714 ${event.id} done in ${formatDuration(event.exit.durationMs)}`);
      else if (event.exit.stopped) say(`\u25A0 ${event.id} stopped, back to pending`);
      else {
        entry.reason = describeExit(event.exit);
        if (event.status === "blocked") view.failed++;
        say(`\u2716 ${event.id} failed (${entry.reason}, attempt ${event.attempt} of ${maxAttempts}): ${event.status === "blocked" ? "blocked" : "back to pending"}; log ${relative(io.cwd, join(logs, `${event.id}.log`))}`);
      }
      view.recent.push(entry);
    }
  };
  const run = runPlan(options, {
    load: () => {
      const loaded = loadPlan(path, tag === void 0 ? {} : { tag });
      const errors = loaded.problems.filter((problem) => problem.severity === "error");
      if (!loaded.plan || errors.length > 0) throw new Error(`${file} changed during the run and no longer loads:
${errors.map((problem) => formatProblem({ ...problem, file })).join("\n")}`);
      return { ...loaded.plan, file };
    },
    setStatus: async (id, status) => {
      await setTaskStatus(path, id, status, tag === void 0 ? {} : { tag });
    },
    launch: (task, attempt) => {
      const promptFile = join(prompts, `${task.id}.md`);
      writeFileSync(promptFile, renderPrompt(task, first));
      const logFile = join(logs, `${task.id}.log`);
      writeFileSync(logFile, `--- waves run: task ${task.id}, attempt ${attempt}, ${(/* @__PURE__ */ new Date()).toISOString()}
`, { flag: "a" });
      return startAgent({
        command,
        cwd: io.cwd,
        logFile,
        ...timeoutHours === void 0 ? {} : { timeoutMs: timeoutHours * 36e5 },
        env: {
          ...io.env,
          WAVES_TASK_ID: task.id,
          WAVES_TASK_TITLE: task.title,
          WAVES_AGENT: task.agent ?? "",
          WAVES_PRIORITY: task.priority,
          WAVES_PROMPT_FILE: promptFile,
          WAVES_ATTEMPT: String(attempt),
          WAVES_TASKS_FILE: path,
          WAVES_ESTIMATE_HOURS: task.estimateHours === void 0 ? "" : String(task.estimateHours)
        }
      });
    },
    report
  });
  const ticker = live ? setInterval(draw, 500) : void 0;
  let interrupts = 0;
  const stopListening = io.onInterrupt?.(() => {
    interrupts++;
    if (interrupts === 1) {
      say("Stopping: ending the agents and returning their tasks to pending (Ctrl-C again to quit at once)\u2026");
      void run.interrupt();
    } else process.exit(EXIT_INTERRUPTED);
  });
  try {
    const summary = await run.finished;
    if (ticker) clearInterval(ticker);
    draw();
    io.stdout(describeSummary(summary, file, logs, io.cwd));
    if (summary.interrupted) return EXIT_INTERRUPTED;
    return summary.allDone ? EXIT.ok : EXIT.problems;
  } finally {
    if (ticker) clearInterval(ticker);
    stopListening?.();
  }
}
function describeSummary(summary, file, logs, cwd) {
  const { counts } = summary.result;
  const lines = ["", `${file}: ${counts.done} of ${counts.total} done, ${summary.done.length} finished in this run.`];
  if (summary.interrupted) lines.push("Interrupted: the tasks that were running are pending again; run the same command to carry on.");
  else if (summary.allDone) lines.push("All done.");
  for (const failure of summary.failed) lines.push(`Failed: ${failure.id} (${failure.reason}); log ${relative(cwd, join(logs, `${failure.id}.log`))}`);
  if (summary.stalled.length > 0) lines.push(`Held back by failed or blocked tasks: ${summary.stalled.join(", ")}`);
  if (summary.foreignInProgress.length > 0) lines.push(`Still in progress, not started by this run: ${summary.foreignInProgress.join(", ")} (add --restart-in-progress to run them here)`);
  if (!summary.allDone && !summary.interrupted) {
    const explained = /* @__PURE__ */ new Set([...summary.failed.map((failure) => failure.id), ...summary.stalled, ...summary.foreignInProgress]);
    const other = summary.result.units.filter((unit) => unit.status !== "done" && unit.status !== "cancelled" && !explained.has(unit.id));
    if (other.length > 0) lines.push(`Not run: ${other.map((unit) => `${unit.id} (${unit.status})`).join(", ")}; waves run starts only pending tasks.`);
  }
  return lines.join("\n") + "\n";
}
function readWholeNumber(flag, value) {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${flag} must be a whole number of at least 1, not "${value}"`);
  return Number(value);
}

export {
  runCommand
};
