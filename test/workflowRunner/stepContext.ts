import type { GitHubGate } from './startGitHubGate.js';
import type { GuardedOrigin } from './createGuardedOrigin.js';
import type { Permissions } from './jobPermissions.js';

/** What a `uses:` step's stand-in gets: its inputs, the job it runs in and the runner's stores. */
export interface StepContext {
  /** `file:line` of the step, for messages. */
  where: string;
  workspace: string;
  /** The process environment the runner gives the step (GITHUB_*, RUNNER_*, the step's env:). */
  env: Record<string, string>;
  /** Every input, after defaults and expressions. */
  inputs: Record<string, string>;
  /** Inputs written in `with:` (a stand-in may care whether a value was given). */
  given: Set<string>;
  token: string;
  permissions: Permissions;
  runId: number;
  eventName: string;
  actor: string;
  origin: GuardedOrigin;
  gate: GitHubGate;
  /** Directory of the artifact store (one sub-directory per run id). */
  artifacts: string;
  signal: AbortSignal;
  timeoutMs: number | undefined;
}

/** What a stand-in reports: the step's outcome, its outputs and its log. */
export interface StepResult {
  outcome: 'success' | 'failure';
  outputs: Record<string, string>;
  log: string;
  timedOut?: boolean;
  cancelled?: boolean;
}
