import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';

/** How one agent process ended. */
export interface AgentExit {
  /** Exit code, or null when a signal ended it. */
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** Stopped by us (Ctrl-C), not failed. */
  stopped: boolean;
  durationMs: number;
  /** The spawn itself failed (command not found is an exit code 127 from the shell instead). */
  error?: string;
  /** The agent exited 0 but the attempt failed after it (made no change, verify failed, conflict): why, in a few words. */
  failure?: string;
  /** How `--verify` went on the last tree checked, when it ran. */
  verify?: 'passed' | 'failed';
  /** Isolated runs: the commit now at the tip of the base branch holding the task's work, and how many commits it brought. */
  landed?: { commit: string; commits: number; base: string };
  /** Isolated runs: the task's worktree, kept for inspection because its work did not land. */
  worktree?: string;
}

/** A running agent. */
export interface AgentHandle {
  pid: number | undefined;
  exited: Promise<AgentExit>;
  /** Ends the agent and everything it started: SIGTERM to its process group, SIGKILL after a grace period. */
  stop(): Promise<AgentExit>;
}

/** What to start. The command is the user's own text; task text only ever travels in `env`. */
export interface AgentSpec {
  command: string;
  cwd: string;
  env: Record<string, string | undefined>;
  logFile: string;
  /** Kill the agent after this long; 0 or undefined for no limit. */
  timeoutMs?: number;
  /** Time between SIGTERM and SIGKILL. */
  graceMs?: number;
}

/**
 * Starts `command` through the shell in its own process group, output appended to `logFile`.
 * Task text never becomes part of the command line: it is passed in environment variables.
 */
export function startAgent(spec: AgentSpec): AgentHandle {
  const started = Date.now();
  const log = createWriteStream(spec.logFile, { flags: 'a' });
  const child = spawn(spec.command, { shell: true, cwd: spec.cwd, env: spec.env as NodeJS.ProcessEnv, detached: process.platform !== 'win32', stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  let timedOut = false;
  let stopped = false;
  let killTimer: NodeJS.Timeout | undefined;

  const signalGroup = (signal: NodeJS.Signals, evenAfterExit = false) => {
    if (child.pid === undefined) return;
    if (!evenAfterExit && (child.exitCode !== null || child.signalCode !== null)) return;
    try {
      if (process.platform === 'win32') child.kill(signal);
      else process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  const terminate = () => {
    signalGroup('SIGTERM');
    killTimer ??= setTimeout(() => signalGroup('SIGKILL'), spec.graceMs ?? 3000);
    killTimer.unref();
  };
  const timeout = spec.timeoutMs ? setTimeout(() => ((timedOut = true), terminate()), spec.timeoutMs) : undefined;
  timeout?.unref();

  const exited = new Promise<AgentExit>((resolve) => {
    let spawnError: string | undefined;
    child.on('error', (error) => (spawnError = error.message));
    child.on('close', (code, signal) => {
      if (timeout) clearTimeout(timeout);
      if (killTimer) clearTimeout(killTimer);
      // Outlived children of the agent belong to its group: make sure none keeps running.
      signalGroup('SIGKILL', true);
      const exit: AgentExit = { code, signal, timedOut, stopped, durationMs: Date.now() - started };
      if (spawnError !== undefined) exit.error = spawnError;
      log.end(() => resolve(exit));
    });
  });

  return {
    pid: child.pid,
    exited,
    stop() {
      stopped = true;
      terminate();
      return exited;
    },
  };
}
