import { cpSync, existsSync, globSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { allows } from './jobPermissions.js';
import type { StepContext, StepResult } from './stepContext.js';

/**
 * actions/upload-artifact: copies the files `path` names into the store under the run id and
 * `name`, relative to their least common ancestor as the action does. A second upload of the
 * same name in one run is GitHub's 409 unless `overwrite`.
 */
export function uploadArtifact(context: StepContext): StepResult {
  const name = context.inputs.name || 'artifact';
  if (/[":<>|*?\r\n\\/]/.test(name)) return fail(`The artifact name is not valid: ${name}. Contains the following character: one of " : < > | * ? \\r \\n \\ /`);
  const patterns = (context.inputs.path ?? '').split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('!'));
  if (patterns.length === 0) return fail('Input required and not supplied: path');
  const hidden = context.inputs['include-hidden-files'] === 'true';
  const files = new Set<string>();
  const roots: string[] = [];
  for (const pattern of patterns) {
    const absolute = isAbsolute(pattern) ? pattern : join(context.workspace, pattern);
    const matches = /[*?[]/.test(pattern) ? globSync(absolute) : existsSync(absolute) ? [absolute] : [];
    for (const match of matches) {
      roots.push(statSync(match).isDirectory() ? match : dirname(match));
      for (const file of walk(match)) if (hidden || !relative(match, file).split(sep).some((part) => part.startsWith('.'))) files.add(file);
    }
  }
  if (files.size === 0) {
    const mode = context.inputs['if-no-files-found'] || 'warn';
    const message = `No files were found with the provided path: ${patterns.join('\n')}. No artifacts will be uploaded.`;
    return mode === 'error' ? fail(message) : { outcome: 'success', outputs: {}, log: message };
  }
  const base = roots.reduce((common, root) => {
    let at = common;
    while (!(`${root}${sep}`.startsWith(`${at}${sep}`) || root === at)) at = dirname(at);
    return at;
  });
  const target = join(context.artifacts, String(context.runId), name);
  if (existsSync(target)) {
    if (context.inputs.overwrite !== 'true') return fail('Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run');
  }
  for (const file of files) {
    const to = join(target, relative(base, file));
    mkdirSync(dirname(to), { recursive: true });
    cpSync(file, to, { preserveTimestamps: true });
  }
  const id = String(context.runId * 1000 + readdirSync(join(context.artifacts, String(context.runId))).length);
  return { outcome: 'success', outputs: { 'artifact-id': id, 'artifact-url': `https://github.com/${context.env.GITHUB_REPOSITORY}/actions/runs/${context.runId}/artifacts/${id}`, 'artifact-digest': '' }, log: `uploaded ${files.size} file(s) as ${name}` };
}

/**
 * actions/download-artifact: copies one artifact (`name`) or all of a run's into `path`. Another
 * run's artifacts (`run-id`) need `github-token` with actions: read, as the API call behind it does.
 */
export function downloadArtifact(context: StepContext): StepResult {
  const runId = context.inputs['run-id'] || String(context.runId);
  if (context.inputs['run-id']) {
    const token = context.inputs['github-token'] ?? '';
    if (!token) return fail('Inputs `github-token` and `repository` are required if `run-id` is specified');
    const holder = context.gate.holder(token);
    if (!holder) return fail('Unable to download artifact(s): Bad credentials');
    if (!allows(holder.permissions, 'actions', 'read')) {
      holder.denied.push({ method: 'GET', path: `/repos/${context.env.GITHUB_REPOSITORY}/actions/runs/${runId}/artifacts`, needed: 'actions: read' });
      return fail('Unable to download artifact(s): Resource not accessible by integration');
    }
  }
  if (context.inputs.repository && context.inputs.repository.toLowerCase() !== (context.env.GITHUB_REPOSITORY as string).toLowerCase()) return fail(`download-artifact stand-in: only this repository's artifacts are stored, not ${context.inputs.repository}`);
  const store = join(context.artifacts, runId);
  const available = existsSync(store) ? readdirSync(store) : [];
  const path = resolve(context.workspace, context.inputs.path || '.');
  const name = context.inputs.name ?? '';
  if (name) {
    if (!available.includes(name)) return fail(`Unable to download artifact(s): Artifact not found for name: ${name}\n        Please ensure that your artifact is not expired and the artifact was uploaded using a compatible version of toolkit/upload-artifact.\n        For more information, visit the GitHub Artifacts FAQ: https://github.com/actions/toolkit/blob/main/packages/artifact/docs/faq.md`);
    cpSync(join(store, name), path, { recursive: true });
    return { outcome: 'success', outputs: { 'download-path': path }, log: `downloaded ${name} from run ${runId}` };
  }
  const pattern = context.inputs.pattern ? new RegExp(`^${context.inputs.pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`) : undefined;
  const chosen = available.filter((artifact) => !pattern || pattern.test(artifact));
  for (const artifact of chosen) cpSync(join(store, artifact), context.inputs['merge-multiple'] === 'true' ? path : join(path, artifact), { recursive: true });
  return { outcome: 'success', outputs: { 'download-path': path }, log: `downloaded ${chosen.length} artifact(s) from run ${runId}` };
}

function* walk(path: string): Generator<string> {
  if (!statSync(path).isDirectory()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path)) yield* walk(join(path, entry));
}

function fail(log: string): StepResult {
  return { outcome: 'failure', outputs: {}, log };
}
