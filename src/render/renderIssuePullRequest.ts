import { readChecklist } from '../core/readChecklist.js';
import { renderPullRequest } from './renderPullRequest.js';

/**
 * The pull request of an issue task (`12`, or `12.45` for sub-issue #45): titled `<id>: <issue
 * title>`, the issue's checklist as success criteria, the run that did the work, `Closes #<n>`
 * (`Part of #<n>` when done issues are left open), and the hidden marker. Pure.
 */
export function renderIssuePullRequest(taskId: string, issue: { number: number; title: string; body: string }, options: { runUrl: string; closeOnDone: boolean }): { title: string; body: string } {
  const task = { id: taskId, title: issue.title, deliverables: readChecklist(issue.body.slice(0, 60_000)) };
  return renderPullRequest(task, { runUrl: options.runUrl, ...(options.closeOnDone ? { closesIssue: issue.number } : { partOfIssue: issue.number }) });
}
