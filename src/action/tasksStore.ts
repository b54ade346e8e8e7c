import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { commitFileChange } from '../git/commitFileChange.js';
import type { GitHubClient } from '../github/createGitHubClient.js';
import { readRepositoryFile } from '../github/readRepositoryFile.js';
import { updateRepositoryFile } from '../github/updateRepositoryFile.js';

/** The identity the action commits with, as other actions do (actions/checkout's docs name it). */
const GITHUB_ACTIONS_BOT = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };

/** Where the tasks file lives and how a change to it is recorded. */
export interface TasksStore {
  /** What records changes, for messages. */
  kind: 'git' | 'contents-api';
  /** The file's text as the run sees it now. */
  read(): Promise<string>;
  /**
   * Applies `change` to the freshest text and records it (a pushed commit, or a Contents API
   * write), re-applying on newer text when another writer got there first. `change` returns
   * undefined for "nothing to write".
   */
  update(message: string, change: (text: string) => string | undefined): Promise<{ written: boolean; attempts: number }>;
}

/** A git checkout whose origin we push to: commits are built from the file's blob (no checkout), never in the workspace. */
export function createGitTasksStore(options: { workspace: string; branch: string; file: string }): TasksStore {
  return {
    kind: 'git',
    read: async () => {
      try {
        return await readFile(join(options.workspace, options.file), 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'ENOENT' && code !== 'EISDIR') throw error;
        throw new Error(`Cannot read the tasks file ${options.file} in ${options.workspace}: ${code === 'ENOENT' ? 'it does not exist' : 'it is a directory'}. Check 'tasks-file', and that actions/checkout ran before this step.`, { cause: error });
      }
    },
    async update(message, change) {
      const result = await commitFileChange({
        repository: options.workspace,
        branch: options.branch,
        file: options.file,
        message,
        apply: async (path) => {
          const next = change(await readFile(path, 'utf8'));
          if (next === undefined) return false;
          await writeFile(path, next);
          return true;
        },
      });
      return { written: result.pushed, attempts: result.attempts };
    },
  };
}

/** No checkout: read and write the file through the Contents API, with its blob sha guarding each write. */
export function createContentsTasksStore(options: { client: GitHubClient; owner: string; repo: string; branch: string; path: string }): TasksStore {
  const { client, owner, repo, branch, path } = options;
  return {
    kind: 'contents-api',
    read: async () => (await readRepositoryFile(client, { owner, repo, path, ref: branch })).text,
    async update(message, change) {
      const result = await updateRepositoryFile(client, { owner, repo, path, branch, message, apply: change, committer: GITHUB_ACTIONS_BOT });
      return { written: result.changed, attempts: result.attempts };
    },
  };
}
