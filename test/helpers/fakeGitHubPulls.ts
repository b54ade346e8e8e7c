import { execFileSync } from 'node:child_process';
import type { IssueRecord, IssueRepository, IssueStore } from './fakeGitHubIssues.js';

// Pull requests for the fake GitHub: REST routes and GraphQL PullRequest nodes, backed by a real
// bare git repository (the origin the action pushes to), so mergeability and merges are git's own.

/** One pull request the fake holds. */
export interface FakePull {
  id: number;
  nodeId: string;
  number: number;
  /** Branch names. */
  head: string;
  base: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
  mergeCommit: string | null;
  autoMerge: boolean;
  /** The issue record that shares the PR's number (comments go there, as on GitHub). */
  issue: IssueRecord;
}

/** A route as fakeGitHub.ts serves it. */
export interface PullRoute {
  key: string;
  docs: string;
  handle: (context: { repository: IssueRepository; params: Record<string, string>; query: Record<string, string>; body: unknown }) => { status: number; body?: unknown };
}

/** What the pulls part of the fake needs from the rest of it. */
export interface PullsDependencies {
  store: IssueStore;
  nextId: () => number;
  /** The bare repository that holds the branches, for `owner/name`; without one, PR routes answer 404. */
  gitOrigin: (fullName: string) => string | undefined;
  apiBase: () => string;
  /** The default branch: a merge into it closes the issues the body says it closes (`Closes #12`), as GitHub does. Default main. */
  defaultBranch?: string;
}

/** GitHub's closing keywords followed by an issue of the same repository: `Closes #12`, `fixes: #3`, `Resolved #7`. */
const CLOSING_REFERENCE = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s*:?\s+#(\d+)\b/gi;

const git = (dir: string, args: string[], input?: string) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, GIT_AUTHOR_NAME: 'GitHub', GIT_AUTHOR_EMAIL: 'noreply@github.com', GIT_COMMITTER_NAME: 'GitHub', GIT_COMMITTER_EMAIL: 'noreply@github.com' } }).trim();
const revParse = (dir: string, ref: string) => {
  try {
    return git(dir, ['rev-parse', '--verify', '--quiet', `refs/heads/${ref}`]);
  } catch {
    return undefined;
  }
};

/** The pulls store, its REST routes and its GraphQL resolvers. */
export function createFakePulls(deps: PullsDependencies) {
  const pulls: FakePull[] = [];
  const byNode = new Map<string, FakePull>();
  const full = (repository: IssueRepository) => `${repository.owner}/${repository.name}`;
  const originOf = (pull: FakePull) => deps.gitOrigin(full(pull.issue.repository)) as string;

  /** MERGEABLE or CONFLICTING, as `git merge-tree` says for head into base. */
  const mergeable = (pull: FakePull): 'MERGEABLE' | 'CONFLICTING' | 'UNKNOWN' => {
    const dir = originOf(pull);
    const head = revParse(dir, pull.head);
    const base = revParse(dir, pull.base);
    if (!head || !base) return 'UNKNOWN';
    try {
      git(dir, ['merge-tree', '--write-tree', base, head]);
      return 'MERGEABLE';
    } catch {
      return 'CONFLICTING';
    }
  };
  const headSha = (pull: FakePull) => revParse(originOf(pull), pull.head) ?? '0'.repeat(40);
  const rest = (pull: FakePull) => {
    const repo = full(pull.issue.repository);
    return {
      id: pull.id,
      node_id: pull.nodeId,
      number: pull.number,
      url: `${deps.apiBase()}/repos/${repo}/pulls/${pull.number}`,
      html_url: `https://github.com/${repo}/pull/${pull.number}`,
      state: pull.state,
      title: pull.title,
      body: pull.body,
      merged: pull.mergeCommit !== null,
      merge_commit_sha: pull.mergeCommit,
      head: { ref: pull.head, sha: headSha(pull), label: `${pull.issue.repository.owner}:${pull.head}` },
      base: { ref: pull.base, sha: revParse(originOf(pull), pull.base) ?? '', label: `${pull.issue.repository.owner}:${pull.base}` },
      auto_merge: pull.autoMerge ? { merge_method: 'squash' } : null,
    };
  };
  /** A squash merge made with git on the origin, as GitHub makes one: the merged tree, one parent. */
  const squash = (pull: FakePull): string => {
    const dir = originOf(pull);
    const base = revParse(dir, pull.base) as string;
    const tree = git(dir, ['merge-tree', '--write-tree', base, headSha(pull)]).split('\n')[0] as string;
    const commit = git(dir, ['commit-tree', tree, '-p', base], `${pull.title} (#${pull.number})`);
    git(dir, ['update-ref', `refs/heads/${pull.base}`, commit, base]);
    pull.mergeCommit = commit;
    pull.state = 'closed';
    // Only a merge into the default branch closes the issues it names.
    if (pull.base === (deps.defaultBranch ?? 'main')) {
      for (const match of pull.body.matchAll(CLOSING_REFERENCE)) {
        const issue = pull.issue.repository.issues.get(Number(match[1]));
        if (issue && issue !== pull.issue) deps.store.close(issue, 'completed');
      }
    }
    return commit;
  };
  const docs = 'pulls/pulls';
  const find = (repository: IssueRepository, number: string) => pulls.find((pull) => pull.issue.repository === repository && pull.number === Number(number));
  const notFound = { status: 404, body: { message: 'Not Found', documentation_url: `https://docs.github.com/rest/${docs}` } };

  const routes: PullRoute[] = [
    {
      key: 'GET /repos/{owner}/{repo}/pulls',
      docs: `${docs}#list-pull-requests`,
      handle: ({ repository, query }) => {
        const state = query.state ?? 'open';
        const [, headBranch] = (query.head ?? '').split(':');
        const found = pulls.filter((pull) => pull.issue.repository === repository && (state === 'all' || pull.state === state) && (!query.head || pull.head === headBranch) && (!query.base || pull.base === query.base));
        return { status: 200, body: found.slice(0, Number(query.per_page) || 30).map(rest) };
      },
    },
    {
      key: 'POST /repos/{owner}/{repo}/pulls',
      docs: `${docs}#create-a-pull-request`,
      handle: ({ repository, body }) => {
        const input = body as { head?: string; base?: string; title?: string; body?: string };
        const dir = deps.gitOrigin(full(repository));
        if (!dir || !input.head || !input.base || !revParse(dir, input.head) || !revParse(dir, input.base)) return { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }] } };
        if (pulls.some((pull) => pull.issue.repository === repository && pull.state === 'open' && pull.head === input.head && pull.base === input.base)) return { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${repository.owner}:${input.head}.` }] } };
        const issue = deps.store.addIssue(repository, { title: input.title ?? '', body: input.body ?? '', labels: [] });
        const id = deps.nextId();
        const pull: FakePull = { id, nodeId: `PR_kwDO${Buffer.from(String(id)).toString('base64url')}`, number: issue.number, head: input.head, base: input.base, title: input.title ?? '', body: input.body ?? '', state: 'open', mergeCommit: null, autoMerge: false, issue };
        pulls.push(pull);
        byNode.set(pull.nodeId, pull);
        return { status: 201, body: rest(pull) };
      },
    },
    {
      key: 'GET /repos/{owner}/{repo}/pulls/{pull_number}',
      docs: `${docs}#get-a-pull-request`,
      handle: ({ repository, params }) => {
        const pull = find(repository, params.pull_number as string);
        return pull ? { status: 200, body: rest(pull) } : notFound;
      },
    },
    {
      key: 'PATCH /repos/{owner}/{repo}/pulls/{pull_number}',
      docs: `${docs}#update-a-pull-request`,
      handle: ({ repository, params, body }) => {
        const pull = find(repository, params.pull_number as string);
        if (!pull) return notFound;
        const input = body as { title?: string; body?: string; state?: 'open' | 'closed' };
        if (input.title !== undefined) pull.title = input.title;
        if (input.body !== undefined) pull.body = input.body;
        if (input.state !== undefined && pull.mergeCommit === null) pull.state = input.state;
        return { status: 200, body: rest(pull) };
      },
    },
    {
      key: 'PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge',
      docs: `${docs}#merge-a-pull-request`,
      handle: ({ repository, params, body }) => {
        const pull = find(repository, params.pull_number as string);
        if (!pull) return notFound;
        const input = body as { sha?: string };
        if (pull.state !== 'open') return { status: 405, body: { message: 'Pull Request is not mergeable' } };
        if (input.sha && input.sha !== headSha(pull)) return { status: 409, body: { message: 'Head branch was modified. Review and try the merge again.' } };
        if (mergeable(pull) !== 'MERGEABLE') return { status: 405, body: { message: 'Pull Request is not mergeable' } };
        return { status: 200, body: { sha: squash(pull), merged: true, message: 'Pull Request successfully merged' } };
      },
    },
  ];

  const pullRequestNode = (pull: FakePull) => ({
    __typename: 'PullRequest',
    id: pull.nodeId,
    number: pull.number,
    url: `https://github.com/${full(pull.issue.repository)}/pull/${pull.number}`,
    state: pull.mergeCommit ? 'MERGED' : pull.state === 'open' ? 'OPEN' : 'CLOSED',
    merged: pull.mergeCommit !== null,
    mergeable: () => (pull.state === 'open' ? mergeable(pull) : 'UNKNOWN'),
    headRefOid: () => headSha(pull),
    mergeCommit: pull.mergeCommit ? { __typename: 'Commit', oid: pull.mergeCommit } : null,
    autoMergeRequest: pull.autoMerge ? { __typename: 'AutoMergeRequest', enabledAt: new Date().toISOString() } : null,
    headRefName: pull.head,
    baseRefName: pull.base,
    body: pull.body,
    isCrossRepository: false,
  });

  const graphql = {
    node: (id: string) => {
      const pull = byNode.get(id);
      return pull && pullRequestNode(pull);
    },
    /** A repository's pull requests for Repository.pullRequests: what its filters and order read, and the node. */
    inRepository: (repository: IssueRepository) =>
      pulls.filter((pull) => pull.issue.repository === repository).map((pull) => ({ head: pull.head, base: pull.base, state: pull.mergeCommit ? 'MERGED' : pull.state === 'open' ? 'OPEN' : 'CLOSED', createdAt: pull.issue.createdAt, updatedAt: pull.issue.updatedAt, id: pull.id, node: pullRequestNode(pull) })),
    mutations: {
      enablePullRequestAutoMerge: ({ input }: { input: { pullRequestId: string; expectedHeadOid?: string; clientMutationId?: string } }) => {
        const pull = byNode.get(input.pullRequestId);
        if (!pull) throw new Error(`Could not resolve to a node with the global id of '${input.pullRequestId}'`);
        // GitHub refuses to arm auto-merge on a pull request that is already clean (it would merge now).
        if (mergeable(pull) === 'MERGEABLE') throw new Error('Pull request is in clean status');
        pull.autoMerge = true;
        return { clientMutationId: input.clientMutationId ?? null, pullRequest: pullRequestNode(pull) };
      },
    },
  };

  return {
    pulls,
    routes,
    graphql,
    /** A person merges the pull request (squash), as the Merge button does. */
    mergeByPerson: (number: number) => {
      const pull = pulls.find((candidate) => candidate.number === number);
      if (!pull) throw new Error(`fake GitHub: no pull request #${number}`);
      return squash(pull);
    },
    /** A person closes it without merging. */
    closeByPerson: (number: number) => {
      const pull = pulls.find((candidate) => candidate.number === number);
      if (!pull) throw new Error(`fake GitHub: no pull request #${number}`);
      pull.state = 'closed';
    },
  };
}

/** The pulls part of the fake, as fakeGitHub.ts exposes it. */
export type FakePulls = ReturnType<typeof createFakePulls>;
