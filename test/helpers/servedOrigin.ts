import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const git = (args: string[], cwd: string) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** A bare origin laid out as a server would serve it: `<root>/octo-org/backlog.git`, reached as GITHUB_SERVER_URL=file://<root>. */
export interface ServedOrigin {
  root: string;
  origin: string;
  serverUrl: string;
  /** A fresh clone on main, as actions/checkout leaves a workspace. */
  clone(): string;
  /** `git ARGS` in the origin. */
  git(args: string[]): string;
  /** Removes the origin and every clone made from it. */
  remove(): void;
}

/** Creates the origin holding `files` on main, under a temporary directory named `waves-<prefix>-...`. */
export function createServedOrigin(prefix: string, files: Record<string, string>): ServedOrigin {
  const root = mkdtempSync(join(tmpdir(), `waves-${prefix}-`));
  const origin = join(root, 'octo-org', 'backlog.git');
  mkdirSync(origin, { recursive: true });
  git(['init', '--quiet', '--bare', '--initial-branch=main', origin], root);
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
  let clones = 0;
  return {
    root,
    origin,
    serverUrl: `file://${root}`,
    clone() {
      const workspace = join(root, `workspace-${++clones}`);
      git(['clone', '--quiet', '--branch', 'main', origin, workspace], root);
      return workspace;
    },
    git: (args) => git(args, origin),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
