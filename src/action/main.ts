import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { indexTasks } from '../core/indexTasks.js';
import type { Problem } from '../core/model.js';
import { planWaves } from '../core/planWaves.js';
import { renderDashboardMarkdown } from '../render/renderDashboardMarkdown.js';
import { renderMatrix } from '../render/renderMatrix.js';
import { renderPrompt } from '../render/renderPrompt.js';
import { DEFAULT_TASKS_FILES, findTasksFile } from '../sources/findTasksFile.js';
import { loadPlan } from '../sources/loadPlan.js';
import { InputError, readSettings } from './readSettings.js';

/** The action: read inputs, plan the tasks file in the workspace, set outputs and the job summary. */
export async function run(): Promise<void> {
  try {
    const settings = readSettings((name) => core.getInput(name));
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const file = settings.tasksFile ?? findTasksFile(workspace);
    if (file === undefined) throw new InputError(`No tasks file found in ${workspace}: looked for ${DEFAULT_TASKS_FILES.join(', ')}. Set 'tasks-file'.`);
    const loaded = loadPlan(isAbsolute(file) ? file : join(workspace, file), settings.tag === undefined ? {} : { tag: settings.tag });
    const problems = loaded.problems.map((problem) => ({ ...problem, file }));
    reportProblems(problems);
    if (!loaded.plan || problems.some((problem) => problem.severity === 'error')) {
      core.setFailed(`${file}: problems in the tasks file (see the annotations); nothing was dispatched.`);
      return;
    }
    const plan = { ...loaded.plan, file };
    const result = planWaves(plan, { maxParallel: settings.maxParallel, pools: settings.pools, granularity: settings.granularity });
    reportProblems(result.problems.map((problem) => ({ ...problem, file })));
    if (result.problems.some((problem) => problem.severity === 'error')) {
      core.setFailed(`${file}: the tasks cannot be scheduled (see the annotations); nothing was dispatched.`);
      return;
    }

    if (settings.command === 'prompt') {
      const task = indexTasks(plan.tasks).byId.get(settings.task as string);
      if (!task) throw new InputError(`Invalid task '${settings.task}': no such task or subtask in ${file}${plan.tag ? ` [${plan.tag}]` : ''}.`);
      const template = settings.template === undefined ? undefined : readFileSync(isAbsolute(settings.template) ? settings.template : join(workspace, settings.template), 'utf8');
      core.setOutput('prompt', renderPrompt(task, plan, template));
      return;
    }

    const dashboard = renderDashboardMarkdown(plan, result);
    core.setOutput('dashboard', dashboard);
    core.setOutput('counts', JSON.stringify(result.counts));
    const allDone = result.counts.total === result.counts.done + result.counts.cancelled;
    core.setOutput('all-done', String(allDone));
    if (settings.command === 'plan') {
      const matrix = renderMatrix(plan, result);
      core.setOutput('matrix', JSON.stringify(matrix));
      core.setOutput('tasks', JSON.stringify(matrix.include.map((entry) => entry.task)));
      core.setOutput('count', String(matrix.include.length));
      core.info(allDone ? 'All done: nothing left to dispatch.' : `Dispatch: ${matrix.include.map((entry) => entry.task).join(', ') || 'nothing ready now'}`);
    }
    await core.summary.addRaw(dashboard).write();
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

function reportProblems(problems: Problem[]): void {
  for (const problem of problems) {
    const text = `${problem.taskId === undefined ? '' : `task ${problem.taskId}${problem.field ? `, ${problem.field}` : ''}: `}${problem.message}${problem.hint ? `. Fix: ${problem.hint}` : ''}`;
    const properties = { file: problem.file, startLine: problem.line, startColumn: problem.column, title: problem.code };
    if (problem.severity === 'error') core.error(text, properties);
    else core.warning(text, properties);
  }
}
