import type { GitHubClient } from './createGitHubClient.js';
import { graphqlAnswer, type GraphQLErrorEntry } from './graphqlRequest.js';

/** One change to issues or labels, sent as one field of a GraphQL mutation. */
export type IssueWrite =
  | { kind: 'addLabels'; issueId: string; labelIds: string[] }
  | { kind: 'removeLabels'; issueId: string; labelIds: string[] }
  | { kind: 'close'; issueId: string; reason: 'COMPLETED' | 'NOT_PLANNED' | 'DUPLICATE'; duplicateOf?: string }
  | { kind: 'reopen'; issueId: string }
  | { kind: 'comment'; subjectId: string; body: string }
  | { kind: 'editComment'; commentId: string; body: string }
  | { kind: 'editIssue'; issueId: string; body: string }
  | { kind: 'createIssue'; repositoryId: string; title: string; body: string; labelIds: string[]; reread?: { label: string } }
  | { kind: 'createLabel'; repositoryId: string; name: string; color: string; description: string };

/** What each write returned: created issues and labels, or the error GitHub gave for it. */
export interface WriteOutcome {
  write: IssueWrite;
  error?: string;
  issue?: { id: string; number: number; url: string; repository?: { reread: { nodes: { id: string; number: number; body: string; url: string }[] } } };
  label?: { id: string; name: string };
}

const FIELDS: Record<IssueWrite['kind'], { mutation: string; input: string; returns: string }> = {
  addLabels: { mutation: 'addLabelsToLabelable', input: 'AddLabelsToLabelableInput', returns: 'clientMutationId' },
  removeLabels: { mutation: 'removeLabelsFromLabelable', input: 'RemoveLabelsFromLabelableInput', returns: 'clientMutationId' },
  close: { mutation: 'closeIssue', input: 'CloseIssueInput', returns: 'issue { id number url }' },
  reopen: { mutation: 'reopenIssue', input: 'ReopenIssueInput', returns: 'issue { id number url }' },
  comment: { mutation: 'addComment', input: 'AddCommentInput', returns: 'clientMutationId' },
  editComment: { mutation: 'updateIssueComment', input: 'UpdateIssueCommentInput', returns: 'clientMutationId' },
  editIssue: { mutation: 'updateIssue', input: 'UpdateIssueInput', returns: 'issue { id number url }' },
  createIssue: { mutation: 'createIssue', input: 'CreateIssueInput', returns: 'issue { id number url }' },
  createLabel: { mutation: 'createLabel', input: 'CreateLabelInput', returns: 'label { id name }' },
};

/** Writes per request: GitHub runs a document's mutations in order, each costing 5 secondary-limit points. */
const WRITES_PER_REQUEST = 25;

/** The mutation document for some writes; every value is a variable (`$w0`, `$w1`, ...), never text in the document. */
export function buildIssueWritesDocument(writes: readonly IssueWrite[]): { query: string; variables: Record<string, unknown> } {
  const declarations: string[] = [];
  const fields: string[] = [];
  const variables: Record<string, unknown> = {};
  writes.forEach((write, index) => {
    const field = FIELDS[write.kind];
    declarations.push(`$w${index}: ${field.input}!`);
    let returns = field.returns;
    if (write.kind === 'createIssue' && write.reread) {
      // Read the open issues with this label right after creating: a run that created one at the
      // same moment shows up here (the later creator sees the earlier), in the same request.
      declarations.push(`$w${index}label: String!`);
      variables[`w${index}label`] = write.reread.label;
      returns = `issue { id number url repository { reread: issues(first: 10, labels: [$w${index}label], states: [OPEN], orderBy: { field: CREATED_AT, direction: ASC }) { nodes { id number body url } } } }`;
    }
    fields.push(`  w${index}: ${field.mutation}(input: $w${index}) { ${returns} }`);
    variables[`w${index}`] = inputOf(write);
  });
  return { query: `mutation IssueWrites(${declarations.join(', ')}) {\n${fields.join('\n')}\n}`, variables };
}

/**
 * Sends the writes, 25 to a request, in order. A write GitHub refuses does not stop the others:
 * its outcome carries the error, so the caller can tell which claims were recorded. A request that
 * fails outright (HTTP error after the retries) throws; `applied` then holds the outcomes of the
 * requests before it, so the caller can undo what it must.
 */
export async function applyIssueWrites(client: GitHubClient, writes: readonly IssueWrite[], what: string, applied: WriteOutcome[] = []): Promise<WriteOutcome[]> {
  const outcomes = applied;
  for (let start = 0; start < writes.length; start += WRITES_PER_REQUEST) {
    const batch = writes.slice(start, start + WRITES_PER_REQUEST);
    const { query, variables } = buildIssueWritesDocument(batch);
    const answer = await graphqlAnswer<Record<string, { issue?: WriteOutcome['issue']; label?: WriteOutcome['label'] } | null>>(client, what, query, variables);
    const errors = answer.errors ?? [];
    batch.forEach((write, index) => {
      const error = errors.find((entry) => entry.path?.[0] === `w${index}`) ?? (answer.data ? undefined : errors[0]);
      const data = answer.data?.[`w${index}`];
      const outcome: WriteOutcome = { write };
      if (error || !data) outcome.error = describe(error);
      if (data?.issue) outcome.issue = data.issue;
      if (data?.label) outcome.label = data.label;
      outcomes.push(outcome);
    });
  }
  return outcomes;
}

function inputOf(write: IssueWrite): Record<string, unknown> {
  switch (write.kind) {
    case 'addLabels':
    case 'removeLabels':
      return { labelableId: write.issueId, labelIds: write.labelIds };
    case 'close':
      return { issueId: write.issueId, stateReason: write.reason, ...(write.duplicateOf ? { duplicateIssueId: write.duplicateOf } : {}) };
    case 'reopen':
      return { issueId: write.issueId };
    case 'comment':
      return { subjectId: write.subjectId, body: write.body };
    case 'editComment':
      return { id: write.commentId, body: write.body };
    case 'editIssue':
      return { id: write.issueId, body: write.body };
    case 'createIssue':
      return { repositoryId: write.repositoryId, title: write.title, body: write.body, ...(write.labelIds.length > 0 ? { labelIds: write.labelIds } : {}) };
    case 'createLabel':
      return { repositoryId: write.repositoryId, name: write.name, color: write.color, description: write.description };
  }
}

function describe(error: GraphQLErrorEntry | undefined): string {
  return error?.message ?? 'GitHub returned no result for it';
}
