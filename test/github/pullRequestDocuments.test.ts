import { describe, expect, it } from 'vitest';
import { ENABLE_AUTO_MERGE_MUTATION, PULL_REQUEST_STATES_QUERY } from '../../src/github/pullRequests.js';
import { renderPullRequest } from '../../src/render/renderPullRequest.js';
import { renderIssuePullRequest } from '../../src/render/renderIssuePullRequest.js';
import { buildTaskPullRequestsDocument } from '../../src/github/findTaskPullRequests.js';
import type { Task } from '../../src/core/model.js';
import { validateGitHubDocument } from '../helpers/githubSchema.js';

describe('pull-request documents against the published schema', () => {
  it('the states query and the auto-merge mutation validate, with their variables', () => {
    expect(validateGitHubDocument(PULL_REQUEST_STATES_QUERY, { ids: ['PR_kwDOA'] })).toEqual([]);
    expect(validateGitHubDocument(ENABLE_AUTO_MERGE_MUTATION, { pullRequestId: 'PR_kwDOA', expectedHeadOid: 'a'.repeat(40) })).toEqual([]);
    expect(validateGitHubDocument(buildTaskPullRequestsDocument(2), { owner: 'o', name: 'r', base: 'main', h0: 'waves/1', h1: 'waves/12.45' })).toEqual([]);
    // The check can fail: a field PullRequest does not have.
    expect(validateGitHubDocument(PULL_REQUEST_STATES_QUERY.replace('headRefOid', 'headSha'))).not.toEqual([]);
  });
});

describe('renderPullRequest', () => {
  it('titles `<id>: <title>`, lists the success criteria, links the run, hides the marker, and neuters mentions and comments', () => {
    const task = { id: '12', title: 'Add  login\n page', description: 'Do it @octocat <!-- x -->', deliverables: ['tests pass', 'docs @team'] } as unknown as Task;
    const { title, body } = renderPullRequest(task, { runUrl: 'https://github.com/o/r/actions/runs/9', closesIssue: 12 });
    expect(title).toBe('12: Add login page');
    expect(body).toBe(
      'Task 12, delivered by wave-orchestrator from https://github.com/o/r/actions/runs/9.\n\n> Do it @\u200boctocat &lt;!-- x -->\n\n**Success criteria**\n\n- [ ] tests pass\n- [ ] docs @\u200bteam\n\nCloses #12\n\n<!-- wave-orchestrator:task=12 -->\n',
    );
  });
});

describe('renderIssuePullRequest', () => {
  const issue = { number: 45, title: 'Write the docs', body: 'Some text @octocat.\n\n- [ ] README says how\n* [x] no broken links\n' };

  it('a sub-issue task closes its own issue and lists the issue’s checklist as success criteria', () => {
    const { title, body } = renderIssuePullRequest('12.45', issue, { runUrl: 'https://github.com/o/r/actions/runs/9', closeOnDone: true });
    expect(title).toBe('12.45: Write the docs');
    expect(body).toBe('Task 12.45, delivered by wave-orchestrator from https://github.com/o/r/actions/runs/9.\n\n**Success criteria**\n\n- [ ] README says how\n- [ ] no broken links\n\nCloses #45\n\n<!-- wave-orchestrator:task=12.45 -->\n');
  });

  it('with close-on-done: false it names the issue without closing it', () => {
    const { body } = renderIssuePullRequest('45', { ...issue, body: '' }, { runUrl: 'run 9', closeOnDone: false });
    expect(body).toBe('Task 45, delivered by wave-orchestrator from run 9.\n\nPart of #45\n\n<!-- wave-orchestrator:task=45 -->\n');
  });
});
