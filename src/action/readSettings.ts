import type { Granularity } from '../core/buildUnitGraph.js';
import type { LegResult } from '../core/wavesRecord.js';
import { readLoopSettings, type LoopSettings } from './loopSettings.js';

/** How a completion starts the next planning run. */
export type NextRun = 'dispatch' | 'push' | 'none';

/** What the action was asked to do, read once from its inputs. */
export interface ActionSettings {
  command: 'plan' | 'complete' | 'prompt' | 'status' | 'pack' | 'hand-off';
  /** Where the tasks are: a tasks file in the repository, or the repository's labelled issues. */
  source: 'file' | 'issues';
  /** The label that makes an issue a task (issues source). */
  label: string;
  /** Prefix of status labels (issues source), e.g. `status:` in `status:in-progress`. */
  statusPrefix: string;
  /** Issues source: close a task's issue when it is done (else label it `status:done`). */
  closeOnDone: boolean;
  /** Keep the dashboard in one issue of the repository, edited on every run. */
  dashboardIssue: boolean;
  /** The label that finds the dashboard issue. */
  dashboardLabel: string;
  /** Issues source: minutes after which an in-progress claim with no result is returned to pending (0 = never). */
  claimTimeoutMinutes: number;
  /** Tasks file relative to the workspace; undefined = find it as the CLI does. */
  tasksFile?: string;
  tag?: string;
  maxParallel: number;
  /** Most tasks one planner run dispatches (on top of max-parallel). */
  maxDispatch: number;
  pools: Record<string, number>;
  granularity: Granularity;
  /** Record dispatched tasks as in progress before outputting the matrix. */
  claim: boolean;
  /** Task id, for `complete` and `prompt`. */
  task?: string;
  /** The leg's `job.status`, for `complete`. */
  result?: LegResult;
  maxAttempts: number;
  next: NextRun;
  /** The planner workflow to dispatch: a file name or id; default the running workflow. */
  workflow?: string;
  /** Template file relative to the workspace, for `prompt`. */
  template?: string;
  token?: string;
  dryRun: boolean;
  /** Pause, daily budget and failure breaker (see loopSettings). */
  loop: LoopSettings;
  /** How `complete` delivers the agent's work (see DeliverySettings). */
  delivery: DeliverySettings;
}

/** How a leg's work reaches the base branch. */
export interface DeliverySettings {
  /** push: work and status in one commit on the branch; pull-request: the work in a pull request, the task in review; none: the agent delivers on its own. */
  deliver: 'none' | 'push' | 'pull-request';
  /** pull-request: auto (auto-merge, squash), immediate (merge when mergeable) or manual (a person merges). */
  merge: 'auto' | 'immediate' | 'manual';
  /** The commit the leg started from (the prompt step's `base-sha`); default this run's claim commit. */
  baseSha?: string;
  /** A leg that changed nothing may be done. */
  allowEmpty: boolean;
  /** The token can push `.github/workflows/` changes (it has the workflows permission). */
  allowWorkflowChanges: boolean;
  /** Hand-off: the packed change file (pack writes it, complete reads it). */
  changeFile?: string;
  /** Hand-off: the run that claimed the task and packed its change (a delivery run's input). */
  claimRunId?: string;
  /** Hand-off limits: most files, most bytes per file, binary files allowed. */
  maxFiles: number;
  maxFileBytes: number;
  allowBinary: boolean;
}

/** A bad input value: the message names the input and the value. */
export class InputError extends Error {
  override name = 'InputError';
}

const COMMANDS = ['plan', 'complete', 'prompt', 'status', 'pack', 'hand-off'] as const;
const RESULTS = ['success', 'failure', 'cancelled'] as const;
const NEXT = ['dispatch', 'push', 'none'] as const;

/** Reads and checks the inputs; `getInput` returns '' for an input that is not set (as @actions/core does). */
export function readSettings(getInput: (name: string) => string): ActionSettings {
  const command = oneOf('command', getInput('command') || 'plan', COMMANDS);
  const granularity = oneOf('granularity', getInput('granularity') || 'task', ['task', 'subtask'] as const);
  const settings: ActionSettings = {
    command,
    maxParallel: wholeNumber('max-parallel', getInput('max-parallel') || '4', 1, 256),
    maxDispatch: wholeNumber('max-dispatch', getInput('max-dispatch') || '256', 1, 256),
    pools: readPools(getInput('pools')),
    granularity,
    claim: boolean('claim', getInput('claim') || 'true'),
    maxAttempts: wholeNumber('max-attempts', getInput('max-attempts') || '2', 1, 100),
    next: oneOf('next', getInput('next') || 'dispatch', NEXT),
    dryRun: boolean('dry-run', getInput('dry-run') || 'false'),
    source: oneOf('source', getInput('source') || 'file', ['file', 'issues'] as const),
    label: labelName('label', getInput('label') || 'wave-task'),
    statusPrefix: labelName('status-label-prefix', getInput('status-label-prefix') || 'status:'),
    closeOnDone: boolean('close-on-done', getInput('close-on-done') || 'true'),
    dashboardIssue: boolean('dashboard-issue', getInput('dashboard-issue') || 'false'),
    dashboardLabel: labelName('dashboard-label', getInput('dashboard-label') || 'wave-dashboard'),
    claimTimeoutMinutes: wholeNumber('claim-timeout', getInput('claim-timeout') || '360', 0, 7 * 24 * 60),
    loop: readLoopSettings(getInput, (message) => new InputError(message)),
    delivery: readDelivery(getInput),
  };
  const optional = { tasksFile: getInput('tasks-file'), tag: getInput('tag'), task: getInput('task'), template: getInput('template'), workflow: getInput('workflow'), token: getInput('token') };
  for (const [key, value] of Object.entries(optional)) if (value) settings[key as keyof typeof optional] = value;
  const result = getInput('result');
  if (result) settings.result = oneOf('result', result, RESULTS);
  if ((command === 'prompt' || command === 'complete' || command === 'pack' || command === 'hand-off') && settings.task === undefined) {
    throw new InputError(`Input 'task' is required when command is '${command}'. Set it to a task id, e.g. task: \${{ matrix.task }}.`);
  }
  // A hand-off's delivery takes the agent's result from the packed change.
  if ((command === 'pack' || (command === 'complete' && settings.delivery.changeFile === undefined)) && settings.result === undefined) {
    throw new InputError(`Input 'result' is required when command is '${command}'. Set it to the job's status: result: \${{ job.status }}.`);
  }
  // Without a dashboard issue the breaker would have nowhere to put its pause, nor a person a way to lift it.
  if (settings.source === 'issues' && command === 'plan' && settings.loop.pauseAfterFailures !== undefined && !settings.dashboardIssue) {
    throw new InputError(`Invalid pause-after-failures '${settings.loop.pauseAfterFailures}' with source: issues and dashboard-issue: false. The failure breaker pauses the loop by putting the wave-paused label on the dashboard issue, and a person resumes it by removing the label; set dashboard-issue: true, or leave pause-after-failures empty.`);
  }
  return settings;
}

function readDelivery(getInput: (name: string) => string): DeliverySettings {
  const delivery: DeliverySettings = {
    deliver: oneOf('deliver', getInput('deliver') || 'none', ['none', 'push', 'pull-request'] as const),
    merge: oneOf('merge', getInput('merge') || 'manual', ['auto', 'immediate', 'manual'] as const),
    allowEmpty: boolean('allow-empty', getInput('allow-empty') || 'false'),
    allowWorkflowChanges: boolean('allow-workflow-changes', getInput('allow-workflow-changes') || 'false'),
    maxFiles: wholeNumber('max-files', getInput('max-files') || '100', 1, 10_000),
    maxFileBytes: wholeNumber('max-file-bytes', getInput('max-file-bytes') || String(1024 * 1024), 1, 100 * 1024 * 1024),
    allowBinary: boolean('allow-binary', getInput('allow-binary') || 'false'),
  };
  const changeFile = getInput('change-file').trim();
  if (changeFile) delivery.changeFile = changeFile;
  const claimRunId = getInput('claim-run-id').trim();
  if (claimRunId) {
    if (!/^\d{1,20}$/.test(claimRunId)) throw new InputError(`Invalid claim-run-id '${claimRunId}'. Expected a workflow run id (digits), e.g. claim-run-id: \${{ inputs.waves-run }}.`);
    delivery.claimRunId = claimRunId;
  }
  const baseSha = getInput('base-sha').trim();
  if (baseSha) {
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(baseSha)) throw new InputError(`Invalid base-sha '${baseSha}'. Expected a full commit id (40 hex digits), e.g. base-sha: \${{ steps.prompt.outputs.base-sha }}.`);
    delivery.baseSha = baseSha;
  }
  return delivery;
}

function oneOf<T extends string>(name: string, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new InputError(`Invalid ${name} '${value}'. Expected one of: ${choices.join(', ')}.`);
}

function wholeNumber(name: string, value: string, min: number, max: number): number {
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || number < min || number > max) throw new InputError(`Invalid ${name} '${value}'. Expected a whole number from ${min} to ${max}.`);
  return number;
}

function boolean(name: string, value: string): boolean {
  // The YAML 1.2 core schema booleans, as @actions/core's getBooleanInput reads them.
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(`Invalid ${name} '${value}'. Expected true or false.`);
}

function labelName(name: string, value: string): string {
  const trimmed = value.trim();
  // GitHub allows 50 characters in a label name; a comma would split it in the REST API's label filter.
  if (trimmed === '' || trimmed.length > 50 || trimmed.includes(',')) throw new InputError(`Invalid ${name} '${value}'. Expected a label name of at most 50 characters, without commas.`);
  return trimmed;
}

function readPools(text: string): Record<string, number> {
  const pools: Record<string, number> = {};
  for (const entry of text.split(/[\s,]+/).filter(Boolean)) {
    const match = /^([A-Za-z0-9_.-]+)=(\d+)$/.exec(entry);
    if (!match) throw new InputError(`Invalid pools entry '${entry}'. Expected CLASS=N, e.g. 'cpu=1, io=3'.`);
    pools[match[1] as string] = Number(match[2]);
  }
  return pools;
}
