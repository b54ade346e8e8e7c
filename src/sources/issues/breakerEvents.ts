import type { LoopEvent } from '../../core/failureStreakFromEvents.js';
import { isDashboardBody } from '../../render/renderDashboardIssueBody.js';
import { ATTEMPT_MARKER, attemptRunUrl } from './attemptMarker.js';
import { PAUSE_LABEL } from './dashboardPause.js';
import type { IssuesPlan } from './issuesToPlan.js';
import type { IssueSnapshot, IssueState, IssueStateReason } from './issueSnapshot.js';

/**
 * The failure breaker of the issues source keeps no record: the streak is derived at each plan
 * from what GitHub holds, so legs ending at the same moment cannot lose each other's update.
 * Failures are the attempt comments the token's identity wrote on task issues; successes are task
 * issues closed as completed or labelled done (or review); a resume is the `wave-paused` label
 * removed from the dashboard issue. These functions turn the snapshot and the comments into
 * events for failureStreakFromEvents. Pure.
 */

/** What the breaker knows of the issue behind one task (a task issue, or a sub-issue phase). */
export interface TaskIssueFacts {
  taskId: string;
  number: number;
  /** GraphQL node id. */
  nodeId: string;
  state?: IssueState;
  stateReason?: IssueStateReason;
  updatedAt?: string;
  closedAt?: string | null;
  /** The label events read (labelled task issues only), and whether older ones exist. */
  labelEvents?: { name: string; at: string }[];
  earlierLabelEvents?: boolean;
}

/** The issue behind each task of the plan, with what the snapshot read of it, in task order. */
export function taskIssueFacts(snapshot: Pick<IssueSnapshot, 'issues'>, planned: Pick<IssuesPlan, 'issues'>): TaskIssueFacts[] {
  const labelled = new Map(snapshot.issues.map((issue) => [issue.number, issue]));
  const phases = new Map(snapshot.issues.flatMap((issue) => issue.subIssues.map((child) => [child.number, child] as const)));
  const facts: TaskIssueFacts[] = [];
  for (const [taskId, origin] of planned.issues) {
    if (!origin.nodeId) continue;
    const issue = labelled.get(origin.number);
    const phase = phases.get(origin.number);
    const known = issue ?? phase;
    facts.push({
      taskId,
      number: origin.number,
      nodeId: origin.nodeId,
      ...(known ? { state: known.state, stateReason: known.stateReason } : {}),
      ...(known?.updatedAt === undefined ? {} : { updatedAt: known.updatedAt }),
      ...(known?.closedAt === undefined ? {} : { closedAt: known.closedAt }),
      ...(issue ? { labelEvents: issue.labelEvents, earlierLabelEvents: issue.earlierLabelEvents ?? false } : {}),
    });
  }
  return facts;
}

/**
 * What resets the streak: each task issue closed as completed (at its close), each `done` or
 * `review` label added (a leg that succeeded and left the issue open), and each time someone took
 * the `wave-paused` label off a dashboard issue (a resume).
 */
export function resetEvents(snapshot: Pick<IssueSnapshot, 'dashboards'>, facts: readonly TaskIssueFacts[], statusPrefix: string): LoopEvent[] {
  const succeeded = new Set([`${statusPrefix}done`, `${statusPrefix}review`].map((name) => name.toLowerCase()));
  const events: LoopEvent[] = [];
  for (const fact of facts) {
    if (fact.state === 'CLOSED' && (fact.stateReason === 'COMPLETED' || fact.stateReason === null) && fact.closedAt) events.push({ kind: 'success', at: fact.closedAt });
    for (const event of fact.labelEvents ?? []) if (succeeded.has(event.name.toLowerCase())) events.push({ kind: 'success', at: event.at });
  }
  for (const dashboard of snapshot.dashboards.filter((issue) => isDashboardBody(issue.body))) {
    for (const removal of dashboard.labelRemovals ?? []) if (removal.name.toLowerCase() === PAUSE_LABEL) events.push({ kind: 'resume', at: removal.at });
  }
  return events;
}

/**
 * The task issues that may hold a failed attempt after `after` (ISO time; undefined: ever), whose
 * comments the breaker must read: changed since then (a comment changes an issue), and claimed at
 * some point (an attempt follows a claim), as far as the label events read can tell.
 */
export function attemptCandidates(facts: readonly TaskIssueFacts[], after: string | undefined, statusPrefix: string): TaskIssueFacts[] {
  const inProgress = `${statusPrefix}in-progress`.toLowerCase();
  const since = after === undefined ? undefined : Date.parse(after);
  return facts.filter((fact) => {
    if (since !== undefined && fact.updatedAt !== undefined && !(Date.parse(fact.updatedAt) > since)) return false;
    if (fact.labelEvents === undefined || fact.earlierLabelEvents) return true;
    return fact.labelEvents.some((event) => event.name.toLowerCase() === inProgress);
  });
}

/** The failed attempts at task `taskId` its issue's comments record: the marked ones the token's identity wrote. */
export function failureEvents(taskId: string, comments: readonly { createdAt: string; viewerDidAuthor?: boolean; body: string }[]): LoopEvent[] {
  return comments.flatMap((comment): LoopEvent[] => {
    if (comment.viewerDidAuthor === false) return [];
    const marker = ATTEMPT_MARKER.exec(comment.body);
    return marker ? [{ kind: 'failure', id: taskId, at: comment.createdAt, runUrl: attemptRunUrl(comment.body) ?? `run ${marker[1] ?? '?'}` }] : [];
  });
}

/** The latest time among some events, or undefined when there are none. */
export function latestEvent(events: readonly LoopEvent[]): string | undefined {
  return events.reduce<string | undefined>((latest, event) => (latest === undefined || Date.parse(event.at) > Date.parse(latest) ? event.at : latest), undefined);
}
