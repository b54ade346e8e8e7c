import type { Plan } from '../core/model.js';
import type { GitHubClient } from '../github/createGitHubClient.js';
import type { dispatchWorkflow } from '../github/dispatchWorkflow.js';
import type { getWorkflowRun } from '../github/getWorkflowRun.js';
import type { ParseOptions } from '../sources/parseTasksText.js';
import type { ActionSettings } from './readSettings.js';
import type { RunnerEnvironment } from './readRunnerEnvironment.js';
import type { TasksStore } from './tasksStore.js';

/** Everything a command of the action works with, built once by main. */
export interface ActionContext {
  settings: ActionSettings;
  environment: RunnerEnvironment;
  store: TasksStore;
  /** The tasks file relative to the workspace (or the repository root), for messages and annotations. */
  file: string;
  parseOptions: ParseOptions;
  /** Parses and validates text of the tasks file; reports problems as annotations and throws when there are errors. */
  load(text: string): Plan;
  /** ISO time now. */
  now(): string;
  /** The API client, made on first use; undefined without a token. */
  client(): GitHubClient | undefined;
  /** The API calls, passed in so tests run against a local fake GitHub. */
  github: { getWorkflowRun: typeof getWorkflowRun; dispatchWorkflow: typeof dispatchWorkflow };
}
