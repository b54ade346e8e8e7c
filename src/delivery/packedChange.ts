import type { LegResult } from '../core/wavesRecord.js';
import { isSafePath, type FileChange, type FileMode, type ScreenedPath, type TaskChange } from './taskChange.js';

/** The format tag of a packed change; a file without it is refused. */
export const PACKED_CHANGE_FORMAT = 'wave-orchestrator/change@1';

/** A hand-off: the agent job's change, with the run and task it belongs to, as written to the artifact file. */
export interface PackedChange {
  runId: string;
  task: string;
  /** How the agent's steps ended. */
  result: LegResult;
  change: TaskChange;
  /** Paths the packer refused (the delivery fails the attempt naming them). */
  refused: ScreenedPath[];
  /** Paths the packer left out (the tasks file). */
  dropped: ScreenedPath[];
}

/** A packed change that cannot be delivered: malformed, or not this run's and this task's. */
export class PackedChangeError extends Error {
  override name = 'PackedChangeError';
}

/** The JSON text of a packed change (contents in base64). */
export function serializePackedChange(packed: PackedChange): string {
  const files = packed.change.files.map((file) => (file.kind === 'delete' ? { path: file.path, kind: 'delete' } : { path: file.path, kind: 'write', mode: file.mode, content: Buffer.from(file.content).toString('base64') }));
  return JSON.stringify({ format: PACKED_CHANGE_FORMAT, runId: packed.runId, task: packed.task, result: packed.result, base: packed.change.base, files, refused: packed.refused, dropped: packed.dropped }) + '\n';
}

const MODES: readonly string[] = ['100644', '100755', '120000'];
const RESULTS: readonly string[] = ['success', 'failure', 'cancelled'];

/**
 * Reads a packed change from `name` (for messages) and checks it is the one expected: the format,
 * this run's id and this task's id, a full commit id as base, plain paths inside the repository
 * (each at most once) and base64 contents. The packer is the untrusted side, so nothing is assumed.
 */
export function parsePackedChange(text: string, name: string, expected: { runId: string; task: string }): PackedChange {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new PackedChangeError(`${name} is not a packed change: ${(error as Error).message}`);
  }
  const fail = (field: string, detail: string): never => {
    throw new PackedChangeError(`${name}: ${field} ${detail}`);
  };
  if (!isRecord(raw)) return fail('the file', 'is not a JSON object');
  if (raw.format !== PACKED_CHANGE_FORMAT) fail('format', `is ${JSON.stringify(raw.format)}, expected "${PACKED_CHANGE_FORMAT}"`);
  if (raw.runId !== expected.runId) fail('runId', `is ${JSON.stringify(raw.runId)}: this hand-off names run ${expected.runId}, so the change belongs to another run`);
  if (raw.task !== expected.task) fail('task', `is ${JSON.stringify(raw.task)}: this hand-off is for task ${expected.task}, so the change belongs to another task`);
  if (typeof raw.result !== 'string' || !RESULTS.includes(raw.result)) fail('result', `is ${JSON.stringify(raw.result)}, expected success, failure or cancelled`);
  if (typeof raw.base !== 'string' || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(raw.base)) fail('base', `is ${JSON.stringify(raw.base)}, expected a full commit id`);
  if (!Array.isArray(raw.files)) return fail('files', 'is not a list');
  const seen = new Set<string>();
  const files: FileChange[] = raw.files.map((entry: unknown, index: number): FileChange => {
    if (!isRecord(entry) || typeof entry.path !== 'string') return fail(`files[${index}]`, 'has no path');
    const path = entry.path;
    if (!isSafePath(path)) fail(`files[${index}].path`, `'${path}' is not a plain path inside the repository`);
    if (seen.has(path)) fail(`files[${index}].path`, `'${path}' appears twice`);
    seen.add(path);
    if (entry.kind === 'delete') return { path, kind: 'delete' };
    if (entry.kind !== 'write') return fail(`files[${index}].kind`, `is ${JSON.stringify(entry.kind)}, expected write or delete`);
    if (typeof entry.mode !== 'string' || !MODES.includes(entry.mode)) fail(`files[${index}].mode`, `is ${JSON.stringify(entry.mode)}, expected 100644, 100755 or 120000`);
    if (typeof entry.content !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(entry.content)) fail(`files[${index}].content`, 'is not base64');
    return { path, kind: 'write', mode: entry.mode as FileMode, content: Buffer.from(entry.content as string, 'base64') };
  });
  return { runId: expected.runId, task: expected.task, result: raw.result as LegResult, change: { base: raw.base as string, files }, refused: screenedList(raw.refused, 'refused', fail), dropped: screenedList(raw.dropped, 'dropped', fail) };
}

function screenedList(value: unknown, field: string, fail: (field: string, detail: string) => never): ScreenedPath[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return fail(field, 'is not a list');
  return value.map((entry: unknown, index) => (isRecord(entry) && typeof entry.path === 'string' && typeof entry.reason === 'string' ? { path: entry.path.slice(0, 300), reason: entry.reason.slice(0, 300) } : fail(`${field}[${index}]`, 'is not {path, reason}')));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
