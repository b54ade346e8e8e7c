/** Issues as the API returned them, in one plain shape whatever the transport (GraphQL or REST). */

/** How GitHub says an issue is: open, or closed for a reason. */
export type IssueState = 'OPEN' | 'CLOSED';
export type IssueStateReason = 'COMPLETED' | 'NOT_PLANNED' | 'DUPLICATE' | 'REOPENED' | null;

/** Another issue, by repository and number (`owner/repo#12`). */
export interface IssueReference {
  /** `owner/name`, as GitHub spells it. */
  repository: string;
  number: number;
}

/** An issue named by a task issue (a blocker, or a sub-issue): just enough to know its state. */
export interface LinkedIssue extends IssueReference {
  state: IssueState;
  stateReason: IssueStateReason;
  title?: string;
  url?: string;
  /** GraphQL node id, for writes. */
  id?: string;
  /** When it last changed, and when it was closed (ISO times; sub-issues read with GraphQL), for the failure breaker. */
  updatedAt?: string;
  closedAt?: string | null;
}

/** One issue that carries the task label. */
export interface TaskIssue {
  /** GraphQL node id. */
  id: string;
  /** REST id. */
  databaseId: number;
  number: number;
  title: string;
  /** Untrusted text. */
  body: string;
  url: string;
  state: IssueState;
  stateReason: IssueStateReason;
  /** OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, NONE, ... */
  authorAssociation: string;
  author: string | undefined;
  labels: { id: string; name: string }[];
  /** GitHub's native "blocked by" dependencies. */
  blockedBy: LinkedIssue[];
  subIssues: LinkedIssue[];
  parent: IssueReference | undefined;
  /** The latest times labels were added (GraphQL only; empty through REST), oldest first. */
  labelEvents: { name: string; at: string }[];
  /** True when older label events exist than `labelEvents` holds (the window was full). */
  earlierLabelEvents?: boolean;
  /** With `earlierLabelEvents`: the cursor before the oldest event read, to read further back. */
  labelEventsBefore?: string;
  /** When it last changed (a comment, a label) and when it was closed (ISO times; GraphQL only), for the failure breaker. */
  updatedAt?: string;
  closedAt?: string | null;
  /** Lists that were longer than one page holds (labels, blockedBy, subIssues): named in a warning. */
  truncated: string[];
  /** Why its blocked-by list could not be read (REST: a 404 for this issue alone); the task is then held. */
  blockersUnreadable?: string;
}

/** Everything one plan reads from a repository. */
export interface IssueSnapshot {
  /** `owner/name`. */
  repository: string;
  /** GraphQL node id of the repository, for createIssue. */
  repositoryId: string;
  issues: TaskIssue[];
  /** Labels whose names start with the status prefix, and the task and dashboard labels: lower-cased name -> node id (GitHub matches label names without case). */
  labelIds: Map<string, string>;
  /** Open issues carrying the dashboard label, oldest first. */
  dashboards: { id: string; number: number; body: string; url: string; labels?: string[]; labelRemovals?: { name: string; at: string }[] }[];
  /** State of issues that task bodies name but that are not tasks (`owner/repo#7` -> state), when known. */
  referenced: Map<string, LinkedIssue>;
  /** How the snapshot was read, and what it cost. */
  transport: 'graphql' | 'rest';
  requests: number;
}

/** `owner/repo#12`, the key used for issues across repositories. */
export function referenceKey(reference: IssueReference): string {
  return `${reference.repository.toLowerCase()}#${reference.number}`;
}
