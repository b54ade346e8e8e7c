import type { PauseRecord } from './loopRecord.js';
import type { Task } from './model.js';
import { readWavesRecord } from './wavesRecord.js';

/** A comment to post once: the hidden marker that finds it again, and its Markdown body (marker first). */
export interface Notice {
  marker: string;
  body: string;
}

// A GitHub login, or an org/team handle; anything else is never turned into a mention.
const HANDLE = /^@?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9_.-]{1,100})?)$/;

/** Who to tell about a task: its `owner` (a plan-format field, or Task Master's `metadata.owner`), as a checked handle. */
export function taskOwner(task: Task): string | undefined {
  const written = task.raw.owner ?? task.metadata.owner;
  const match = typeof written === 'string' ? HANDLE.exec(written.trim()) : null;
  return match ? (match[1] as string) : undefined;
}

/** Text from a task or an error, safe in a comment: one line, no markup, no mentions. */
function plain(text: string, max = 300): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const cut = line.length > max ? `${line.slice(0, max - 1)}…` : line;
  return cut.replace(/[&<>`@\\|*_[\]~$#!]/g, (char) => (char === '@' ? '@\u200b' : char === '&' ? '&amp;' : char === '<' ? '&lt;' : char === '>' ? '&gt;' : char === '`' ? '&#96;' : `\\${char}`));
}

function mentions(handles: readonly string[]): string {
  const unique = [...new Set(handles)];
  return unique.length > 0 ? `${unique.map((handle) => `@${handle}`).join(' ')}: ` : '';
}

/** What a blocked notice says about its task. */
export interface BlockedFacts {
  id: string;
  title: string;
  attempts: number;
  lastError?: string;
  lastRun?: string;
}

/** The facts of a blocked task in a tasks file, from its `metadata.waves` record. */
export function blockedFacts(task: Task): BlockedFacts {
  const record = readWavesRecord(task);
  return { id: task.id, title: task.title, attempts: record.attempts, ...(record.lastError ? { lastError: record.lastError } : {}), ...(record.lastRun ? { lastRun: record.lastRun } : {}) };
}

/** The notice that a task is blocked (its last attempt failed), for run `runId`; `mention` are the handles to tell. */
export function blockedNotice(facts: BlockedFacts, runId: string, mention: readonly string[]): Notice {
  const marker = `<!-- waves:notice blocked task=${encodeURIComponent(facts.id)} run=${encodeURIComponent(runId)} -->`;
  const tries = facts.attempts > 0 ? ` after ${facts.attempts} failed attempt${facts.attempts === 1 ? '' : 's'}` : '';
  const lines = [
    marker,
    `⛔ ${mentions(mention)}task **${plain(facts.id, 64)}** (${plain(facts.title, 120)}) is blocked${tries}${facts.lastError ? `: ${plain(facts.lastError)}` : ''}.`,
    '',
    `${facts.lastRun ? `Last run: ${facts.lastRun}. ` : ''}It needs a person: fix the cause, then set it back to pending. Only its descendants wait; other work goes on.`,
  ];
  return { marker, body: lines.join('\n') };
}

/** The notice that the failure breaker paused the loop; `mention` are the owners of the failed tasks; `resume` says how a person resumes it. */
export function breakerNotice(pause: PauseRecord, mention: readonly string[], resume = '`waves resume`, committed and pushed'): Notice {
  const marker = `<!-- waves:notice paused since=${encodeURIComponent(pause.since)} -->`;
  const lines = [
    marker,
    `⏸️ ${mentions(mention)}the loop paused itself: ${plain(pause.reason, 600)}.`,
    '',
    `Nothing new is dispatched until a person resumes it (${resume}). Running work finishes.`,
  ];
  return { marker, body: lines.join('\n') };
}
