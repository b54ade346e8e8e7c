/** A GitHub API call failed; the message says what was being done and what to do about it. */
export class GitHubApiError extends Error {
  override name = 'GitHubApiError';
  /** The HTTP status GitHub answered, when it answered at all. */
  readonly status: number | undefined;

  constructor(message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.status = options.status;
  }
}

/** The token was rejected (401) or lacks a permission (403 that is not a rate limit). */
export class GitHubPermissionError extends GitHubApiError {
  override name = 'GitHubPermissionError';
}

/** The repository, file, branch, workflow or run does not exist, or the token cannot see it (404). */
export class GitHubNotFoundError extends GitHubApiError {
  override name = 'GitHubNotFoundError';
}

/** GitHub kept answering with a rate limit after the client's bounded retries, or asked for too long a wait. */
export class GitHubRateLimitError extends GitHubApiError {
  override name = 'GitHubRateLimitError';
}

/** A file kept changing under a read-apply-write loop until its attempts ran out (409 each time). */
export class GitHubConflictError extends GitHubApiError {
  override name = 'GitHubConflictError';
}
