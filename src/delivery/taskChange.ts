/** A file's git mode: regular, executable, or a symbolic link (its content is the link's target). */
export type FileMode = '100644' | '100755' | '120000';

/** One path of a task's change: its new content and mode, or its deletion. */
export type FileChange = { path: string; kind: 'write'; mode: FileMode; content: Uint8Array } | { path: string; kind: 'delete' };

/** A task's change: the files that differ from `base`, the commit the leg started from. */
export interface TaskChange {
  base: string;
  files: FileChange[];
}

/** Why a path of a change was left out (`dropped`, the rest still travels) or stops the whole change (`refused`). */
export interface ScreenedPath {
  path: string;
  reason: string;
}

/** The limits a change is held to before it is delivered. */
export interface ChangeRules {
  /** The tasks file: the orchestrator owns it, so an agent's edits to it are dropped. */
  tasksFile: string;
  /** Let `.github/workflows/` changes through (only a token with the workflows permission can push them). */
  allowWorkflowChanges: boolean;
  /** Hand-off only: the whole `.github/` directory is refused unless workflow changes are allowed. */
  refuseGithubDirectory?: boolean;
  /** Most files in one change. */
  maxFiles?: number;
  /** Most bytes in one file. */
  maxFileBytes?: number;
  /** Let binary files through. */
  allowBinary?: boolean;
}

/** A screened change: what travels, what was dropped, and what refuses the change (empty when it may be delivered). */
export interface ScreenedChange {
  change: TaskChange;
  dropped: ScreenedPath[];
  refused: ScreenedPath[];
}

/** Whether bytes look binary the way git decides it: a NUL in the first 8000 bytes. */
export function isBinary(content: Uint8Array): boolean {
  const end = Math.min(content.length, 8000);
  for (let index = 0; index < end; index++) if (content[index] === 0) return true;
  return false;
}

/**
 * Holds a change to the rules: drops the tasks file; refuses `.github/workflows/` (or all of
 * `.github/` in a hand-off) unless allowed, files over the size cap, binary files unless allowed,
 * and a change of more files than the cap. Paths come back sorted, so the result is deterministic.
 */
export function screenChange(change: TaskChange, rules: ChangeRules): ScreenedChange {
  const dropped: ScreenedPath[] = [];
  const refused: ScreenedPath[] = [];
  const kept: FileChange[] = [];
  const tasksFile = normalizePath(rules.tasksFile);
  for (const file of [...change.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const path = file.path;
    if (!isSafePath(path)) {
      refused.push({ path, reason: 'is not a plain path inside the repository' });
      continue;
    }
    if (path === tasksFile) {
      dropped.push({ path, reason: 'the tasks file belongs to the orchestrator; the agent’s edits to it are dropped' });
      continue;
    }
    if (!rules.allowWorkflowChanges && path.startsWith('.github/workflows/')) {
      refused.push({ path, reason: 'changes a workflow; GitHub refuses such pushes from GITHUB_TOKEN (set allow-workflow-changes: true if the token has the workflows permission)' });
      continue;
    }
    if (rules.refuseGithubDirectory && !rules.allowWorkflowChanges && path.startsWith('.github/')) {
      refused.push({ path, reason: 'is under .github/, which a hand-off never carries (set allow-workflow-changes: true to allow it)' });
      continue;
    }
    if (file.kind === 'write') {
      if (rules.maxFileBytes !== undefined && file.content.length > rules.maxFileBytes) {
        refused.push({ path, reason: `is ${file.content.length} bytes, over the limit of ${rules.maxFileBytes} (max-file-bytes)` });
        continue;
      }
      if (rules.allowBinary === false && file.mode !== '120000' && isBinary(file.content)) {
        refused.push({ path, reason: 'is a binary file (set allow-binary: true to allow binary files)' });
        continue;
      }
    }
    kept.push(file);
  }
  if (rules.maxFiles !== undefined && kept.length > rules.maxFiles) refused.push({ path: kept[rules.maxFiles]?.path ?? '', reason: `the change has ${kept.length} files, over the limit of ${rules.maxFiles} (max-files)` });
  return { change: { base: change.base, files: kept }, dropped, refused };
}

/** A one-line reason naming the refused paths, for `metadata.waves.lastError`. */
export function refusalReason(refused: readonly ScreenedPath[]): string {
  const shown = refused.slice(0, 5).map((entry) => `${entry.path} ${entry.reason}`);
  return `the change was refused: ${shown.join('; ')}${refused.length > 5 ? `; and ${refused.length - 5} more` : ''}`;
}

/** A path relative to the repository root with no `..`, `.` or empty parts, no backslash and no `.git` part. */
export function isSafePath(path: string): boolean {
  if (path === '' || path.startsWith('/') || path.includes('\\') || path.includes('\0')) return false;
  return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..' && part.toLowerCase() !== '.git');
}

function normalizePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '');
}
