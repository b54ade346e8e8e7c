import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTasksText } from '../../src/sources/parseTasksText.js';
import { CLI, runCli, type CliRun } from './runCli.js';

/** The git-working test agent (test/fixtures/git-agent.mjs) as a `--agent` command. */
export const GIT_AGENT = `"${process.execPath}" "${fileURLToPath(new URL('../fixtures/git-agent.mjs', import.meta.url))}"`;

/** What the git agent does for one task (see test/fixtures/git-agent.mjs). */
export interface GitAgentSpec {
  write?: Record<string, string>;
  append?: Record<string, string>;
  second?: Record<string, string>;
  commit?: 'none' | 'once' | 'twice';
  sleepMs?: number;
  failAttempts?: number;
  waitForFile?: string;
  /** A task whose work must be on the base branch before this one does its own (see the fixture). */
  waitForLanded?: string;
  editTasksFile?: string;
  ledger?: { slot: string; broken?: boolean };
}

/** What the agent saw when it started. */
export interface GitAgentEvent {
  type: 'start' | 'end';
  id: string;
  attempt: number;
  at: number;
  cwd?: string;
  worktree?: string;
  base?: string;
  files?: string[];
}

const IDENTITY = { GIT_AUTHOR_NAME: 'tester', GIT_AUTHOR_EMAIL: 'tester@example.invalid', GIT_COMMITTER_NAME: 'tester', GIT_COMMITTER_EMAIL: 'tester@example.invalid' };

/**
 * A git repository on `main` in a fresh temp dir named `waves-<prefix>-`, holding `files` in one
 * commit, with an agent spec and an events file beside it (outside the repository). `remove` deletes it all.
 */
export function gitProject(prefix: string, files: Record<string, string>, spec: Record<string, GitAgentSpec> = {}) {
  const root = mkdtempSync(join(tmpdir(), `waves-${prefix}-`));
  const repo = join(root, 'repo');
  mkdirSync(repo);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, ...IDENTITY }, stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '--quiet', '--initial-branch=main');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  git('add', '--all');
  git('commit', '--quiet', '--allow-empty', '-m', 'init');
  const specFile = join(root, 'spec.json');
  const eventsFile = join(root, 'events.jsonl');
  writeFileSync(specFile, JSON.stringify(spec));
  writeFileSync(eventsFile, '');
  const env = { ...IDENTITY, AGENT_SPEC: specFile, AGENT_EVENTS: eventsFile };
  return {
    root,
    repo,
    env,
    git,
    setSpec: (next: Record<string, GitAgentSpec>) => writeFileSync(specFile, JSON.stringify(next)),
    events: (): GitAgentEvent[] => readFileSync(eventsFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line)),
    statuses: (file = 'waves.yml') => Object.fromEntries(parseTasksText(readFileSync(join(repo, file), 'utf8'), file).plan!.tasks.map((task) => [task.id, task.status])),
    run: (args: string[]): CliRun => runCli(['run', '--agent', GIT_AGENT, ...args], repo, env),
    /** Starts `waves run` as a process, for tests that interrupt it or act while it runs. */
    spawnRun: (args: string[]) => {
      const child = spawn(process.execPath, [CLI, 'run', '--agent', GIT_AGENT, ...args], { cwd: repo, env: { ...process.env, NO_COLOR: '1', ...env } });
      let stdout = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stdout += chunk));
      const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
      return { child, output: () => stdout, closed };
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Waits until `condition` holds, polling. */
export async function waitFor(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
