import type { CleanRepository } from './cleanRepository.js';

/** One entry of a tree, listed recursively: blobs and links as files, gitlinks (submodules) as `commit`. */
export interface TreeEntry {
  mode: string;
  type: 'blob' | 'commit';
  oid: string;
  path: string;
}

/** Every file of `treeish` by path (`git ls-tree -r -z --full-tree`). */
export async function listTree(repository: CleanRepository, treeish: string): Promise<Map<string, TreeEntry>> {
  const { stdout } = await repository.git(['ls-tree', '-r', '-z', '--full-tree', treeish]);
  const entries = new Map<string, TreeEntry>();
  for (const line of stdout.toString('utf8').split('\0')) {
    if (line === '') continue;
    const tab = line.indexOf('\t');
    const [mode, type, oid] = line.slice(0, tab).split(' ') as [string, string, string];
    if (type === 'blob' || type === 'commit') entries.set(line.slice(tab + 1), { mode, type, oid, path: line.slice(tab + 1) });
  }
  return entries;
}
