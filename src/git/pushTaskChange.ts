import { setTimeout as sleep } from 'node:timers/promises';
import type { TaskChange } from '../delivery/taskChange.js';
import type { CleanRepository } from './cleanRepository.js';
import { fetchBranch } from './fetchBranch.js';
import { fullJitterDelay } from './fullJitterDelay.js';
import { GitError } from './runGit.js';

/** The change could not be delivered; `attempts` says how many rounds were tried. */
export class PushTaskChangeError extends Error {
  override name = 'PushTaskChangeError';
  constructor(
    message: string,
    readonly attempts: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** How the work fared on the fresh tip: merged (`unchanged` when the tip already held all of it), or in conflict in these files. */
export type WorkOutcome = { merged: true; unchanged: boolean } | { merged: false; conflicts: string[] };

/** What to deliver where, and how hard to try. */
export interface PushTaskChangeOptions {
  /** Our own repository (see createCleanRepository); the workspace is never involved. */
  repository: CleanRepository;
  /** The origin's URL. */
  url: string;
  branch: string;
  /** The work: files against its base commit (empty files = status only). */
  change: TaskChange;
  /** The tasks file, relative to the repository root; undefined when statuses live elsewhere (issues): the commit then carries the work only. */
  tasksFile: string | undefined;
  /** The new tasks-file text given its fresh text on the tip ('' without a tasks file) and how the work fared; undefined = nothing to write. */
  status: (text: string, outcome: WorkOutcome) => string | undefined;
  /** The commit message: ours (task ids, never task titles). */
  message: (outcome: WorkOutcome) => string;
  /** Fetch-merge-commit-push rounds before giving up; default 8. */
  maxAttempts?: number;
  /** Full-jitter backoff between rounds, in ms; default 200 (or the last round's length, if longer) doubling up to 5000. */
  backoffMs?: { base: number; max: number };
  /** Author and committer; default github-actions[bot]. */
  author?: { name: string; email: string };
}

/** What was pushed: the commit (undefined when nothing needed writing), the rounds, and how the work fared. */
export interface PushTaskChangeResult {
  commit?: string;
  attempts: number;
  outcome: WorkOutcome;
}

const GITHUB_ACTIONS_BOT = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };

/**
 * Delivers a task's work and its status in ONE commit on origin's `branch`: the work is made a
 * commit on its base, merged onto the fresh tip (`git merge-tree`, the rebase of one commit:
 * git's own three-way rules, no drivers, no work tree), the tasks file takes its new status, and
 * the commit is pushed without force. When another leg pushed first, starts over from the new tip
 * with jittered backoff, up to `maxAttempts` rounds. A conflict is not retried: the commit then
 * carries only the status (which `status` decides from the outcome), so the status is never done
 * without the work, nor the work there without the status.
 */
export async function pushTaskChange(options: PushTaskChangeOptions): Promise<PushTaskChangeResult> {
  const { repository, url, branch } = options;
  const maxAttempts = options.maxAttempts ?? 8;
  const backoff = options.backoffMs ?? { base: 200, max: 5000 };
  const author = options.author ?? GITHUB_ACTIONS_BOT;
  const env = { GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, GIT_COMMITTER_NAME: author.name, GIT_COMMITTER_EMAIL: author.email };
  await repository.git(['check-ref-format', `refs/heads/${branch}`]).catch((error: unknown) => {
    throw new PushTaskChangeError(`Invalid branch '${branch}'. Expected a branch name such as main.`, 0, { cause: error });
  });
  const tipRef = 'refs/waves/tip';
  await fetchBranch(repository, url, branch, tipRef);
  if ((await repository.git(['cat-file', '-e', `${options.change.base}^{commit}`], { okCodes: [0, 1, 128] })).code !== 0) {
    throw new PushTaskChangeError(`the base commit ${options.change.base} is not on ${branch} at origin (was the branch force-pushed?)`, 0);
  }
  const work = options.change.files.length === 0 ? undefined : await commitWork(repository, options.change, env);

  let lastError: GitError | undefined;
  let lastRound = 0;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    if (attempt > 1) await sleep(fullJitterDelay(attempt - 1, { base: Math.max(backoff.base, lastRound), max: backoff.max }));
    const started = performance.now();
    try {
      if (attempt > 1) await repository.git(['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', url, `+refs/heads/${branch}:${tipRef}`]);
      const tip = (await repository.git(['rev-parse', `${tipRef}^{commit}`])).stdout.toString().trim();
      if ((await repository.git(['merge-base', '--is-ancestor', options.change.base, tip], { okCodes: [0, 1] })).code !== 0) {
        throw new PushTaskChangeError(`the base commit ${options.change.base} is not an ancestor of ${branch} at origin (was the branch force-pushed?)`, attempt);
      }
      const { tree, outcome } = await mergeWork(repository, tip, work);
      let finalTree = tree;
      if (options.tasksFile === undefined) {
        options.status('', outcome);
        if (!outcome.merged || outcome.unchanged) return { attempts: attempt, outcome };
      } else {
        const text = (await repository.git(['cat-file', 'blob', `${tip}:${options.tasksFile}`]).catch((error: unknown) => {
          throw new PushTaskChangeError(`${options.tasksFile} is not on ${branch} at origin`, attempt, { cause: error });
        })).stdout.toString('utf8');
        const next = options.status(text, outcome);
        // Nothing to record (the task was already finished): the work is not pushed without its status either.
        if (next === undefined) return { attempts: attempt, outcome };
        finalTree = await replaceFile(repository, tree, options.tasksFile, next);
      }
      const commit = (await repository.git(['commit-tree', finalTree, '-p', tip], { input: options.message(outcome), env })).stdout.toString().trim();
      await repository.git(['push', '--quiet', '--no-verify', url, `${commit}:refs/heads/${branch}`]);
      return { commit, attempts: attempt, outcome };
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
      lastError = error;
      lastRound = performance.now() - started;
    }
  }
  throw new PushTaskChangeError(`could not push task work to ${branch} after ${maxAttempts} attempts; the last git error: ${lastError?.message}`, maxAttempts, { cause: lastError });
}

/** The work as a commit whose parent is its base: blobs written from memory, no filters, a private index. */
export async function commitWork(repository: CleanRepository, change: TaskChange, env: NodeJS.ProcessEnv): Promise<string> {
  const index = { GIT_INDEX_FILE: `${repository.dir}/work-index` };
  await repository.git(['read-tree', change.base], { env: index });
  const lines: string[] = [];
  for (const file of change.files) {
    if (file.kind === 'delete') {
      lines.push(`0 ${'0'.repeat(40)}\t${file.path}`);
      continue;
    }
    const oid = (await repository.git(['hash-object', '-w', '--no-filters', '--stdin'], { input: file.content })).stdout.toString().trim();
    lines.push(`${file.mode} ${oid}\t${file.path}`);
  }
  await repository.git(['update-index', '-z', '--index-info'], { input: lines.join('\0') + '\0', env: index });
  const tree = (await repository.git(['write-tree'], { env: index })).stdout.toString().trim();
  return (await repository.git(['commit-tree', tree, '-p', change.base], { input: 'task work', env })).stdout.toString().trim();
}

/** The tip with the work merged in (base = the work's parent, an ancestor of the tip), or the tip's tree and the conflicting files. */
export async function mergeWork(repository: CleanRepository, tip: string, work: string | undefined): Promise<{ tree: string; outcome: WorkOutcome }> {
  const tipTree = await treeOf(repository, tip);
  if (work === undefined) return { tree: tipTree, outcome: { merged: true, unchanged: true } };
  const { stdout, code } = await repository.git(['merge-tree', '--write-tree', '--name-only', '--no-messages', '-z', tip, work], { okCodes: [0, 1] });
  const [tree, ...conflicts] = stdout.toString('utf8').split('\0').filter(Boolean);
  if (code === 0) return { tree: tree as string, outcome: { merged: true, unchanged: tree === tipTree } };
  return { tree: tipTree, outcome: { merged: false, conflicts: [...new Set(conflicts)].sort() } };
}

async function treeOf(repository: CleanRepository, commit: string): Promise<string> {
  return (await repository.git(['rev-parse', `${commit}^{tree}`])).stdout.toString().trim();
}

async function replaceFile(repository: CleanRepository, tree: string, path: string, text: string): Promise<string> {
  const index = { GIT_INDEX_FILE: `${repository.dir}/status-index` };
  await repository.git(['read-tree', tree], { env: index });
  const oid = (await repository.git(['hash-object', '-w', '--no-filters', '--stdin'], { input: text })).stdout.toString().trim();
  const mode = (await repository.git(['ls-tree', tree, '--', path])).stdout.toString().split(' ')[0] || '100644';
  await repository.git(['update-index', '--add', '--cacheinfo', `${mode},${oid},${path}`], { env: index });
  return (await repository.git(['write-tree'], { env: index })).stdout.toString().trim();
}
