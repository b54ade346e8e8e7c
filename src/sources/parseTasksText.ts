import { allTasks } from '../core/indexTasks.js';
import type { Plan, PlanFormat, Problem } from '../core/model.js';
import { resolveDependencies } from '../core/resolveDependencies.js';
import { validatePlan } from '../core/validatePlan.js';
import { findConflictMarkers } from './findConflictMarkers.js';
import { locateProblems, type Locator } from './locateProblems.js';
import { normalizeTasks } from './normalizeTasks.js';
import { isYamlFile, parseStructuredText } from './parseStructuredText.js';
import { chooseTaskList, type TagChoice } from './chooseTaskList.js';

/** What a parse produced: a plan when the file could be read, and every problem found. */
export interface ParseResult {
  plan?: Plan;
  problems: Problem[];
}

/** Options that pick what to read from a file's text. */
export interface ParseOptions extends TagChoice {
  /** Force a format instead of guessing it from the file name and content. */
  format?: PlanFormat;
}

/**
 * Parses a tasks file's text (Task Master JSON or a plan file in YAML/JSON) into a validated plan.
 * Pure: the caller reads the file. Every problem is collected, located by line and column.
 */
export function parseTasksText(text: string, file: string, options: ParseOptions = {}): ParseResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // A conflict marker at the start of a line can never be in valid JSON (strings hold no raw
  // newlines), so JSON is only scanned for markers when it fails to parse: that scan of a 145 MB
  // file is 20 ms. YAML can hide a marker in a block scalar, so it is always scanned first.
  const yaml = isYamlFile(file);
  if (yaml) {
    const markers = findConflictMarkers(source, file);
    if (markers.length > 0) return { problems: markers };
  }
  const parsed = parseStructuredText(source, file);
  if (parsed.problems.length > 0) {
    const markers = yaml ? [] : findConflictMarkers(source, file);
    return { problems: markers.length > 0 ? markers : parsed.problems };
  }

  const list = chooseTaskList(parsed.data, file, options);
  if (!list.tasks) return { problems: locate(list.problems, parsed.locator) };

  const context = { file, tag: list.tag, path: list.path };
  const normalized = normalizeTasks(list.tasks, context);
  const resolved = resolveDependencies(normalized.lookup, context);
  const problems = [...list.problems, ...normalized.problems, ...resolved.problems, ...validatePlan(normalized.lookup.all, resolved.graph, context)];
  const format: PlanFormat = options.format ?? (list.tagged || /(^|[\\/])tasks\.json$/i.test(file) ? 'taskmaster' : 'waves');
  const plan: Plan = { file, format, tags: list.tags, tasks: normalized.tasks, graph: resolved.graph };
  if (list.tag !== undefined) plan.tag = list.tag;
  const metadata = tagMetadata(parsed.data, list.path);
  if (metadata) plan.metadata = metadata;
  return { plan, problems: locate(problems, parsed.locator) };
}

/** The object holding the task list (`metadata` beside `tasks`), when it is an object. */
function tagMetadata(data: unknown, listPath: readonly (string | number)[]): Record<string, unknown> | undefined {
  let holder: unknown = data;
  for (const key of listPath.slice(0, -1)) holder = holder !== null && typeof holder === 'object' ? (holder as Record<string, unknown>)[key as string] : undefined;
  const metadata = holder !== null && typeof holder === 'object' ? (holder as Record<string, unknown>).metadata : undefined;
  return metadata !== null && typeof metadata === 'object' && !Array.isArray(metadata) ? (metadata as Record<string, unknown>) : undefined;
}

/** Adds line and column, then orders problems as they appear in the file (stable for equal lines). */
function locate(problems: Problem[], locator: Locator | undefined): Problem[] {
  const located = locator ? locateProblems(problems, locator) : problems;
  return located.map((problem, index) => ({ problem, index })).sort((a, b) => (a.problem.line ?? 0) - (b.problem.line ?? 0) || a.index - b.index).map(({ problem }) => problem);
}

/** Counts every task and subtask of a plan. */
export function countTasks(plan: Plan): { tasks: number; subtasks: number } {
  const all = allTasks(plan.tasks).length;
  return { tasks: plan.tasks.length, subtasks: all - plan.tasks.length };
}
