import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The installed package's root (the directory with package.json and examples/), found from this
 * module's own location: it differs between src/ in tests and dist/ or dist/chunks/ in the bundle.
 */
export function packageRoot(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth++) {
    if (existsSync(join(directory, 'package.json')) && existsSync(join(directory, 'examples'))) return directory;
    directory = dirname(directory);
  }
  throw new Error('cannot find the wave-orchestrator package root (examples/ is missing from this installation)');
}

/** The `version` in the installed package's package.json. */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : 'unknown';
}
