import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { CleanRepository } from './cleanRepository.js';
import type { TreeEntry } from './listTree.js';

/** Answers which of some paths the repository ignores; a directory is asked with a trailing `/`. */
export type IgnoreChecker = (paths: string[]) => Promise<Set<string>>;

/**
 * An ignore checker for the `.gitignore` files of a tree: writes just those files into a work
 * tree of ours inside the clean repository and asks `git check-ignore --no-index` there, so the
 * rules are git's own and nothing of the workspace is read but the paths' names.
 */
export async function createIgnoreChecker(repository: CleanRepository, tree: Map<string, TreeEntry>): Promise<IgnoreChecker> {
  const workTree = join(repository.dir, 'ignore-rules');
  await mkdir(workTree, { recursive: true });
  for (const entry of tree.values()) {
    if (entry.type !== 'blob' || !(entry.path === '.gitignore' || entry.path.endsWith('/.gitignore')) || entry.mode === '120000') continue;
    const target = join(workTree, entry.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, (await repository.git(['cat-file', 'blob', entry.oid])).stdout);
  }
  return async (paths) => {
    if (paths.length === 0) return new Set();
    // Exit code 1 means "none of them is ignored".
    const { stdout } = await repository.git(['-C', workTree, '--work-tree', workTree, 'check-ignore', '--no-index', '--stdin', '-z'], { input: paths.join('\0') + '\0', okCodes: [0, 1] });
    return new Set(stdout.toString('utf8').split('\0').filter(Boolean));
  };
}
