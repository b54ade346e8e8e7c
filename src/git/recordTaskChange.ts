import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { runGit } from './runGit.js';

/** Where a task's work is, and what to call the commits the runner writes for it. */
export interface RecordTaskChangeOptions {
  worktree: string;
  /** The commit the task's worktree was cut from. */
  startCommit: string;
  taskId: string;
  /** One line, already made printable: the subject of the leftovers commit. */
  subject: string;
  /** The tasks file, relative to the repository root, when it lies inside it: the runner owns it, edits to it are dropped. */
  tasksFile?: string;
}

/** What the task changed: its commits since the start (oldest first) and whether they change anything at all. */
export interface TaskChange {
  commits: string[];
  empty: boolean;
  /** The agent's edits to the tasks file were dropped. */
  droppedTasksFile: boolean;
  /** Uncommitted work was committed for the agent. */
  committedLeftovers: boolean;
}

/** The trailer every commit of a task carries, so a conflict can name the task that made a line. */
export const TASK_TRAILER = 'Waves-Task';

/**
 * Turns what the agent left in its worktree into commits on its branch: undoes its edits to the
 * tasks file, commits anything uncommitted (task id and title in the message, a `Waves-Task: <id>`
 * trailer), and adds that trailer to the agent's own commits that lack it. Hooks stay off.
 */
export async function recordTaskChange(options: RecordTaskChangeOptions, env: NodeJS.ProcessEnv): Promise<TaskChange> {
  const { worktree, startCommit, taskId, tasksFile } = options;
  const git = (args: string[], extra: NodeJS.ProcessEnv = {}) => runGit(['-c', 'core.hooksPath=/dev/null', '-c', 'commit.gpgsign=false', ...args], worktree, { ...env, ...extra });
  let droppedTasksFile = false;
  if (tasksFile !== undefined) {
    const changed = (await git(['status', '--porcelain', '--', tasksFile])).stdout.trim() !== '' || (await git(['diff', '--quiet', startCommit, 'HEAD', '--', tasksFile]).then(() => false, () => true));
    if (changed) {
      droppedTasksFile = true;
      const existed = await git(['cat-file', '-e', `${startCommit}:${tasksFile}`]).then(() => true, () => false);
      if (existed) await git(['--literal-pathspecs', 'checkout', startCommit, '--', tasksFile]);
      else {
        await git(['--literal-pathspecs', 'rm', '-r', '--cached', '--quiet', '--ignore-unmatch', '--', tasksFile]);
        await rm(join(worktree, tasksFile), { recursive: true, force: true });
      }
    }
  }
  await git(['add', '--all']);
  const committedLeftovers = await git(['diff', '--cached', '--quiet']).then(() => false, () => true);
  if (committedLeftovers) {
    const message = `${options.subject}\n\nWhat the agent of task ${taskId} left uncommitted, committed by waves run.\n\n${TASK_TRAILER}: ${taskId}`;
    await git(['commit', '--quiet', '--no-verify', `--message=${message}`]);
  }
  const lacking = await commitsWithoutTrailer(worktree, startCommit, taskId, env);
  if (lacking > 0) {
    // The id travels in the environment; the shell line is constant.
    const exec = `git commit --amend --no-edit --no-verify --quiet --trailer "${TASK_TRAILER}: $WAVES_TRAILER_TASK_ID"`;
    await git(['rebase', '--quiet', '--exec', exec, startCommit], { WAVES_TRAILER_TASK_ID: taskId }).catch(async (error: unknown) => {
      await git(['rebase', '--abort']).catch(() => undefined);
      throw error;
    });
  }
  const commits = (await git(['rev-list', '--reverse', `${startCommit}..HEAD`])).stdout.split('\n').filter(Boolean);
  const empty = await git(['diff', '--quiet', startCommit, 'HEAD']).then(() => true, () => false);
  return { commits, empty, droppedTasksFile, committedLeftovers };
}

/** How many commits since `startCommit` lack this task's trailer. */
async function commitsWithoutTrailer(worktree: string, startCommit: string, taskId: string, env: NodeJS.ProcessEnv): Promise<number> {
  const log = (await runGit(['log', '--format=%x01%(trailers:key=' + TASK_TRAILER + ',valueonly,separator=%x02)', `${startCommit}..HEAD`], worktree, env)).stdout;
  return log.split('\x01').slice(1).filter((entry) => !entry.trim().split('\x02').includes(taskId)).length;
}
