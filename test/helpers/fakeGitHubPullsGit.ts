import { execFileSync } from 'node:child_process';

// What GitHub computes about a pull request from its branches, computed with git on the bare
// origin behind the fake: mergeability, the test merge, the commits and diff stats, the squash.

/** A commit's author or committer. */
export interface GitPerson {
  name: string;
  email: string;
}

/** A commit on the head that the base lacks. */
export interface PullCommit {
  sha: string;
  subject: string;
  /** The whole message. */
  message: string;
}

const GITHUB: GitPerson = { name: 'GitHub', email: 'noreply@github.com' };

/** Git on one bare repository, with what the fake's pull requests ask of it. */
export function createPullGit(dir: string) {
  /** Runs git; an exit code in `okCodes` is an answer (`code`), any other failure throws. */
  const run = (args: string[], options: { input?: string; author?: GitPerson; okCodes?: number[] } = {}): { stdout: string; code: number } => {
    const author = options.author ?? GITHUB;
    try {
      const stdout = execFileSync('git', args, {
        cwd: dir,
        encoding: 'utf8',
        input: options.input,
        stdio: ['pipe', 'pipe', 'pipe'],
        env: { ...process.env, GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, GIT_COMMITTER_NAME: GITHUB.name, GIT_COMMITTER_EMAIL: GITHUB.email },
      });
      return { stdout: stdout.trim(), code: 0 };
    } catch (failure) {
      const { status, stdout } = failure as { status?: number; stdout?: unknown };
      if (status !== undefined && options.okCodes?.includes(status)) return { stdout: String(stdout ?? '').trim(), code: status };
      throw failure;
    }
  };
  const git = (args: string[], options: { input?: string; author?: GitPerson } = {}) => run(args, options).stdout;
  // Results by commit pair: commits never change, so neither does what is computed from them.
  const merges = new Map<string, { tree: string; clean: boolean }>();
  const testMerges = new Map<string, string>();
  const mergeTree = (base: string, head: string) => {
    const key = `${base}..${head}`;
    let found = merges.get(key);
    if (!found) {
      // Exit 1 is a conflicted merge; the first line is the tree either way.
      const { stdout, code } = run(['merge-tree', '--write-tree', base, head], { okCodes: [1] });
      merges.set(key, (found = { tree: stdout.split('\n')[0] as string, clean: code === 0 }));
    }
    return found;
  };
  const mergeBase = (base: string, head: string) => run(['merge-base', base, head], { okCodes: [1] }).stdout || undefined;

  return {
    /** The branch's commit, or undefined when it does not exist. */
    tip: (branch: string): string | undefined => run(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`], { okCodes: [1] }).stdout || undefined,
    /** Whether `head` merges into `base` without conflicts. */
    mergesCleanly: (base: string, head: string): boolean => mergeTree(base, head).clean,
    /** Whether `ancestor` is reachable from `commit` (a head the base already holds has nothing to pull). */
    isAncestor: (ancestor: string, commit: string): boolean => run(['merge-base', '--is-ancestor', ancestor, commit], { okCodes: [1] }).code === 0,
    /** GitHub's test merge (refs/pull/N/merge): head merged into base, or undefined when they conflict. */
    testMerge(base: string, head: string): string | undefined {
      const merged = mergeTree(base, head);
      if (!merged.clean) return undefined;
      const key = `${base}..${head}`;
      let sha = testMerges.get(key);
      if (!sha) testMerges.set(key, (sha = git(['commit-tree', merged.tree, '-p', base, '-p', head], { input: `Merge ${head} into ${base}` })));
      return sha;
    },
    /** The commits on `head` that `base` lacks, oldest first. */
    commits(base: string, head: string): PullCommit[] {
      const log = git(['log', '--reverse', '--format=%H%x00%s%x00%B%x1e', `${base}..${head}`]);
      return log
        .split('\x1e')
        .map((entry) => entry.trim())
        .filter(Boolean)
        .map((entry) => {
          const [sha = '', subject = '', message = ''] = entry.split('\0');
          return { sha, subject, message: message.trim() };
        });
    },
    /** Lines added and deleted, and files changed, from the merge base to `head` (what the Files tab shows). */
    diffStats(base: string, head: string): { additions: number; deletions: number; changedFiles: number } {
      const from = mergeBase(base, head);
      if (!from) return { additions: 0, deletions: 0, changedFiles: 0 };
      const lines = git(['diff', '--numstat', from, head]).split('\n').filter(Boolean);
      // Binary files count as changed with no lines, as GitHub counts them.
      const numbers = lines.map((line) => line.split('\t').slice(0, 2).map((value) => Number(value) || 0));
      return { additions: numbers.reduce((sum, [added = 0]) => sum + added, 0), deletions: numbers.reduce((sum, [, deleted = 0]) => sum + deleted, 0), changedFiles: lines.length };
    },
    /** A squash merge as GitHub makes one: the merged tree on the base's tip, one parent; moves the base branch. */
    squash(branch: string, head: string, message: string, author: GitPerson): string {
      const base = git(['rev-parse', '--verify', `refs/heads/${branch}`]);
      const commit = git(['commit-tree', mergeTree(base, head).tree, '-p', base], { input: message, author });
      git(['update-ref', `refs/heads/${branch}`, commit, base]);
      return commit;
    },
  };
}

/** Git on one origin, as the pulls part of the fake uses it. */
export type PullGit = ReturnType<typeof createPullGit>;
