#!/usr/bin/env node
// A stand-in for a coding agent, for the demo and for trying `waves run` without an AI:
// it "works" for a moment (0.25 s per estimated hour by default, WAVES_DEMO_SECONDS_PER_HOUR),
// then writes what it was asked to do to work/<task id>.md and exits 0. In a task worktree
// (WAVES_WORKTREE set) it notes the work it found there, from the tasks that landed before it
// started, and commits its file as a coding agent would.
// Everything about the task arrives in the environment; nothing is ever put on a command line.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const id = process.env.WAVES_TASK_ID;
if (!id) {
  console.error('stand-in-agent: run me through `waves run --agent`, which sets WAVES_TASK_ID');
  process.exit(2);
}
const who = process.env.WAVES_AGENT || 'agent';
const secondsPerHour = Number(process.env.WAVES_DEMO_SECONDS_PER_HOUR ?? '0.25');
const hours = Number(process.env.WAVES_ESTIMATE_HOURS || '1');
const prompt = process.env.WAVES_PROMPT_FILE ? readFileSync(process.env.WAVES_PROMPT_FILE, 'utf8') : '';
const found = existsSync('work') ? readdirSync('work').filter((name) => name.endsWith('.md')).sort() : [];

console.log(`[${who}] working on ${id}: ${process.env.WAVES_TASK_TITLE}`);
if (process.env.WAVES_WORKTREE) console.log(`[${who}] in ${process.env.WAVES_WORKTREE}, from ${process.env.WAVES_BASE_SHA?.slice(0, 10)}, which holds: ${found.join(', ') || 'no earlier work'}`);
await new Promise((resolve) => setTimeout(resolve, Math.min(hours * secondsPerHour, 30) * 1000));
mkdirSync('work', { recursive: true });
const file = join('work', `${id}.md`);
const startedFrom = process.env.WAVES_WORKTREE ? `Started from ${process.env.WAVES_BASE_SHA}, holding: ${found.join(', ') || 'no earlier work'}.\n\n` : '';
writeFileSync(file, `# ${id}: ${process.env.WAVES_TASK_TITLE}\n\n${startedFrom}${prompt}`);
if (process.env.WAVES_WORKTREE) {
  execFileSync('git', ['add', '--', file]);
  execFileSync('git', ['commit', '--quiet', '--no-verify', `--message=Task ${id}: ${process.env.WAVES_TASK_TITLE}\n\nWaves-Task: ${id}`]);
  console.log(`[${who}] committed ${file}`);
}
console.log(`[${who}] finished ${id}`);
