import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as issueQueries from '../../src/github/issueQueries.js';
import { getNamedType, isCompositeType, Kind, parse, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import { githubSchema, validateGitHubDocument } from '../helpers/githubSchema.js';

const ISSUE_BLOCKERS = `query Blockers($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) {
    issue(number: $number) {
      blockedBy(first: 10, orderBy: { field: DEPENDENCY_ADDED_AT, direction: ASC }) { nodes { number } }
      blocking(first: 10) { totalCount }
      issueDependenciesSummary { blockedBy blocking totalBlockedBy totalBlocking }
    }
  }
}`;

/** Representative arguments for each `build*Document` function in src/github; a new builder must be added here. */
const SAMPLE_ARGUMENTS: Record<string, unknown[]> = {
  buildReferencedIssuesDocument: [3],
  buildEarlierLabelEventsDocument: [2],
  buildTaskPullRequestsDocument: [2],
  buildIssueWritesDocument: [
    [
      { kind: 'addLabels', issueId: 'I_1', labelIds: ['LA_1'] },
      { kind: 'removeLabels', issueId: 'I_1', labelIds: ['LA_2'] },
      { kind: 'close', issueId: 'I_1', reason: 'DUPLICATE', duplicateOf: 'I_2' },
      { kind: 'close', issueId: 'I_3', reason: 'COMPLETED' },
      { kind: 'reopen', issueId: 'I_1' },
      { kind: 'comment', subjectId: 'I_1', body: 'claimed' },
      { kind: 'editComment', commentId: 'IC_1', body: 'done' },
      { kind: 'editIssue', issueId: 'I_1', body: 'body' },
      { kind: 'createIssue', repositoryId: 'R_1', title: 'Dashboard', body: 'text', labelIds: ['LA_1'] },
      { kind: 'createIssue', repositoryId: 'R_1', title: 'Dashboard', body: 'text', labelIds: ['LA_1'], reread: { label: 'wave-dashboard' } },
      { kind: 'createLabel', repositoryId: 'R_1', name: 'status:ready', color: 'ededed', description: 'ready' },
    ],
  ],
};

interface ProductDocument {
  name: string;
  document: string;
  variables?: Record<string, unknown>;
}

/**
 * The product's GraphQL documents: exported strings starting with query/mutation, and what the
 * exported build*Document functions return (a string, or { query, variables }), from every
 * module in src/github that has either.
 */
async function productDocuments(): Promise<ProductDocument[]> {
  const directory = fileURLToPath(new URL('../../src/github/', import.meta.url));
  const files = readdirSync(directory).filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && /export (const \w+ = `\s*(query|mutation)\b|function build\w*Document\b)/.test(readFileSync(`${directory}${file}`, 'utf8')));
  const documents: ProductDocument[] = [];
  for (const file of files) {
    const exports = (file === 'issueQueries.ts' ? issueQueries : await import(/* @vite-ignore */ pathToFileURL(`${directory}${file}`).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value === 'string' && /^\s*(query|mutation)\b/.test(value)) documents.push({ name: `${file}: ${name}`, document: value });
      if (typeof value !== 'function' || !/^build\w*Document$/.test(name)) continue;
      const args = SAMPLE_ARGUMENTS[name];
      if (!args) throw new Error(`${file}: add representative arguments for ${name} to SAMPLE_ARGUMENTS`);
      const built: unknown = (value as (...parameters: unknown[]) => unknown)(...args);
      if (typeof built === 'string') documents.push({ name: `${file}: ${name}()`, document: built });
      else {
        const { query, variables } = built as { query: string; variables?: Record<string, unknown> };
        documents.push({ name: `${file}: ${name}()`, document: query, ...(variables ? { variables } : {}) });
      }
    }
  }
  return documents;
}

describe("GitHub's GraphQL schema (published, plus issue dependencies)", () => {
  it('accepts a valid document, and names a misspelt field', () => {
    expect(validateGitHubDocument('query { repository(owner: "o", name: "r") { issue(number: 1) { title labels(first: 5) { nodes { name } } } } }')).toEqual([]);
    expect(validateGitHubDocument('query { repository(owner: "o", name: "r") { issue(number: 1) { titel } } }')).toEqual([expect.stringMatching(/^Cannot query field "titel" on type "Issue"\./)]);
  });

  it('knows blockedBy and friends only with the issue-dependency extension', () => {
    expect(validateGitHubDocument(ISSUE_BLOCKERS)).toEqual([]);
    const without = validateGitHubDocument(ISSUE_BLOCKERS, undefined, { withIssueDependencies: false });
    expect(without.join('\n')).toMatch(/Cannot query field "blockedBy" on type "Issue"/);
    expect(without.join('\n')).toMatch(/Unknown type "IssueDependencyOrder"|Cannot query field "issueDependenciesSummary"/);
    expect(validateGitHubDocument('mutation { addBlockedBy(input: { issueId: "a", blockingIssueId: "b" }) { issue { id } blockingIssue { id } } }')).toEqual([]);
  });

  it('drops the sub-issue fields when asked (older GitHub Enterprise Server)', () => {
    const document = 'query { repository(owner: "o", name: "r") { issue(number: 1) { subIssues(first: 5) { totalCount } subIssuesSummary { total } parent { number } } } }';
    expect(validateGitHubDocument(document)).toEqual([]);
    expect(validateGitHubDocument(document, undefined, { withSubIssues: false })).toHaveLength(3);
    expect(githubSchema({ withSubIssues: false }).getMutationType()?.getFields().addSubIssue).toBeUndefined();
  });

  it('checks variables too, when given', () => {
    expect(validateGitHubDocument('query($n: Int!) { repository(owner: "o", name: "r") { issue(number: $n) { id } } }', { n: 'x' })).toEqual([expect.stringMatching(/^Variable "\$n" got invalid value "x"/)]);
  });

  it('validates every GraphQL document the product exports from src/github', async () => {
    const documents = await productDocuments();
    expect(documents.map((entry) => entry.name)).toContain('issueQueries.ts: TASK_ISSUES_QUERY');
    for (const { name, document, variables } of documents) expect({ name, errors: validateGitHubDocument(document, variables) }).toEqual({ name, errors: [] });
  });

  it('never asks a GraphQL Int field for an id (databaseId and friends are 32-bit; ids are above 2^31)', async () => {
    const schema = githubSchema();
    const intIds = (document: string): string[] => {
      const found: string[] = [];
      const info = new TypeInfo(schema);
      visit(
        parse(document),
        visitWithTypeInfo(info, {
          [Kind.FIELD](node) {
            const type = info.getType();
            const parent = info.getParentType();
            if (type && getNamedType(type).name === 'Int' && /(^id|Id)$/.test(node.name.value) && parent && isCompositeType(parent)) found.push(`${parent.name}.${node.name.value}`);
          },
        }),
      );
      return found;
    };
    // The check itself can fail: the field the issue reported is caught.
    expect(intIds('query { repository(owner: "o", name: "r") { issue(number: 1) { databaseId fullDatabaseId } } }')).toEqual(['Issue.databaseId']);
    for (const { name, document } of await productDocuments()) expect({ name, intIds: intIds(document) }).toEqual({ name, intIds: [] });
  });
});
