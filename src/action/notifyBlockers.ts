import * as core from '@actions/core';
import { blockedFacts, blockedNotice, breakerNotice, taskOwner, type Notice } from '../core/blockerNotices.js';
import { indexTasks } from '../core/indexTasks.js';
import type { PauseRecord } from '../core/loopRecord.js';
import { lookupDashboard } from '../github/publishDashboardIssue.js';
import { postCommentOnce } from '../github/postCommentOnce.js';
import { isDashboardBody } from '../render/renderDashboardIssueBody.js';
import { parseTasksText } from '../sources/parseTasksText.js';
import type { ActionContext } from './actionContext.js';

/**
 * Word of blockers, file source: with the dashboard issue on, a comment there when the completion
 * left task `id` blocked, and when the failure breaker paused the loop, mentioning the tasks'
 * owners. Each carries a marker, so a re-run of the step never repeats it. Failures are warnings.
 */
export async function notifyBlockers(context: ActionContext, text: string, id: string, tripped: (PauseRecord & { ids: string[] }) | undefined): Promise<void> {
  const { settings, environment } = context;
  if (!settings.dashboardIssue || settings.dryRun) return;
  const { plan } = parseTasksText(text, context.file, context.parseOptions);
  if (!plan) return;
  const tasks = indexTasks(plan.tasks).byId;
  const ownersOf = (ids: readonly string[]) => ids.flatMap((other) => { const task = tasks.get(other); const owner = task && taskOwner(task); return owner ? [owner] : []; });
  const notices: Notice[] = [];
  const task = tasks.get(id);
  if (task?.status === 'blocked') notices.push(blockedNotice(blockedFacts(task), environment.run.runId, ownersOf([id])));
  if (tripped) notices.push(breakerNotice(tripped, ownersOf(tripped.ids)));
  if (notices.length === 0) return;
  const client = context.client();
  if (!client || !environment.owner || !environment.repo) return;
  try {
    const lookup = await lookupDashboard(client, { owner: environment.owner, repo: environment.repo, label: settings.dashboardLabel, title: '' });
    const dashboard = lookup.candidates.filter((candidate) => isDashboardBody(candidate.body)).sort((a, b) => a.number - b.number)[0];
    if (!dashboard) return;
    for (const notice of notices) {
      const posted = await postCommentOnce(client, { owner: environment.owner, repo: environment.repo, number: dashboard.number }, notice.marker, notice.body);
      core.info(posted ? `Told the dashboard issue #${dashboard.number}: ${notice.body.split('\n')[1] ?? ''}` : `The dashboard issue #${dashboard.number} already has this notice.`);
    }
  } catch (error) {
    core.warning(`Could not comment on the dashboard issue about the blocker: ${(error as Error).message}`);
  }
}
