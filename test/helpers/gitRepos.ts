import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { makeTempDir } from './tempDir.js';

const git = (args: string[], cwd: string) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** A bare origin on branch `main` holding `files`, made from a throwaway clone. Returns the origin's path. */
export function createOrigin(files: Record<string, string>): string {
  const root = makeTempDir('origin');
  const origin = join(root, 'origin.git');
  git(['init', '--bare', '--initial-branch=main', origin], root);
  const seed = join(root, 'seed');
  git(['clone', '--quiet', origin, seed], root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(seed, path)), { recursive: true });
    writeFileSync(join(seed, path), text);
  }
  git(['checkout', '--quiet', '-B', 'main'], seed);
  git(['add', '.'], seed);
  git(['-c', 'user.name=seed', '-c', 'user.email=seed@example.invalid', 'commit', '--quiet', '-m', 'seed'], seed);
  git(['push', '--quiet', 'origin', 'main'], seed);
  return origin;
}

/** A fresh clone of `origin` on main, as actions/checkout leaves a workspace. */
export function cloneWorkspace(origin: string): string {
  const workspace = makeTempDir('workspace');
  git(['clone', '--quiet', '--branch', 'main', origin, workspace], workspace);
  return workspace;
}

/** A file's text on origin's main. */
export function originFile(origin: string, path: string): string {
  return git(['show', `main:${path}`], origin);
}

/** Commit subjects on origin's main, oldest first. */
export function originLog(origin: string): string[] {
  return git(['log', '--reverse', '--format=%s', 'main'], origin).trim().split('\n');
}
