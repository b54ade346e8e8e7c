/** The shape of Octokit's RequestError that this code reads (its `request.headers.authorization` is redacted by Octokit). */
export interface HttpError extends Error {
  status: number;
  request?: { method: string; url: string };
  response?: { status: number; url: string; headers: Record<string, string | undefined>; data: unknown };
}

/** True for an error Octokit raised for an HTTP answer or a failed connection (status 500 then, with no response). */
export function isHttpError(error: unknown): error is HttpError {
  return error instanceof Error && typeof (error as { status?: unknown }).status === 'number' && error.name === 'HttpError';
}
