import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds each test file took in a recent whole run, four files at a time on two cores
 * (`node scripts/recordTestSeconds.mjs` rewrites it from vitest's own record of the last run).
 */
const RECORDED_SECONDS = new URL('./fileSeconds.json', import.meta.url);

/**
 * Starts the slowest test files first, so the run does not end with one long file alone on a
 * worker while the others sit idle. vitest does this by itself from the durations it cached on
 * the last run; a fresh clone (CI's, a new contributor's) has no cache and vitest falls back to
 * file size, which here puts a 20 s file after a dozen 2 s ones. So: vitest's cached durations
 * when it has them for every file, otherwise the committed ones; files known to neither go first,
 * as vitest does, since nothing says they are quick.
 */
export class SlowestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cache = this.ctx.cache;
    if (files.every((spec) => cache.getTestSpecificationResult(spec))) return super.sort(files);
    const recorded = JSON.parse(readFileSync(RECORDED_SECONDS, 'utf8')) as Record<string, number>;
    const secondsOf = (spec: TestSpecification): number | undefined => {
      const cached = cache.getTestSpecificationResult(spec);
      if (cached) return cached.duration / 1000;
      return recorded[relative(spec.project.config.root, spec.moduleId).split('\\').join('/')];
    };
    const seconds = new Map(files.map((spec) => [spec, secondsOf(spec)]));
    return [...files].sort((a, b) => (seconds.get(b) ?? Infinity) - (seconds.get(a) ?? Infinity) || a.moduleId.localeCompare(b.moduleId));
  }
}
