import type { PauseRecord } from '../../core/loopRecord.js';
import { isDashboardBody } from '../../render/renderDashboardIssueBody.js';
import type { IssueSnapshot } from './issueSnapshot.js';

/** The label that pauses the loop when it is on the dashboard issue (issues source). */
export const PAUSE_LABEL = 'wave-paused';

/** The pause a `wave-paused` label (any case) on the open dashboard issue stands for, read from the snapshot the plan already has. */
export function dashboardPause(snapshot: Pick<IssueSnapshot, 'dashboards'>): PauseRecord | undefined {
  const dashboard = snapshot.dashboards.filter((issue) => isDashboardBody(issue.body)).sort((a, b) => a.number - b.number).find((issue) => (issue.labels ?? []).some((name) => name.toLowerCase() === PAUSE_LABEL));
  if (!dashboard) return undefined;
  return { reason: `the ${PAUSE_LABEL} label is on the dashboard issue #${dashboard.number}; remove it to resume`, since: '', by: `the ${PAUSE_LABEL} label`, undo: `the ${PAUSE_LABEL} label is removed from #${dashboard.number}` };
}
