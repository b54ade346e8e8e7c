import { execFile } from 'node:child_process';

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

/** Runs `git ARGS` in `cwd` without a shell (arguments stay arguments), resolving to its output or throwing GitError. */
export function runGit(args: string[], cwd: string, env?: NodeJS.ProcessEnv): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, windowsHide: true }, (error, stdout, stderr) => {
      if (!error) return resolve({ stdout, stderr });
      const code = typeof error.code === 'number' ? error.code : null;
      reject(new GitError(['git', ...args].join(' '), code, stderr || error.message, { cause: error }));
    });
  });
}
