import { spawn } from 'node:child_process';

/** A git command that failed: the command line, its exit code and what it wrote to stderr. */
export class GitError extends Error {
  override name = 'GitError';
  constructor(
    readonly command: string,
    readonly exitCode: number | null,
    readonly stderr: string,
    options?: { cause?: unknown },
  ) {
    const detail = stderr.trim().split('\n').slice(-4).join(' / ');
    super(`${command} failed (exit code ${exitCode ?? 'none'})${detail ? `: ${detail}` : ''}`, options);
  }
}

/**
 * Set on every git command we run: no automatic `git maintenance run --auto` / `git gc --auto`
 * after our fetches and commits. Our repositories are temporary (worktrees, delivery repositories)
 * or the user's, whose housekeeping is the user's own git's business, not a side effect of ours;
 * actions/checkout turns auto gc off in its clones for the same reason.
 */
export const NO_AUTO_MAINTENANCE = ['-c', 'maintenance.auto=false', '-c', 'gc.auto=0'] as const;

/** Runs `git ARGS` in `cwd` without a shell (arguments stay arguments), resolving to its output or throwing GitError. */
export async function runGit(args: string[], cwd: string, env?: NodeJS.ProcessEnv): Promise<{ stdout: string; stderr: string }> {
  const { stdout, stderr } = await runGitBytes(args, cwd, env);
  return { stdout: stdout.toString('utf8'), stderr };
}

/** runGit with `input` on git's stdin and stdout kept as bytes (blob contents, fast-import streams). */
export function runGitBytes(args: string[], cwd: string, env?: NodeJS.ProcessEnv, input?: Buffer | string): Promise<{ stdout: Buffer; stderr: string }> {
  return new Promise((resolve, reject) => {
    const command = ['git', ...args].join(' ');
    // detached: a Ctrl-C at the terminal goes to the whole foreground process group; git must not
    // die halfway through a ref update or a checkout because of it (the caller decides when to stop).
    const child = spawn('git', [...NO_AUTO_MAINTENANCE, ...args], { cwd, env: { ...process.env, ...env }, windowsHide: true, detached: process.platform !== 'win32', stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => reject(new GitError(command, null, error.message, { cause: error })));
    child.on('close', (code) => {
      const out = Buffer.concat(stdout);
      const err = Buffer.concat(stderr).toString('utf8');
      if (code === 0) resolve({ stdout: out, stderr: err });
      else reject(new GitError(command, code, err || `exit code ${code}`));
    });
    // Without input git reads an empty stdin. With it, git may exit before reading it all (a bad
    // ref): its exit code says what went wrong, not the broken pipe.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}
