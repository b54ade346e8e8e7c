import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildASTSchema, extendSchema, getVariableValues, Kind, parse, validate, visit, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';

/** Which of GitHub's newer issue features the schema has. */
export interface GitHubSchemaOptions {
  /**
   * Issue dependencies (Issue.blockedBy/blocking/issueDependenciesSummary, addBlockedBy,
   * removeBlockedBy; GitHub GraphQL changelog 2025-07-30). Default true. False: like a GitHub
   * Enterprise Server from before the feature.
   */
  withIssueDependencies?: boolean;
  /** Sub-issues (Issue.subIssues/parent/subIssuesSummary, add/remove/reprioritizeSubIssue). Default true. */
  withSubIssues?: boolean;
}

const SUB_ISSUE_FIELDS: Record<string, Set<string>> = {
  Issue: new Set(['subIssues', 'parent', 'subIssuesSummary']),
  Mutation: new Set(['addSubIssue', 'removeSubIssue', 'reprioritizeSubIssue']),
};

let published: DocumentNode | undefined;
const schemas = new Map<string, GraphQLSchema>();

/**
 * GitHub's GraphQL schema as @octokit/graphql-schema publishes it (15.26.1), plus the
 * issue-dependency fields it predates (githubSchemaExtension.graphql). Built once per option set.
 */
export function githubSchema(options: GitHubSchemaOptions = {}): GraphQLSchema {
  const dependencies = options.withIssueDependencies ?? true;
  const subIssues = options.withSubIssues ?? true;
  const key = `${dependencies}/${subIssues}`;
  let schema = schemas.get(key);
  if (schema) return schema;
  // The published SDL has descriptions and directives graphql-js' SDL validation rejects.
  published ??= parse(readFileSync(schemaPath(), 'utf8'), { noLocation: true });
  const document = subIssues
    ? published
    : visit(published, {
        FieldDefinition(node, _key, _parent, _path, ancestors) {
          const owner = ancestors[ancestors.length - 1];
          const typeName = owner && 'kind' in owner && owner.kind === Kind.OBJECT_TYPE_DEFINITION ? owner.name.value : undefined;
          return typeName !== undefined && SUB_ISSUE_FIELDS[typeName]?.has(node.name.value) ? null : undefined;
        },
      });
  schema = buildASTSchema(document, { assumeValidSDL: true });
  if (dependencies) {
    const extension = readFileSync(fileURLToPath(new URL('./githubSchemaExtension.graphql', import.meta.url)), 'utf8');
    schema = extendSchema(schema, parse(extension), { assumeValidSDL: true });
  }
  schemas.set(key, schema);
  return schema;
}

/**
 * Validates a GraphQL document (and, when given, its variables) against githubSchema(options).
 * Returns graphql-js' messages; empty when GitHub would accept the document.
 */
export function validateGitHubDocument(document: string, variables?: Record<string, unknown>, options?: GitHubSchemaOptions): string[] {
  const schema = githubSchema(options);
  let ast: DocumentNode;
  try {
    ast = parse(document);
  } catch (failure) {
    return [failure instanceof Error ? failure.message : String(failure)];
  }
  const errors = validate(schema, ast).map((error) => error.message);
  if (errors.length > 0 || variables === undefined) return errors;
  const operations = ast.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  for (const operation of operations) {
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
    if (coerced.errors) errors.push(...coerced.errors.map((error) => error.message));
  }
  return errors;
}

function schemaPath(): string {
  // The package exports no JS entry point to resolve from, so find node_modules upwards.
  for (let directory = dirname(fileURLToPath(import.meta.url)); ; directory = dirname(directory)) {
    const candidate = join(directory, 'node_modules', '@octokit', 'graphql-schema', 'schema.graphql');
    if (existsSync(candidate)) return candidate;
    if (dirname(directory) === directory) throw new Error('@octokit/graphql-schema is not installed (schema.graphql not found)');
  }
}
