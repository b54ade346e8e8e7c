import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Permissions } from './jobPermissions.js';

/** A bare origin that, like github.com, takes a push only from a token with contents: write. */
export interface GuardedOrigin {
  /** The bare repository's path (the clone URL): `<server>/octo-org/backlog.git`. */
  path: string;
  /** GITHUB_SERVER_URL for the runs: `file://<server>`, so `${server}/${repository}.git` is the origin, as actions/checkout builds it. */
  serverUrl: string;
  /** Lets pushes carrying `token` through with these scopes, until revoke(). */
  grant(token: string, permissions: Permissions): void;
  revoke(token: string): void;
  /** The commit at the tip of `branch`. */
  head(branch?: string): string;
}

// Pushes name their token in WAVES_PUSH_TOKEN, which a checkout that persisted its credentials
// sets (through remote.origin.receivepack, see runCheckout.ts) and the runner gives our action as
// the token it was handed (its `token` input), the way it authenticates on GitHub. GitHub's own words
// for each refusal. A change under .github/workflows/ needs the `workflows` scope, which
// GITHUB_TOKEN never has.
const PRE_RECEIVE = `#!/bin/sh
token="$WAVES_PUSH_TOKEN"
case "$token" in
  ""|*[!A-Za-z0-9_]*) echo "Invalid username or token. Password authentication is not supported for Git operations." >&2; exit 1 ;;
esac
grant="$GIT_DIR/waves-tokens/$token"
if [ ! -f "$grant" ]; then echo "Invalid username or token. Password authentication is not supported for Git operations." >&2; exit 1; fi
if ! grep -qx 'contents=write' "$grant"; then echo "Permission to octo-org/backlog.git denied to github-actions[bot]." >&2; exit 1; fi
while read -r old new ref; do
  case "$new" in 0000000000000000000000000000000000000000) continue ;; esac
  case "$old" in 0000000000000000000000000000000000000000) base=$(git rev-parse -q --verify refs/heads/main) ;; *) base="$old" ;; esac
  if [ -n "$base" ]; then changed=$(git diff --name-only "$base" "$new" -- .github/workflows); else changed=$(git ls-tree -r --name-only "$new" -- .github/workflows); fi
  if [ -n "$changed" ] && ! grep -qx 'workflows=write' "$grant"; then
    first=$(printf '%s\\n' "$changed" | head -n 1)
    echo "refusing to allow a GitHub App to create or update workflow \\\`$first\\\` without \\\`workflows\\\` permission" >&2
    exit 1
  fi
done
exit 0
`;

/** Creates the origin under `root` holding `files` on main (committed before the guard is installed). */
export function createGuardedOrigin(root: string, files: Record<string, string | { text: string; mode: number }>, repository = 'octo-org/backlog'): GuardedOrigin {
  const server = join(root, 'server');
  const path = join(server, `${repository}.git`);
  mkdirSync(path, { recursive: true });
  const git = (args: string[], cwd: string) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  git(['init', '--quiet', '--bare', '--initial-branch=main', path], root);
  const seed = join(root, 'seed-clone');
  git(['init', '--quiet', '--initial-branch=main', seed], root);
  for (const [name, content] of Object.entries(files)) {
    const target = join(seed, name);
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, typeof content === 'string' ? content : content.text);
    if (typeof content !== 'string') chmodSync(target, content.mode);
  }
  git(['add', '.'], seed);
  git(['-c', 'user.name=octocat', '-c', 'user.email=octocat@example.invalid', 'commit', '--quiet', '-m', 'seed'], seed);
  git(['push', '--quiet', path, 'main'], seed);
  rmSync(seed, { recursive: true, force: true });
  // GitHub serves any reachable commit, which checkout's default (the event's sha) relies on.
  git(['config', 'uploadpack.allowReachableSHA1InWant', 'true'], path);
  mkdirSync(join(path, 'waves-tokens'));
  writeFileSync(join(path, 'hooks', 'pre-receive'), PRE_RECEIVE, { mode: 0o755 });
  return {
    path,
    serverUrl: `file://${server}`,
    grant(token, permissions) {
      writeFileSync(join(path, 'waves-tokens', token), Object.entries(permissions).map(([scope, level]) => `${scope}=${level}\n`).join(''));
    },
    revoke(token) {
      rmSync(join(path, 'waves-tokens', token), { force: true });
    },
    head(branch = 'main') {
      return git(['rev-parse', `refs/heads/${branch}`], path).trim();
    },
  };
}
