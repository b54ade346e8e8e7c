import type { TaskStatus } from '../../core/model.js';
import type { IssueWrite } from '../../github/issueWrites.js';
import { ATTEMPT_MARKER } from '../../sources/issues/attemptMarker.js';
import { statusLabelWrites } from './issueLabelWrites.js';

/** What the completion reads of an issue to record a failed attempt. */
export interface IssueWithComments {
  id: string;
  labels: { id: string; name: string }[];
  /** `viewerDidAuthor`: written by the token's identity (only those markers count). */
  comments: { id: string; body: string; viewerDidAuthor?: boolean }[];
}


/** A failed attempt, worked out: the status it leads to, and the comment and label writes that record it. */
export interface FailedAttempt {
  status: Extract<TaskStatus, 'pending' | 'blocked'>;
  attempts: number;
  writes: IssueWrite[];
}

/** Where one attempt ran: the run, and the leg in it (run attempt, job, and what recorded it). */
export interface AttemptLeg {
  runId: string;
  runUrl: string;
  /** Unique per leg within the run, e.g. `2/agents/complete`. */
  leg: string;
}

/**
 * One failed attempt at a task issue: one comment per task per leg (marked with the run id and the
 * leg; a re-run of the same leg edits it), the status labels cleared, and `status:blocked` once no
 * attempts are left. Earlier attempts are counted from the marked comments the token's identity
 * wrote; a marker anyone else posts counts for nothing. Pure.
 */
export function failedAttemptWrites(issue: IssueWithComments, options: { taskId: string; run: AttemptLeg; maxAttempts: number; statusPrefix: string; what: string; blockedLabelId: () => string | undefined; mention?: readonly string[] }): FailedAttempt {
  const { run, maxAttempts, statusPrefix } = options;
  const mine = `${run.runId} ${run.leg}`;
  const keyOf = (comment: IssueWithComments['comments'][number]): string | undefined => {
    if (comment.viewerDidAuthor === false) return undefined;
    const match = ATTEMPT_MARKER.exec(comment.body);
    return match ? `${match[1]} ${match[2] ?? ''}` : undefined;
  };
  const others = new Set(issue.comments.map(keyOf).filter((key): key is string => key !== undefined && key !== mine));
  const attempts = others.size + 1;
  const status = attempts >= maxAttempts ? 'blocked' : 'pending';
  const blockedName = `${statusPrefix}blocked`;
  const body = [
    `<!-- waves:attempt run=${run.runId} leg=${run.leg} -->`,
    `❌ **wave-orchestrator**: attempt ${attempts} of ${maxAttempts} at task ${options.taskId} ${options.what} (run ${run.runUrl}).`,
    '',
    status === 'blocked' ? `${blockedMentions(options.mention)}No attempts left: labelled \`${blockedName}\`; it needs a person. Remove the label to try again.` : 'Back to pending: the next plan dispatches it again.',
  ].join('\n');
  const own = issue.comments.find((comment) => keyOf(comment) === mine);
  // The comment goes first: if the label change then fails, the attempt is still counted.
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
