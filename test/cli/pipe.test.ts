import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI } from '../helpers/runCli.js';
import { tempDirWith } from '../helpers/tempDir.js';

describe('waves output into a pipe that closes early', () => {
  it('exits quietly when the reader goes away (waves plan --json | head -c 100)', () => {
    const dir = tempDirWith({});
    const file = join(dir, 'tasks.json');
    // A chain: `waves` (every id) alone is far more than a pipe's 64 KiB buffer.
    const tasks = Array.from({ length: 20_000 }, (_, index) => ({ id: index + 1, title: `Task ${index + 1}`, dependencies: index === 0 ? [] : [index] }));
    writeFileSync(file, JSON.stringify({ master: { tasks } }));
    // The shell pipe, as a user types it; head exits after 100 bytes while waves is still writing.
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" plan "${file}" --json | head -c 100 > /dev/null`], { encoding: 'utf8' });
    expect(result.stderr).not.toMatch(/EPIPE|Error|at /);
    expect(result.status).toBe(0);
  });
});
