import * as core from '@actions/core';
import type { GitHubClient } from '../../github/createGitHubClient.js';
import type { dispatchWorkflow } from '../../github/dispatchWorkflow.js';
import { fetchIssueSnapshot } from '../../github/fetchIssueSnapshot.js';
import type { getWorkflowRun } from '../../github/getWorkflowRun.js';
import type { IssueSnapshot } from '../../sources/issues/issueSnapshot.js';
import { issuesToPlan, type IssuesPlan } from '../../sources/issues/issuesToPlan.js';
import { TasksFileProblemsError } from '../../write/applyTaskChanges.js';
import type { ActionSettings } from '../readSettings.js';
import type { RunnerEnvironment } from '../readRunnerEnvironment.js';
import { reportProblems } from '../reportProblems.js';

/** What the issues-source commands work with, built once by main. */
export interface IssuesActionContext {
  settings: ActionSettings;
  environment: RunnerEnvironment;
  owner: string;
  repo: string;
  /** Returns the client (always made: the issues source needs a token). */
  client(): GitHubClient;
  now(): string;
  github: { getWorkflowRun: typeof getWorkflowRun; dispatchWorkflow: typeof dispatchWorkflow };
}

/** The task issues, read and turned into a validated plan; problems become annotations, errors stop the run. */
export async function readIssuesPlan(context: IssuesActionContext): Promise<{ snapshot: IssueSnapshot; planned: IssuesPlan }> {
  const { settings, owner, repo } = context;
  const snapshot = await fetchIssueSnapshot(context.client(), { owner, repo, label: settings.label, statusPrefix: settings.statusPrefix, dashboardLabel: settings.dashboardLabel }, (reason) => core.warning(reason));
  const planned = issuesToPlan(snapshot, { label: settings.label, status: settings.statusPrefix });
  core.info(`Read ${snapshot.issues.length} task issue(s) from ${snapshot.repository} in ${snapshot.requests} request(s) (${snapshot.transport}).`);
  for (const note of planned.notes) core.warning(note);
  reportProblems(planned.problems.filter((problem) => problem.severity === 'warning'), { inFile: false });
  const errors = planned.problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) throw new TasksFileProblemsError(errors, false);
  return { snapshot, planned };
}
