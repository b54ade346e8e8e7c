import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { indexTasks } from '../../core/indexTasks.js';
import { renderPrompt } from '../../render/renderPrompt.js';
import type { ActionContext } from '../actionContext.js';
import { InputError } from '../readSettings.js';
import { readHead } from '../../git/readHead.js';

/** `command: prompt`: the agent instructions for `task`, for an agent action's `with:`. Writes nothing. */
export async function promptAction(context: ActionContext): Promise<void> {
  const { settings, environment } = context;
  const plan = context.load(await context.store.read());
  const task = indexTasks(plan.tasks).byId.get(settings.task as string);
  if (!task) throw new InputError(`Invalid task '${settings.task}': no such task or subtask in ${context.file}${plan.tag ? ` [${plan.tag}]` : ''}.`);
  const template = settings.template === undefined ? undefined : await readFile(isAbsolute(settings.template) ? settings.template : join(environment.workspace, settings.template), 'utf8');
  core.setOutput('prompt', renderPrompt(task, plan, template));
  // Read now, before the agent runs: afterwards the workspace's .git is the agent's and is never trusted.
  if (environment.isGitCheckout) core.setOutput('base-sha', await readHead(environment.workspace));
}
