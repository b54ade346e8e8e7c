import * as core from '@actions/core';
import { blockedNotice } from '../../core/blockerNotices.js';
import { lookupDashboard } from '../../github/publishDashboardIssue.js';
import { postCommentOnce } from '../../github/postCommentOnce.js';
import { isDashboardBody } from '../../render/renderDashboardIssueBody.js';
import type { IssuesActionContext } from './issuesActionContext.js';

/**
 * Issues source, dashboard issue on: one comment there when a completion left a task blocked
 * (issues have no owner field, so it mentions nobody: the task issue's own comment tells its
 * assignees). Marked, so a re-run never repeats it; a failure is a warning.
 */
export async function notifyIssueBlocked(context: IssuesActionContext, task: { id: string; title: string; runId: string; runUrl: string; what: string }): Promise<void> {
  const { settings, owner, repo } = context;
  try {
    const lookup = await lookupDashboard(context.client(), { owner, repo, label: settings.dashboardLabel, title: '' });
    const dashboard = lookup.candidates.filter((candidate) => isDashboardBody(candidate.body)).sort((a, b) => a.number - b.number)[0];
    if (!dashboard) return;
    const notice = blockedNotice({ id: task.id, title: task.title, attempts: settings.maxAttempts, lastError: task.what, lastRun: task.runUrl }, task.runId, []);
    await postCommentOnce(context.client(), { owner, repo, number: dashboard.number }, notice.marker, notice.body);
  } catch (error) {
    core.warning(`Could not comment on the dashboard issue about blocked task ${task.id}: ${(error as Error).message}`);
  }
}
