import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { indexTasks } from '../../core/indexTasks.js';
import { renderPrompt } from '../../render/renderPrompt.js';
import { InputError } from '../readSettings.js';
import { readHead } from '../../git/readHead.js';
import { readIssuesPlan, type IssuesActionContext } from './issuesActionContext.js';

/** `command: prompt` with `source: issues`: the instructions for one task issue; its body is quoted as untrusted text. */
export async function promptIssuesAction(context: IssuesActionContext): Promise<void> {
  const { settings, environment } = context;
  const { planned } = await readIssuesPlan(context);
  const task = indexTasks(planned.plan.tasks).byId.get(settings.task as string);
  if (!task) throw new InputError(`Invalid task '${settings.task}': no task issue with that number in ${planned.plan.file}.`);
  const template = settings.template === undefined ? undefined : await readFile(isAbsolute(settings.template) ? settings.template : join(environment.workspace, settings.template), 'utf8');
  core.setOutput('prompt', renderPrompt(task, planned.plan, template));
  // Read now, before the agent runs: afterwards the workspace's .git is the agent's and is never trusted.
  if (environment.isGitCheckout) core.setOutput('base-sha', await readHead(environment.workspace));
}
