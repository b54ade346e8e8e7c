import { FieldError } from './fakeGitHubGraphql.js';
import { isoTime, type AuthorAssociation, type IssueRecord, type IssueRepository, type IssueStore } from './fakeGitHubIssues.js';
import { createPullGit, type GitPerson, type PullGit } from './fakeGitHubPullsGit.js';
import { restPull, restPullSimple, type PullFacts, type RestRenderers } from './fakeGitHubPullsRest.js';

// Pull requests for the fake GitHub: REST routes and GraphQL PullRequest nodes, backed by a real
// bare git repository (the origin the action pushes to), so mergeability and merges are git's own.
// Answers follow GitHub's REST description (@octokit/openapi) and GraphQL schema; the wording of
// refusals is GitHub's where it is known.

/** Auto-merge as armed by enablePullRequestAutoMerge. */
export interface FakeAutoMerge {
  enabledBy: string;
  enabledAt: number;
  commitTitle: string;
  commitMessage: string;
}

/** One pull request the fake holds. Title, body and state are its issue's (GitHub numbers them together). */
export interface FakePull {
  id: number;
  nodeId: string;
  number: number;
  /** Branch names. */
  head: string;
  base: string;
  readonly title: string;
  readonly body: string;
  readonly state: 'open' | 'closed';
  draft: boolean;
  maintainerCanModify: boolean;
  /** The head and base commits as GitHub last saw them: followed while open, kept once closed. */
  headSha: string;
  baseSha: string;
  mergeCommit: string | null;
  mergedAt: number | null;
  mergedBy: string | null;
  autoMerge: FakeAutoMerge | null;
  /** The issue record that shares the PR's number (comments go there, as on GitHub). */
  issue: IssueRecord;
}

/** A route as fakeGitHub.ts serves it. */
export interface PullRoute {
  key: string;
  docs: string;
  handle: (context: { repository: IssueRepository; params: Record<string, string>; query: Record<string, string>; body: unknown }) => PullAnswer;
}

type PullAnswer = { status: number; body?: unknown; headers?: Record<string, string> };

/** What the pulls part of the fake needs from the rest of it. */
export interface PullsDependencies {
  store: IssueStore;
  nextId: () => number;
  /** The bare repository that holds the branches, for `owner/name`; without one, PR routes answer 404. */
  gitOrigin: (fullName: string) => string | undefined;
  apiBase: () => string;
  /** Who the token acts as: the author of pull requests opened and merges made through the API. */
  actor: { login: string; association: AuthorAssociation };
  rest: RestRenderers & { paginate: <T>(items: T[], query: Record<string, string>, path: string, render: (item: T) => unknown) => PullAnswer };
  /** The default branch: a merge into it closes the issues the body says it closes (`Closes #12`), as GitHub does. Default main. */
  defaultBranch?: string;
}

/** GitHub's closing keywords followed by an issue of the same repository: `Closes #12`, `fixes: #3`, `Resolved #7`. */
const CLOSING_REFERENCE = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s*:?\s+#(\d+)\b/gi;

const DOCS = 'https://docs.github.com/rest/pulls/pulls';

function refusal(status: number, message: string, anchor: string, errors?: Array<Record<string, string>>): PullAnswer {
  return { status, body: { message, ...(errors ? { errors } : {}), documentation_url: `${DOCS}#${anchor}`, status: String(status) } };
}

/** A login's commit identity as GitHub writes it (the noreply address). */
function gitPerson(login: string): GitPerson {
  return { name: login, email: `${login}@users.noreply.github.com` };
}

/** The pulls store, its REST routes and its GraphQL resolvers. */
export function createFakePulls(deps: PullsDependencies) {
  const pulls: FakePull[] = [];
  const byNode = new Map<string, FakePull>();
  const gits = new Map<string, PullGit>();
  const full = (repository: IssueRepository) => `${repository.owner}/${repository.name}`;
  const gitOf = (repository: IssueRepository): PullGit | undefined => {
    const dir = deps.gitOrigin(full(repository));
    if (!dir) return undefined;
    let found = gits.get(dir);
    if (!found) gits.set(dir, (found = createPullGit(dir)));
    return found;
  };
  const gitFor = (pull: FakePull) => gitOf(pull.issue.repository) as PullGit;

  /** Follows the branches while the pull request is open (a push to the head updates it, as on GitHub). */
  const refresh = (pull: FakePull) => {
    if (pull.state !== 'open') return;
    const git = gitFor(pull);
    const head = git.tip(pull.head);
    const base = git.tip(pull.base);
    if (head && head !== pull.headSha) {
      pull.headSha = head;
      deps.store.touch(pull.issue);
    }
    if (base) pull.baseSha = base;
    // Armed auto-merge merges as soon as the pull request can be merged.
    if (pull.autoMerge && mergeable(pull)) squash(pull, pull.autoMerge.enabledBy, `${pull.autoMerge.commitTitle}\n\n${pull.autoMerge.commitMessage}`);
  };
  const mergeable = (pull: FakePull): boolean => gitFor(pull).mergesCleanly(pull.baseSha, pull.headSha);
  const facts = (pull: FakePull, computed = true): PullFacts => {
    refresh(pull);
    const git = gitFor(pull);
    const open = pull.state === 'open';
    const clean = open && computed ? mergeable(pull) : null;
    const stats = git.diffStats(pull.baseSha, pull.headSha);
    return {
      headSha: pull.headSha,
      baseSha: pull.baseSha,
      mergeable: clean,
      mergeCommitSha: pull.mergeCommit ?? (clean ? (git.testMerge(pull.baseSha, pull.headSha) ?? null) : null),
      commits: git.commits(pull.baseSha, pull.headSha).length,
      ...stats,
    };
  };
  /** GitHub's default squash commit: a lone commit's message, or the title and the commits listed. */
  const squashMessage = (pull: FakePull, title?: string, message?: string) => {
    const commits = gitFor(pull).commits(pull.baseSha, pull.headSha);
    const only = commits.length === 1 ? commits[0] : undefined;
    const defaultTitle = `${only ? only.subject : pull.title} (#${pull.number})`;
    const defaultBody = only ? only.message.split('\n').slice(1).join('\n').trim() : commits.map((commit) => `* ${commit.message}`).join('\n\n');
    return `${title ?? defaultTitle}\n\n${message ?? defaultBody}`.trim();
  };
  /** A squash merge made with git on the origin, as GitHub makes one: the merged tree on the base (`baseSha`, just refreshed), authored by the pull request's author. */
  const squash = (pull: FakePull, mergedBy: string, message: string): string => {
    const commit = gitFor(pull).squash(pull.base, pull.headSha, message, gitPerson(pull.issue.author));
    pull.mergeCommit = commit;
    pull.mergedAt = deps.store.stamp();
    pull.mergedBy = mergedBy;
    pull.issue.pullRequest = { mergedAt: pull.mergedAt };
    close(pull);
    // Only a merge into the default branch closes the issues it names.
    if (pull.base === (deps.defaultBranch ?? 'main')) {
      for (const match of pull.body.matchAll(CLOSING_REFERENCE)) {
        const issue = pull.issue.repository.issues.get(Number(match[1]));
        if (issue && issue !== pull.issue) deps.store.close(issue, 'completed');
      }
    }
    return commit;
  };
  const close = (pull: FakePull) => {
    deps.store.close(pull.issue);
    // A pull request's issue side has no state reason; closing disarms auto-merge.
    pull.issue.stateReason = null;
    pull.autoMerge = null;
  };
  const render = (form: typeof restPull | typeof restPullSimple, computed = true) => (pull: FakePull) => form(pull, facts(pull, computed), deps.apiBase(), deps.rest);
  const find = (repository: IssueRepository, number: string) => pulls.find((pull) => pull.issue.repository === repository && pull.number === Number(number));
  const notFound = (anchor: string) => refusal(404, 'Not Found', anchor);
  const object = (body: unknown) => (typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {});
  /** `owner:branch` or `branch` for this repository; undefined for another owner's fork (not served). */
  const ownBranch = (repository: IssueRepository, ref: string): string | undefined => {
    const [owner, branch] = ref.includes(':') ? ref.split(':', 2) : [repository.owner, ref];
    return owner?.toLowerCase() === repository.owner.toLowerCase() ? branch : undefined;
  };

  const routes: PullRoute[] = [
    {
      key: 'GET /repos/{owner}/{repo}/pulls',
      docs: 'pulls/pulls#list-pull-requests',
      handle: ({ repository, query }) => {
        const anchor = 'list-pull-requests';
        const state = query.state ?? 'open';
        if (!['open', 'closed', 'all'].includes(state)) return refusal(422, 'Validation Failed', anchor, [{ resource: 'PullRequest', field: 'state', code: 'invalid' }]);
        const sort = query.sort ?? 'created';
        if (!['created', 'updated', 'popularity', 'long-running'].includes(sort)) return refusal(422, 'Validation Failed', anchor, [{ resource: 'PullRequest', field: 'sort', code: 'invalid' }]);
        const sign = (query.direction ?? (sort === 'created' ? 'desc' : 'asc')) === 'asc' ? 1 : -1;
        // GitHub ignores a head filter without its `owner:` (a known pitfall): every pull request matches.
        const head = query.head?.includes(':') ? query.head.split(':', 2) : undefined;
        const value = (pull: FakePull) => (sort === 'updated' ? pull.issue.updatedAt : sort === 'popularity' ? pull.issue.comments.length : pull.issue.createdAt);
        const found = pulls
          .filter((pull) => pull.issue.repository === repository)
          .filter((pull) => !head || (head[0]?.toLowerCase() === repository.owner.toLowerCase() && head[1] === pull.head))
          .filter((pull) => !query.base || pull.base === query.base)
          .filter((pull) => {
            refresh(pull);
            return state === 'all' || pull.state === state;
          })
          .sort((a, b) => sign * (value(a) - value(b) || a.id - b.id));
        return deps.rest.paginate(found, query, `/repos/${full(repository)}/pulls`, render(restPullSimple));
      },
    },
    {
      key: 'POST /repos/{owner}/{repo}/pulls',
      docs: 'pulls/pulls#create-a-pull-request',
      handle: ({ repository, body }) => {
        const anchor = 'create-a-pull-request';
        const input = object(body);
        for (const field of ['head', 'base'] as const) if (typeof input[field] !== 'string') return refusal(422, `Invalid request.\n\n"${field}" wasn't supplied.`, anchor);
        const git = gitOf(repository);
        if (!git) return notFound(anchor);
        const headBranch = ownBranch(repository, input.head as string);
        const base = input.base as string;
        const baseSha = git.tip(base);
        const headSha = headBranch === undefined ? undefined : git.tip(headBranch);
        if (typeof input.title !== 'string' || !input.title.trim()) return refusal(422, 'Validation Failed', anchor, [{ resource: 'PullRequest', code: 'missing_field', field: 'title' }]);
        if (!baseSha) return refusal(422, 'Validation Failed', anchor, [{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
        if (!headBranch || !headSha) return refusal(422, 'Validation Failed', anchor, [{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
        const open = pulls.find((pull) => pull.issue.repository === repository && pull.head === headBranch && pull.base === base && pull.state === 'open');
        if (open) return refusal(422, 'Validation Failed', anchor, [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${repository.owner}:${headBranch}.` }]);
        if (git.isAncestor(headSha, baseSha)) return refusal(422, 'Validation Failed', anchor, [{ resource: 'PullRequest', code: 'custom', message: `No commits between ${base} and ${headBranch}` }]);
        const issue = deps.store.addIssue(repository, { title: input.title, body: typeof input.body === 'string' ? input.body : '', author: deps.actor.login, authorAssociation: deps.actor.association });
        issue.pullRequest = { mergedAt: null };
        const id = deps.nextId();
        const pull: FakePull = {
          id,
          nodeId: `PR_kwDO${Buffer.from(String(id)).toString('base64url')}`,
          number: issue.number,
          head: headBranch,
          base,
          get title() {
            return issue.title;
          },
          get body() {
            return issue.body;
          },
          get state() {
            return issue.state;
          },
          draft: input.draft === true,
          maintainerCanModify: input.maintainer_can_modify !== false,
          headSha,
          baseSha,
          mergeCommit: null,
          mergedAt: null,
          mergedBy: null,
          autoMerge: null,
          issue,
        };
        pulls.push(pull);
        byNode.set(pull.nodeId, pull);
        // Mergeability is computed after the answer: the new pull request says null / unknown.
        const answer = render(restPull, false)(pull);
        return { status: 201, body: answer, headers: { location: answer.url } };
      },
    },
    {
      key: 'GET /repos/{owner}/{repo}/pulls/{pull_number}',
      docs: 'pulls/pulls#get-a-pull-request',
      handle: ({ repository, params }) => {
        const pull = find(repository, params.pull_number as string);
        return pull ? { status: 200, body: render(restPull)(pull) } : notFound('get-a-pull-request');
      },
    },
    {
      key: 'PATCH /repos/{owner}/{repo}/pulls/{pull_number}',
      docs: 'pulls/pulls#update-a-pull-request',
      handle: ({ repository, params, body }) => {
        const anchor = 'update-a-pull-request';
        const pull = find(repository, params.pull_number as string);
        if (!pull) return notFound(anchor);
        refresh(pull);
        const input = object(body);
        const invalid = (field: string, message?: string) => refusal(422, 'Validation Failed', anchor, [{ resource: 'PullRequest', field, code: message ? 'custom' : 'invalid', ...(message ? { message } : {}) }]);
        if (input.state !== undefined && input.state !== 'open' && input.state !== 'closed') return invalid('state');
        const git = gitFor(pull);
        if (typeof input.base === 'string' && input.base !== pull.base) {
          if (pull.state === 'closed') return refusal(422, 'Validation Failed', anchor, [{ message: 'Cannot change the base branch of a closed pull request.', resource: 'PullRequest', field: 'base', code: 'invalid' }]);
          if (!git.tip(input.base)) return invalid('base');
        }
        if (input.state === 'open' && pull.state === 'closed') {
          // GitHub reopens only an unmerged pull request whose head is where it was when it closed.
          const head = git.tip(pull.head);
          if (pull.mergeCommit !== null) return invalid('state', 'state cannot be changed. The pull request has already been merged.');
          if (!head) return invalid('state', `state cannot be changed. The ${pull.head} branch has been deleted.`);
          if (head !== pull.headSha) return invalid('state', `state cannot be changed. The ${pull.head} branch was force-pushed or recreated.`);
          if (pulls.some((other) => other !== pull && other.issue.repository === repository && other.state === 'open' && other.head === pull.head && other.base === pull.base)) return invalid('state', `A pull request already exists for ${repository.owner}:${pull.head}.`);
        }
        deps.store.edit(pull.issue, { ...(typeof input.title === 'string' ? { title: input.title } : {}), ...(typeof input.body === 'string' ? { body: input.body } : {}) });
        if (typeof input.base === 'string') pull.base = input.base;
        if (typeof input.maintainer_can_modify === 'boolean') pull.maintainerCanModify = input.maintainer_can_modify;
        if (input.state === 'closed' && pull.state === 'open') close(pull);
        if (input.state === 'open' && pull.state === 'closed') {
          deps.store.reopen(pull.issue);
          pull.issue.stateReason = null;
        }
        return { status: 200, body: render(restPull)(pull) };
      },
    },
    {
      key: 'PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge',
      docs: 'pulls/pulls#merge-a-pull-request',
      handle: ({ repository, params, body }) => {
        const anchor = 'merge-a-pull-request';
        const pull = find(repository, params.pull_number as string);
        if (!pull) return notFound(anchor);
        refresh(pull);
        const input = object(body);
        if (input.merge_method !== undefined && !['merge', 'squash', 'rebase'].includes(input.merge_method as string)) return refusal(422, 'Validation Failed', anchor, [{ resource: 'PullRequest', field: 'merge_method', code: 'invalid' }]);
        // The fake's repositories allow squash merges only (the method the product uses); GitHub's default is merge.
        if (input.merge_method !== 'squash') return refusal(405, input.merge_method === 'rebase' ? 'Rebase merges are not allowed on this repository.' : 'Merge commits are not allowed on this repository.', anchor);
        if (pull.state !== 'open') return refusal(405, 'Pull Request is not mergeable', anchor);
        if (typeof input.sha === 'string' && input.sha !== pull.headSha) return refusal(409, 'Head branch was modified. Review and try the merge again.', anchor);
        if (!mergeable(pull)) return refusal(405, 'Pull Request is not mergeable', anchor);
        const sha = squash(pull, deps.actor.login, squashMessage(pull, typeof input.commit_title === 'string' ? input.commit_title : undefined, typeof input.commit_message === 'string' ? input.commit_message : undefined));
        return { status: 200, body: { sha, merged: true, message: 'Pull Request successfully merged' } };
      },
    },
  ];

  const pullRequestNode = (pull: FakePull) => {
    refresh(pull);
    const repo = full(pull.issue.repository);
    const open = pull.state === 'open';
    const clean = open ? mergeable(pull) : undefined;
    const stats = () => gitFor(pull).diffStats(pull.baseSha, pull.headSha);
    return {
      __typename: 'PullRequest',
      id: pull.nodeId,
      fullDatabaseId: String(pull.id),
      number: pull.number,
      title: pull.title,
      body: pull.body,
      url: `https://github.com/${repo}/pull/${pull.number}`,
      resourcePath: `/${repo}/pull/${pull.number}`,
      state: pull.mergeCommit ? 'MERGED' : open ? 'OPEN' : 'CLOSED',
      merged: pull.mergeCommit !== null,
      closed: !open,
      isDraft: pull.draft,
      mergeable: clean === undefined ? 'UNKNOWN' : clean ? 'MERGEABLE' : 'CONFLICTING',
      mergeStateStatus: clean === undefined ? 'UNKNOWN' : pull.draft ? 'DRAFT' : clean ? 'CLEAN' : 'DIRTY',
      headRefName: pull.head,
      headRefOid: pull.headSha,
      baseRefName: pull.base,
      baseRefOid: pull.baseSha,
      mergeCommit: pull.mergeCommit ? { __typename: 'Commit', oid: pull.mergeCommit } : null,
      autoMergeRequest: pull.autoMerge && { __typename: 'AutoMergeRequest', enabledAt: isoTime(pull.autoMerge.enabledAt), mergeMethod: 'SQUASH', commitHeadline: pull.autoMerge.commitTitle, commitBody: pull.autoMerge.commitMessage },
      createdAt: isoTime(pull.issue.createdAt),
      updatedAt: isoTime(pull.issue.updatedAt),
      closedAt: pull.issue.closedAt === null ? null : isoTime(pull.issue.closedAt),
      mergedAt: pull.mergedAt === null ? null : isoTime(pull.mergedAt),
      additions: () => stats().additions,
      deletions: () => stats().deletions,
      changedFiles: () => stats().changedFiles,
      isCrossRepository: false,
    };
  };

  const graphql = {
    node: (id: string) => {
      const pull = byNode.get(id);
      return pull && pullRequestNode(pull);
    },
    /** A repository's pull requests for Repository.pullRequests: what its filters and order read, and the node. */
    inRepository: (repository: IssueRepository) =>
      pulls.filter((pull) => pull.issue.repository === repository).map((pull) => ({ head: pull.head, base: pull.base, state: pull.mergeCommit ? 'MERGED' : pull.state === 'open' ? 'OPEN' : 'CLOSED', createdAt: pull.issue.createdAt, updatedAt: pull.issue.updatedAt, id: pull.id, node: pullRequestNode(pull) })),
    mutations: {
      enablePullRequestAutoMerge: ({ input }: { input: { pullRequestId: string; expectedHeadOid?: string | null; mergeMethod?: string | null; commitHeadline?: string | null; commitBody?: string | null; clientMutationId?: string | null } }) => {
        const pull = byNode.get(input.pullRequestId);
        if (!pull) throw new FieldError('NOT_FOUND', `Could not resolve to a node with the global id of '${input.pullRequestId}'`);
        refresh(pull);
        // GitHub prefixes the model's name to its validation messages ("Pull request Pull request is in clean status").
        // Only the clean-status wording is confirmed from GitHub's answers; the others follow its pattern.
        if (pull.state !== 'open') throw new FieldError('UNPROCESSABLE', 'Pull request Pull request is closed');
        if (input.expectedHeadOid && input.expectedHeadOid !== pull.headSha) throw new FieldError('UNPROCESSABLE', 'Pull request Head sha did not match the expected head oid');
        if (input.mergeMethod && input.mergeMethod !== 'SQUASH') throw new FieldError('UNPROCESSABLE', `Pull request ${input.mergeMethod === 'REBASE' ? 'Rebase merges are' : 'Merge commits are'} not allowed on this repository`);
        // Auto-merge waits for what blocks a merge; a pull request that could merge now is refused.
        if (mergeable(pull)) throw new FieldError('UNPROCESSABLE', 'Pull request Pull request is in clean status');
        const [title = '', ...rest] = squashMessage(pull).split('\n');
        pull.autoMerge = { enabledBy: deps.actor.login, enabledAt: deps.store.stamp(), commitTitle: input.commitHeadline ?? title, commitMessage: input.commitBody ?? rest.join('\n').trim() };
        return { clientMutationId: input.clientMutationId ?? null, pullRequest: pullRequestNode(pull) };
      },
    },
  };

  const byNumber = (number: number) => {
    const pull = pulls.find((candidate) => candidate.number === number);
    if (!pull) throw new Error(`fake GitHub: no pull request #${number}`);
    refresh(pull);
    return pull;
  };
  return {
    pulls,
    routes,
    graphql,
    /** A person merges the pull request (squash, GitHub's default message), as the Merge button does; throws if it cannot be merged. */
    mergeByPerson: (number: number, person = 'octocat') => {
      const pull = byNumber(number);
      if (pull.state !== 'open' || !mergeable(pull)) throw new Error(`fake GitHub: #${number} cannot be merged`);
      return squash(pull, person, squashMessage(pull));
    },
    /** A person closes it without merging. */
    closeByPerson: (number: number) => close(byNumber(number)),
  };
}

/** The pulls part of the fake, as fakeGitHub.ts exposes it. */
export type FakePulls = ReturnType<typeof createFakePulls>;
