import { performance } from 'node:perf_hooks';

/**
 * The fake GitHub's issue state: issues, labels, comments, dependencies and sub-issues, shared by
 * its REST routes (fakeGitHub.ts) and its GraphQL endpoint (fakeGitHubGraphql.ts).
 */

export type AuthorAssociation = 'OWNER' | 'MEMBER' | 'COLLABORATOR' | 'CONTRIBUTOR' | 'FIRST_TIMER' | 'FIRST_TIME_CONTRIBUTOR' | 'MANNEQUIN' | 'NONE';
export type StateReason = 'completed' | 'not_planned' | 'duplicate' | 'reopened';

/** An issue to seed. */
export interface FakeIssueSeed {
  /** Default: the next free number in the repository. */
  number?: number;
  title: string;
  body?: string;
  state?: 'open' | 'closed';
  /** Default: completed for a closed issue, null for an open one. */
  stateReason?: StateReason | null;
  /** Created in the repository if missing. */
  labels?: string[];
  /** Login, default 'octocat'; a login ending in [bot] is a Bot. */
  author?: string;
  /** Default 'OWNER'. */
  authorAssociation?: AuthorAssociation;
  /** The issues blocking this one (numbers in the same repository, or elsewhere); they must exist when queried. */
  blockedBy?: Array<number | { repository: string; number: number }>;
  /** Makes this a sub-issue of that issue (same repository). */
  parent?: number;
  /** Default: the fake's default repository. */
  repository?: string;
  /** Logins the issue is assigned to, in order. */
  assignees?: string[];
}

/** An issue as it is now: a copy of the fake's state, for assertions. */
export interface FakeIssue {
  id: number;
  nodeId: string;
  number: number;
  repository: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason: string | null;
  labels: string[];
  author: string;
  authorAssociation: string;
  blockedBy: Array<{ repository: string; number: number }>;
  /** Numbers of its sub-issues, in their order. */
  subIssues: number[];
  parent: number | undefined;
  comments: Array<{ id: number; nodeId: string; body: string; author: string }>;
  closedAt: string | null;
  createdAt: string;
  /** What happened to it, in order. */
  events: IssueEvent[];
}

/** Something that happened to an issue (GraphQL serves the labeled/unlabeled/closed/reopened ones as Issue.timelineItems). */
export interface IssueEvent {
  /** performance.now() when it happened (backdateEvents leaves it alone). */
  at: number;
  /** When it happened by the wall clock, ms since the epoch (strictly increasing, like all the store's times); backdateEvents moves it. */
  time: number;
  kind: 'closed' | 'reopened' | 'labeled' | 'unlabeled' | 'created' | 'edited';
  /** Who did it: the fake's actor for changes made through the API, the seed's author for seeded labels. */
  actor: string;
  label?: string;
  /** For `closed`: the reason it was closed with. */
  stateReason?: Exclude<StateReason, 'reopened'>;
}

/** What the store needs of a repository (fakeGitHub's Repository extends it). */
export interface IssueRepository {
  owner: string;
  name: string;
  id: number;
  issues: Map<number, IssueRecord>;
  /** By lower-cased name. */
  labels: Map<string, LabelRecord>;
  nextIssueNumber: number;
}

export interface LabelRecord {
  kind: 'Label';
  id: number;
  nodeId: string;
  name: string;
  color: string;
  description: string | null;
  isDefault: boolean;
  createdAt: number;
  updatedAt: number;
  repository: IssueRepository;
}

export interface CommentRecord {
  kind: 'IssueComment';
  id: number;
  nodeId: string;
  body: string;
  author: string;
  authorAssociation: AuthorAssociation;
  createdAt: number;
  updatedAt: number;
  issue: IssueRecord;
}

export interface IssueLink {
  repository: string;
  number: number;
  /** When the relationship was made (ms since epoch, strictly increasing). */
  addedAt: number;
}

export interface IssueRecord {
  kind: 'Issue';
  id: number;
  nodeId: string;
  number: number;
  repository: IssueRepository;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason: StateReason | null;
  labels: LabelRecord[];
  author: string;
  authorAssociation: AuthorAssociation;
  blockedBy: IssueLink[];
  parent: number | undefined;
  /** When it became a sub-issue: its position among its siblings. */
  parentAddedAt: number;
  comments: CommentRecord[];
  createdAt: number;
  updatedAt: number;
  closedAt: number | null;
  events: FakeIssue['events'];
  assignees: string[];
  /**
   * Set when the record is a pull request's issue side (fakeGitHubPulls.ts): GitHub numbers issues
   * and pull requests together, the REST issue routes serve both (a pull request with a
   * `pull_request` field), and GraphQL's issue fields serve only issues.
   */
  pullRequest?: { mergedAt: number | null };
}

export type NodeRecord = IssueRecord | LabelRecord | CommentRecord | { kind: 'Repository'; repository: IssueRepository };

/** A failure GitHub would report; REST and GraphQL word it each their own way. */
export class IssueStoreError extends Error {
  constructor(
    readonly reason: 'not_found' | 'invalid',
    message: string,
  ) {
    super(message);
  }
}

export const DEFAULT_LABEL_COLOR = 'ededed';
export const MAX_SUB_ISSUES = 100;
export const MAX_SUB_ISSUE_DEPTH = 8;

/** Issues, labels and comments across the fake's repositories. */
export class IssueStore {
  readonly issuesById = new Map<number, IssueRecord>();
  readonly commentsById = new Map<number, CommentRecord>();
  private readonly nodes = new Map<string, NodeRecord>();
  private lastStamp = 0;

  constructor(
    private readonly repositoryOf: (fullName: string, create: boolean) => IssueRepository | undefined,
    private readonly newId: () => number,
    /** Who the token acts as: the actor of the events API calls cause. */
    private readonly actorLogin: () => string = () => 'github-actions[bot]',
  ) {}

  /** A timestamp (ms) later than every earlier one, so ordering by time is total. */
  stamp(): number {
    this.lastStamp = Math.max(Date.now(), this.lastStamp + 1);
    return this.lastStamp;
  }

  fullName(repository: IssueRepository): string {
    return `${repository.owner}/${repository.name}`;
  }

  node(id: string): NodeRecord | undefined {
    return this.nodes.get(id);
  }

  registerRepository(repository: IssueRepository): void {
    this.nodes.set(nodeId('R', String(repository.id)), { kind: 'Repository', repository });
  }

  repositoryNodeId(repository: IssueRepository): string {
    return nodeId('R', String(repository.id));
  }

  findLabel(repository: IssueRepository, name: string): LabelRecord | undefined {
    return repository.labels.get(name.toLowerCase());
  }

  addLabel(repository: IssueRepository, name: string, color = DEFAULT_LABEL_COLOR, description: string | null = null): LabelRecord {
    if (this.findLabel(repository, name)) throw new IssueStoreError('invalid', 'Name has already been taken');
    const id = this.newId();
    const now = this.stamp();
    const label: LabelRecord = { kind: 'Label', id, nodeId: nodeId('LA', String(id)), name, color: color.replace(/^#/, '').toLowerCase(), description, isDefault: false, createdAt: now, updatedAt: now, repository };
    repository.labels.set(name.toLowerCase(), label);
    this.nodes.set(label.nodeId, label);
    return label;
  }

  /** The label, created with GitHub's default colour when missing (as the REST issue routes do). */
  ensureLabel(repository: IssueRepository, name: string): LabelRecord {
    return this.findLabel(repository, name) ?? this.addLabel(repository, name);
  }

  addIssue(repository: IssueRepository, seed: Omit<FakeIssueSeed, 'repository'>): IssueRecord {
    const number = seed.number ?? repository.nextIssueNumber;
    if (!Number.isInteger(number) || number < 1) throw new Error(`fake GitHub: invalid issue number ${number}`);
    if (repository.issues.has(number)) throw new Error(`fake GitHub: ${this.fullName(repository)}#${number} already exists`);
    repository.nextIssueNumber = Math.max(repository.nextIssueNumber, number + 1);
    const id = this.newId();
    const now = this.stamp();
    const state = seed.state ?? 'open';
    const issue: IssueRecord = {
      kind: 'Issue',
      id,
      nodeId: nodeId('I', String(id)),
      number,
      repository,
      title: seed.title,
      body: seed.body ?? '',
      state,
      stateReason: seed.stateReason !== undefined ? seed.stateReason : state === 'closed' ? 'completed' : null,
      labels: [],
      author: seed.author ?? 'octocat',
      authorAssociation: seed.authorAssociation ?? 'OWNER',
      blockedBy: [],
      parent: seed.parent,
      parentAddedAt: now,
      comments: [],
      createdAt: now,
      updatedAt: now,
      closedAt: state === 'closed' ? now : null,
      events: [{ at: performance.now(), time: now, kind: 'created', actor: seed.author ?? 'octocat' }],
      assignees: [...(seed.assignees ?? [])],
    };
    for (const name of seed.labels ?? []) {
      const label = this.ensureLabel(repository, name);
      if (issue.labels.includes(label)) continue;
      issue.labels.push(label);
      this.record(issue, { kind: 'labeled', label: label.name }, issue.author);
    }
    for (const blocker of seed.blockedBy ?? []) {
      const ref = typeof blocker === 'number' ? { repository: this.fullName(repository), number: blocker } : blocker;
      issue.blockedBy.push({ repository: ref.repository, number: ref.number, addedAt: this.stamp() });
    }
    repository.issues.set(number, issue);
    this.issuesById.set(id, issue);
    this.nodes.set(issue.nodeId, issue);
    return issue;
  }

  issueAt(repository: string, number: number): IssueRecord | undefined {
    return this.repositoryOf(repository, false)?.issues.get(number);
  }

  /** Records an event happening now; returns its wall-clock time. */
  private record(issue: IssueRecord, event: Pick<IssueEvent, 'kind' | 'label' | 'stateReason'>, actor = this.actorLogin(), time = this.stamp()): number {
    issue.events.push({ at: performance.now(), time, actor, ...event });
    return time;
  }

  /** Moves the issue's events (and its created/updated/closed times) `ms` into the past. */
  backdate(issue: IssueRecord, ms: number): void {
    for (const event of issue.events) event.time -= ms;
    issue.createdAt -= ms;
    issue.updatedAt -= ms;
    if (issue.closedAt !== null) issue.closedAt -= ms;
  }

  touch(issue: IssueRecord): void {
    issue.updatedAt = this.stamp();
  }

  edit(issue: IssueRecord, changes: { title?: string; body?: string }): void {
    let changed = false;
    if (changes.title !== undefined && changes.title !== issue.title) {
      issue.title = changes.title;
      changed = true;
    }
    if (changes.body !== undefined && changes.body !== issue.body) {
      issue.body = changes.body;
      changed = true;
    }
    if (changed) {
      this.record(issue, { kind: 'edited' });
      this.touch(issue);
    }
  }

  close(issue: IssueRecord, reason: Exclude<StateReason, 'reopened'> = 'completed'): void {
    if (issue.state === 'closed') {
      if (issue.stateReason !== reason) {
        issue.stateReason = reason;
        this.touch(issue);
      }
      return;
    }
    issue.state = 'closed';
    issue.stateReason = reason;
    issue.closedAt = this.record(issue, { kind: 'closed', stateReason: reason });
    this.touch(issue);
  }

  reopen(issue: IssueRecord): void {
    if (issue.state === 'open') return;
    issue.state = 'open';
    issue.stateReason = 'reopened';
    issue.closedAt = null;
    this.record(issue, { kind: 'reopened' });
    this.touch(issue);
  }

  addLabels(issue: IssueRecord, labels: LabelRecord[]): void {
    for (const label of labels) {
      if (issue.labels.includes(label)) continue;
      issue.labels.push(label);
      this.record(issue, { kind: 'labeled', label: label.name });
      this.touch(issue);
    }
  }

  removeLabels(issue: IssueRecord, labels: LabelRecord[]): void {
    for (const label of labels) {
      const index = issue.labels.indexOf(label);
      if (index < 0) continue;
      issue.labels.splice(index, 1);
      this.record(issue, { kind: 'unlabeled', label: label.name });
      this.touch(issue);
    }
  }

  setLabels(issue: IssueRecord, labels: LabelRecord[]): void {
    this.removeLabels(issue, issue.labels.filter((label) => !labels.includes(label)));
    this.addLabels(issue, labels);
  }

  addComment(issue: IssueRecord, body: string, author: string, authorAssociation: AuthorAssociation): CommentRecord {
    const id = this.newId();
    const now = this.stamp();
    const comment: CommentRecord = { kind: 'IssueComment', id, nodeId: nodeId('IC', String(id)), body, author, authorAssociation, createdAt: now, updatedAt: now, issue };
    issue.comments.push(comment);
    this.commentsById.set(id, comment);
    this.nodes.set(comment.nodeId, comment);
    this.touch(issue);
    return comment;
  }

  editComment(comment: CommentRecord, body: string): void {
    comment.body = body;
    comment.updatedAt = this.stamp();
  }

  /** The issues blocking this one that exist, in the order the relationships were made. */
  blockers(issue: IssueRecord): Array<{ issue: IssueRecord; addedAt: number }> {
    return issue.blockedBy.flatMap((link) => {
      const found = this.issueAt(link.repository, link.number);
      return found ? [{ issue: found, addedAt: link.addedAt }] : [];
    });
  }

  /** The issues this one blocks, in the order the relationships were made. */
  blocked(issue: IssueRecord): Array<{ issue: IssueRecord; addedAt: number }> {
    const name = this.fullName(issue.repository).toLowerCase();
    const found: Array<{ issue: IssueRecord; addedAt: number }> = [];
    for (const other of this.issuesById.values()) {
      const link = other.blockedBy.find((candidate) => candidate.number === issue.number && candidate.repository.toLowerCase() === name);
      if (link) found.push({ issue: other, addedAt: link.addedAt });
    }
    return found.sort((a, b) => a.addedAt - b.addedAt);
  }

  addBlockedBy(issue: IssueRecord, blocking: IssueRecord): void {
    if (issue === blocking) throw new IssueStoreError('invalid', 'An issue cannot be blocked by itself');
    if (this.blockers(issue).some((entry) => entry.issue === blocking)) throw new IssueStoreError('invalid', 'The dependency already exists');
    issue.blockedBy.push({ repository: this.fullName(blocking.repository), number: blocking.number, addedAt: this.stamp() });
    this.touch(issue);
  }

  removeBlockedBy(issue: IssueRecord, blocking: IssueRecord): void {
    const index = issue.blockedBy.findIndex((link) => this.issueAt(link.repository, link.number) === blocking);
    if (index < 0) throw new IssueStoreError('not_found', 'The dependency does not exist');
    issue.blockedBy.splice(index, 1);
    this.touch(issue);
  }

  subIssues(issue: IssueRecord): IssueRecord[] {
    return [...issue.repository.issues.values()].filter((child) => child.parent === issue.number).sort((a, b) => a.parentAddedAt - b.parentAddedAt);
  }

  parentOf(issue: IssueRecord): IssueRecord | undefined {
    return issue.parent === undefined ? undefined : issue.repository.issues.get(issue.parent);
  }

  addSubIssue(parent: IssueRecord, child: IssueRecord, replaceParent: boolean): void {
    if (parent === child) throw new IssueStoreError('invalid', 'An issue cannot be a sub-issue of itself');
    if (parent.repository !== child.repository) throw new IssueStoreError('invalid', 'The fake GitHub keeps sub-issues in their parent\'s repository');
    if (child.parent !== undefined && !replaceParent) throw new IssueStoreError('invalid', 'Sub issue may only have one parent');
    if (this.subIssues(parent).length >= MAX_SUB_ISSUES) throw new IssueStoreError('invalid', `Parent cannot have more than ${MAX_SUB_ISSUES} sub-issues`);
    let depth = 1;
    for (let ancestor: IssueRecord | undefined = parent; ancestor; ancestor = this.parentOf(ancestor)) {
      if (ancestor === child) throw new IssueStoreError('invalid', 'An issue cannot be a sub-issue of its own sub-issue');
      depth++;
    }
    if (depth > MAX_SUB_ISSUE_DEPTH) throw new IssueStoreError('invalid', `Sub-issues cannot be nested more than ${MAX_SUB_ISSUE_DEPTH} levels`);
    child.parent = parent.number;
    child.parentAddedAt = this.stamp();
    this.touch(parent);
  }

  removeSubIssue(parent: IssueRecord, child: IssueRecord): void {
    if (child.parent !== parent.number || child.repository !== parent.repository) throw new IssueStoreError('not_found', 'The issue is not a sub-issue of this issue');
    child.parent = undefined;
    this.touch(parent);
  }

  view(issue: IssueRecord): FakeIssue {
    return {
      id: issue.id,
      nodeId: issue.nodeId,
      number: issue.number,
      repository: this.fullName(issue.repository),
      title: issue.title,
      body: issue.body,
      state: issue.state,
      stateReason: issue.stateReason,
      labels: issue.labels.map((label) => label.name),
      author: issue.author,
      authorAssociation: issue.authorAssociation,
      blockedBy: issue.blockedBy.map(({ repository, number }) => ({ repository, number })),
      subIssues: this.subIssues(issue).map((child) => child.number),
      parent: issue.parent,
      comments: issue.comments.map(({ id, nodeId: commentNodeId, body, author }) => ({ id, nodeId: commentNodeId, body, author })),
      closedAt: issue.closedAt === null ? null : isoTime(issue.closedAt),
      createdAt: isoTime(issue.createdAt),
      events: issue.events.map((event) => ({ ...event })),
    };
  }
}

/** GitHub's timestamp format: ISO 8601 in UTC, to the second. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A node ID in GitHub's current format: a type prefix, then an opaque base64url part. */
export function nodeId(kind: string, id: string): string {
  return `${kind}_kwDO${Buffer.from(id).toString('base64url')}`;
}
