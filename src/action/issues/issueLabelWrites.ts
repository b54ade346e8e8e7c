import type { TaskIssue } from '../../sources/issues/issueSnapshot.js';
import type { IssueWrite } from '../../github/issueWrites.js';

/** The writes that leave `status` as an issue's only status label (none when `status` is undefined = pending). */
export function statusLabelWrites(issueId: string, current: readonly { id: string; name: string }[], statusPrefix: string, status: { name: string; id: string } | undefined): IssueWrite[] {
  const prefix = statusPrefix.toLowerCase();
  // GitHub matches label names without case, so `Status:In-Progress` already is `status:in-progress`.
  const same = (label: { id: string; name: string }) => status !== undefined && (label.id === status.id || label.name.toLowerCase() === status.name.toLowerCase());
  const stale = current.filter((label) => label.name.toLowerCase().startsWith(prefix) && !same(label) && label.id !== '');
  const writes: IssueWrite[] = [];
  if (status && !current.some(same)) writes.push({ kind: 'addLabels', issueId, labelIds: [status.id] });
  if (stale.length > 0) writes.push({ kind: 'removeLabels', issueId, labelIds: stale.map((label) => label.id) });
  return writes;
}

/** The issue number a task id names: `12` -> 12, `12.45` (sub-issue 45 of 12) -> 45. */
export function issueNumberOfTask(id: string): number | undefined {
  const last = id.split('.').pop() ?? '';
  return /^\d+$/.test(last) ? Number(last) : undefined;
}

/** Labels of a task issue by number, for removing stale status labels. */
export function labelsByNumber(issues: readonly TaskIssue[]): Map<number, TaskIssue['labels']> {
  return new Map(issues.map((issue) => [issue.number, issue.labels]));
}
