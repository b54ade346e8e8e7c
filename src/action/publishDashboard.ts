import * as core from '@actions/core';
import { planWaves } from '../core/planWaves.js';
import { lookupDashboard, publishDashboardIssue } from '../github/publishDashboardIssue.js';
import { readRunEntries, renderDashboardIssueBody } from '../render/renderDashboardIssueBody.js';
import { renderDashboardMarkdown } from '../render/renderDashboardMarkdown.js';
import { parseTasksText } from '../sources/parseTasksText.js';
import type { ActionContext } from './actionContext.js';
import { gatePlan } from './loopSettings.js';

/**
 * Outputs `dashboard`, `counts` and `all-done` for the tasks file as it now is, and writes the job
 * summary; with `dashboard-issue`, edits the dashboard issue too (a failure there is a warning:
 * the run's real work is done by then). `summary` is this run's line in the issue's last runs.
 */
export async function publishDashboard(context: ActionContext, text: string, summary: string): Promise<void> {
  const { plan } = parseTasksText(text, context.file, context.parseOptions);
  if (!plan) return;
  const result = gatePlan(plan, planWaves(plan, { maxParallel: context.settings.maxParallel, pools: context.settings.pools, granularity: context.settings.granularity }), context.settings.loop, context.now());
  const dashboard = renderDashboardMarkdown(plan, result, { pools: context.settings.pools });
  core.setOutput('dashboard', dashboard);
  core.setOutput('counts', JSON.stringify(result.counts));
  core.setOutput('all-done', String(result.counts.total === result.counts.done + result.counts.cancelled));
  await core.summary.addRaw(dashboard).write();

  const { settings, environment } = context;
  if (!settings.dashboardIssue || settings.dryRun) return;
  const client = context.client();
  if (!client || !environment.owner || !environment.repo) {
    core.warning("dashboard-issue: true needs a token and GITHUB_REPOSITORY; the dashboard issue was not updated.");
    return;
  }
  const target = { owner: environment.owner, repo: environment.repo, label: settings.dashboardLabel, title: `🌊 Wave dashboard: ${environment.owner}/${environment.repo}` };
  const generatedAt = context.now();
  const run = { at: generatedAt, runUrl: environment.run.runUrl, command: settings.command, summary };
  try {
    const lookup = await lookupDashboard(client, target);
    const published = await publishDashboardIssue(client, target, lookup, (previous) =>
      renderDashboardIssueBody((limits, appendix) => renderDashboardMarkdown(plan, result, { generatedAt, appendix, ...limits }), [run, ...readRunEntries(previous)]),
    );
    if (published.problem) core.warning(published.problem);
    if (published.dashboard) {
      core.setOutput('dashboard-issue', String(published.dashboard.number));
      core.info(`Dashboard: ${published.dashboard.url}`);
    }
  } catch (error) {
    core.warning(`The dashboard issue was not updated: ${(error as Error).message}`);
  }
}
