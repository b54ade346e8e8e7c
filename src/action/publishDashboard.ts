import * as core from '@actions/core';
import { planWaves } from '../core/planWaves.js';
import { renderDashboardMarkdown } from '../render/renderDashboardMarkdown.js';
import { parseTasksText } from '../sources/parseTasksText.js';
import type { ActionContext } from './actionContext.js';

/** Outputs `dashboard`, `counts` and `all-done` for the tasks file as it now is, and writes the job summary. */
export async function publishDashboard(context: ActionContext, text: string): Promise<void> {
  const { plan } = parseTasksText(text, context.file, context.parseOptions);
  if (!plan) return;
  const result = planWaves(plan, { maxParallel: context.settings.maxParallel, pools: context.settings.pools, granularity: context.settings.granularity });
  const dashboard = renderDashboardMarkdown(plan, result);
  core.setOutput('dashboard', dashboard);
  core.setOutput('counts', JSON.stringify(result.counts));
  core.setOutput('all-done', String(result.counts.total === result.counts.done + result.counts.cancelled));
  await core.summary.addRaw(dashboard).write();
}
