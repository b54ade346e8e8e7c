import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** What the runner knows about an action: its inputs (required, default) and outputs. */
export interface ActionMetadata {
  /** `owner/repo` (ours: `wave-orchestrator`). */
  action: string;
  /** What runs it: ours (dist/index.js), a stand-in, or a copy through the artifact store. */
  kind: 'ours' | 'checkout' | 'upload-artifact' | 'download-artifact' | 'setup-node' | 'claude-code-action' | 'codex-action' | 'create-github-app-token';
  inputs: Record<string, { required: boolean; default?: string }>;
  outputs: string[];
  /** Where the facts come from, for error messages. */
  source: string;
}

// WAVES_RUNNER_ACTION_ROOT: another checkout's action.yml, with its dist/ (see WorkflowRunner.ts).
const ROOT = process.env.WAVES_RUNNER_ACTION_ROOT ?? fileURLToPath(new URL('../../', import.meta.url));
const SNAPSHOTS = fileURLToPath(new URL('./actionSnapshots/', import.meta.url));

const KINDS: Record<string, ActionMetadata['kind']> = {
  'actions/checkout': 'checkout',
  'actions/upload-artifact': 'upload-artifact',
  'actions/download-artifact': 'download-artifact',
  'actions/setup-node': 'setup-node',
  'anthropics/claude-code-action': 'claude-code-action',
  'openai/codex-action': 'codex-action',
  'actions/create-github-app-token': 'create-github-app-token',
};

/**
 * Resolves a `uses:` value. Ours is `./` or any `<owner>/wave-orchestrator@<ref>` and is read from
 * action.yml; third-party actions come from a snapshot of their action.yml at that tag (a full
 * commit SHA with a `# vN` comment is not visible here, so pin by tag in the files under test).
 * Throws an Error naming the action when the runner has no facts for it.
 */
export function loadActionMetadata(uses: string): ActionMetadata {
  if (uses === './' || uses === '.' || /^[\w.-]+\/wave-orchestrator@[\w./-]+$/.test(uses)) {
    const metadata = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs?: Record<string, { required?: boolean; default?: unknown }>; outputs?: Record<string, unknown> };
    return {
      action: 'wave-orchestrator',
      kind: 'ours',
      inputs: Object.fromEntries(Object.entries(metadata.inputs ?? {}).map(([name, input]) => [name, { required: input.required === true, ...(input.default === undefined ? {} : { default: String(input.default) }) }])),
      outputs: Object.keys(metadata.outputs ?? {}),
      source: 'action.yml',
    };
  }
  const match = /^([\w.-]+\/[\w.-]+)@([\w.-]+)$/.exec(uses);
  if (!match) throw new Error(`uses: ${uses}: the test runner only runs actions named owner/repo@ref (docker://, local paths other than ./, and sub-directories are not supported)`);
  const [, action, ref] = match as unknown as [string, string, string];
  const kind = KINDS[action];
  if (!kind) throw new Error(`uses: ${uses}: the test runner has no stand-in for ${action}`);
  // A tag like v5.0.1 is checked against its major's snapshot (same inputs within a major by semver).
  const major = /^v\d+/.exec(ref)?.[0];
  const file = [ref, major].filter(Boolean).map((tag) => join(SNAPSHOTS, `${action.replace('/', '__')}@${tag}.json`)).find((path) => existsSync(path));
  if (!file) throw new Error(`uses: ${uses}: no snapshot of ${action}'s action.yml at ${ref} in test/workflowRunner/actionSnapshots (add the tag to scripts/refreshActionSnapshots.mjs and run it)`);
  const snapshot = JSON.parse(readFileSync(file, 'utf8')) as { tag: string; commit: string; inputs: ActionMetadata['inputs']; outputs: string[] };
  return { action, kind, inputs: snapshot.inputs, outputs: snapshot.outputs, source: `${action}@${snapshot.tag} action.yml (commit ${snapshot.commit.slice(0, 12)})` };
}
