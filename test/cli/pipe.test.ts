import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI } from '../helpers/runCli.js';
import { spawnForTest } from '../helpers/spawnForTest.js';
import { tempDirWith } from '../helpers/tempDir.js';

describe('waves output into a pipe that closes early', () => {
  it('exits 0, quietly, when the reader goes away (waves plan --json | head -c 100)', async () => {
    const dir = tempDirWith({});
    const file = join(dir, 'tasks.json');
    // A chain: `waves` (every id) alone is far more than a pipe's 64 KiB buffer.
    const tasks = Array.from({ length: 20_000 }, (_, index) => ({ id: index + 1, title: `Task ${index + 1}`, dependencies: index === 0 ? [] : [index] }));
    writeFileSync(file, JSON.stringify({ master: { tasks } }));
    // No shell: this process plays `head -c 100`, so the status below is waves' own, not head's.
    const waves = spawnForTest(process.execPath, [CLI, 'plan', file, '--json'], { stdin: 'ignore' });
    let stderr = '';
    waves.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let read = 0;
    waves.stdout.on('data', (chunk: Buffer) => {
      read += chunk.length;
      // Like head: stop reading and close the pipe while waves is still writing.
      if (read >= 100) waves.stdout.destroy();
    });
    const [code, signal] = (await once(waves, 'close')) as [number | null, NodeJS.Signals | null];
    expect(read).toBeGreaterThanOrEqual(100);
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
    expect({ code, signal }).toEqual({ code: 0, signal: null });
  });
});
