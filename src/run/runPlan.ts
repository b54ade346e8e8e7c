import { indexTasks } from '../core/indexTasks.js';
import type { Granularity } from '../core/buildUnitGraph.js';
import type { Plan, Task, TaskStatus } from '../core/model.js';
import { planWaves, type PlanResult } from '../core/planWaves.js';
import type { AgentExit, AgentHandle } from './startAgent.js';

/** How to run. */
export interface RunOptions {
  maxParallel: number;
  pools: Record<string, number>;
  granularity: Granularity;
  /** Tries per task in this run before it is marked blocked. */
  maxAttempts: number;
  /** Start agents for tasks already marked in progress (after a crash), instead of waiting for them. */
  restartInProgress: boolean;
}

/** The effects a run needs, injected so the loop is tested with real processes and a real file. */
export interface RunEffects {
  /** Reads and validates the tasks file afresh (others may have changed it). */
  load(): Plan;
  /** Writes one status, atomically and under the file lock. */
  setStatus(id: string, status: TaskStatus): Promise<void>;
  /** Starts the agent for a task. */
  launch(task: Task, attempt: number): AgentHandle;
  /** Told about everything that happens, for the display. */
  report(event: RunEvent): void;
  /** The loop's gates on a fresh plan (pause, daily budget; see runLoopGuards), when the run has any. */
  gate?(plan: Plan, result: PlanResult): PlanResult;
  /** Awaited after an agent starts, and after a finished task's status is written (the budget and the failure breaker record these). */
  started?(id: string): Promise<void>;
  ended?(id: string, status: TaskStatus, exit: AgentExit): Promise<void>;
}

/** Something that happened during a run. */
export type RunEvent =
  | { type: 'planned'; plan: Plan; result: PlanResult }
  | { type: 'started'; id: string; title: string; attempt: number; at: number }
  | { type: 'finished'; id: string; title: string; attempt: number; exit: AgentExit; status: TaskStatus };

/** How a run ended. */
export interface RunSummary {
  allDone: boolean;
  interrupted: boolean;
  done: string[];
  /** Tasks that failed for good (now blocked), with why. */
  failed: { id: string; reason: string }[];
  /** Pending work held behind failed or blocked tasks. */
  stalled: string[];
  /** In progress, but not started by this run (and not restarted). */
  foreignInProgress: string[];
  result: PlanResult;
}

/** A run in progress: `finished` resolves when nothing is left to start; `interrupt` stops it early. */
export interface RunHandle {
  finished: Promise<RunSummary>;
  /** Stops every agent this run started and returns their tasks to pending. */
  interrupt(): Promise<void>;
}

/**
 * Runs the plan as a ready queue: every task starts as soon as its own dependencies are done
 * and a slot is free. Statuses go to the file as it goes; a failure uses an attempt, and the
 * last one marks the task blocked, which holds back only its descendants.
 */
export function runPlan(options: RunOptions, effects: RunEffects): RunHandle {
  const running = new Map<string, { handle: AgentHandle; attempt: number; title: string }>();
  const attempts = new Map<string, number>();
  const done: string[] = [];
  const failed: { id: string; reason: string }[] = [];
  let interrupted = false;
  let firstTick = true;
  let queue: Promise<unknown> = Promise.resolve();
  let resolveFinished!: (summary: RunSummary) => void;
  let rejectFinished!: (error: unknown) => void;
  const finished = new Promise<RunSummary>((resolve, reject) => ((resolveFinished = resolve), (rejectFinished = reject)));

  /** Every read-plan-write step runs one at a time, so two completions never plan over each other. */
  const serially = (step: () => Promise<void>) => {
    queue = queue.then(step).catch((error: unknown) => {
      interrupted = true;
      for (const { handle } of running.values()) void handle.stop();
      rejectFinished(error);
    });
    return queue;
  };

  const tick = async (): Promise<void> => {
    const plan = effects.load();
    const planned = planWaves(plan, { maxParallel: options.maxParallel, pools: options.pools, granularity: options.granularity });
    const result = effects.gate ? effects.gate(plan, planned) : planned;
    effects.report({ type: 'planned', plan, result });
    const tasks = indexTasks(plan.tasks).byId;
    const starting = interrupted ? [] : [...result.dispatch];
    if (firstTick && options.restartInProgress && !interrupted) starting.unshift(...result.inProgress.filter((id) => !running.has(id)));
    firstTick = false;
    for (const id of starting) {
      const task = tasks.get(id);
      if (!task || running.has(id)) continue;
      if (task.status !== 'in-progress') await effects.setStatus(id, 'in-progress');
      await markParent(task, tasks, 'in-progress');
      const attempt = (attempts.get(id) ?? 0) + 1;
      attempts.set(id, attempt);
      const handle = effects.launch(task, attempt);
      running.set(id, { handle, attempt, title: task.title });
      effects.report({ type: 'started', id, title: task.title, attempt, at: Date.now() });
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
        result,
      });
    }
  };

  const finish = async (id: string, exit: AgentExit): Promise<void> => {
    const entry = running.get(id);
    running.delete(id);
    if (!entry) return;
    let status: TaskStatus;
    if (exit.stopped) status = 'pending';
    else if (exit.code === 0 && !exit.timedOut && exit.failure === undefined) status = 'done';
    else status = entry.attempt >= options.maxAttempts ? 'blocked' : 'pending';
    await effects.setStatus(id, status);
    await effects.ended?.(id, status, exit);
    if (status === 'done') {
      done.push(id);
      const plan = effects.load();
      const tasks = indexTasks(plan.tasks).byId;
      const task = tasks.get(id);
      if (task) await markParent(task, tasks, 'done');
    }
    if (status === 'blocked') failed.push({ id, reason: describeExit(exit) });
    effects.report({ type: 'finished', id, title: entry.title, attempt: entry.attempt, exit, status });
    await tick();
  };

  /** Subtask units: the parent shows in progress while any runs, and is done when all its subtasks are. */
  const markParent = async (task: Task, tasks: Map<string, Task>, status: 'in-progress' | 'done') => {
    if (task.parentId === undefined) return;
    const parent = tasks.get(task.parentId);
    if (!parent) return;
    if (status === 'in-progress' && parent.status === 'pending') await effects.setStatus(parent.id, 'in-progress');
    if (status === 'done' && parent.status !== 'done' && parent.subtasks.every((subtask) => subtask.status === 'done' || subtask.status === 'cancelled')) await effects.setStatus(parent.id, 'done');
  };

  void serially(tick);

  return {
    finished,
    async interrupt() {
      if (interrupted) return;
      interrupted = true;
      await Promise.all([...running.values()].map(({ handle }) => handle.stop()));
      await queue;
    },
  };
}

/** Why an agent failed, in a few words. */
export function describeExit(exit: AgentExit): string {
  if (exit.failure !== undefined) return exit.failure;
  if (exit.error) return `could not start: ${exit.error}`;
  if (exit.timedOut) return `timed out after ${Math.round(exit.durationMs / 1000)}s`;
  if (exit.signal) return `killed by ${exit.signal}`;
  return `exit code ${exit.code}`;
}
