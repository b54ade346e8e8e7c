import { planWaves } from '../core/planWaves.js';
import type { Plan } from '../core/model.js';
import { createGitHubClient } from '../github/createGitHubClient.js';
import { fetchIssueSnapshot } from '../github/fetchIssueSnapshot.js';
import { issuesToPlan } from '../sources/issues/issuesToPlan.js';
import { DEFAULT_LABEL_NAMES } from '../sources/issues/waveLabels.js';
import { formatProblem } from './formatProblem.js';
import { TasksFileError, UsageError, type CliIO } from './io.js';
import { dailyBudget } from '../core/dailyBudget.js';
import { gateDispatch, type GatedPlanResult } from '../core/gateDispatch.js';
import { readEarlierLabelEvents } from '../github/readEarlierLabelEvents.js';
import { claimEvents } from '../sources/issues/claimEvents.js';
import { readDailyBudget } from './readDailyBudget.js';
import { dashboardPause } from '../sources/issues/dashboardPause.js';
import { readGranularity, readMaxParallel, readPools } from './parseOptions.js';
import type { SourceArgs } from './planFromSource.js';

/** `owner/name` from --repo (or GITHUB_REPOSITORY). */
export function readRepository(value: string | undefined, io: CliIO): { owner: string; repo: string } {
  const text = value ?? (io.env.GITHUB_REPOSITORY || undefined);
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text ?? '');
  if (!match) throw new UsageError(text === undefined ? '--source issues needs --repo owner/name' : `--repo must look like owner/name, not "${text}"`);
  return { owner: match[1] as string, repo: match[2] as string };
}

/** A client from GITHUB_TOKEN (or GH_TOKEN) and GITHUB_API_URL; no token is a usage error. */
export function clientFromEnvironment(io: CliIO) {
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
  if (!token) throw new UsageError('reading GitHub needs a token: set GITHUB_TOKEN (e.g. GITHUB_TOKEN=$(gh auth token))');
  return createGitHubClient({ token, ...(io.env.GITHUB_API_URL ? { baseUrl: io.env.GITHUB_API_URL } : {}), onRateLimit: (event) => io.stderr(`${event.message}\n`), onWarning: (message) => io.stderr(`${message}\n`) });
}

/** Reads the task issues of --repo and plans them as `waves plan FILE` plans a file. */
export async function planFromIssues(values: SourceArgs, io: CliIO): Promise<{ plan: Plan; result: GatedPlanResult; file: string }> {
  const maxParallel = readMaxParallel(values['max-parallel']);
  const pools = readPools(values.pool);
  const granularity = readGranularity(values.granularity);
  const { owner, repo } = readRepository(values.repo, io);
  const label = values.label ?? DEFAULT_LABEL_NAMES.label;
  const client = clientFromEnvironment(io);
  const snapshot = await fetchIssueSnapshot(client, { owner, repo, label, statusPrefix: DEFAULT_LABEL_NAMES.statusPrefix, dashboardLabel: DEFAULT_LABEL_NAMES.dashboardLabel }, (reason) => io.stderr(`${reason}\n`));
  const { plan, problems, notes } = issuesToPlan(snapshot, { label, status: DEFAULT_LABEL_NAMES.statusPrefix });
  for (const note of notes) io.stderr(`warning: ${note}\n`);
  // The budget counts the claims of the day from the in-progress label events, read back 24 hours.
  const now = new Date().toISOString();
  const perDay = readDailyBudget(values['max-dispatches-per-day']);
  if (perDay !== undefined && snapshot.transport === 'graphql') await readEarlierLabelEvents(client, snapshot, new Date(Date.parse(now) - 86_400_000).toISOString());
  const paused = dashboardPause(snapshot);
  const result = gateDispatch(planWaves(plan, { maxParallel, pools, granularity }), { ...(paused ? { paused } : {}), ...(perDay === undefined ? {} : { budget: dailyBudget(claimEvents(snapshot, DEFAULT_LABEL_NAMES.statusPrefix), perDay, now) }) });
  const all = [...problems, ...result.problems];
  for (const problem of all) io.stderr(formatProblem(problem) + '\n');
  const errors = all.filter((problem) => problem.severity === 'error').length;
  if (errors > 0) {
    io.stderr(`${plan.file}: ${errors} problem${errors === 1 ? '' : 's'} found; nothing was planned.\n`);
    throw new TasksFileError(`${errors} problems`);
  }
  return { plan, result, file: plan.file };
}
