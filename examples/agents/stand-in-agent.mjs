#!/usr/bin/env node
// A stand-in for a coding agent, for the demo and for trying `waves run` without an AI:
// it "works" for a moment (0.25 s per estimated hour by default, WAVES_DEMO_SECONDS_PER_HOUR),
// then writes what it was asked to do to work/<task id>.md and exits 0.
// Everything about the task arrives in the environment; nothing is ever put on a command line.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const id = process.env.WAVES_TASK_ID;
if (!id) {
  console.error('stand-in-agent: run me through `waves run --agent`, which sets WAVES_TASK_ID');
  process.exit(2);
}
const secondsPerHour = Number(process.env.WAVES_DEMO_SECONDS_PER_HOUR ?? '0.25');
const hours = Number(process.env.WAVES_ESTIMATE_HOURS || '1');
const prompt = process.env.WAVES_PROMPT_FILE ? readFileSync(process.env.WAVES_PROMPT_FILE, 'utf8') : '';

console.log(`[${process.env.WAVES_AGENT || 'agent'}] working on ${id}: ${process.env.WAVES_TASK_TITLE}`);
await new Promise((resolve) => setTimeout(resolve, Math.min(hours * secondsPerHour, 30) * 1000));
mkdirSync('work', { recursive: true });
writeFileSync(join('work', `${id}.md`), `# ${id}: ${process.env.WAVES_TASK_TITLE}\n\n${prompt}`);
console.log(`[${process.env.WAVES_AGENT || 'agent'}] finished ${id}`);
