import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitError, NO_AUTO_MAINTENANCE } from './runGit.js';

/** A bare repository of our own in a temporary directory, with git run under a config of nothing. */
export interface CleanRepository {
  /** The repository's directory (GIT_DIR). */
  dir: string;
  /** Runs `git ARGS` against this repository; `input` goes to stdin. Resolves to stdout as bytes; throws GitError unless the exit code is in `okCodes` (default [0]). */
  git(args: string[], options?: { input?: string | Uint8Array; okCodes?: number[]; env?: NodeJS.ProcessEnv }): Promise<{ stdout: Buffer; code: number }>;
  /** Removes the directory. */
  dispose(): Promise<void>;
}

/** Where to fetch from and push to, and the token for it (sent only to an https origin). */
export interface OriginAccess {
  url: string;
  token?: string;
}

/**
 * Creates a bare repository in a fresh temporary directory and returns a runner for it. git runs
 * with no system or global config (GIT_CONFIG_NOSYSTEM, GIT_CONFIG_GLOBAL=/dev/null, HOME in the
 * directory), no hooks, no fsmonitor, no excludes file and no inherited GIT_* variables: nothing
 * from the workspace or the machine can make it run a command. The token reaches git through
 * GIT_CONFIG_* variables as an http header for the origin only, never through the command line.
 */
export async function createCleanRepository(origin?: OriginAccess): Promise<CleanRepository> {
  const dir = await mkdtemp(join(tmpdir(), 'waves-delivery-'));
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (!name.startsWith('GIT_') && name !== 'XDG_CONFIG_HOME' && name !== 'HOME') env[name] = value;
  Object.assign(env, {
    GIT_DIR: dir,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    HOME: dir,
    XDG_CONFIG_HOME: dir,
    GIT_TERMINAL_PROMPT: '0',
    GIT_LFS_SKIP_SMUDGE: '1',
    GIT_ATTR_NOSYSTEM: '1',
    LC_ALL: 'C',
  });
  if (origin?.token && /^https:\/\//i.test(origin.url)) {
    const basic = Buffer.from(`x-access-token:${origin.token}`).toString('base64');
    Object.assign(env, { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: `http.${new URL(origin.url).origin}/.extraheader`, GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}` });
  }
  const safety = ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false', '-c', 'core.excludesFile=/dev/null', '-c', 'commit.gpgsign=false', '-c', 'core.attributesFile=/dev/null', '-c', 'protocol.allow=never', '-c', 'protocol.https.allow=always', '-c', 'protocol.file.allow=always', ...NO_AUTO_MAINTENANCE];
  const git: CleanRepository['git'] = (args, options = {}) =>
    new Promise((resolve, reject) => {
      const child = spawn('git', [...safety, ...args], { cwd: dir, env: { ...env, ...options.env }, windowsHide: true });
      const out: Buffer[] = [];
      let err = '';
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
      child.on('error', (error) => reject(new GitError(['git', ...args].join(' '), null, error.message, { cause: error })));
      child.on('close', (code) => {
        if ((options.okCodes ?? [0]).includes(code ?? -1)) resolve({ stdout: Buffer.concat(out), code: code ?? 0 });
        else reject(new GitError(['git', ...args].join(' '), code, err));
      });
      child.stdin.on('error', () => undefined);
      child.stdin.end(options.input ?? '');
    });
  await git(['init', '--quiet', '--bare', dir]);
  return { dir, git, dispose: () => rm(dir, { recursive: true, force: true }) };
}
