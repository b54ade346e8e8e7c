import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { IgnoreChecker } from '../git/createIgnoreChecker.js';
import type { TreeEntry } from '../git/listTree.js';
import type { FileChange, FileMode, TaskChange } from './taskChange.js';

/** The blob id git gives these bytes (SHA-1), computed here so no git runs on the workspace's files. */
export function blobId(content: Uint8Array): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

/**
 * The agent's result as files: walks the workspace with fs (never its `.git`, at any depth),
 * skipping what the base tree's `.gitignore` files ignore (a tracked path is never skipped), and
 * compares each file's bytes and mode with the base tree. Symbolic links are kept as links (their
 * target text), never followed; sockets and the like are left out. Submodules are left alone.
 */
export async function readWorkspaceChange(workspace: string, base: string, tree: Map<string, TreeEntry>, isIgnored: IgnoreChecker): Promise<TaskChange> {
  const trackedDirectories = new Set<string>();
  const submodules = new Set<string>();
  for (const entry of tree.values()) {
    if (entry.type === 'commit') submodules.add(entry.path);
    const parts = entry.path.split('/');
    for (let index = 1; index < parts.length; index++) trackedDirectories.add(parts.slice(0, index).join('/'));
  }
  const files: FileChange[] = [];
  const seen = new Set<string>();
  let level = [''];
  while (level.length > 0) {
    const candidates: { path: string; directory: boolean; absolute: string }[] = [];
    for (const directory of level) {
      for (const name of (await readdir(join(workspace, directory))).sort()) {
        if (name === '.git') continue;
        const path = directory === '' ? name : `${directory}/${name}`;
        if (submodules.has(path)) {
          seen.add(path);
          continue;
        }
        const absolute = join(workspace, path);
        const stats = await lstat(absolute);
        if (stats.isDirectory()) candidates.push({ path, directory: true, absolute });
        else if (stats.isFile() || stats.isSymbolicLink()) candidates.push({ path, directory: false, absolute });
      }
    }
    const untracked = candidates.filter((candidate) => !(candidate.directory ? trackedDirectories.has(candidate.path) : tree.has(candidate.path)));
    const ignored = await isIgnored(untracked.map((candidate) => (candidate.directory ? `${candidate.path}/` : candidate.path)));
    level = [];
    for (const candidate of candidates) {
      if (ignored.has(candidate.directory ? `${candidate.path}/` : candidate.path) || ignored.has(candidate.path)) continue;
      if (candidate.directory) {
        level.push(candidate.path);
        continue;
      }
      seen.add(candidate.path);
      const stats = await lstat(candidate.absolute);
      const link = stats.isSymbolicLink();
      const content = link ? Buffer.from(await readlink(candidate.absolute), 'utf8') : await readFile(candidate.absolute);
      const mode: FileMode = link ? '120000' : stats.mode & 0o100 ? '100755' : '100644';
      const before = tree.get(candidate.path);
      if (before && before.type === 'blob' && before.mode === mode && before.oid === blobId(content)) continue;
      files.push({ path: candidate.path, kind: 'write', mode, content });
    }
  }
  for (const entry of tree.values()) if (!seen.has(entry.path) && entry.type === 'blob') files.push({ path: entry.path, kind: 'delete' });
  return { base, files };
}
