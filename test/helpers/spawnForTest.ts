import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { onTestFinished } from 'vitest';

// Child processes a test starts are stopped when the test finishes, passed, failed or timed out:
// a test that gave up must not leave an action run pushing to a repository, or writing into a
// temporary directory, that the next test (or the temp-dir cleanup) is about to remove.

/** Children started outside any test (beforeAll, top of a file), stopped when their file ends. */
const startedOutsideTests = new Set<ChildProcess>();

/** A child whose stdout and stderr are pipes (spawnForTest always makes them so). */
export type PipedChild = ChildProcess & { stdout: Readable; stderr: Readable };

/**
 * `spawn` with stdout and stderr piped, in a process group of its own, stopped with everything it
 * started (SIGTERM, then SIGKILL after 2 s) when the current test finishes if still running then.
 */
export function spawnForTest(command: string, args: readonly string[], options: Omit<SpawnOptions, 'stdio' | 'detached'> & { stdin?: 'ignore' | 'pipe' } = {}): PipedChild {
  const { stdin = 'pipe', ...rest } = options;
  const child = spawn(command, args, { ...rest, stdio: [stdin, 'pipe', 'pipe'], detached: true }) as PipedChild;
  try {
    onTestFinished(() => stopProcessGroup(child));
  } catch {
    startedOutsideTests.add(child);
  }
  return child;
}

/** Stops every child started outside a test (called once per file, after its last test). */
export async function stopChildrenStartedOutsideTests(): Promise<void> {
  await Promise.all([...startedOutsideTests].map(stopProcessGroup));
  startedOutsideTests.clear();
}

async function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  signalGroup(child.pid, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child.pid as number, 'SIGKILL'), 2000);
  await exited;
  clearTimeout(timer);
  // What the child started in its group and left behind goes too.
  signalGroup(child.pid, 'SIGKILL');
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is gone already.
  }
}
