import type { Problem } from '../core/model.js';

/** Which tag to read: `tag` (the --tag flag) wins, then Task Master's state and config. */
export interface TagChoice {
  tag?: string;
  /** `currentTag` from `.taskmaster/state.json`. */
  stateTag?: string;
  /** `global.defaultTag` from `.taskmaster/config.json`. */
  defaultTag?: string;
}

/** The task list picked out of a parsed file. */
export interface ChosenList {
  tasks?: unknown[];
  tag?: string;
  tags: string[];
  tagged: boolean;
  /** JSON path of the chosen `tasks` array. */
  path: (string | number)[];
  problems: Problem[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Tag names of a Task Master tagged layout: top-level keys whose value holds a `tasks` array. */
export function tagsOf(data: unknown): string[] {
  if (!isRecord(data)) return [];
  return Object.keys(data).filter((key) => key !== 'tasks' && isRecord(data[key]) && Array.isArray(data[key].tasks));
}

/**
 * Picks the task list out of a file: the root layout `{tasks: [...]}` or the tagged layout
 * `{master: {tasks: [...]}, ...}`. The tag is the explicit one, else Task Master's current tag,
 * else its default tag, else `master`, else the file's own `currentTag`, else the only tag.
 */
export function chooseTaskList(data: unknown, file: string, choice: TagChoice): ChosenList {
  const tags = tagsOf(data);
  if (isRecord(data) && Array.isArray(data.tasks) && tags.length === 0) {
    if (choice.tag !== undefined && choice.tag !== 'master') {
      return { tags, tagged: false, path: [], problems: [noSuchTag(file, choice.tag, ['master'], 'this file has one untagged task list, read as tag "master"')] };
    }
    return { tasks: data.tasks, tags, tagged: false, path: ['tasks'], problems: [] };
  }
  if (!isRecord(data) || tags.length === 0) {
    return {
      tags,
      tagged: false,
      path: [],
      problems: [{
        severity: 'error',
        code: 'no-task-list',
        file,
        message: Array.isArray(data) ? 'the file is a bare list; expected an object with a "tasks" list' : 'no task list found: expected {"tasks": [...]} or Task Master\'s tagged layout {"master": {"tasks": [...]}}',
        hint: 'put the tasks under a top-level "tasks" key',
        path: [],
      }],
    };
  }
  const fileTag = typeof data.currentTag === 'string' ? data.currentTag : undefined;
  if (choice.tag !== undefined) {
    if (!tags.includes(choice.tag)) return { tags, tagged: true, path: [], problems: [noSuchTag(file, choice.tag, tags)] };
    return picked(data, choice.tag, tags);
  }
  const problems: Problem[] = [];
  for (const [candidate, source] of [[choice.stateTag, '.taskmaster/state.json'], [choice.defaultTag, '.taskmaster/config.json']] as const) {
    if (candidate === undefined) continue;
    if (tags.includes(candidate)) return picked(data, candidate, tags);
    problems.push({ severity: 'warning', code: 'unknown-current-tag', file, tag: candidate, message: `tag "${candidate}" named in ${source} is not in the file`, hint: `choose one with --tag: ${tags.join(', ')}` });
  }
  const fallback = tags.includes('master') ? 'master' : fileTag !== undefined && tags.includes(fileTag) ? fileTag : tags.length === 1 ? tags[0] : undefined;
  if (fallback === undefined) {
    return { tags, tagged: true, path: [], problems: [...problems, { severity: 'error', code: 'ambiguous-tag', file, message: `the file has several tags and none is current: ${tags.join(', ')}`, hint: 'choose one with --tag, or run `task-master use-tag NAME`' }] };
  }
  const result = picked(data, fallback, tags);
  return { ...result, problems: [...problems, ...result.problems] };
}

function picked(data: Record<string, unknown>, tag: string, tags: string[]): ChosenList {
  const holder = data[tag] as { tasks: unknown[] };
  return { tasks: holder.tasks, tag, tags, tagged: true, path: [tag, 'tasks'], problems: [] };
}

function noSuchTag(file: string, tag: string, tags: string[], note?: string): Problem {
  return {
    severity: 'error',
    code: 'unknown-tag',
    file,
    tag,
    message: `tag "${tag}" is not in the file${note ? ` (${note})` : ''}`,
    hint: `use one of: ${tags.join(', ')}`,
  };
}
