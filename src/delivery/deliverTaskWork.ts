import type { LegResult } from '../core/wavesRecord.js';
import { createCleanRepository, type CleanRepository, type OriginAccess } from '../git/cleanRepository.js';
import { createIgnoreChecker } from '../git/createIgnoreChecker.js';
import { fetchBranch } from '../git/fetchBranch.js';
import { findClaimCommit } from '../git/findClaimCommit.js';
import { listTree } from '../git/listTree.js';
import { pushTaskChange } from '../git/pushTaskChange.js';
import { pushWorkBranch } from '../git/pushWorkBranch.js';
import { readWorkspaceChange } from './readWorkspaceChange.js';
import { refusalReason, screenChange, type ChangeRules, type ScreenedPath, type TaskChange } from './taskChange.js';

/** How the leg is recorded: done with its delivered work, or a failed attempt with the reason. */
export type DeliveryVerdict = { result: 'success'; base: string; changedFiles: number; review?: ReviewRecord } | { result: Exclude<LegResult, 'success'>; reason?: string };

/** Pull-request delivery: what `onWorkPushed` returns about the pull request, recorded with the status. */
export interface ReviewRecord {
  number: number;
  url: string;
  head: string;
  nodeId: string;
  /** Set when the pull request was merged at once (merge: immediate): the merge commit. */
  mergeCommit?: string;
}

/** Where the work comes from: the workspace's files (single job) or a change packed by the agent's job (hand-off). */
export type WorkSource = { kind: 'workspace'; path: string } | { kind: 'packed'; change: TaskChange; refused: ScreenedPath[] };

/** What to deliver, where, and how a verdict becomes the tasks file's new text. */
export interface DeliverTaskWorkOptions {
  origin: OriginAccess;
  branch: string;
  /** The tasks file, relative to the repository root; undefined with the issues source (the commit carries the work only). */
  tasksFile: string | undefined;
  /** This run's id: without `base`, the base is this run's claim commit. */
  runId: string;
  /** How the agent's steps ended (`job.status`). */
  result: LegResult;
  /** The commit the leg started from (the prompt step's `base-sha`). */
  base?: string;
  source: WorkSource;
  rules: ChangeRules;
  /** Let a leg that changed nothing be done. */
  allowEmpty: boolean;
  dryRun: boolean;
  /** The tasks file's new text from its fresh text on the tip; undefined = nothing to write. */
  status: (text: string, verdict: DeliveryVerdict) => string | undefined;
  /** Our commit message for the verdict (ids, never titles). */
  message: (verdict: DeliveryVerdict) => string;
  /** Pull-request delivery: the branch the work goes to (the base branch then gets the status only). */
  workBranch?: string;
  /** Pull-request delivery: opens or updates the pull request for the pushed head. */
  onWorkPushed?: (head: string, tasksText: string) => Promise<ReviewRecord>;
}

/** What happened: the verdict recorded, the pushed commit, the files dropped from the change. */
export interface DeliveryReport {
  verdict: DeliveryVerdict;
  commit?: string;
  dropped: ScreenedPath[];
  attempts: number;
}

/**
 * Delivers a leg: finds its base (given, or this run's claim commit on origin), reads the work
 * (workspace files compared with the base tree, or a packed change), holds it to the rules, and
 * pushes the work and the task's status in one commit (pushTaskChange). An empty change, a refused
 * path or a conflict with the tip is a failed attempt naming why. All git runs in a repository of
 * our own, which is removed at the end.
 */
export async function deliverTaskWork(options: DeliverTaskWorkOptions): Promise<DeliveryReport> {
  const repository = await createCleanRepository(options.origin);
  try {
    const tip = await fetchBranch(repository, options.origin.url, options.branch, 'refs/waves/tip');
    let base = options.base ?? (await findClaimCommit(repository, tip, options.runId));
    let verdict: DeliveryVerdict | undefined;
    let change: TaskChange = { base: base ?? tip, files: [] };
    let dropped: ScreenedPath[] = [];
    if (base !== undefined && (await repository.git(['cat-file', '-e', `${base}^{commit}`], { okCodes: [0, 1, 128] })).code !== 0) {
      verdict = { result: 'failure', reason: `the base commit ${base} is not on ${options.branch} at origin` };
      base = undefined;
      change = { base: tip, files: [] };
    }
    if (options.result !== 'success') verdict = { result: options.result };
    else if (verdict === undefined && base === undefined) verdict = { result: 'failure', reason: `no base to compare the work with: set base-sha (the prompt step's output), or keep the claim commit of run ${options.runId} on ${options.branch}` };
    else if (verdict === undefined && base !== undefined) {
      const read = options.source.kind === 'workspace' ? await readWorkspaceAgainst(repository, options.source.path, base) : { ...options.source.change, base };
      const screened = screenChange(read, options.rules);
      dropped = screened.dropped;
      const refused = [...(options.source.kind === 'packed' ? options.source.refused : []), ...screened.refused];
      if (refused.length > 0) verdict = { result: 'failure', reason: refusalReason(refused) };
      else if (screened.change.files.length === 0 && !options.allowEmpty) verdict = { result: 'failure', reason: 'the agent made no change (set allow-empty: true for tasks that need none)' };
      else {
        change = screened.change;
        verdict = { result: 'success', base, changedFiles: change.files.length };
      }
    }
    const decided = verdict as DeliveryVerdict;
    if (decided.result !== 'success') change = { base: change.base, files: [] };
    if (options.dryRun) return { verdict: decided, dropped, attempts: 0 };
    let final = decided;
    if (options.workBranch !== undefined && decided.result === 'success') {
      const pushedWork = await pushWorkBranch({ repository, url: options.origin.url, base: options.branch, workBranch: options.workBranch, change, message: options.message(decided) });
      if (!pushedWork.outcome.merged) final = { result: 'failure', reason: `the work conflicts with ${options.branch} in ${pushedWork.outcome.conflicts.join(', ')}; the next attempt starts from the new base` };
      else if (pushedWork.head === undefined) final = options.allowEmpty ? decided : { result: 'failure', reason: `the agent made no change that ${options.branch} does not already hold (set allow-empty: true for tasks that need none)` };
      else {
        const tasksText = options.tasksFile === undefined ? '' : (await repository.git(['cat-file', 'blob', `refs/waves/tip:${options.tasksFile}`])).stdout.toString('utf8');
        final = { ...decided, ...(options.onWorkPushed ? { review: await options.onWorkPushed(pushedWork.head, tasksText) } : {}) };
      }
      // The base branch gets the status only: the work travels in the pull request.
      change = { base: change.base, files: [] };
    }
    const settled = final;
    const pushed = await pushTaskChange({
      repository,
      url: options.origin.url,
      branch: options.branch,
      change,
      tasksFile: options.tasksFile,
      status: (text, outcome) => {
        if (options.workBranch !== undefined) final = settled;
        else if (!outcome.merged) final = { result: 'failure', reason: `the work conflicts with ${options.branch} in ${outcome.conflicts.join(', ')}; the next attempt starts from the new base` };
        // Work the tip already holds (another leg's, seen from an older base) is no change either.
        else if (decided.result === 'success' && outcome.unchanged && !options.allowEmpty) final = { result: 'failure', reason: `the agent made no change that ${options.branch} does not already hold (set allow-empty: true for tasks that need none)` };
        else final = decided;
        return options.status(text, final);
      },
      message: () => options.message(final),
    });
    return { verdict: final, ...(pushed.commit === undefined ? {} : { commit: pushed.commit }), dropped, attempts: pushed.attempts };
  } finally {
    await repository.dispose();
  }
}

/** The workspace's files compared with the tree of `base` (fetched into the clean repository). */
export async function readWorkspaceAgainst(repository: CleanRepository, workspace: string, base: string): Promise<TaskChange> {
  const tree = await listTree(repository, base);
  return readWorkspaceChange(workspace, base, tree, await createIgnoreChecker(repository, tree));
}
