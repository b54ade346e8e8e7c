import type { GitHubClient } from './createGitHubClient.js';
import { GitHubApiError } from './GitHubApiError.js';
import { toGitHubApiError } from './toGitHubApiError.js';

/** A file's text as UTF-8, and the blob sha that an update must send back. */
export interface RepositoryFile {
  text: string;
  /** Blob sha (not a commit sha): the `sha` for PUT /contents. */
  sha: string;
}

/** Which file to read, at which branch, tag or commit. */
export interface RepositoryFileTarget {
  owner: string;
  repo: string;
  /** Path from the repository root, e.g. .taskmaster/tasks/tasks.json. */
  path: string;
  /** Branch, tag or commit sha; the default branch when omitted. */
  ref?: string;
}

/** Reads a file with the Contents API (no checkout needed); files over 1 MB come from the Git blobs API. */
export async function readRepositoryFile(client: GitHubClient, target: RepositoryFileTarget): Promise<RepositoryFile> {
  const { owner, repo, path, ref } = target;
  const where = `${path}${ref === undefined ? '' : ` on ${ref}`} in ${owner}/${repo}`;
  const context = {
    doing: `Reading ${where}`,
    forbidden: 'the token cannot read the repository: give the job `permissions: contents: read`',
    notFound: 'no such file, branch or repository (check the tasks file path and the branch), or the token cannot see the repository',
  };
  let data;
  try {
    ({ data } = await client.rest.repos.getContent({ owner, repo, path, ...(ref === undefined ? {} : { ref }) }));
  } catch (error) {
    throw toGitHubApiError(error, context);
  }
  if (Array.isArray(data)) throw new GitHubApiError(`Reading ${where}: it is a directory, not a file. Point the tasks file setting at a file.`);
  if (data.type !== 'file' || !('content' in data)) throw new GitHubApiError(`Reading ${where}: it is a ${data.type}, not a file. Point the tasks file setting at a regular file.`);
  if (data.encoding === 'base64') return { text: decode(data.content), sha: data.sha };
  // 1-100 MB: the Contents API leaves `content` empty (encoding "none"); the blob has it.
  try {
    const blob = await client.rest.git.getBlob({ owner, repo, file_sha: data.sha });
    return { text: decode(blob.data.content), sha: data.sha };
  } catch (error) {
    throw toGitHubApiError(error, { ...context, doing: `Reading ${where} (blob ${data.sha}, the file is over 1 MB)` });
  }
}

function decode(base64: string): string {
  // GitHub wraps base64 at 60 characters; Buffer skips the newlines.
  return Buffer.from(base64, 'base64').toString('utf8');
}
