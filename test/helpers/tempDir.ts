import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

/** A fresh directory holding the given files (path -> text). */
export function tempDirWith(files: Record<string, string>): string {
  const directory = mkdtempSync(join(tmpdir(), 'waves-test-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(directory, path)), { recursive: true });
    writeFileSync(join(directory, path), text);
  }
  return directory;
}

/** Every file under a directory with its bytes, to prove a command wrote nothing. */
export function snapshotDir(directory: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else result[relative(directory, path)] = readFileSync(path, 'latin1');
    }
  };
  walk(directory);
  return result;
}
