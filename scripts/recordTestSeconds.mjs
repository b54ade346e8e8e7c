// Rewrites test/setup/fileSeconds.json, the durations test/setup/slowestFirstSequencer.ts orders a
// fresh clone's run by, from what vitest cached about its last runs in this clone. Run it after a
// whole `npm test` and `npm run test:soak` on a quiet machine, when files were added or got slower.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const cacheRoot = 'node_modules/.vite/vitest';
const seconds = {};
for (const dir of existsSync(cacheRoot) ? readdirSync(cacheRoot) : []) {
  const results = join(cacheRoot, dir, 'results.json');
  if (!existsSync(results)) continue;
  for (const project of Object.values(JSON.parse(readFileSync(results, 'utf8')).projects ?? {})) {
    for (const [file, result] of Object.entries(project.files ?? {})) {
      if (existsSync(file) && !result.failed) seconds[file] = Math.round(result.duration / 100) / 10;
    }
  }
}
if (Object.keys(seconds).length === 0) {
  console.error(`No vitest results under ${cacheRoot}: run npm test first.`);
  process.exit(1);
}
const sorted = Object.fromEntries(Object.entries(seconds).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync('test/setup/fileSeconds.json', `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`test/setup/fileSeconds.json: ${Object.keys(sorted).length} files`);
