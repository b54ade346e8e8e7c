import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { StepContext, StepResult } from './stepContext.js';

// Stand-ins for the agent actions. They check what the real actions check before an agent runs
// (event, key, token, actor; messages quoted from their sources at the snapshot's commit), then
// do what the agent does in that mode: write the task's file in the workspace, and commit it when
// the mode lets the agent use git. The task comes from our prompt's "TASK ID:" line.

const CLAUDE_EVENTS = ['issues', 'issue_comment', 'pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment', 'workflow_dispatch', 'repository_dispatch', 'schedule', 'workflow_run'];

/** Which task a prompt is about. */
function taskOf(prompt: string): string {
  return /TASK ID:\s*(\S+)/.exec(prompt)?.[1] ?? 'unknown';
}

function writeWork(directory: string, agent: string, prompt: string): string {
  const id = taskOf(prompt);
  mkdirSync(join(directory, 'work'), { recursive: true });
  const file = join('work', `${id}.md`);
  writeFileSync(join(directory, file), `# ${id}\n\nDone by the ${agent} stand-in.\n`);
  return file;
}

function isAllowedBot(actor: string, allowed: string): boolean {
  const list = allowed.trim();
  if (list === '*') return true;
  const normalized = actor.toLowerCase().replace(/\[bot\]$/, '');
  return list.split(',').map((bot) => bot.trim().toLowerCase().replace(/\[bot\]$/, '')).filter(Boolean).includes(normalized);
}

/** anthropics/claude-code-action in agent mode (a `prompt` given). */
export function runClaudeStandIn(context: StepContext): StepResult {
  const { inputs } = context;
  const fail = (log: string): StepResult => ({ outcome: 'failure', outputs: {}, log });
  if (!CLAUDE_EVENTS.includes(context.eventName)) return fail(`Unsupported event type: ${context.eventName}`);
  const hasKey = Boolean(inputs.anthropic_api_key || inputs.claude_code_oauth_token) || ['use_bedrock', 'use_vertex', 'use_foundry'].some((flag) => inputs[flag] === 'true');
  if (!hasKey) return fail('Environment variable validation failed:\n  - Either ANTHROPIC_API_KEY or CLAUDE_CODE_OAUTH_TOKEN is required when using direct Anthropic API.');
  let token = inputs.github_token ?? '';
  let appToken: string | undefined;
  if (!token) {
    // Without github_token the action trades an OIDC token for a Claude App token, revoked when the step ends.
    if (context.permissions['id-token'] !== 'write') return fail('Failed to setup GitHub token: Error: Could not fetch an OIDC token. Did you remember to add `id-token: write` to your workflow permissions?');
    const scopes = { contents: 'write', issues: 'write', 'pull-requests': 'write', metadata: 'read' } as const;
    appToken = context.gate.issue('Claude App', { ...scopes });
    context.origin.grant(appToken, { ...scopes });
    token = appToken;
  }
  try {
    if (context.actor.endsWith('[bot]') && !isAllowedBot(context.actor, inputs.allowed_bots ?? '')) {
      const bot = context.actor.toLowerCase().replace(/\[bot\]$/, '');
      return fail(`Workflow initiated by non-human actor: ${bot} (type: Bot). Add bot to allowed_bots list or use '*' to allow all bots.`);
    }
    const prompt = inputs.prompt ?? '';
    if (!prompt) return fail(`claude-code-action stand-in: no prompt on a ${context.eventName} event: the real action has no comment or label to act on either`);
    const directory = resolve(context.workspace, inputs.path_to_claude_code_executable ? '.' : '.');
    const file = writeWork(directory, 'Claude', prompt);
    const gitAllowed = /Bash\(git[:\s*)]/.test(inputs.claude_args ?? '') || /Bash\(git[:\s*)]/.test(inputs.settings ?? '');
    let log = `wrote ${file}`;
    if (gitAllowed) {
      execFileSync('git', ['add', '--', file], { cwd: directory, stdio: 'ignore' });
      execFileSync('git', ['-c', 'user.name=claude[bot]', '-c', 'user.email=claude[bot]@users.noreply.github.com', 'commit', '--quiet', '-m', `${taskOf(prompt)}: work`], { cwd: directory, stdio: 'ignore', env: { PATH: context.env.PATH as string, HOME: context.env.HOME as string } });
      log += ' and committed it (git is in allowedTools)';
    }
    const execution = join(context.env.RUNNER_TEMP as string, 'claude-execution-output.json');
    writeFileSync(execution, JSON.stringify([{ type: 'result', subtype: 'success', result: log }]));
    return { outcome: 'success', outputs: { conclusion: 'success', execution_file: execution, branch_name: '', github_token: token, session_id: 'stand-in', structured_output: '' }, log };
  } finally {
    if (appToken) {
      context.gate.revoke(appToken);
      context.origin.revoke(appToken);
    }
  }
}

/** openai/codex-action: `workspace-write` edits files with a read-only .git (no commit), `read-only` writes nothing. */
export function runCodexStandIn(context: StepContext): StepResult {
  const { inputs } = context;
  const fail = (log: string): StepResult => ({ outcome: 'failure', outputs: {}, log });
  let prompt = inputs.prompt ?? '';
  if (!prompt && inputs['prompt-file']) prompt = readFileSync(resolve(context.workspace, inputs['prompt-file']), 'utf8');
  if (!prompt) return fail('Either `prompt` or `prompt-file` must be provided.');
  if (!inputs['openai-api-key'] && !inputs['responses-api-endpoint']) return fail('codex-action stand-in: openai-api-key is empty: the Responses API proxy cannot start');
  const repository = context.env.GITHUB_REPOSITORY as string;
  const trustedBot = inputs['allow-bots'] === 'true' && context.actor === 'github-actions[bot]';
  const listedBot = context.actor.endsWith('[bot]') && isAllowedBot(context.actor, (inputs['allow-bot-users'] ?? '').replace(/\*/g, ''));
  if (context.actor.endsWith('[bot]') && !trustedBot && !listedBot) return fail(`Actor '${context.actor}' is not a collaborator on ${repository}; write access is required.`);
  const sandbox = inputs.sandbox || 'workspace-write';
  if (!['workspace-write', 'read-only', 'danger-full-access'].includes(sandbox)) return fail(`Invalid sandbox mode: ${sandbox}`);
  const directory = resolve(context.workspace, inputs['working-directory'] || '.');
  if (sandbox === 'read-only') return { outcome: 'success', outputs: { 'final-message': 'read-only sandbox: no change' }, log: 'read-only sandbox: wrote nothing' };
  // workspace-write: the sandbox mounts .git read-only, so the agent cannot commit.
  const gitDir = join(directory, '.git');
  const lock = sandbox === 'workspace-write';
  if (lock) setWritable(gitDir, false);
  try {
    const file = writeWork(directory, 'Codex', prompt);
    return { outcome: 'success', outputs: { 'final-message': `wrote ${file}` }, log: `wrote ${file} (${sandbox}: not committed)` };
  } finally {
    if (lock) setWritable(gitDir, true);
  }
}

function setWritable(path: string, writable: boolean): void {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return;
  }
  if (stats.isDirectory()) {
    if (writable) chmodSync(path, stats.mode | 0o200);
    for (const entry of readdirSync(path)) setWritable(join(path, entry), writable);
    if (!writable) chmodSync(path, stats.mode & ~0o222);
  } else chmodSync(path, writable ? stats.mode | 0o200 : stats.mode & ~0o222);
}
