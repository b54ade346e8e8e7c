import { open, stat, writeFile } from 'node:fs/promises';
import { startAgent, type AgentHandle, type AgentExit } from './startAgent.js';

/** A verify in progress: stop it, or wait for whether it passed and the last lines it printed. */
export interface VerifyRun {
  handle: AgentHandle;
  result: Promise<{ ok: boolean; exit: AgentExit; tail: string[] }>;
}

/** Lines of verify output kept for the log line and the summary. */
const TAIL_LINES = 5;

/**
 * Runs the project's check (`--verify CMD`, the user's own command, through the shell) in `cwd`,
 * its output appended to the task's log under a header, like an agent: own process group, stoppable.
 */
export async function runVerify(command: string, cwd: string, env: Record<string, string | undefined>, logFile: string, label: string, timeoutMs?: number): Promise<VerifyRun> {
  await writeFile(logFile, `--- verify (${label}): ${command}\n`, { flag: 'a' });
  const offset = (await stat(logFile)).size;
  const handle = startAgent({ command, cwd, env, logFile, ...(timeoutMs === undefined ? {} : { timeoutMs }) });
  const result = handle.exited.then(async (exit) => ({ ok: exit.code === 0 && !exit.timedOut && !exit.stopped, exit, tail: await readTail(logFile, offset) }));
  return { handle, result };
}

/** The last non-empty lines written to `file` after `offset`. */
async function readTail(file: string, offset: number): Promise<string[]> {
  const handle = await open(file, 'r');
  try {
    const size = (await handle.stat()).size;
    const start = Math.max(offset, size - 64 * 1024);
    const buffer = Buffer.alloc(size - start);
    await handle.read(buffer, 0, buffer.length, start);
    return buffer.toString('utf8').split('\n').map((line) => line.trimEnd()).filter(Boolean).slice(-TAIL_LINES);
  } finally {
    await handle.close();
  }
}
