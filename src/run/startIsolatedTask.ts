import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createTaskWorktree } from '../git/createTaskWorktree.js';
import { fastForwardBase } from '../git/fastForwardBase.js';
import { lastChangedBy } from '../git/lastChangedBy.js';
import { readBranchTip } from '../git/readBranchTip.js';
import { rebaseOntoBase } from '../git/rebaseOntoBase.js';
import { recordTaskChange, TASK_TRAILER } from '../git/recordTaskChange.js';
import { removeTaskWorktree } from '../git/removeTaskWorktree.js';
import { runGit } from '../git/runGit.js';
import type { IsolationStepView } from '../render/describeIsolationStep.js';
import { toSingleLine } from '../render/toSingleLine.js';
import { runVerify } from './runVerify.js';
import type { SerialQueue } from './serialQueue.js';
import { startAgent, type AgentExit, type AgentHandle, type AgentSpec } from './startAgent.js';
import { taskBranchName } from './taskBranchName.js';

/** How tasks are isolated and integrated in this run. */
export interface IsolationSettings {
  /** The user's repository (any of its worktrees): where worktrees are added and the base branch moves. */
  repository: string;
  /** Where task worktrees go: outside the user's checkout. */
  worktreesDir: string;
  /** The branch tasks start from and land on. */
  base: string;
  /** For git commands (see gitEnv). */
  gitEnv: NodeJS.ProcessEnv;
  /** `--verify CMD`, run in the worktree before the work lands. */
  verify?: string;
  verifyTimeoutMs?: number;
  /** A task that changes nothing counts as done instead of failing. */
  allowEmpty: boolean;
  /** The tasks file relative to the repository root, when inside it. */
  tasksFile?: string;
  /** Where in the repository the run was started ('' at the top): agents and verify start at the same place in their worktree. */
  subdirectory: string;
  /** The merge queue: one integration at a time. */
  queue: SerialQueue;
  /** Optimistic verify rounds (the base may move meanwhile) before the task verifies while holding the queue. */
  maxRounds: number;
  /** How often to look again while the user's own file is in the way of an integration. */
  holdPollMs: number;
  /** Told what happens to a task between its agent's exit and the end of its attempt. */
  report(id: string, step: IsolationStep): void;
}

/** One step of an isolated task, for the live display. */
export type IsolationStep = IsolationStepView;

type Outcome = { type: 'landed'; commit: string; commits: number } | { type: 'failed'; reason: string } | { type: 'stopped' } | { type: 'moved' } | { type: 'held'; files: string[]; untracked: boolean; checkout?: string };

/**
 * Runs one attempt of a task in its own worktree, on branch `waves/<id>` cut from the base
 * branch as it is now, then lands it: commits what the agent left (see recordTaskChange), fails
 * an attempt that changed nothing, rebases onto the moved base, verifies, and fast-forwards the
 * base through the merge queue. What lands has passed verify on exactly that tree. The handle's
 * `exited` resolves when the attempt is over, landed or not; `stop` ends the agent or the verify,
 * but lets an integration that has begun finish, so nothing is half-integrated.
 */
export function startIsolatedTask(settings: IsolationSettings, id: string, title: string, spec: AgentSpec): AgentHandle {
  const { repository, base, gitEnv: env } = settings;
  const branch = taskBranchName(id);
  const path = join(settings.worktreesDir, branch.slice('waves/'.length));
  const started = Date.now();
  let current: AgentHandle | undefined;
  let stopping = false;
  const exitWith = (extra: Partial<AgentExit>): AgentExit => ({ code: 0, signal: null, timedOut: false, stopped: false, durationMs: Date.now() - started, ...extra });

  const attempt = async (): Promise<AgentExit> => {
    const startCommit = await readBranchTip(repository, base, env);
    if (startCommit === undefined) return exitWith({ failure: `the base branch ${base} is gone` });
    // A run killed between landing a task and recording it done leaves the branch behind, on the base:
    // its work is there already, so running the agent again would land it twice.
    const previous = await readBranchTip(repository, branch, env);
    if (previous !== undefined && (await landedEarlier(repository, previous, startCommit, id, env))) {
      settings.report(id, { type: 'landed-earlier', commit: previous });
      await removeTaskWorktree(repository, path, branch, env);
      return exitWith({ landed: { commit: previous, commits: 0, base } });
    }
    await createTaskWorktree(repository, path, branch, startCommit, env);
    // The directory the run started in may hold nothing committed yet.
    await mkdir(join(path, settings.subdirectory), { recursive: true });
    settings.report(id, { type: 'worktree', path, baseCommit: startCommit });
    if (stopping) return exitWith({ stopped: true, code: null, worktree: path });
    current = startAgent({ ...spec, cwd: join(path, settings.subdirectory), env: { ...spec.env, WAVES_WORKTREE: path, WAVES_BASE: base, WAVES_BASE_SHA: startCommit } });
    const agent = await current.exited;
    if (agent.stopped || agent.code !== 0 || agent.timedOut || agent.error !== undefined) return { ...agent, worktree: path };
    const change = await recordTaskChange({ worktree: path, startCommit, taskId: id, subject: toSingleLine(`Task ${id}: ${title}`, 120), ...(settings.tasksFile === undefined ? {} : { tasksFile: settings.tasksFile }) }, env);
    if (change.empty) {
      if (!settings.allowEmpty) return { ...agent, failure: change.droppedTasksFile ? 'made no change (only to the tasks file, which the runner owns)' : 'made no change', worktree: path };
      await removeTaskWorktree(repository, path, branch, env);
      return agent;
    }
    let verified: 'passed' | 'failed' | undefined;
    const tryLand = async (round: number, holdingQueue: boolean): Promise<Outcome> => {
      const tip = await readBranchTip(repository, base, env);
      if (tip === undefined) return { type: 'failed', reason: `the base branch ${base} is gone` };
      let head = (await runGit(['rev-parse', 'HEAD'], path, env)).stdout.trim();
      const onTip = await runGit(['merge-base', '--is-ancestor', tip, head], path, env).then(() => true, () => false);
      if (!onTip) {
        const rebased = await rebaseOntoBase(path, tip, env);
        if (!rebased.ok) {
          const by = await lastChangedBy(repository, rebased.conflicts, startCommit, tip, env);
          const files = rebased.conflicts.map((file) => (by.has(file) ? `${file} (last changed by ${by.get(file)})` : file));
          return { type: 'failed', reason: `conflict rebasing onto ${base}: ${files.join(', ')}` };
        }
        head = rebased.head;
        settings.report(id, { type: 'rebased', onto: tip });
        if (head === tip) return settings.allowEmpty ? { type: 'landed', commit: tip, commits: 0 } : { type: 'failed', reason: `made no change that is not already on ${base}` };
      }
      if (settings.verify !== undefined) {
        if (stopping) return { type: 'stopped' };
        const run = await runVerify(settings.verify, join(path, settings.subdirectory), { ...spec.env, WAVES_WORKTREE: path, WAVES_BASE: base, WAVES_BASE_SHA: tip }, spec.logFile, `round ${round}`, settings.verifyTimeoutMs);
        current = run.handle;
        const result = await run.result;
        if (result.exit.stopped) return { type: 'stopped' };
        verified = result.ok ? 'passed' : 'failed';
        settings.report(id, { type: 'verify', ok: result.ok, tail: result.tail });
        if (!result.ok) return { type: 'failed', reason: `verify failed${result.exit.timedOut ? ' (timed out)' : ''}: ${toSingleLine(result.tail.at(-1) ?? `exit code ${result.exit.code}`, 200)}` };
      }
      const integrate = async (): Promise<Outcome> => {
        if (stopping) return { type: 'stopped' };
        const moved = await fastForwardBase(repository, base, tip, head, env);
        if (moved.ok) return { type: 'landed', commit: head, commits: Number((await runGit(['rev-list', '--count', `${tip}..${head}`], path, env)).stdout.trim()) };
        if (moved.reason === 'moved') return { type: 'moved' };
        return { type: 'held', files: moved.files, untracked: moved.untracked, ...(moved.checkout === undefined ? {} : { checkout: moved.checkout }) };
      };
      return holdingQueue ? integrate() : settings.queue.run(integrate);
    };

    let round = 0;
    let heldOn = '';
    for (;;) {
      if (stopping) return exitWith({ stopped: true, code: null, worktree: path });
      round++;
      // After a few rounds lost to a moving base, verify while holding the queue: it cannot move then.
      const outcome = round > settings.maxRounds ? await settings.queue.run(() => tryLand(round, true)) : await tryLand(round, false);
      const extra = verified === undefined ? {} : { verify: verified };
      if (outcome.type === 'landed') {
        settings.report(id, { type: 'integrated', commit: outcome.commit, commits: outcome.commits });
        await removeTaskWorktree(repository, path, branch, env);
        return { ...agent, ...extra, landed: { commit: outcome.commit, commits: outcome.commits, base } };
      }
      if (outcome.type === 'failed') return { ...agent, ...extra, failure: outcome.reason, worktree: path };
      if (outcome.type === 'stopped') return exitWith({ stopped: true, code: null, worktree: path, ...extra });
      if (outcome.type === 'moved') settings.report(id, { type: 'base-moved' });
      if (outcome.type === 'held') {
        // The user's file is in the way: say so once, look again now and then; this is no lost round.
        round--;
        const key = outcome.files.join('\n');
        if (key !== heldOn) settings.report(id, { type: 'held', files: outcome.files, untracked: outcome.untracked, ...(outcome.checkout === undefined ? {} : { checkout: outcome.checkout }) });
        heldOn = key;
        await sleep(settings.holdPollMs);
      }
    }
  };

  const exited = attempt().catch((error: unknown): AgentExit => exitWith({ failure: `waves run could not isolate or land it: ${toSingleLine(error instanceof Error ? error.message : String(error), 300)}`, worktree: path }));
  return {
    pid: undefined,
    exited,
    async stop() {
      stopping = true;
      await current?.stop();
      return exited;
    },
  };
}

/** Whether `commit` (a leftover task branch) is on the base and carries this task's trailer: its work landed. */
async function landedEarlier(repository: string, commit: string, baseTip: string, id: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  const onBase = await runGit(['merge-base', '--is-ancestor', commit, baseTip], repository, env).then(() => true, () => false);
  if (!onBase) return false;
  const trailers = (await runGit(['show', '--no-patch', `--format=%(trailers:key=${TASK_TRAILER},valueonly,separator=%x00)`, commit], repository, env)).stdout;
  return trailers.split('\0').map((value) => value.trim()).includes(id);
}
