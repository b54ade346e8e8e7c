import type { GitHubClient } from './createGitHubClient.js';
import { GitHubApiError, GitHubNotFoundError, GitHubPermissionError, GitHubRateLimitError } from './GitHubApiError.js';
import { toGitHubApiError } from './toGitHubApiError.js';

/** One entry of a GraphQL answer's `errors`. */
export interface GraphQLErrorEntry {
  message: string;
  type?: string;
  path?: (string | number)[];
  extensions?: { code?: string; typeName?: string; fieldName?: string };
}

/** The server does not know a field the document asks for (an older GitHub Enterprise Server). */
export class GraphQLFieldMissingError extends GitHubApiError {
  override name = 'GraphQLFieldMissingError';
  /** `Type.field` names GitHub said do not exist. */
  readonly fields: string[];

  constructor(fields: string[]) {
    super(`GitHub's GraphQL API here has no ${fields.join(', ')} (an older GitHub Enterprise Server?)`);
    this.fields = fields;
  }
}

/** GitHub answered the GraphQL request with errors; `partial` holds what data came back with them. */
export class GraphQLResponseError extends GitHubApiError {
  override name = 'GraphQLResponseError';
  readonly errors: GraphQLErrorEntry[];
  readonly partial: unknown;

  constructor(what: string, errors: GraphQLErrorEntry[], partial: unknown) {
    super(`${what}: ${errors.slice(0, 3).map((error) => error.message).join('; ')}${errors.length > 3 ? ` (and ${errors.length - 3} more)` : ''}`);
    this.errors = errors;
    this.partial = partial;
  }
}

/**
 * POSTs a GraphQL document (variables carry every value; nothing is spliced into the text) through
 * the client, so rate limits and retries are handled as for REST. On GitHub Enterprise Server the
 * endpoint is /api/graphql beside /api/v3. Throws GraphQLFieldMissingError when the schema lacks a
 * field, GraphQLResponseError for other errors, and the usual GitHubApiError kinds for HTTP failures.
 */
export async function graphqlRequest<T>(client: GitHubClient, what: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  return (await graphqlPartialRequest<T>(client, what, query, variables, () => false)).data;
}

/**
 * graphqlRequest for documents where some errors concern one part only: GitHub answers `data` and
 * `errors` together, nulling just the fields that failed. Errors `tolerate` accepts (and only when
 * data came back) are returned beside the data; any other error throws as graphqlRequest does.
 */
export async function graphqlPartialRequest<T>(client: GitHubClient, what: string, query: string, variables: Record<string, unknown>, tolerate: (error: GraphQLErrorEntry) => boolean): Promise<{ data: T; tolerated: GraphQLErrorEntry[] }> {
  const answer = await graphqlAnswer<T>(client, what, query, variables);
  const all = answer.errors ?? [];
  const tolerated = answer.data ? all.filter(tolerate) : [];
  const errors = all.filter((error) => !tolerated.includes(error));
  if (errors.length === 0) return { data: answer.data as T, tolerated };
  const missing = errors.filter((error) => error.extensions?.code === 'undefinedField' || UNDEFINED_FIELD.test(error.message));
  if (missing.length > 0) throw new GraphQLFieldMissingError(missing.map(missingFieldName));
  // The throttling plugin retries GitHub's RATE_LIMITED answers; newer answers say RATE_LIMIT (githubkit#271).
  if (errors.some((error) => error.type === 'RATE_LIMITED' || error.type === 'RATE_LIMIT')) {
    throw new GitHubRateLimitError(`${what}: ${errors[0]?.message ?? 'GraphQL rate limit'}. GraphQL allows GITHUB_TOKEN 1,000 points an hour per repository; run less often, or use a GitHub App token.`);
  }
  if (errors.some((error) => error.type === 'NOT_FOUND')) throw new GitHubNotFoundError(`${what}: ${errors[0]?.message ?? 'not found'}`);
  if (errors.some((error) => error.type === 'FORBIDDEN' || error.type === 'INSUFFICIENT_SCOPES')) throw new GitHubPermissionError(`${what}: ${errors[0]?.message ?? 'forbidden'}`);
  throw new GraphQLResponseError(what, errors, answer.data);
}

/** The whole answer, errors included, for documents where some fields may fail (e.g. an issue that does not exist). */
export async function graphqlAnswer<T>(client: GitHubClient, what: string, query: string, variables: Record<string, unknown> = {}): Promise<{ data?: T | null; errors?: GraphQLErrorEntry[] }> {
  const baseUrl = graphqlBaseUrl(client);
  try {
    const response = await client.request('POST /graphql', { query, variables, ...(baseUrl === undefined ? {} : { baseUrl }) });
    return response.data as { data?: T | null; errors?: GraphQLErrorEntry[] };
  } catch (error) {
    throw toGitHubApiError(error, { doing: what, forbidden: 'give the job `permissions: issues: write` (or read, to plan without claiming)' });
  }
}

const UNDEFINED_FIELD = /^Field '(\w+)' doesn't exist on type '(\w+)'/;

function missingFieldName(error: GraphQLErrorEntry): string {
  const { typeName, fieldName } = error.extensions ?? {};
  if (typeName && fieldName) return `${typeName}.${fieldName}`;
  const match = UNDEFINED_FIELD.exec(error.message);
  return match ? `${match[2]}.${match[1]}` : error.message;
}

function graphqlBaseUrl(client: GitHubClient): string | undefined {
  const base = (client.request as { endpoint?: { DEFAULTS?: { baseUrl?: string } } }).endpoint?.DEFAULTS?.baseUrl;
  return base !== undefined && /\/api\/v3\/?$/.test(base) ? base.replace(/\/api\/v3\/?$/, '/api') : undefined;
}
