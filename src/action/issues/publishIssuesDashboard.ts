import * as core from '@actions/core';
import type { Plan } from '../../core/model.js';
import type { PlanResult } from '../../core/planWaves.js';
import type { IssueWrite, WriteOutcome } from '../../github/issueWrites.js';
import { applyIssueWrites } from '../../github/issueWrites.js';
import { publishDashboardIssue } from '../../github/publishDashboardIssue.js';
import { renderDashboardMarkdown } from '../../render/renderDashboardMarkdown.js';
import { readRunEntries, renderDashboardIssueBody, type RunEntry } from '../../render/renderDashboardIssueBody.js';
import type { IssueSnapshot } from '../../sources/issues/issueSnapshot.js';
import type { IssuesActionContext } from './issuesActionContext.js';

/**
 * Sends `writes` (claims, completions) and, with `dashboard-issue`, the dashboard issue edit in the
 * same request; outputs `dashboard`, `counts` and `all-done`; writes the job summary.
 */
export async function publishIssuesDashboard(context: IssuesActionContext, snapshot: IssueSnapshot, view: { plan: Plan; result: PlanResult; notes: string[] }, writes: IssueWrite[], summary: string, applied: WriteOutcome[] = []): Promise<WriteOutcome[]> {
  const { settings, environment } = context;
  const title = `Wave status: ${snapshot.repository} issues labelled ${settings.label}`;
  const generatedAt = context.now();
  let outcomes: WriteOutcome[] = [];
  if (settings.dashboardIssue && !settings.dryRun) {
    const run: RunEntry = { at: generatedAt, runUrl: environment.run.runUrl, command: settings.command, summary };
    const render = (previous: string) =>
      renderDashboardIssueBody((limits, appendix) => renderDashboardMarkdown(view.plan, view.result, { title, generatedAt, notes: view.notes, appendix, ...limits }), [run, ...readRunEntries(previous)]);
    const target = { owner: context.owner, repo: context.repo, label: settings.dashboardLabel, title: `🌊 Wave dashboard: ${snapshot.repository}` };
    const lookup = { repositoryId: snapshot.repositoryId, labelId: snapshot.labelIds.get(settings.dashboardLabel.toLowerCase()), candidates: snapshot.dashboards };
    const published = await publishDashboardIssue(context.client(), target, lookup, render, writes, applied);
    outcomes = published.outcomes;
    if (published.problem) core.warning(published.problem);
    if (published.dashboard) {
      core.setOutput('dashboard-issue', String(published.dashboard.number));
      core.info(`Dashboard: ${published.dashboard.url}`);
    }
  } else if (writes.length > 0 && !settings.dryRun) {
    outcomes = await applyIssueWrites(context.client(), writes, `Recording ${settings.command} on the task issues`, applied);
  }
  const dashboard = renderDashboardMarkdown(view.plan, view.result, { title, notes: view.notes });
  const { counts } = view.result;
  core.setOutput('dashboard', dashboard);
  core.setOutput('counts', JSON.stringify(counts));
  core.setOutput('all-done', String(counts.total === counts.done + counts.cancelled));
  await core.summary.addRaw(dashboard).write();
  return outcomes;
}
