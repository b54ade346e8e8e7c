#!/usr/bin/env node
// The demo's `--verify`: every work/*.md the stand-in agent wrote starts with its heading.
// A real project runs its own tests here (`--verify "npm test"`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const files = existsSync('work') ? readdirSync('work').filter((name) => name.endsWith('.md')) : [];
const bad = files.filter((name) => !readFileSync(join('work', name), 'utf8').startsWith(`# ${name.slice(0, -3)}: `));
if (bad.length > 0) {
  console.error(`check-work: no heading in ${bad.map((name) => `work/${name}`).join(', ')}`);
  process.exit(1);
}
console.log(`check-work: ${files.length} work files, all with their heading`);
