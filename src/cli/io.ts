/** Where a command writes, injected so tests capture output without spying on process. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Directory relative paths start from. */
  cwd: string;
  /** Whether stdout is a terminal (colour, live output). */
  isTTY: boolean;
  /** Environment, for NO_COLOR and friends. */
  env: Record<string, string | undefined>;
  /** Calls `handler` on Ctrl-C (SIGINT/SIGTERM); returns a function that stops listening. Absent where nothing can interrupt. */
  onInterrupt?: (handler: () => void) => () => void;
  /** Terminal width, when stdout is a terminal. */
  columns?: number;
}

/** Exit codes of the CLI contract. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** A wrong command line: printed with the usage hint, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Problems in the tasks file (already printed): exit code 1. */
export class TasksFileError extends Error {
  override name = 'TasksFileError';
}
