import type { IssueSnapshot, LinkedIssue, TaskIssue } from '../../../src/sources/issues/issueSnapshot.js';

/** A task issue with defaults: open, by the owner, no labels or links. */
export function taskIssue(number: number, fields: Partial<TaskIssue> = {}): TaskIssue {
  return {
    id: `I_${number}`,
    databaseId: 9000 + number,
    number,
    title: `Issue ${number}`,
    body: '',
    url: `https://github.com/octo-org/backlog/issues/${number}`,
    state: 'OPEN',
    stateReason: null,
    authorAssociation: 'OWNER',
    author: 'octocat',
    labels: [{ id: 'L_task', name: 'wave-task' }],
    blockedBy: [],
    subIssues: [],
    parent: undefined,
    labelEvents: [],
    truncated: [],
    ...fields,
  };
}

/** A linked issue in octo-org/backlog unless another repository is given. */
export function linked(number: number, state: LinkedIssue['state'] = 'OPEN', repository = 'octo-org/backlog', stateReason: LinkedIssue['stateReason'] = null): LinkedIssue {
  return { repository, number, state, stateReason, title: `Issue ${number}`, url: `https://github.com/${repository}/issues/${number}`, id: `I_${number}` };
}

export function labels(...names: string[]): TaskIssue['labels'] {
  return names.map((name) => ({ id: `L_${name}`, name }));
}

export function snapshotOf(issues: TaskIssue[], referenced: LinkedIssue[] = []): IssueSnapshot {
  return {
    repository: 'octo-org/backlog',
    repositoryId: 'R_1',
    issues,
    labelIds: new Map(),
    dashboards: [],
    referenced: new Map(referenced.map((issue) => [`${issue.repository.toLowerCase()}#${issue.number}`, issue])),
    transport: 'graphql',
    requests: 1,
  };
}
