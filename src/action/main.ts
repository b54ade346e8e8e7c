import * as core from '@actions/core';
import * as github from '@actions/github';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Plan } from '../core/model.js';
import { createGitHubClient, type GitHubClient } from '../github/createGitHubClient.js';
import { dispatchWorkflow } from '../github/dispatchWorkflow.js';
import { getWorkflowRun } from '../github/getWorkflowRun.js';
import { DEFAULT_TASKS_FILES, findTasksFile } from '../sources/findTasksFile.js';
import { readTaskMasterState } from '../sources/loadPlan.js';
import { parseTasksText, type ParseOptions } from '../sources/parseTasksText.js';
import { TasksFileProblemsError } from '../write/applyTaskChanges.js';
import type { ActionContext } from './actionContext.js';
import { completeAction } from './commands/completeAction.js';
import { planAction } from './commands/planAction.js';
import { promptAction } from './commands/promptAction.js';
import { statusAction } from './commands/statusAction.js';
import { handOffAction } from './commands/handOffAction.js';
import { packAction } from './commands/packAction.js';
import { readRunnerEnvironment } from './readRunnerEnvironment.js';
import { InputError, readSettings, type ActionSettings } from './readSettings.js';
import { createContentsTasksStore, createGitTasksStore, type TasksStore } from './tasksStore.js';
import { reportProblems } from './reportProblems.js';
import { completeIssuesAction } from './issues/completeIssuesAction.js';
import type { IssuesActionContext } from './issues/issuesActionContext.js';
import { planIssuesAction } from './issues/planIssuesAction.js';
import { promptIssuesAction } from './issues/promptIssuesAction.js';
import { statusIssuesAction } from './issues/statusIssuesAction.js';

/** The action: read inputs and the runner's environment, then plan, complete, prompt or report. */
export async function run(): Promise<void> {
  try {
    const settings = readSettings((name) => core.getInput(name));
    if (settings.token) core.setSecret(settings.token);
    if (settings.source === 'issues') {
      const commands = { plan: planIssuesAction, complete: completeIssuesAction, prompt: promptIssuesAction, status: statusIssuesAction, pack: packAction, 'hand-off': handOffAction };
      await commands[settings.command](createIssuesContext(settings));
      return;
    }
    const context = createContext(settings);
    const commands = { plan: planAction, complete: completeAction, prompt: promptAction, status: statusAction, pack: packAction, 'hand-off': handOffAction };
    await commands[settings.command](context);
  } catch (error) {
    if (error instanceof TasksFileProblemsError) reportProblems(error.problems, { inFile: error.inFile });
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

function createContext(settings: ActionSettings): ActionContext {
  const environment = readRunnerEnvironment(github.context, process.env, process.cwd());
  const found = settings.tasksFile ?? findTasksFile(environment.workspace);
  if (found === undefined) throw new InputError(`No tasks file found in ${environment.workspace}: looked for ${DEFAULT_TASKS_FILES.join(', ')}. Set 'tasks-file'.`);
  const file = relative(environment.workspace, resolve(environment.workspace, found)) || found;
  // The tasks file is read, and written back, only inside the checked-out repository.
  if (file === '..' || file.startsWith(`..${sep}`) || isAbsolute(file)) throw new InputError(`Invalid tasks-file '${found}': it is outside the workspace ${environment.workspace}. Name a file in the repository, e.g. .taskmaster/tasks/tasks.json.`);
  const parseOptions: ParseOptions = { ...readTaskMasterState(join(environment.workspace, file)), ...(settings.tag === undefined ? {} : { tag: settings.tag }) };
  let client: GitHubClient | undefined;
  const makeClient = () => (client ??= settings.token ? createGitHubClient({ token: settings.token, baseUrl: environment.apiUrl, onRateLimit: (event) => core.warning(event.message) }) : undefined);
  return {
    settings,
    environment,
    file,
    parseOptions,
    store: createStore(settings, environment, file, makeClient),
    load: (text: string): Plan => {
      const { plan, problems } = parseTasksText(text, file, parseOptions);
      reportProblems(problems.filter((problem) => problem.severity === 'warning'));
      const errors = problems.filter((problem) => problem.severity === 'error');
      if (!plan || errors.length > 0) throw new TasksFileProblemsError(errors);
      return plan;
    },
    now: () => new Date().toISOString(),
    client: makeClient,
    github: { getWorkflowRun, dispatchWorkflow },
  };
}

function createIssuesContext(settings: ActionSettings): IssuesActionContext {
  const environment = readRunnerEnvironment(github.context, process.env, process.cwd());
  if (!settings.token) throw new InputError("source: issues needs a token: set 'token' (the default github.token works with `permissions: issues: write`).");
  if (!environment.owner || !environment.repo) throw new InputError('source: issues needs GITHUB_REPOSITORY (owner/name), which the runner sets.');
  const client = createGitHubClient({ token: settings.token, baseUrl: environment.apiUrl, onRateLimit: (event) => core.warning(event.message) });
  return { settings, environment, owner: environment.owner, repo: environment.repo, client: () => client, now: () => new Date().toISOString(), github: { getWorkflowRun, dispatchWorkflow } };
}

function createStore(settings: ActionSettings, environment: ReturnType<typeof readRunnerEnvironment>, file: string, client: () => GitHubClient | undefined): TasksStore {
  const writes = ((settings.command === 'plan' && settings.claim) || settings.command === 'complete') && !settings.dryRun;
  if (environment.isGitCheckout || !writes) {
    const branch = environment.branch ?? '';
    const local = createGitTasksStore({ workspace: environment.workspace, branch, file });
    if (writes && !environment.branch) {
      return { ...local, update: () => Promise.reject(new InputError('Cannot record the change: the run is not on a branch (GITHUB_REF is not refs/heads/...). Run the planner on a branch, or set dry-run: true.')) };
    }
    return local;
  }
  const github = client();
  if (!github || !environment.owner || !environment.repo || !environment.branch) {
    throw new InputError(`${environment.workspace} is not a git checkout, and the Contents API needs a token, GITHUB_REPOSITORY and a branch. Add actions/checkout before this step, or set 'token'.`);
  }
  return createContentsTasksStore({ client: github, owner: environment.owner, repo: environment.repo, branch: environment.branch, path: file });
}
