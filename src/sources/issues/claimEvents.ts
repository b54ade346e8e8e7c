import type { DispatchRecord } from '../../core/loopRecord.js';
import type { IssueSnapshot } from './issueSnapshot.js';

/** The claims the issues source has recorded: each time a task issue got the in-progress label (its last ten label events), for the daily budget. */
export function claimEvents(snapshot: Pick<IssueSnapshot, 'issues'>, statusPrefix: string): DispatchRecord[] {
  const inProgress = `${statusPrefix}in-progress`.toLowerCase();
  return snapshot.issues.flatMap((issue) => issue.labelEvents.filter((event) => event.name.toLowerCase() === inProgress).map((event) => ({ id: String(issue.number), at: event.at })));
}
