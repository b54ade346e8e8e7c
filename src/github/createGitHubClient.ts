import { getOctokit } from '@actions/github';
import { HttpClient } from '@actions/http-client';
import type { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { fetch as undiciFetch } from 'undici';
import { GitHubPermissionError, GitHubRateLimitError } from './GitHubApiError.js';
import { isHttpError, type HttpError } from './isHttpError.js';

/**
 * The client the wrappers use: `@actions/github`'s Octokit (`rest` endpoint methods, as in
 * `@octokit/rest`, `paginate`, `graphql`, and `request(route, parameters)`, typed by route).
 */
export type GitHubClient = Pick<ReturnType<typeof getOctokit>, 'request' | 'rest' | 'graphql' | 'paginate'>;

/** One rate-limit answer from GitHub, and what the client does about it. */
export interface RateLimitEvent {
  /** primary: the token's hourly quota is used up; secondary: too many requests too fast or at once. */
  kind: 'primary' | 'secondary';
  /** Method and path, e.g. `PUT /repos/o/r/contents/tasks.json` (no host, no query). */
  request: string;
  /** How long GitHub asked to wait. */
  retryAfterSeconds: number;
  /** Retries already made for this request. */
  retryCount: number;
  /** False when the retries are used up or the wait is longer than `maxRateLimitWaitSeconds`. */
  willRetry: boolean;
  /** One line for a log; it never contains the token. */
  message: string;
}

/** How to reach GitHub, and how patient to be with it. */
export interface GitHubClientOptions {
  /** GITHUB_TOKEN, a GitHub App installation token or a PAT. Never logged. */
  token: string;
  /** GITHUB_API_URL: https://api.github.com (default), or https://HOST/api/v3 on GitHub Enterprise Server. */
  baseUrl?: string;
  /** Prepended to Octokit's own user agent. */
  userAgent?: string;
  /** Retries for 5xx / network errors, and separately for rate-limit answers (default 3). */
  retries?: number;
  /** 5xx retries wait 1, 4, 9, ... times this (default 1000 ms). */
  retryBaseDelayMs?: number;
  /** A rate limit asking for a longer wait fails at once with GitHubRateLimitError (default 300 s). */
  maxRateLimitWaitSeconds?: number;
  /** Spacing between this client's writes (POST/PUT/PATCH/DELETE); GitHub asks for at least 1 s (default 1000). */
  minWriteIntervalMs?: number;
  /** Time limit for each attempt of each request (default 60 s). */
  timeoutMs?: number;
  /** Told about every rate-limit answer, e.g. to write a warning; default: nothing. */
  onRateLimit?: (event: RateLimitEvent) => void;
  /** Octokit's own warnings (deprecated endpoints); default console.warn. */
  onWarning?: (message: string) => void;
}

const DEFAULT_BASE_URL = 'https://api.github.com';
const API_VERSION = '2022-11-28';
// Statuses the retry plugin must leave alone: client errors, and the ones other code owns:
// 403/429 belong to the throttling plugin, 409 to updateRepositoryFile's re-read loop, 405 (a
// pull request GitHub will not merge yet: conflicts, checks, reviews) to the next plan.
const DO_NOT_RETRY = [400, 401, 403, 404, 405, 409, 410, 422, 429, 451];

/**
 * An Octokit set up once for the action: GitHub's rate limits honoured (retry-after, then
 * x-ratelimit-reset, bounded), 5xx and network errors retried a bounded number of times,
 * writes spaced out, each attempt under a time limit, and no request logging.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  if (!options.token.trim()) throw new GitHubPermissionError('No GitHub token was given. Pass one, e.g. ${{ github.token }} or a GitHub App token.');
  const baseUrl = readBaseUrl(options.baseUrl);
  const retries = options.retries ?? 3;
  const maxWait = options.maxRateLimitWaitSeconds ?? 300;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const warn = options.onWarning ?? ((message: string) => console.warn(message));

  const onLimit = (kind: RateLimitEvent['kind']) => (retryAfter: number, request: Parameters<Octokit['request']['endpoint']['parse']>[0], octokit: Octokit, retryCount: number): boolean => {
    const willRetry = retryCount < retries && retryAfter <= maxWait;
    const what = `${request.method} ${pathOf(octokit.request.endpoint.parse(request).url)}`;
    const message = `GitHub ${kind} rate limit on ${what}: ${willRetry ? `waiting ${retryAfter} s (retry ${retryCount + 1} of ${retries})` : 'giving up'}`;
    options.onRateLimit?.({ kind, request: what, retryAfterSeconds: retryAfter, retryCount, willRetry, message });
    return willRetry;
  };

  // Hooks run innermost-first in plugin order: prepareEachAttempt sees every attempt, then the
  // throttling plugin retries rate limits, the retry plugin retries 5xx, and explainRateLimit
  // turns a rate limit that survived all that into an error that says what to do.
  const attempts = new WeakMap<object, number>();
  return getOctokit(
    options.token,
    {
      baseUrl,
      // The runner's proxy (HTTPS_PROXY / HTTP_PROXY, NO_PROXY), decided for this base URL as
      // @actions/github decides it for GITHUB_API_URL, so the CLI and tests with another URL get it too.
      request: { fetch: proxyFetch(baseUrl) },
    userAgent: options.userAgent ?? 'wave-orchestrator',
    // No debug/info logging at all: nothing that could echo a request, let alone its headers.
    log: { debug: () => {}, info: () => {}, warn: (message: string) => warn(String(message)), error: (message: string) => warn(String(message)) },
    throttle: {
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
      // A per-client write queue, so the spacing can be set (the plugin's default is shared and fixed at 1 s).
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.minWriteIntervalMs ?? 1000 }),
    },
    retry: { retries, retryAfterBaseValue: options.retryBaseDelayMs ?? 1000, doNotRetry: DO_NOT_RETRY },
    },
    prepareEachAttempt(timeoutMs, attempts),
    throttling,
    retry,
    explainRateLimit(maxWait, attempts),
  );
}

/** fetch through the proxy the environment names for `url` (none for NO_PROXY hosts and loopback). */
function proxyFetch(url: string): typeof globalThis.fetch {
  const dispatcher = new HttpClient('wave-orchestrator').getAgentDispatcher(url);
  if (dispatcher === undefined) return undiciFetch as unknown as typeof globalThis.fetch;
  return ((input: Parameters<typeof undiciFetch>[0], init?: Parameters<typeof undiciFetch>[1]) => undiciFetch(input, { ...init, dispatcher })) as unknown as typeof globalThis.fetch;
}

function readBaseUrl(value: string | undefined): string {
  const text = (value ?? '').trim() || DEFAULT_BASE_URL;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new TypeError(`Invalid GitHub API URL '${text}'. Expected e.g. ${DEFAULT_BASE_URL} or https://HOST/api/v3 (GITHUB_API_URL).`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError(`Invalid GitHub API URL '${text}'. Expected an http(s) URL such as ${DEFAULT_BASE_URL}.`);
  return text.replace(/\/+$/, '');
}

function pathOf(url: string): string {
  return new URL(url, 'http://github.invalid').pathname;
}

/**
 * A plugin that pins the REST API version, puts each attempt under a fresh time limit, counts
 * attempts per request (the hooks share one options object), and labels the rate limits the
 * throttling plugin would miss.
 */
function prepareEachAttempt(timeoutMs: number, attempts: WeakMap<object, number>) {
  const ours = new WeakSet<AbortSignal>();
  return (octokit: Octokit): void => {
    octokit.hook.wrap('request', async (request, options) => {
      attempts.set(options, (attempts.get(options) ?? 0) + 1);
      options.headers['x-github-api-version'] ??= API_VERSION;
      const current = options.request.signal;
      if (current === undefined || ours.has(current)) {
        // A retry must not inherit the previous attempt's (possibly expired) signal.
        const signal = AbortSignal.timeout(timeoutMs);
        ours.add(signal);
        options.request.signal = signal;
      }
      try {
        return await request(options);
      } catch (error) {
        if (isHttpError(error) && rateLimitKind(error) === 'secondary' && !/\bsecondary rate\b/i.test(error.message)) {
          // GitHub's rule: a 429, or a 403 with retry-after, is a rate limit even without its usual
          // message. plugin-throttling recognises secondary limits only by that message, so add it.
          error.message = `secondary rate limit (HTTP ${error.status}): ${error.message}`;
        }
        throw error;
      }
    });
  };
}

/** A plugin that replaces a rate-limit answer left after the retries by a GitHubRateLimitError. */
function explainRateLimit(maxWait: number, attempts: WeakMap<object, number>) {
  return (octokit: Octokit): void => {
    octokit.hook.wrap('request', async (request, options) => {
      try {
        return await request(options);
      } catch (error) {
        const kind = isHttpError(error) ? rateLimitKind(error) : undefined;
        if (!kind || !isHttpError(error)) throw error;
        const what = `${options.method} ${pathOf(error.request?.url ?? options.url)}`;
        const wait = waitSeconds(error, kind);
        const retryCount = Math.max(0, (attempts.get(options) ?? 1) - 1);
        const why = wait > maxWait ? `GitHub asked to wait ${wait} s, longer than this client waits (${maxWait} s)` : `still limited after ${retryCount} ${retryCount === 1 ? 'retry' : 'retries'}`;
        const message =
          kind === 'primary'
            ? `GitHub's rate limit for this token is used up (${what}, HTTP ${error.status}): ${why}; it resets at ${resetTime(error)}. Wait for the reset and re-run, or use a GitHub App token (GITHUB_TOKEN allows 1,000 requests per hour per repository).`
            : `GitHub's secondary rate limit stopped ${what} (HTTP ${error.status}): ${why}. Too many requests too fast: wait a few minutes and re-run, or run fewer jobs at once.`;
        throw new GitHubRateLimitError(message, { status: error.status, cause: error });
      }
    });
  };
}

/**
 * GitHub's rule (REST docs, "Handle rate limit errors appropriately"): 403 or 429 with
 * x-ratelimit-remaining: 0 is the primary limit; a 429, a 403 with retry-after, or a message
 * naming a secondary rate limit is a secondary limit. Any other 403 is a permission problem.
 */
function rateLimitKind(error: HttpError): RateLimitEvent['kind'] | undefined {
  if (error.status !== 403 && error.status !== 429) return undefined;
  const headers = error.response?.headers ?? {};
  if (/\bsecondary rate\b/i.test(error.message) || headers['retry-after'] !== undefined) return 'secondary';
  if (headers['x-ratelimit-remaining'] === '0') return 'primary';
  return error.status === 429 ? 'secondary' : undefined;
}

function waitSeconds(error: HttpError, kind: RateLimitEvent['kind']): number {
  const headers = error.response?.headers ?? {};
  if (kind === 'primary') return Math.max(0, Math.ceil(Number(headers['x-ratelimit-reset'] ?? 0) - Date.now() / 1000));
  return Number(headers['retry-after']) || 60;
}

function resetTime(error: HttpError): string {
  const reset = Number(error.response?.headers['x-ratelimit-reset']);
  return Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000).toISOString() : 'the time in the x-ratelimit-reset header';
}
