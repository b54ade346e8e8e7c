import type { Task, TaskStatus } from './model.js';

/** Our bookkeeping on a task, kept under `metadata.waves` in the tasks file. */
export interface WavesRecord {
  /** Failed tries so far. */
  attempts: number;
  /** When the task was last claimed (ISO time). */
  claimedAt?: string;
  /** The workflow run that claimed it. */
  runId?: string;
  runUrl?: string;
  /** The run that last finished it, and how. */
  lastRun?: string;
  lastResult?: string;
  lastError?: string;
  completedAt?: string;
}

/** A change to one task: its status and/or its whole `metadata.waves` record (null removes it). */
export interface TaskChange {
  status?: TaskStatus;
  waves?: Record<string, unknown> | null;
}

/** The workflow run doing the work. */
export interface RunInfo {
  runId: string;
  runUrl: string;
}

/** Reads `metadata.waves` defensively: anything malformed reads as no record. */
export function readWavesRecord(task: Task): WavesRecord {
  const raw = task.metadata.waves;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { attempts: 0 };
  const record = raw as Record<string, unknown>;
  const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : typeof record[key] === 'number' ? String(record[key]) : undefined);
  const attempts = typeof record.attempts === 'number' && Number.isInteger(record.attempts) && record.attempts >= 0 ? record.attempts : 0;
  const result: WavesRecord = { attempts };
  for (const key of ['claimedAt', 'runId', 'runUrl', 'lastRun', 'lastResult', 'lastError', 'completedAt'] as const) {
    const value = text(key);
    if (value !== undefined) result[key] = value;
  }
  return result;
}

/** The claim a planner run writes on a task it dispatches: in progress, with the run that took it. */
export function claimChange(task: Task, run: RunInfo, now: string): TaskChange {
  const previous = readWavesRecord(task);
  return { status: 'in-progress', waves: { ...previous, claimedAt: now, runId: run.runId, runUrl: run.runUrl } };
}

/** How a matrix leg ended, as `job.status` says. */
export type LegResult = 'success' | 'failure' | 'cancelled';

/**
 * What a finished leg writes: done on success; otherwise one attempt used, and the task goes back
 * to pending while attempts remain, else to blocked with the reason and the run.
 */
export function completionChange(task: Task, result: LegResult, run: RunInfo, now: string, maxAttempts: number, reason?: string): TaskChange {
  const previous = readWavesRecord(task);
  const base = { ...previous, lastRun: run.runUrl, lastResult: result, completedAt: now };
  delete (base as Partial<WavesRecord>).claimedAt;
  delete (base as Partial<WavesRecord>).runId;
  delete (base as Partial<WavesRecord>).runUrl;
  if (result === 'success') {
    const waves: Record<string, unknown> = { ...base };
    delete waves.lastError;
    return { status: 'done', waves };
  }
  const attempts = previous.attempts + 1;
  const error = reason ?? (result === 'cancelled' ? 'the job was cancelled' : 'the agent job failed');
  return { status: attempts >= maxAttempts ? 'blocked' : 'pending', waves: { ...base, attempts, lastError: error } };
}

/** A claim whose run ended without completing the task: back to pending, one attempt used (blocked when none are left). */
export function staleClaimChange(task: Task, endedRun: { runUrl: string; conclusion: string | null }, now: string, maxAttempts: number): TaskChange {
  return completionChange(task, 'failure', { runId: '', runUrl: endedRun.runUrl }, now, maxAttempts, `the run that claimed it ended (${endedRun.conclusion ?? 'unknown'}) without completing it`);
}
