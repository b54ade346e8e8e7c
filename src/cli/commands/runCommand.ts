import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { GatedPlanResult } from '../../core/gateDispatch.js';
import type { Task } from '../../core/model.js';
import { parseEstimate } from '../../core/parseEstimate.js';
import { formatDuration } from '../../render/formatDuration.js';
import { renderPrompt } from '../../render/renderPrompt.js';
import { renderRunProgress, type RunView } from '../../render/renderRunProgress.js';
import { loadPlan } from '../../sources/loadPlan.js';
import { runPlan, describeExit, type RunEvent, type RunSummary } from '../../run/runPlan.js';
import { renderLandingSummary } from '../../render/renderLandingSummary.js';
import { createTaskStarter } from '../../run/createTaskStarter.js';
import { IsolationSetupError, prepareIsolation } from '../../run/prepareIsolation.js';
import type { AgentExit } from '../../run/startAgent.js';
import { setTaskStatus } from '../../write/setTaskStatus.js';
import { formatProblem } from '../formatProblem.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import { loadForCommand } from '../loadForCommand.js';
import { loopGuardFlags } from '../loopGuardFlags.js';
import { runLoopGuards } from '../../run/runLoopGuards.js';
import { PLAN_OPTIONS, parseCommandLine, readGranularity, readMaxParallel, readPools } from '../parseOptions.js';

const OPTIONS = {
  ...PLAN_OPTIONS,
  agent: { type: 'string' },
  timeout: { type: 'string' },
  'max-attempts': { type: 'string' },
  'restart-in-progress': { type: 'boolean' },
  logs: { type: 'string' },
  base: { type: 'string' },
  verify: { type: 'string' },
  'allow-empty': { type: 'boolean' },
  isolation: { type: 'string' },
  'pause-after-failures': { type: 'string' },
} as const;

/** Exit code after Ctrl-C, as shells report a SIGINT. */
const EXIT_INTERRUPTED = 130;

/**
 * `waves run [FILE] --agent "CMD" [--max-parallel N] [--pool C=N] [--timeout 30m] [--max-attempts 2]
 * [--verify "CMD"] [--base BRANCH] [--allow-empty] [--isolation worktree|none]`: runs the plan on this
 * machine, one agent process per task, as a ready queue; in a git repository each task works in its
 * own worktree and lands on the base branch, verified, before its dependents start.
 */
export async function runCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandLine(args, OPTIONS);
  const command = values.agent;
  if (command === undefined || command.trim() === '') throw new UsageError('--agent "COMMAND" is required: the command to start for each task (it gets WAVES_TASK_ID, WAVES_PROMPT_FILE, ... in its environment)');
  const maxAttempts = readWholeNumber('--max-attempts', values['max-attempts'] ?? '2');
  const timeoutHours = values.timeout === undefined ? undefined : parseEstimate(values.timeout);
  if (values.timeout !== undefined && (timeoutHours === undefined || timeoutHours <= 0)) throw new UsageError(`--timeout must be a duration like 90s, 30m or 2h, not "${values.timeout}"`);
  const options = {
    maxParallel: readMaxParallel(values['max-parallel']),
    pools: readPools(values.pool),
    granularity: readGranularity(values.granularity),
    maxAttempts,
    restartInProgress: Boolean(values['restart-in-progress']),
  };
  const isolationFlag = values.isolation ?? 'worktree';
  if (isolationFlag !== 'worktree' && isolationFlag !== 'none') throw new UsageError(`--isolation must be worktree or none, not "${isolationFlag}"`);
  if (values.verify !== undefined && values.verify.trim() === '') throw new UsageError('--verify "COMMAND" needs a command: the check to run on each task\'s work, e.g. --verify "npm test"');
  const { plan: first, file, path } = loadForCommand(positionals[0], values.tag, io);
  const isolation = await prepareIsolation(io.cwd, path, { isolation: isolationFlag, ...(values.base === undefined ? {} : { base: values.base }) }).catch((error: unknown) => {
    throw error instanceof IsolationSetupError ? new UsageError(error.message) : error;
  });
  const outcomes = new Map<string, AgentExit>();
  const tag = values.tag ?? first.tag;
  const logs = join(io.cwd, values.logs ?? '.waves/logs');
  const prompts = join(dirname(logs), 'prompts');
  mkdirSync(logs, { recursive: true });
  mkdirSync(prompts, { recursive: true });

  const live = io.isTTY && io.env.CI === undefined;
  const color = io.isTTY && io.env.NO_COLOR === undefined;
  const view: RunView = { total: 0, done: 0, failed: 0, running: [], recent: [], next: [] };
  const startedAt = new Map<string, number>();
  let drawnLines = 0;
  const draw = () => {
    if (!live) return;
    view.running = view.running.map((task) => ({ ...task, elapsedMs: Date.now() - (startedAt.get(task.id) ?? Date.now()) }));
    const block = renderRunProgress(view, { color, width: io.columns ?? 100 });
    io.stdout(`${drawnLines > 0 ? `\u001b[${drawnLines}F\u001b[0J` : ''}${block}`);
    drawnLines = block.split('\n').length - 1;
  };
  const say = (line: string) => {
    if (live) {
      io.stdout(`${drawnLines > 0 ? `\u001b[${drawnLines}F\u001b[0J` : ''}${line}\n`);
      drawnLines = 0;
      draw();
    } else io.stdout(`${line}\n`);
  };
  say(isolation.note);
  const startTask = createTaskStarter(isolation, { allowEmpty: Boolean(values['allow-empty']), say, ...(values.verify === undefined ? {} : { verify: values.verify }) });

  const report = (event: RunEvent) => {
    if (event.type === 'planned') {
      const { counts } = event.result;
      view.total = counts.total;
      view.done = counts.done + counts.cancelled;
      view.next = event.result.waves[0]?.filter((id) => !view.running.some((task) => task.id === id) && !event.result.dispatch.includes(id)) ?? [];
      draw();
    } else if (event.type === 'started') {
      startedAt.set(event.id, event.at);
      view.running.push({ id: event.id, title: event.title, elapsedMs: 0, attempt: event.attempt });
      say(`▶ ${event.id} ${event.title}${event.attempt > 1 ? ` (attempt ${event.attempt} of ${maxAttempts})` : ''}`);
    } else {
      view.running = view.running.filter((task) => task.id !== event.id);
      const entry: RunView['recent'][number] = { id: event.id, title: event.title, status: event.status, durationMs: event.exit.durationMs };
      if (event.status === 'done') say(`✔ ${event.id} done in ${formatDuration(event.exit.durationMs)}${event.exit.verify === 'passed' ? ', verified' : ''}${event.exit.landed ? `, landed ${event.exit.landed.commit.slice(0, 10)} on ${event.exit.landed.base}` : ''}`);
      else if (event.exit.stopped) say(`■ ${event.id} stopped, back to pending`);
      else {
        entry.reason = describeExit(event.exit);
        if (event.status === 'blocked') view.failed++;
        say(`✖ ${event.id} failed (${entry.reason}, attempt ${event.attempt} of ${maxAttempts}): ${event.status === 'blocked' ? 'blocked' : 'back to pending'}; log ${relative(io.cwd, join(logs, `${event.id}.log`))}`);
      }
      view.recent.push(entry);
      outcomes.set(event.id, event.exit);
    }
  };

  const guards = runLoopGuards(path, {
    ...loopGuardFlags(values),
    ...(tag === undefined ? {} : { tag }),
    shown: file,
    logOf: (id) => relative(io.cwd, join(logs, `${id}.log`)),
    onPause: (pause) => say(`⏸ paused by the failure breaker: ${pause.reason}. Running agents finish; nothing new starts until "waves resume ${file}".`),
  });
  const run = runPlan(options, {
    ...guards,
    load: () => {
      const loaded = loadPlan(path, tag === undefined ? {} : { tag });
      const errors = loaded.problems.filter((problem) => problem.severity === 'error');
      if (!loaded.plan || errors.length > 0) throw new Error(`${file} changed during the run and no longer loads:\n${errors.map((problem) => formatProblem({ ...problem, file })).join('\n')}`);
      return { ...loaded.plan, file };
    },
    setStatus: async (id, status) => {
      await setTaskStatus(path, id, status, tag === undefined ? {} : { tag });
    },
    launch: (task: Task, attempt: number) => {
      const promptFile = join(prompts, `${task.id}.md`);
      writeFileSync(promptFile, renderPrompt(task, first));
      const logFile = join(logs, `${task.id}.log`);
      writeFileSync(logFile, `--- waves run: task ${task.id}, attempt ${attempt}, ${new Date().toISOString()}\n`, { flag: 'a' });
      return startTask(task, {
        command,
        cwd: io.cwd,
        logFile,
        ...(timeoutHours === undefined ? {} : { timeoutMs: timeoutHours * 3_600_000 }),
        env: {
          ...io.env,
          WAVES_TASK_ID: task.id,
          WAVES_TASK_TITLE: task.title,
          WAVES_AGENT: task.agent ?? '',
          WAVES_PRIORITY: task.priority,
          WAVES_PROMPT_FILE: promptFile,
          WAVES_ATTEMPT: String(attempt),
          WAVES_TASKS_FILE: path,
          WAVES_ESTIMATE_HOURS: task.estimateHours === undefined ? '' : String(task.estimateHours),
        },
      });
    },
    report,
  });

  const ticker = live ? setInterval(draw, 500) : undefined;
  let interrupts = 0;
  const stopListening = io.onInterrupt?.(() => {
    interrupts++;
    if (interrupts === 1) {
      say('Stopping: ending the agents and returning their tasks to pending (Ctrl-C again to quit at once)…');
      void run.interrupt();
    } else process.exit(EXIT_INTERRUPTED);
  });
  try {
    const summary = await run.finished;
    if (ticker) clearInterval(ticker);
    draw();
    io.stdout(describeSummary(summary, file, logs, io.cwd));
    io.stdout(renderLandingSummary(outcomes, isolation.mode === 'worktree' ? isolation.base : undefined));
    if (summary.interrupted) return EXIT_INTERRUPTED;
    return summary.allDone ? EXIT.ok : EXIT.problems;
  } finally {
    if (ticker) clearInterval(ticker);
    stopListening?.();
  }
}

function describeSummary(summary: RunSummary, file: string, logs: string, cwd: string): string {
  const { counts } = summary.result;
  const lines = ['', `${file}: ${counts.done} of ${counts.total} done, ${summary.done.length} finished in this run.`];
  const paused = (summary.result as GatedPlanResult).paused;
  if (paused) lines.push(`Paused${paused.reason ? `: ${paused.reason}` : ''}. Nothing new was started; "waves resume ${file}" lets the next run carry on.`);
  if (summary.interrupted) lines.push('Interrupted: the tasks that were running are pending again; run the same command to carry on.');
  else if (summary.allDone) lines.push('All done.');
  for (const failure of summary.failed) lines.push(`Failed: ${failure.id} (${failure.reason}); log ${relative(cwd, join(logs, `${failure.id}.log`))}`);
  if (summary.stalled.length > 0) lines.push(`Held back by failed or blocked tasks: ${summary.stalled.join(', ')}`);
  if (summary.foreignInProgress.length > 0) lines.push(`Still in progress, not started by this run: ${summary.foreignInProgress.join(', ')} (add --restart-in-progress to run them here)`);
  if (!summary.allDone && !summary.interrupted) {
    const explained = new Set([...summary.failed.map((failure) => failure.id), ...summary.stalled, ...summary.foreignInProgress]);
    const other = summary.result.units.filter((unit) => unit.status !== 'done' && unit.status !== 'cancelled' && !explained.has(unit.id));
    if (other.length > 0) lines.push(`Not run: ${other.map((unit) => `${unit.id} (${unit.status})`).join(', ')}; waves run starts only pending tasks.`);
  }
  return lines.join('\n') + '\n';
}

function readWholeNumber(flag: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${flag} must be a whole number of at least 1, not "${value}"`);
  return Number(value);
}
