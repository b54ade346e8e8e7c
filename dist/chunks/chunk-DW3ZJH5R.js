import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  renderPrompt
} from "./chunk-L6KWX7FM.js";
import {
  setTaskStatus
} from "./chunk-7CFGHZAK.js";
import {
  updateLoopRecord
} from "./chunk-5KGO5SDV.js";
import {
  require_promises
} from "./chunk-ZNORQ5VF.js";
import {
  toSingleLine
} from "./chunk-XHRHC6IW.js";
import {
  applyLoopGates
} from "./chunk-M2R37MCA.js";
import {
  planWaves,
  readDailyBudget,
  recentDispatches
} from "./chunk-2JV77M2F.js";
import {
  rawLoopRecord,
  readLoopRecord
} from "./chunk-ZKU5KU4T.js";
import {
  loadForCommand,
  loadPlan
} from "./chunk-MC6XESQO.js";
import {
  require_node_fs,
  require_node_path
} from "./chunk-KZ3NXUHJ.js";
import {
  PLAN_OPTIONS,
  formatProblem,
  indexTasks,
  parseCommandLine,
  parseEstimate,
  readGranularity,
  readMaxParallel,
  readPools
} from "./chunk-EXRDESWW.js";
import {
  EXIT,
  UsageError
} from "./chunk-UQBKCWIS.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-MMZRYQYA.js";

// builtin-by-require:node:child_process
var require_node_child_process = __commonJS({
  "builtin-by-require:node:child_process"(exports, module) {
    module.exports = __require("node:child_process");
  }
});

// builtin-by-require:node:timers/promises
var require_promises2 = __commonJS({
  "builtin-by-require:node:timers/promises"(exports, module) {
    module.exports = __require("node:timers/promises");
  }
});

// src/cli/commands/runCommand.ts
var import_node_fs3 = __toESM(require_node_fs(), 1);
var import_node_path5 = __toESM(require_node_path(), 1);

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
    const planned = planWaves(plan, { maxParallel: options.maxParallel, pools: options.pools, granularity: options.granularity });
    const result = effects.gate ? effects.gate(plan, planned) : planned;
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
      await effects.started?.(id);
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
    else if (exit.code === 0 && !exit.timedOut && exit.failure === void 0) status = "done";
    else status = entry.attempt >= options.maxAttempts ? "blocked" : "pending";
    await effects.setStatus(id, status);
    await effects.ended?.(id, status, exit);
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
  if (exit.failure !== void 0) return exit.failure;
  if (exit.error) return `could not start: ${exit.error}`;
  if (exit.timedOut) return `timed out after ${Math.round(exit.durationMs / 1e3)}s`;
  if (exit.signal) return `killed by ${exit.signal}`;
  return `exit code ${exit.code}`;
}

// src/render/renderLandingSummary.ts
function renderLandingSummary(lastExits, base) {
  if (base === void 0) return "";
  const lines = [];
  const landed = [...lastExits].filter(([, exit]) => exit.landed !== void 0 && exit.landed.commits > 0);
  if (landed.length > 0) {
    lines.push(`Landed on ${base}, in order:`);
    for (const [id, exit] of landed) lines.push(`  ${id}  ${exit.landed.commit.slice(0, 10)}  ${exit.landed.commits} commit${exit.landed.commits === 1 ? "" : "s"}${exit.verify === "passed" ? ", verified" : ""}`);
  }
  const kept = [...lastExits].filter(([, exit]) => exit.landed === void 0 && exit.worktree !== void 0);
  for (const [id, exit] of kept) lines.push(`Kept for inspection: ${id} in ${exit.worktree}${exit.stopped ? " (stopped)" : exit.failure === void 0 ? "" : ` (${exit.failure})`}`);
  return lines.length === 0 ? "" : `${lines.join("\n")}
`;
}

// src/render/describeIsolationStep.ts
function describeIsolationStep(id, base, step) {
  const short = (commit) => commit.slice(0, 10);
  switch (step.type) {
    case "worktree":
      return `  ${id}: worktree from ${base} at ${short(step.baseCommit)}`;
    case "rebased":
      return `  ${id}: rebased onto ${base} at ${short(step.onto)}`;
    case "verify":
      return step.ok ? `  ${id}: verify passed` : [`  ${id}: verify failed; its last lines:`, ...step.tail.map((line) => `    | ${toSingleLine(line, 200)}`)].join("\n");
    case "base-moved":
      return `  ${id}: ${base} moved during verify; rebasing and verifying again`;
    case "held": {
      const what = step.untracked ? "your untracked file" : "your uncommitted change to";
      return `  ${id}: holding its integration: it would overwrite ${what} ${step.files.join(", ")}${step.checkout === void 0 ? "" : ` in ${step.checkout}`}; commit, stash or move it and the run goes on`;
    }
    case "landed-earlier":
      return `  ${id}: its work landed on ${base} in an earlier run (${short(step.commit)}), which stopped before recording it; not run again`;
    case "integrated":
      return `  ${id}: landed on ${base}: ${short(step.commit)} (${step.commits} commit${step.commits === 1 ? "" : "s"})`;
  }
}

// src/run/serialQueue.ts
function createSerialQueue() {
  let tail = Promise.resolve();
  return {
    run(step) {
      const result = tail.then(step);
      tail = result.catch(() => void 0);
      return result;
    }
  };
}

// src/run/runVerify.ts
var import_promises = __toESM(require_promises(), 1);

// src/run/startAgent.ts
var import_node_child_process = __toESM(require_node_child_process(), 1);
var import_node_fs = __toESM(require_node_fs(), 1);
function startAgent(spec) {
  const started = Date.now();
  const log = (0, import_node_fs.createWriteStream)(spec.logFile, { flags: "a" });
  const child = (0, import_node_child_process.spawn)(spec.command, { shell: true, cwd: spec.cwd, env: spec.env, detached: process.platform !== "win32", stdio: ["ignore", "pipe", "pipe"] });
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

// src/run/runVerify.ts
var TAIL_LINES = 5;
async function runVerify(command, cwd, env, logFile, label, timeoutMs) {
  await (0, import_promises.writeFile)(logFile, `--- verify (${label}): ${command}
`, { flag: "a" });
  const offset = (await (0, import_promises.stat)(logFile)).size;
  const handle = startAgent({ command, cwd, env, logFile, ...timeoutMs === void 0 ? {} : { timeoutMs } });
  const result = handle.exited.then(async (exit) => ({ ok: exit.code === 0 && !exit.timedOut && !exit.stopped, exit, tail: await readTail(logFile, offset) }));
  return { handle, result };
}
async function readTail(file, offset) {
  const handle = await (0, import_promises.open)(file, "r");
  try {
    const size = (await handle.stat()).size;
    const start = Math.max(offset, size - 64 * 1024);
    const buffer = Buffer.alloc(size - start);
    await handle.read(buffer, 0, buffer.length, start);
    return buffer.toString("utf8").split("\n").map((line) => line.trimEnd()).filter(Boolean).slice(-TAIL_LINES);
  } finally {
    await handle.close();
  }
}

// src/run/startInPlaceTask.ts
function startInPlaceTask(spec, verify) {
  let current = startAgent(spec);
  let stopping = false;
  const exited = current.exited.then(async (agent) => {
    if (verify === void 0 || stopping || agent.stopped || agent.code !== 0 || agent.timedOut || agent.error !== void 0) return agent;
    const run = await runVerify(verify, spec.cwd, spec.env, spec.logFile, "in place");
    current = run.handle;
    const result = await run.result;
    if (result.exit.stopped) return { ...agent, stopped: true, code: null };
    if (result.ok) return { ...agent, verify: "passed" };
    return { ...agent, verify: "failed", failure: `verify failed${result.exit.timedOut ? " (timed out)" : ""}: ${toSingleLine(result.tail.at(-1) ?? `exit code ${result.exit.code}`, 200)}` };
  });
  return {
    pid: current.pid,
    exited,
    async stop() {
      stopping = true;
      await current.stop();
      return exited;
    }
  };
}

// src/run/startIsolatedTask.ts
var import_promises5 = __toESM(require_promises(), 1);
var import_node_path2 = __toESM(require_node_path(), 1);
var import_promises6 = __toESM(require_promises2(), 1);

// src/git/createTaskWorktree.ts
var import_promises3 = __toESM(require_promises(), 1);

// src/git/runGit.ts
var import_node_child_process2 = __toESM(require_node_child_process(), 1);
var GitError = class extends Error {
  constructor(command, exitCode, stderr, options) {
    const detail = stderr.trim().split("\n").slice(-4).join(" / ");
    super(`${command} failed (exit code ${exitCode ?? "none"})${detail ? `: ${detail}` : ""}`, options);
    this.command = command;
    this.exitCode = exitCode;
    this.stderr = stderr;
  }
  command;
  exitCode;
  stderr;
  name = "GitError";
};
var NO_AUTO_MAINTENANCE = ["-c", "maintenance.auto=false", "-c", "gc.auto=0"];
async function runGit(args, cwd, env) {
  const { stdout, stderr } = await runGitBytes(args, cwd, env);
  return { stdout: stdout.toString("utf8"), stderr };
}
function runGitBytes(args, cwd, env, input) {
  return new Promise((resolve, reject) => {
    const command = ["git", ...args].join(" ");
    const child = (0, import_node_child_process2.spawn)("git", [...NO_AUTO_MAINTENANCE, ...args], { cwd, env: { ...process.env, ...env }, windowsHide: true, detached: process.platform !== "win32", stdio: ["pipe", "pipe", "pipe"] });
    const stdout = [];
    const stderr = [];
    child.stdout.on("data", (chunk) => stdout.push(chunk));
    child.stderr.on("data", (chunk) => stderr.push(chunk));
    child.on("error", (error) => reject(new GitError(command, null, error.message, { cause: error })));
    child.on("close", (code) => {
      const out = Buffer.concat(stdout);
      const err = Buffer.concat(stderr).toString("utf8");
      if (code === 0) resolve({ stdout: out, stderr: err });
      else reject(new GitError(command, code, err || `exit code ${code}`));
    });
    child.stdin.on("error", () => void 0);
    child.stdin.end(input);
  });
}

// src/git/removeTaskWorktree.ts
var import_promises2 = __toESM(require_promises(), 1);
async function removeTaskWorktree(repository, path, branch, env) {
  await runGit(["worktree", "remove", "--force", "--force", path], repository, env).catch(() => void 0);
  await (0, import_promises2.rm)(path, { recursive: true, force: true });
  await runGit(["worktree", "prune"], repository, env).catch(() => void 0);
  await runGit(["branch", "-D", "--quiet", branch], repository, env).catch(() => void 0);
}

// src/git/createTaskWorktree.ts
async function createTaskWorktree(repository, path, branch, commit, env) {
  await removeTaskWorktree(repository, path, branch, env);
  await (0, import_promises3.rm)(path, { recursive: true, force: true });
  await runGit(["-c", "core.hooksPath=/dev/null", "worktree", "add", "--quiet", "-B", branch, path, commit], repository, env);
}

// src/git/advanceCheckout.ts
async function advanceCheckout(checkout, branch, from, to, env) {
  const head = await runGit(["symbolic-ref", "--quiet", "HEAD"], checkout, env).then((result) => result.stdout.trim(), () => "");
  const at = await runGit(["rev-parse", "--verify", "--quiet", "HEAD"], checkout, env).then((result) => result.stdout.trim(), () => "");
  if (head !== `refs/heads/${branch}` || at !== from) return { ok: false, reason: "moved" };
  try {
    await runGit(["-c", "core.hooksPath=/dev/null", "merge", "--ff-only", "--quiet", "--no-stat", to], checkout, env);
    return { ok: true };
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    const files = listedFiles(error.stderr);
    if (files.length > 0) return { ok: false, reason: "in-the-way", files, untracked: /untracked working tree files/.test(error.stderr) };
    if (/Not possible to fast-forward/i.test(error.stderr)) return { ok: false, reason: "moved" };
    throw error;
  }
}
function listedFiles(stderr) {
  if (!/would be (overwritten|removed) by merge/.test(stderr)) return [];
  return stderr.split("\n").filter((line) => line.startsWith("	")).map((line) => line.trim());
}

// src/git/findCheckout.ts
async function findCheckout(repository, branch, env) {
  const { stdout } = await runGit(["worktree", "list", "--porcelain", "-z"], repository, env);
  let path;
  for (const line of stdout.split("\0")) {
    if (line.startsWith("worktree ")) path = line.slice("worktree ".length);
    else if (line === `branch refs/heads/${branch}`) return path;
  }
  return void 0;
}

// src/git/fastForwardBase.ts
async function fastForwardBase(repository, base, from, to, env) {
  const checkout = await findCheckout(repository, base, env);
  if (checkout !== void 0) return { ...await advanceCheckout(checkout, base, from, to, env), checkout };
  const swapped = await runGit(["update-ref", "-m", "waves run: fast-forward", `refs/heads/${base}`, to, from], repository, env).then(() => true, () => false);
  return swapped ? { ok: true } : { ok: false, reason: "moved" };
}

// src/git/recordTaskChange.ts
var import_promises4 = __toESM(require_promises(), 1);
var import_node_path = __toESM(require_node_path(), 1);
var TASK_TRAILER = "Waves-Task";
async function recordTaskChange(options, env) {
  const { worktree, startCommit, taskId, tasksFile } = options;
  const git = (args, extra = {}) => runGit(["-c", "core.hooksPath=/dev/null", "-c", "commit.gpgsign=false", ...args], worktree, { ...env, ...extra });
  let droppedTasksFile = false;
  if (tasksFile !== void 0) {
    const changed = (await git(["status", "--porcelain", "--", tasksFile])).stdout.trim() !== "" || await git(["diff", "--quiet", startCommit, "HEAD", "--", tasksFile]).then(() => false, () => true);
    if (changed) {
      droppedTasksFile = true;
      const existed = await git(["cat-file", "-e", `${startCommit}:${tasksFile}`]).then(() => true, () => false);
      if (existed) await git(["--literal-pathspecs", "checkout", startCommit, "--", tasksFile]);
      else {
        await git(["--literal-pathspecs", "rm", "-r", "--cached", "--quiet", "--ignore-unmatch", "--", tasksFile]);
        await (0, import_promises4.rm)((0, import_node_path.join)(worktree, tasksFile), { recursive: true, force: true });
      }
    }
  }
  await git(["add", "--all"]);
  const committedLeftovers = await git(["diff", "--cached", "--quiet"]).then(() => false, () => true);
  if (committedLeftovers) {
    const message = `${options.subject}

What the agent of task ${taskId} left uncommitted, committed by waves run.

${TASK_TRAILER}: ${taskId}`;
    await git(["commit", "--quiet", "--no-verify", `--message=${message}`]);
  }
  const lacking = await commitsWithoutTrailer(worktree, startCommit, taskId, env);
  if (lacking > 0) {
    const exec = `git commit --amend --no-edit --no-verify --quiet --trailer "${TASK_TRAILER}: $WAVES_TRAILER_TASK_ID"`;
    await git(["rebase", "--quiet", "--exec", exec, startCommit], { WAVES_TRAILER_TASK_ID: taskId }).catch(async (error) => {
      await git(["rebase", "--abort"]).catch(() => void 0);
      throw error;
    });
  }
  const commits = (await git(["rev-list", "--reverse", `${startCommit}..HEAD`])).stdout.split("\n").filter(Boolean);
  const empty = await git(["diff", "--quiet", startCommit, "HEAD"]).then(() => true, () => false);
  return { commits, empty, droppedTasksFile, committedLeftovers };
}
async function commitsWithoutTrailer(worktree, startCommit, taskId, env) {
  const log = (await runGit(["log", "--format=%x01%(trailers:key=" + TASK_TRAILER + ",valueonly,separator=%x02)", `${startCommit}..HEAD`], worktree, env)).stdout;
  return log.split("").slice(1).filter((entry) => !entry.trim().split("").includes(taskId)).length;
}

// src/git/lastChangedBy.ts
async function lastChangedBy(repository, files, since, until, env) {
  const result = /* @__PURE__ */ new Map();
  for (const file of files) {
    const { stdout } = await runGit(["--literal-pathspecs", "log", "-1", `--format=%h%x00%s%x00%(trailers:key=${TASK_TRAILER},valueonly,separator=%x2C )`, `${since}..${until}`, "--", file], repository, env).catch(() => ({ stdout: "" }));
    if (stdout.trim() === "") continue;
    const [short = "", subject = "", tasks = ""] = stdout.trim().split("\0");
    result.set(file, tasks.trim() !== "" ? `task ${tasks.trim()}` : `${short} "${subject}"`);
  }
  return result;
}

// src/git/readBranchTip.ts
async function readBranchTip(repository, branch, env) {
  return runGit(["rev-parse", "--verify", "--quiet", `refs/heads/${branch}^{commit}`], repository, env).then(
    (result) => result.stdout.trim(),
    () => void 0
  );
}

// src/git/rebaseOntoBase.ts
async function rebaseOntoBase(worktree, onto, env) {
  await runGit(["reset", "--quiet", "--hard", "HEAD"], worktree, env);
  try {
    await runGit(["-c", "core.hooksPath=/dev/null", "-c", "commit.gpgsign=false", "rebase", "--quiet", onto], worktree, env);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    const conflicts = (await runGit(["diff", "--name-only", "--diff-filter=U"], worktree, env).catch(() => ({ stdout: "" }))).stdout.split("\n").filter(Boolean);
    await runGit(["rebase", "--abort"], worktree, env).catch(() => void 0);
    if (conflicts.length === 0) throw error;
    return { ok: false, conflicts };
  }
  return { ok: true, head: (await runGit(["rev-parse", "HEAD"], worktree, env)).stdout.trim() };
}

// src/run/taskBranchName.ts
function taskBranchName(id) {
  let slug = id.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/\.{2,}/g, ".").replace(/^[.-]+/, "").replace(/(\.lock)+$/i, "").replace(/\.+$/, "");
  if (slug !== id) slug = `${slug || "task"}-${hash(id)}`;
  return `waves/${slug}`;
}
function hash(text) {
  let value = 2166136261;
  for (const char of text) {
    value ^= char.codePointAt(0) ?? 0;
    value = Math.imul(value, 16777619) >>> 0;
  }
  return value.toString(16).padStart(8, "0");
}

// src/run/startIsolatedTask.ts
function startIsolatedTask(settings, id, title, spec) {
  const { repository, base, gitEnv: env } = settings;
  const branch = taskBranchName(id);
  const path = (0, import_node_path2.join)(settings.worktreesDir, branch.slice("waves/".length));
  const started = Date.now();
  let current;
  let stopping = false;
  const exitWith = (extra) => ({ code: 0, signal: null, timedOut: false, stopped: false, durationMs: Date.now() - started, ...extra });
  const attempt = async () => {
    const startCommit = await readBranchTip(repository, base, env);
    if (startCommit === void 0) return exitWith({ failure: `the base branch ${base} is gone` });
    const previous = await readBranchTip(repository, branch, env);
    if (previous !== void 0 && await landedEarlier(repository, previous, startCommit, id, env)) {
      settings.report(id, { type: "landed-earlier", commit: previous });
      await removeTaskWorktree(repository, path, branch, env);
      return exitWith({ landed: { commit: previous, commits: 0, base } });
    }
    await createTaskWorktree(repository, path, branch, startCommit, env);
    await (0, import_promises5.mkdir)((0, import_node_path2.join)(path, settings.subdirectory), { recursive: true });
    settings.report(id, { type: "worktree", path, baseCommit: startCommit });
    if (stopping) return exitWith({ stopped: true, code: null, worktree: path });
    current = startAgent({ ...spec, cwd: (0, import_node_path2.join)(path, settings.subdirectory), env: { ...spec.env, WAVES_WORKTREE: path, WAVES_BASE: base, WAVES_BASE_SHA: startCommit } });
    const agent = await current.exited;
    if (agent.stopped || agent.code !== 0 || agent.timedOut || agent.error !== void 0) return { ...agent, worktree: path };
    const change = await recordTaskChange({ worktree: path, startCommit, taskId: id, subject: toSingleLine(`Task ${id}: ${title}`, 120), ...settings.tasksFile === void 0 ? {} : { tasksFile: settings.tasksFile } }, env);
    if (change.empty) {
      if (!settings.allowEmpty) return { ...agent, failure: change.droppedTasksFile ? "made no change (only to the tasks file, which the runner owns)" : "made no change", worktree: path };
      await removeTaskWorktree(repository, path, branch, env);
      return agent;
    }
    let verified;
    const tryLand = async (round2, holdingQueue) => {
      const tip = await readBranchTip(repository, base, env);
      if (tip === void 0) return { type: "failed", reason: `the base branch ${base} is gone` };
      let head = (await runGit(["rev-parse", "HEAD"], path, env)).stdout.trim();
      const onTip = await runGit(["merge-base", "--is-ancestor", tip, head], path, env).then(() => true, () => false);
      if (!onTip) {
        const rebased = await rebaseOntoBase(path, tip, env);
        if (!rebased.ok) {
          const by = await lastChangedBy(repository, rebased.conflicts, startCommit, tip, env);
          const files = rebased.conflicts.map((file) => by.has(file) ? `${file} (last changed by ${by.get(file)})` : file);
          return { type: "failed", reason: `conflict rebasing onto ${base}: ${files.join(", ")}` };
        }
        head = rebased.head;
        settings.report(id, { type: "rebased", onto: tip });
        if (head === tip) return settings.allowEmpty ? { type: "landed", commit: tip, commits: 0 } : { type: "failed", reason: `made no change that is not already on ${base}` };
      }
      if (settings.verify !== void 0) {
        if (stopping) return { type: "stopped" };
        const run = await runVerify(settings.verify, (0, import_node_path2.join)(path, settings.subdirectory), { ...spec.env, WAVES_WORKTREE: path, WAVES_BASE: base, WAVES_BASE_SHA: tip }, spec.logFile, `round ${round2}`, settings.verifyTimeoutMs);
        current = run.handle;
        const result = await run.result;
        if (result.exit.stopped) return { type: "stopped" };
        verified = result.ok ? "passed" : "failed";
        settings.report(id, { type: "verify", ok: result.ok, tail: result.tail });
        if (!result.ok) return { type: "failed", reason: `verify failed${result.exit.timedOut ? " (timed out)" : ""}: ${toSingleLine(result.tail.at(-1) ?? `exit code ${result.exit.code}`, 200)}` };
      }
      const integrate = async () => {
        if (stopping) return { type: "stopped" };
        const moved = await fastForwardBase(repository, base, tip, head, env);
        if (moved.ok) return { type: "landed", commit: head, commits: Number((await runGit(["rev-list", "--count", `${tip}..${head}`], path, env)).stdout.trim()) };
        if (moved.reason === "moved") return { type: "moved" };
        return { type: "held", files: moved.files, untracked: moved.untracked, ...moved.checkout === void 0 ? {} : { checkout: moved.checkout } };
      };
      return holdingQueue ? integrate() : settings.queue.run(integrate);
    };
    let round = 0;
    let heldOn = "";
    for (; ; ) {
      if (stopping) return exitWith({ stopped: true, code: null, worktree: path });
      round++;
      const outcome = round > settings.maxRounds ? await settings.queue.run(() => tryLand(round, true)) : await tryLand(round, false);
      const extra = verified === void 0 ? {} : { verify: verified };
      if (outcome.type === "landed") {
        settings.report(id, { type: "integrated", commit: outcome.commit, commits: outcome.commits });
        await removeTaskWorktree(repository, path, branch, env);
        return { ...agent, ...extra, landed: { commit: outcome.commit, commits: outcome.commits, base } };
      }
      if (outcome.type === "failed") return { ...agent, ...extra, failure: outcome.reason, worktree: path };
      if (outcome.type === "stopped") return exitWith({ stopped: true, code: null, worktree: path, ...extra });
      if (outcome.type === "moved") settings.report(id, { type: "base-moved" });
      if (outcome.type === "held") {
        round--;
        const key = outcome.files.join("\n");
        if (key !== heldOn) settings.report(id, { type: "held", files: outcome.files, untracked: outcome.untracked, ...outcome.checkout === void 0 ? {} : { checkout: outcome.checkout } });
        heldOn = key;
        await (0, import_promises6.setTimeout)(settings.holdPollMs);
      }
    }
  };
  const exited = attempt().catch((error) => exitWith({ failure: `waves run could not isolate or land it: ${toSingleLine(error instanceof Error ? error.message : String(error), 300)}`, worktree: path }));
  return {
    pid: void 0,
    exited,
    async stop() {
      stopping = true;
      await current?.stop();
      return exited;
    }
  };
}
async function landedEarlier(repository, commit, baseTip, id, env) {
  const onBase = await runGit(["merge-base", "--is-ancestor", commit, baseTip], repository, env).then(() => true, () => false);
  if (!onBase) return false;
  const trailers = (await runGit(["show", "--no-patch", `--format=%(trailers:key=${TASK_TRAILER},valueonly,separator=%x00)`, commit], repository, env)).stdout;
  return trailers.split("\0").map((value) => value.trim()).includes(id);
}

// src/run/createTaskStarter.ts
function createTaskStarter(isolation, options) {
  if (isolation.mode === "none") return (_task, spec) => startInPlaceTask(spec, options.verify);
  const { mode: _mode, note: _note, ...where } = isolation;
  const settings = {
    ...where,
    queue: createSerialQueue(),
    allowEmpty: options.allowEmpty,
    maxRounds: 3,
    holdPollMs: 1e3,
    ...options.verify === void 0 ? {} : { verify: options.verify },
    report: (id, step) => {
      const line = describeIsolationStep(id, isolation.base, step);
      if (line !== void 0) options.say(line);
    }
  };
  return (task, spec) => startIsolatedTask(settings, task.id, task.title, spec);
}

// src/run/prepareIsolation.ts
var import_node_fs2 = __toESM(require_node_fs(), 1);
var import_node_path4 = __toESM(require_node_path(), 1);

// src/git/findRepository.ts
var import_node_path3 = __toESM(require_node_path(), 1);
async function findRepository(cwd, env) {
  const top = await runGit(["rev-parse", "--show-toplevel", "--git-common-dir"], cwd, env).catch(() => void 0);
  if (!top) return { kind: "none", reason: "not-a-repository" };
  const [root = cwd, common = ".git"] = top.stdout.trim().split("\n");
  const hasCommits = await runGit(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], cwd, env).then(
    () => true,
    () => false
  );
  if (!hasCommits) return { kind: "none", reason: "no-commits" };
  const branch = await runGit(["symbolic-ref", "--quiet", "--short", "HEAD"], cwd, env).then(
    (result) => result.stdout.trim(),
    () => void 0
  );
  return { kind: "repository", root, commonDir: (0, import_node_path3.isAbsolute)(common) ? common : (0, import_node_path3.join)(cwd, common), branch };
}

// src/git/gitEnv.ts
async function gitEnv(repository) {
  const env = { LC_ALL: "C", GIT_TERMINAL_PROMPT: "0", GIT_DIR: void 0, GIT_WORK_TREE: void 0, GIT_INDEX_FILE: void 0 };
  const hasIdentity = await runGit(["var", "GIT_COMMITTER_IDENT"], repository, env).then(
    () => true,
    () => false
  );
  if (hasIdentity) return env;
  return { ...env, GIT_AUTHOR_NAME: "waves run", GIT_AUTHOR_EMAIL: "waves-run@localhost", GIT_COMMITTER_NAME: "waves run", GIT_COMMITTER_EMAIL: "waves-run@localhost" };
}

// src/run/prepareIsolation.ts
var IsolationSetupError = class extends Error {
  name = "IsolationSetupError";
};
async function prepareIsolation(cwd, tasksPath, request) {
  const inPlace = "every agent runs in this directory itself, as before (no worktrees, no integration)";
  if (request.isolation === "none") return { mode: "none", note: `--isolation none: ${inPlace}.` };
  const env = await gitEnv(cwd).catch(() => void 0);
  const state = env === void 0 ? { kind: "none", reason: "not-a-repository" } : await findRepository(cwd, env);
  if (state.kind === "none" || env === void 0) {
    const where = state.kind === "none" && state.reason === "no-commits" ? "This git repository has no commit yet" : "Not a git repository";
    return { mode: "none", note: `${where}: ${inPlace}; commit once to give each task its own worktree.` };
  }
  const base = request.base ?? state.branch;
  if (base === void 0) throw new IsolationSetupError("HEAD is detached: pass --base BRANCH (the branch tasks start from and land on), or --isolation none");
  if (request.base !== void 0) {
    await runGit(["check-ref-format", "--branch", base], cwd, env).catch(() => {
      throw new IsolationSetupError(`--base ${JSON.stringify(base)} is not a valid branch name`);
    });
  }
  if (await readBranchTip(cwd, base, env) === void 0) throw new IsolationSetupError(`--base ${base}: no such branch in ${state.root}; create it or name another`);
  await runGit(["worktree", "prune"], cwd, env).catch(() => void 0);
  const worktreesDir = (0, import_node_path4.join)(state.commonDir, "waves", "worktrees");
  const tasksFile = insideRepository(state.root, tasksPath);
  const subdirectory = insideRepository(state.root, cwd) ?? "";
  return {
    mode: "worktree",
    repository: state.root,
    worktreesDir,
    base,
    gitEnv: env,
    ...tasksFile === void 0 ? {} : { tasksFile },
    subdirectory,
    note: `Isolation: each task works in its own git worktree (branch waves/<id> from ${base}, under ${worktreesDir}) and lands on ${base} by fast-forward, one at a time.`
  };
}
function insideRepository(root, path) {
  const real = (at) => {
    try {
      return (0, import_node_fs2.realpathSync)(at);
    } catch {
      return at;
    }
  };
  const relativePath = (0, import_node_path4.relative)(real(root), real(path));
  if (relativePath === "" || relativePath.startsWith("..") || (0, import_node_path4.isAbsolute)(relativePath)) return void 0;
  return relativePath.split(import_node_path4.sep).join("/");
}

// src/cli/loopGuardFlags.ts
function loopGuardFlags(values) {
  const flags = {};
  const budget = readDailyBudget(values["max-dispatches-per-day"]);
  if (budget !== void 0) flags.maxDispatchesPerDay = budget;
  const breaker = values["pause-after-failures"];
  if (breaker !== void 0) {
    if (!/^\d+$/.test(breaker.trim()) || Number(breaker) < 1) throw new UsageError(`--pause-after-failures must be a whole number of at least 1, not "${breaker}"`);
    flags.pauseAfterFailures = Number(breaker);
  }
  return flags;
}

// src/core/failureBreaker.ts
function failureBreaker(streak, id, result, runUrl, limit, now) {
  if (result === "success") return { failures: { ids: [] } };
  if (result === "cancelled") return { failures: streak };
  const ids = [...streak.ids, id];
  if (ids.length < limit) return { failures: { ids, lastRun: runUrl } };
  return {
    failures: { ids: [] },
    pause: { reason: `${ids.length} failed attempts in a row: ${ids.join(", ")}; last: ${runUrl}`, since: now, by: "the failure breaker (pause-after-failures)" }
  };
}

// src/run/runLoopGuards.ts
function runLoopGuards(path, options) {
  const now = options.now ?? (() => (/* @__PURE__ */ new Date()).toISOString());
  const where = { ...options.tag === void 0 ? {} : { tag: options.tag }, shown: options.shown };
  const effects = {
    gate: (plan, result) => applyLoopGates(plan, result, options.maxDispatchesPerDay, now())
  };
  if (options.maxDispatchesPerDay !== void 0) {
    effects.started = async (id) => {
      await updateLoopRecord(path, (plan) => ({ ...rawLoopRecord(plan), dispatches: recentDispatches(readLoopRecord(plan).dispatches, [{ id, at: now() }], now()) }), where);
    };
  }
  const limit = options.pauseAfterFailures;
  if (limit !== void 0) {
    effects.ended = async (id, status, exit) => {
      if (exit.stopped) return;
      let tripped;
      await updateLoopRecord(path, (plan) => {
        const current = readLoopRecord(plan);
        const step = failureBreaker(current.failures, id, status === "done" ? "success" : "failure", `${options.logOf?.(id) ?? `task ${id}`} (${describe(exit)})`, limit, now());
        const next = { ...rawLoopRecord(plan) };
        if (step.failures.ids.length > 0) next.failures = step.failures;
        else delete next.failures;
        if (step.pause && !current.paused) {
          next.paused = step.pause;
          tripped = step.pause;
        }
        if (JSON.stringify(next) === JSON.stringify(rawLoopRecord(plan))) return void 0;
        return Object.keys(next).length === 0 ? null : next;
      }, where);
      if (tripped) options.onPause?.(tripped);
    };
  }
  return effects;
}
function describe(exit) {
  return exit.timedOut ? "timed out" : exit.signal ? `killed by ${exit.signal}` : exit.error ? "could not start" : `exit code ${exit.code}`;
}

// src/cli/commands/runCommand.ts
var OPTIONS = {
  ...PLAN_OPTIONS,
  agent: { type: "string" },
  timeout: { type: "string" },
  "max-attempts": { type: "string" },
  "restart-in-progress": { type: "boolean" },
  logs: { type: "string" },
  base: { type: "string" },
  verify: { type: "string" },
  "allow-empty": { type: "boolean" },
  isolation: { type: "string" },
  "pause-after-failures": { type: "string" }
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
  const isolationFlag = values.isolation ?? "worktree";
  if (isolationFlag !== "worktree" && isolationFlag !== "none") throw new UsageError(`--isolation must be worktree or none, not "${isolationFlag}"`);
  if (values.verify !== void 0 && values.verify.trim() === "") throw new UsageError(`--verify "COMMAND" needs a command: the check to run on each task's work, e.g. --verify "npm test"`);
  const { plan: first, file, path } = loadForCommand(positionals[0], values.tag, io);
  const isolation = await prepareIsolation(io.cwd, path, { isolation: isolationFlag, ...values.base === void 0 ? {} : { base: values.base } }).catch((error) => {
    throw error instanceof IsolationSetupError ? new UsageError(error.message) : error;
  });
  const outcomes = /* @__PURE__ */ new Map();
  const tag = values.tag ?? first.tag;
  const logs = (0, import_node_path5.join)(io.cwd, values.logs ?? ".waves/logs");
  const prompts = (0, import_node_path5.join)((0, import_node_path5.dirname)(logs), "prompts");
  (0, import_node_fs3.mkdirSync)(logs, { recursive: true });
  (0, import_node_fs3.mkdirSync)(prompts, { recursive: true });
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
  say(isolation.note);
  const startTask = createTaskStarter(isolation, { allowEmpty: Boolean(values["allow-empty"]), say, ...values.verify === void 0 ? {} : { verify: values.verify } });
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
      if (event.status === "done") say(`\u2714 ${event.id} done in ${formatDuration(event.exit.durationMs)}${event.exit.verify === "passed" ? ", verified" : ""}${event.exit.landed ? `, landed ${event.exit.landed.commit.slice(0, 10)} on ${event.exit.landed.base}` : ""}`);
      else if (event.exit.stopped) say(`\u25A0 ${event.id} stopped, back to pending`);
      else {
        entry.reason = describeExit(event.exit);
        if (event.status === "blocked") view.failed++;
        say(`\u2716 ${event.id} failed (${entry.reason}, attempt ${event.attempt} of ${maxAttempts}): ${event.status === "blocked" ? "blocked" : "back to pending"}; log ${(0, import_node_path5.relative)(io.cwd, (0, import_node_path5.join)(logs, `${event.id}.log`))}`);
      }
      view.recent.push(entry);
      outcomes.set(event.id, event.exit);
    }
  };
  const guards = runLoopGuards(path, {
    ...loopGuardFlags(values),
    ...tag === void 0 ? {} : { tag },
    shown: file,
    logOf: (id) => (0, import_node_path5.relative)(io.cwd, (0, import_node_path5.join)(logs, `${id}.log`)),
    onPause: (pause) => say(`\u23F8 paused by the failure breaker: ${pause.reason}. Running agents finish; nothing new starts until "waves resume ${file}".`)
  });
  const run = runPlan(options, {
    ...guards,
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
      const promptFile = (0, import_node_path5.join)(prompts, `${task.id}.md`);
      (0, import_node_fs3.writeFileSync)(promptFile, renderPrompt(task, first));
      const logFile = (0, import_node_path5.join)(logs, `${task.id}.log`);
      (0, import_node_fs3.writeFileSync)(logFile, `--- waves run: task ${task.id}, attempt ${attempt}, ${(/* @__PURE__ */ new Date()).toISOString()}
`, { flag: "a" });
      return startTask(task, {
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
    io.stdout(renderLandingSummary(outcomes, isolation.mode === "worktree" ? isolation.base : void 0));
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
  const paused = summary.result.paused;
  if (paused) lines.push(`Paused${paused.reason ? `: ${paused.reason}` : ""}. Nothing new was started; "waves resume ${file}" lets the next run carry on.`);
  if (summary.interrupted) lines.push("Interrupted: the tasks that were running are pending again; run the same command to carry on.");
  else if (summary.allDone) lines.push("All done.");
  for (const failure of summary.failed) lines.push(`Failed: ${failure.id} (${failure.reason}); log ${(0, import_node_path5.relative)(cwd, (0, import_node_path5.join)(logs, `${failure.id}.log`))}`);
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
  require_node_child_process,
  runCommand
};
