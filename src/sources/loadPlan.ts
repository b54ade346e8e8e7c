import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseTasksText, type ParseOptions, type ParseResult } from './parseTasksText.js';

/** Reads and validates a tasks file, picking the tag as Task Master would. */
export function loadPlan(file: string, options: Pick<ParseOptions, 'tag' | 'format'> = {}): ParseResult & { text?: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'the file does not exist' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    return { problems: [{ severity: 'error', code: 'unreadable', file, message: `cannot read the file: ${reason}`, hint: 'check the path, or run from the project directory' }] };
  }
  const state = readTaskMasterState(file);
  return { ...parseTasksText(text, file, { ...options, ...state }), text };
}

/** Task Master's current tag (`.taskmaster/state.json`) and default tag (`.taskmaster/config.json`) near a tasks file. */
export function readTaskMasterState(file: string): { stateTag?: string; defaultTag?: string } {
  const directory = findTaskMasterDirectory(dirname(resolve(file)));
  if (!directory) return {};
  const result: { stateTag?: string; defaultTag?: string } = {};
  // A state.json that exists but does not parse must not silently switch the plan to another tag.
  const state = readJsonStrictly(join(directory, 'state.json')) as { currentTag?: unknown } | undefined;
  if (typeof state?.currentTag === 'string') result.stateTag = state.currentTag;
  const config = readJsonQuietly(join(directory, 'config.json')) as { global?: { defaultTag?: unknown } } | undefined;
  if (typeof config?.global?.defaultTag === 'string') result.defaultTag = config.global.defaultTag;
  return result;
}

function findTaskMasterDirectory(start: string): string | undefined {
  let directory = start;
  for (let depth = 0; depth < 4; depth++) {
    if (directory.endsWith('/.taskmaster') || directory.endsWith('\\.taskmaster')) return directory;
    const candidate = join(directory, '.taskmaster');
    if (existsSync(join(candidate, 'state.json')) || readJsonQuietly(join(candidate, 'config.json')) !== undefined) return candidate;
    const parent = dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
  return undefined;
}

function readJsonQuietly(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The file's JSON, undefined when it does not exist; an error naming the file when it exists but is not JSON. */
function readJsonStrictly(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message}); Task Master's current tag cannot be read. Fix or delete the file.`, { cause: error });
  }
}
