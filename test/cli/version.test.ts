import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const made: string[] = [];
afterEach(() => {
  for (const directory of made.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('waves --version', () => {
  it("prints the installed package's version from its package.json", () => {
    const ours = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), '--version'], { encoding: 'utf8' }).stdout).toBe(`${ours}\n`);
    // The same bundle installed under another version says that version.
    const installed = mkdtempSync(join(tmpdir(), 'waves-version-'));
    made.push(installed);
    cpSync(join(ROOT, 'dist'), join(installed, 'dist'), { recursive: true });
    mkdirSync(join(installed, 'examples'));
    writeFileSync(join(installed, 'package.json'), JSON.stringify({ name: 'wave-orchestrator', version: '9.8.7', type: 'module' }));
    const run = spawnSync(process.execPath, [join(installed, 'dist/cli.js'), '--version'], { encoding: 'utf8' });
    expect(run.stdout, run.stderr).toBe('9.8.7\n');
  });
});
