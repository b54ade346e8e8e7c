import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnForTest } from './spawnForTest.js';
import { makeTempDir } from './tempDir.js';

const ACTION = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
const require = createRequire(import.meta.url);

/** A real webhook payload from @octokit/webhooks-examples. */
export function examplePayload(event: string, index = 0): unknown {
  // Scheduled runs are not webhooks: the runner's payload is just the cron line that fired.
  if (event === 'schedule') return { schedule: '17,47 * * * *' };
  const all = require('@octokit/webhooks-examples/api.github.com/index.json') as { name: string; examples: unknown[] }[];
  const found = all.find((entry) => entry.name === event);
  if (!found) throw new Error(`no example payload for ${event}`);
  return found.examples[index];
}

/** What one run of the bundled action left behind. */
export interface ActionRun {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

/**
 * Runs dist/index.js the way the runner does: inputs as INPUT_<NAME> (upper-cased, hyphens kept),
 * file commands through GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_STATE, an event payload file.
 */
export function runAction(inputs: Record<string, string>, workspace: string, event = 'workflow_dispatch', extraEnv: Record<string, string> = {}): ActionRun {
  const { env, files } = actionEnvironment(inputs, workspace, event, extraEnv);
  const result = spawnSync(process.execPath, [ACTION], { cwd: workspace, env, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout + result.stderr, outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')), summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8') };
}

/** runAction, without blocking: matrix legs run at the same time as separate processes. */
export function runActionAsync(inputs: Record<string, string>, workspace: string, event = 'workflow_dispatch', extraEnv: Record<string, string> = {}): Promise<ActionRun> {
  const { env, files } = actionEnvironment(inputs, workspace, event, extraEnv);
  return new Promise((resolve) => {
    const child = spawnForTest(process.execPath, [ACTION], { cwd: workspace, env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    // A run stopped because its test ended may close after the runner directory is gone.
    const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '');
    child.on('close', (code) => resolve({ code, stdout: output, outputs: parseFileCommands(read(files.GITHUB_OUTPUT)), summary: read(files.GITHUB_STEP_SUMMARY) }));
  });
}

function actionEnvironment(inputs: Record<string, string>, workspace: string, event: string, extraEnv: Record<string, string>) {
  const runnerDir = makeTempDir('runner');
  const files = { GITHUB_OUTPUT: join(runnerDir, 'output'), GITHUB_STEP_SUMMARY: join(runnerDir, 'summary'), GITHUB_STATE: join(runnerDir, 'state'), GITHUB_EVENT_PATH: join(runnerDir, 'event.json') };
  for (const path of [files.GITHUB_OUTPUT, files.GITHUB_STEP_SUMMARY, files.GITHUB_STATE]) writeFileSync(path, '');
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(examplePayload(event)));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runnerDir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: event,
    GITHUB_REPOSITORY: 'octo-org/backlog',
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: runnerDir,
    // The suite's own temp dir (test/setup/checkTempDirs.ts), so whatever the action leaves there is caught.
    TMPDIR: tmpdir(),
    ...files,
    ...extraEnv,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return { env, files };
}

/** Reads `name<<delimiter\nvalue\ndelimiter` blocks as @actions/core writes them. */
export function parseFileCommands(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[index] as string);
    if (!match) continue;
    const value: string[] = [];
    for (index++; index < lines.length && lines[index] !== match[2]; index++) value.push(lines[index] as string);
    outputs[match[1] as string] = value.join('\n');
  }
  return outputs;
}
