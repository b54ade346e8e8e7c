import type { TaskStatus } from '../../core/model.js';
import type { IssueWrite } from '../../github/issueWrites.js';
import { statusLabelWrites } from './issueLabelWrites.js';

/** What the completion reads of an issue to record a failed attempt. */
export interface IssueWithComments {
  id: string;
  labels: { id: string; name: string }[];
  comments: { id: string; body: string }[];
}

const ATTEMPT_MARKER = /<!-- waves:attempt run=([\w-]+) -->/;

/** A failed attempt, worked out: the status it leads to, and the comment and label writes that record it. */
export interface FailedAttempt {
  status: Extract<TaskStatus, 'pending' | 'blocked'>;
  attempts: number;
  writes: IssueWrite[];
}

/**
 * One failed attempt at a task issue: one comment per task per run (marked with the run id; a
 * re-run edits it), the status labels cleared, and `status:blocked` once no attempts are left.
 * Earlier attempts are counted from the marked comments of other runs. Pure.
 */
export function failedAttemptWrites(issue: IssueWithComments, options: { taskId: string; run: { runId: string; runUrl: string }; maxAttempts: number; statusPrefix: string; what: string; blockedLabelId: () => string | undefined; mention?: readonly string[] }): FailedAttempt {
  const { run, maxAttempts, statusPrefix } = options;
  const runs = new Set(issue.comments.map((comment) => ATTEMPT_MARKER.exec(comment.body)?.[1]).filter((id): id is string => id !== undefined && id !== run.runId));
  const attempts = runs.size + 1;
  const status = attempts >= maxAttempts ? 'blocked' : 'pending';
  const blockedName = `${statusPrefix}blocked`;
  const body = [
    `<!-- waves:attempt run=${run.runId} -->`,
    `❌ **wave-orchestrator**: attempt ${attempts} of ${maxAttempts} at task ${options.taskId} ${options.what} (run ${run.runUrl}).`,
    '',
    status === 'blocked' ? `${blockedMentions(options.mention)}No attempts left: labelled \`${blockedName}\`; it needs a person. Remove the label to try again.` : 'Back to pending: the next plan dispatches it again.',
  ].join('\n');
  const own = issue.comments.find((comment) => ATTEMPT_MARKER.exec(comment.body)?.[1] === run.runId);
  const writes: IssueWrite[] = [own ? { kind: 'editComment', commentId: own.id, body } : { kind: 'comment', subjectId: issue.id, body }];
  const blockedId = status === 'blocked' ? options.blockedLabelId() : undefined;
  writes.push(...statusLabelWrites(issue.id, issue.labels, statusPrefix, blockedId === undefined ? undefined : { name: blockedName, id: blockedId }));
  return { status, attempts, writes };
}

/** `@a @b: ` for the assignees told about a blocked task (checked logins only), or nothing. */
function blockedMentions(logins: readonly string[] | undefined): string {
  const valid = [...new Set((logins ?? []).filter((login) => /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(login)))];
  return valid.length > 0 ? `${valid.map((login) => `@${login}`).join(' ')}: ` : '';
}
