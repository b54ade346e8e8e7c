import { describe, expect, it } from 'vitest';
import { ENABLE_AUTO_MERGE_MUTATION, PULL_REQUEST_STATES_QUERY } from '../../src/github/pullRequests.js';
import { renderPullRequest } from '../../src/render/renderPullRequest.js';
import type { Task } from '../../src/core/model.js';
import { validateGitHubDocument } from '../helpers/githubSchema.js';

describe('pull-request documents against the published schema', () => {
  it('the states query and the auto-merge mutation validate, with their variables', () => {
    expect(validateGitHubDocument(PULL_REQUEST_STATES_QUERY, { ids: ['PR_kwDOA'] })).toEqual([]);
    expect(validateGitHubDocument(ENABLE_AUTO_MERGE_MUTATION, { pullRequestId: 'PR_kwDOA', expectedHeadOid: 'a'.repeat(40) })).toEqual([]);
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
