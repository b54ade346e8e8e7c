import { readFileSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { commitFileChange } from '../../src/git/commitFileChange.js';
import { cloneWorkspace, createOrigin, originFile } from '../helpers/gitRepos.js';

describe('commitFileChange under contention', () => {
  it('five writers whose rounds outlast the backoff window all land in 3 attempts each: a round lost to another writer is no failed attempt', async () => {
    // Each round takes longer than the whole backoff window (a busy runner, a slow network), so
    // every retry starts together again and about one writer lands per round: when those lost
    // rounds counted as attempts, writers beyond the third gave up after their 3 attempts.
    const WRITERS = 5;
    const origin = createOrigin({ 'landed.txt': '' });
    const clones = Array.from({ length: WRITERS }, () => cloneWorkspace(origin));
    const results = await Promise.all(clones.map((clone, index) => commitFileChange({
      repository: clone,
      branch: 'main',
      file: 'landed.txt',
      message: `writer ${index}`,
      maxAttempts: 3,
      backoffMs: { base: 10, max: 20 },
      apply: async (path) => {
        const text = readFileSync(path, 'utf8');
        await sleep(50);
        writeFileSync(path, `${text}${index}\n`);
        return true;
      },
    }).catch((error: Error) => error.message)));
    expect(results.filter((result) => typeof result === 'string')).toEqual([]);
    expect(originFile(origin, 'landed.txt').trim().split('\n').map(Number).sort((a, b) => a - b)).toEqual(Array.from({ length: WRITERS }, (_, index) => index));
  }, 120_000);
});
