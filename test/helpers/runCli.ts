import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The bundled CLI, run as a user runs it. */
export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** Result of one `waves` process. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js ...args` in `cwd` with the Node running the tests. */
export function runCli(args: string[], cwd: string, env: Record<string, string> = {}): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
