import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/createGitHubClient.js';
import { applyIssueWrites, buildIssueWritesDocument } from '../../src/github/issueWrites.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fakeGitHub.js';

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('applyIssueWrites', () => {
  it('sends every value as a variable, never in the document text', () => {
    const hostile = '"} } mutation { deleteRepository(x: 1) } #';
    const { query, variables } = buildIssueWritesDocument([{ kind: 'comment', subjectId: 'I_1', body: hostile }]);
    expect(query).not.toContain(hostile);
    expect(variables.w0).toEqual({ subjectId: 'I_1', body: hostile });
  });

  it('applies the writes in order in one request, and reports the one GitHub refused without losing the others', async () => {
    fake = await startFakeGitHub();
    fake.addLabel('status:in-progress');
    const one = fake.addIssue({ number: 1, title: 'One' });
    const two = fake.addIssue({ number: 2, title: 'Two' });
    const client = createGitHubClient({ token: 't', baseUrl: fake.url, retryBaseDelayMs: 1, minWriteIntervalMs: 0 });
    const label = ((await client.request('GET /repos/{owner}/{repo}/labels/{name}', { owner: 'octo-org', repo: 'backlog', name: 'status:in-progress' })).data as { node_id: string }).node_id;
    const before = fake.requests.length;
    const outcomes = await applyIssueWrites(
      client,
      [
        { kind: 'addLabels', issueId: one.nodeId, labelIds: [label] },
        { kind: 'addLabels', issueId: 'I_doesNotExist', labelIds: [label] },
        { kind: 'close', issueId: two.nodeId, reason: 'COMPLETED' },
      ],
      'test',
    );
    expect(fake.requests.length - before).toBe(1);
    expect(outcomes.map((outcome) => outcome.error === undefined)).toEqual([true, false, true]);
    expect(outcomes[1]?.error).toMatch(/I_doesNotExist/);
    expect(fake.issue(1)?.labels).toEqual(['status:in-progress']);
    expect(fake.issue(2)?.state).toBe('closed');
  });
});
