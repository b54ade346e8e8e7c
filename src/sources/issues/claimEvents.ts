import type { DispatchRecord } from '../../core/loopRecord.js';
import type { IssueSnapshot, TaskIssue } from './issueSnapshot.js';

/** The claims the issues source has recorded: each time a task issue got the in-progress label (the label events read), for the daily budget. */
export function claimEvents(snapshot: Pick<IssueSnapshot, 'issues'>, statusPrefix: string): DispatchRecord[] {
  const inProgress = `${statusPrefix}in-progress`.toLowerCase();
  return snapshot.issues.flatMap((issue) => issue.labelEvents.filter((event) => event.name.toLowerCase() === inProgress).map((event) => ({ id: String(issue.number), at: event.at })));
}

/**
 * The task issues whose label events read do not reach back to `since` (ISO time) while older
 * ones exist: a claim made after `since` may be among those not read, so they are read further
 * back before the daily budget counts. Pure.
 */
export function issuesShortOfLabelEvents(snapshot: Pick<IssueSnapshot, 'issues'>, since: string): TaskIssue[] {
  const limit = Date.parse(since);
  return snapshot.issues.filter((issue) => issue.earlierLabelEvents && issue.labelEventsBefore !== undefined && !(Date.parse(issue.labelEvents[0]?.at ?? '') <= limit));
}
