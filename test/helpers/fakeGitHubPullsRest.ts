import type { components } from '@octokit/openapi-types';
import { isoTime, type AuthorAssociation, type IssueRepository, type LabelRecord } from './fakeGitHubIssues.js';
import type { FakePull } from './fakeGitHubPulls.js';

// A fake pull request as GitHub's REST API serves it: `pull-request-simple` in lists and the full
// `pull-request` from create, get, update (api.github.com, REST 2022-11-28).

type Schemas = components['schemas'];

/** The REST objects the rest of the fake renders, reused here so a pull request nests the same user and repository objects. */
export interface RestRenderers {
  user: (login: string) => Schemas['simple-user'];
  repository: (repository: IssueRepository) => Schemas['repository'];
  label: (label: LabelRecord) => Schemas['label'];
}

/** What GitHub knows of a pull request's branches when it answers. */
export interface PullFacts {
  headSha: string;
  baseSha: string;
  /** null while GitHub has not computed it (just after create) and once the pull request is closed. */
  mergeable: boolean | null;
  /** The test merge while open and mergeable, the squash commit once merged, else null. */
  mergeCommitSha: string | null;
  commits: number;
  additions: number;
  deletions: number;
  changedFiles: number;
}

/** The list form (`GET /repos/{owner}/{repo}/pulls`). */
export function restPullSimple(pull: FakePull, facts: PullFacts, apiBase: string, render: RestRenderers): Schemas['pull-request-simple'] & Pick<Schemas['pull-request'], 'state' | 'user' | 'head' | 'base'> {
  const issue = pull.issue;
  const full = `${issue.repository.owner}/${issue.repository.name}`;
  const api = `${apiBase}/repos/${full}`;
  const url = `${api}/pulls/${pull.number}`;
  const html = `https://github.com/${full}/pull/${pull.number}`;
  const issueUrl = `${api}/issues/${pull.number}`;
  const repository = render.repository(issue.repository);
  const branch = (ref: string, sha: string) => ({ label: `${issue.repository.owner}:${ref}`, ref, sha, user: repository.owner, repo: repository });
  return {
    url,
    id: pull.id,
    node_id: pull.nodeId,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issueUrl,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${issueUrl}/comments`,
    statuses_url: `${api}/statuses/${facts.headSha}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: render.user(issue.author),
    body: pull.body || null,
    // The list form's description says a label's description is never null; GitHub sends null for a label without one.
    labels: issue.labels.map(render.label) as Schemas['pull-request-simple']['labels'],
    milestone: null,
    active_lock_reason: null,
    created_at: isoTime(issue.createdAt),
    updated_at: isoTime(issue.updatedAt),
    closed_at: issue.closedAt === null ? null : isoTime(issue.closedAt),
    merged_at: pull.mergedAt === null ? null : isoTime(pull.mergedAt),
    merge_commit_sha: facts.mergeCommitSha,
    assignee: issue.assignees[0] === undefined ? null : render.user(issue.assignees[0]),
    assignees: issue.assignees.map(render.user),
    requested_reviewers: [],
    requested_teams: [],
    head: branch(pull.head, facts.headSha),
    base: branch(pull.base, facts.baseSha),
    _links: {
      self: { href: url },
      html: { href: html },
      issue: { href: issueUrl },
      comments: { href: `${issueUrl}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: `${api}/statuses/${facts.headSha}` },
    },
    author_association: issue.authorAssociation as AuthorAssociation,
    auto_merge: pull.autoMerge && { enabled_by: render.user(pull.autoMerge.enabledBy), merge_method: 'squash', commit_title: pull.autoMerge.commitTitle, commit_message: pull.autoMerge.commitMessage },
    draft: pull.draft,
  };
}

/** The full form (create, get, update): the list form plus merge state and counts. */
export function restPull(pull: FakePull, facts: PullFacts, apiBase: string, render: RestRenderers): Schemas['pull-request'] {
  const open = pull.state === 'open';
  return {
    ...restPullSimple(pull, facts, apiBase, render),
    merged: pull.mergeCommit !== null,
    mergeable: facts.mergeable,
    rebaseable: facts.mergeable,
    // GitHub's mergeStateStatus, lower-cased: no checks or reviews here, so clean or dirty once known.
    mergeable_state: !open || facts.mergeable === null ? 'unknown' : pull.draft ? 'draft' : facts.mergeable ? 'clean' : 'dirty',
    merged_by: pull.mergedBy === null ? null : render.user(pull.mergedBy),
    comments: pull.issue.comments.length,
    review_comments: 0,
    maintainer_can_modify: pull.maintainerCanModify,
    commits: facts.commits,
    additions: facts.additions,
    deletions: facts.deletions,
    changed_files: facts.changedFiles,
  };
}
