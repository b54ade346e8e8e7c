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
  /** `owner/repo/.github/workflows/file.yml@refs/heads/main`. */
  workflowRef?: string;
  eventName?: string;
  /** GITHUB_EVENT_PATH: the webhook payload that started the run. */
  eventPath?: string;
  /** Whether the workspace is a git checkout we can commit in. */
  isGitCheckout: boolean;
}

/** Reads GITHUB_* variables as the runner sets them. */
export function readRunnerEnvironment(env: Record<string, string | undefined>, cwd: string): RunnerEnvironment {
  const workspace = env.GITHUB_WORKSPACE ?? cwd;
  const repository = env.GITHUB_REPOSITORY;
  const [owner, repo] = repository?.split('/') ?? [];
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runId = env.GITHUB_RUN_ID ?? 'local';
  const ref = env.GITHUB_REF;
  const branch = ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : env.GITHUB_REF_NAME && env.GITHUB_REF_TYPE !== 'tag' ? env.GITHUB_REF_NAME : undefined;
  const result: RunnerEnvironment = {
    workspace,
    run: { runId, runUrl: repository ? `${serverUrl}/${repository}/actions/runs/${runId}` : `run ${runId}` },
    leg: `${env.GITHUB_RUN_ATTEMPT ?? '1'}/${env.GITHUB_JOB ?? 'job'}`,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    isGitCheckout: existsSync(join(workspace, '.git')),
  };
  if (repository !== undefined) result.repository = repository;
  if (owner) result.owner = owner;
  if (repo) result.repo = repo;
  if (branch !== undefined) result.branch = branch;
  if (env.GITHUB_WORKFLOW_REF !== undefined) result.workflowRef = env.GITHUB_WORKFLOW_REF;
  if (env.GITHUB_EVENT_NAME !== undefined) result.eventName = env.GITHUB_EVENT_NAME;
  if (env.GITHUB_EVENT_PATH) result.eventPath = env.GITHUB_EVENT_PATH;
  return result;
}
