import { spawn } from 'node:child_process';

/** How a process ended: its exit code, or why it was stopped, and what it printed. */
export interface ProcessResult {
  code: number | null;
  timedOut: boolean;
  cancelled: boolean;
  output: string;
}

/**
 * Runs a command in its own process group so a timeout or a cancellation stops it and everything
 * it started (the runner does the same), with stdout and stderr together as the log shows them.
 */
export function runProcess(command: string, args: string[], options: { cwd: string; env: Record<string, string>; timeoutMs?: number; signal?: AbortSignal }): Promise<ProcessResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let timedOut = false;
    let cancelled = false;
    const stop = () => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => ((timedOut = true), stop()), options.timeoutMs);
    const onAbort = () => ((cancelled = true), stop());
    options.signal?.addEventListener('abort', onAbort);
    if (options.signal?.aborted) onAbort();
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', (error) => (output += `\n${error.message}`));
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve({ code, timedOut, cancelled, output });
    });
  });
}
