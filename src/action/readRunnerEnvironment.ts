import type { context as githubContext } from '@actions/github';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { RunInfo } from '../core/wavesRecord.js';

/** What the runner tells the action about where and why it runs. */
export interface RunnerEnvironment {
  workspace: string;
  /** `owner/repo`. */
  repository?: string;
  owner?: string;
  repo?: string;
  /** The branch the run is on (pushes go there). */
  branch?: string;
  run: RunInfo;
  /** This job in this run: `<run attempt>/<job id>` (GITHUB_RUN_ATTEMPT, GITHUB_JOB); legs of one run differ by job, re-runs by attempt. */
  leg: string;
  apiUrl: string;
  /** GITHUB_SERVER_URL: the origin of clone URLs (`<serverUrl>/<owner>/<repo>.git`). */
  serverUrl: string;
  /** `owner/repo/.github/workflows/file.yml@refs/heads/main`. */
  workflowRef?: string;
  eventName?: string;
  /** GITHUB_EVENT_PATH: the webhook payload that started the run. */
  eventPath?: string;
  /** Whether the workspace is a git checkout we can commit in. */
  isGitCheckout: boolean;
}

/**
 * Where the run is, from `@actions/github`'s context (repository, run, job, event, server and API
 * URLs, so GitHub Enterprise Server URLs come from the runner), plus the GITHUB_* variables the
 * context does not carry (workspace, event path, workflow ref, ref name).
 */
export function readRunnerEnvironment(context: typeof githubContext, env: Record<string, string | undefined>, cwd: string): RunnerEnvironment {
  const workspace = env.GITHUB_WORKSPACE ?? cwd;
  let owner: string | undefined;
  let repo: string | undefined;
  try {
    ({ owner, repo } = context.repo);
  } catch {
    // Outside a runner: no GITHUB_REPOSITORY and no repository in the payload.
  }
  const repository = owner && repo ? `${owner}/${repo}` : undefined;
  const serverUrl = context.serverUrl;
  // Run ids are near 2e10: kept as the decimal text GitHub sends, never squeezed into 32 bits.
  const runId = Number.isSafeInteger(context.runId) ? String(context.runId) : 'local';
  const ref = context.ref;
  const branch = ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : env.GITHUB_REF_NAME && env.GITHUB_REF_TYPE !== 'tag' ? env.GITHUB_REF_NAME : undefined;
  const result: RunnerEnvironment = {
    workspace,
    run: { runId, runUrl: repository ? `${serverUrl}/${repository}/actions/runs/${runId}` : `run ${runId}` },
    leg: `${Number.isSafeInteger(context.runAttempt) ? context.runAttempt : 1}/${context.job ?? 'job'}`,
    apiUrl: context.apiUrl,
    serverUrl,
    isGitCheckout: existsSync(join(workspace, '.git')),
  };
  if (repository !== undefined) result.repository = repository;
  if (owner) result.owner = owner;
  if (repo) result.repo = repo;
  if (branch !== undefined) result.branch = branch;
  if (env.GITHUB_WORKFLOW_REF !== undefined) result.workflowRef = env.GITHUB_WORKFLOW_REF;
  if (context.eventName !== undefined) result.eventName = context.eventName;
  if (env.GITHUB_EVENT_PATH) result.eventPath = env.GITHUB_EVENT_PATH;
  return result;
}
