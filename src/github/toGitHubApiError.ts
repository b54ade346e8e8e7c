import { GitHubApiError, GitHubNotFoundError, GitHubPermissionError } from './GitHubApiError.js';
import { isHttpError, type HttpError } from './isHttpError.js';

/** What the failed call was doing, and what to tell the user for the answers that need a specific fix. */
export interface ErrorContext {
  /** e.g. "Starting workflow orchestrator.yml on main in octo-org/backlog". */
  doing: string;
  /** For 403: which permission to grant, e.g. "give the job `permissions: actions: write`". */
  forbidden?: string;
  /** For 404: what is probably missing. */
  notFound?: string;
  /** For 422: what GitHub usually refuses here. */
  unprocessable?: string;
}

/** Turns whatever a GitHub call threw into a named error whose message says what to do; keeps the original as `cause`. */
export function toGitHubApiError(error: unknown, context: ErrorContext): GitHubApiError {
  if (error instanceof GitHubApiError) {
    // Already explained (e.g. a rate limit, by the client): only say what we were doing.
    const Named = error.constructor as new (message: string, options: { status?: number; cause?: unknown }) => GitHubApiError;
    return new Named(`${context.doing}: ${error.message}`, { status: error.status, cause: error });
  }
  if (!isHttpError(error)) {
    return new GitHubApiError(`${context.doing}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const { status } = error;
  const said = gitHubMessage(error);
  const options = { status, cause: error };
  if (status === 401) return new GitHubPermissionError(`${context.doing}: GitHub rejected the token (401 ${said}). Check the token given to the action; it may have expired or been revoked.`, options);
  if (status === 403) return new GitHubPermissionError(`${context.doing}: ${context.forbidden ?? 'the token is not allowed to do this'} (GitHub said: 403 ${said}).`, options);
  if (status === 404) return new GitHubNotFoundError(`${context.doing}: ${context.notFound ?? 'not found'} (GitHub said: 404 ${said}).`, options);
  if (status === 422) return new GitHubApiError(`${context.doing}: GitHub refused it (422 ${said}).${context.unprocessable ? ` ${context.unprocessable}` : ''}`, options);
  if (error.response === undefined) {
    return new GitHubApiError(`${context.doing}: could not reach GitHub at ${originOf(error)} (${said}), even after retrying. Check GITHUB_API_URL and the network, then re-run.`, options);
  }
  if (status >= 500) return new GitHubApiError(`${context.doing}: GitHub answered ${status} (${said}), even after retrying. It may be having an outage (https://www.githubstatus.com); re-run later.`, options);
  return new GitHubApiError(`${context.doing}: GitHub answered ${status} (${said}).`, options);
}

/** GitHub's own message from an error answer, e.g. "Resource not accessible by integration". */
export function gitHubMessage(error: HttpError): string {
  const data = error.response?.data;
  if (typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string') return (data as { message: string }).message;
  return error.message;
}

function originOf(error: HttpError): string {
  try {
    return new URL(error.request?.url ?? '').origin;
  } catch {
    return 'the API URL';
  }
}
