import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ACTION = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
const require = createRequire(import.meta.url);

/** A real webhook payload from @octokit/webhooks-examples. */
export function examplePayload(event: string, index = 0): unknown {
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
export function runAction(inputs: Record<string, string>, workspace: string, event = 'workflow_dispatch'): ActionRun {
  const runnerDir = mkdtempSync(join(tmpdir(), 'waves-runner-'));
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
    ...files,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const result = spawnSync(process.execPath, [ACTION], { cwd: workspace, env, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout + result.stderr, outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')), summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8') };
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
