import { statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { Plan } from '../core/model.js';
import { findTasksFile, DEFAULT_TASKS_FILES } from '../sources/findTasksFile.js';
import { loadPlan } from '../sources/loadPlan.js';
import { formatProblem } from './formatProblem.js';
import { TasksFileError, UsageError, type CliIO } from './io.js';

/** A tasks file named on the command line (or found by default): how to show it and where it is. */
export interface TasksFileArgument {
  /** The path as the user sees it, for messages. */
  file: string;
  /** Absolute path. */
  path: string;
}

/** Resolves FILE: a file, a directory holding one of the default files, or the default in the working directory. */
export function resolveTasksFile(fileArgument: string | undefined, io: CliIO): TasksFileArgument {
  let file = fileArgument ?? findTasksFile(io.cwd);
  if (file === undefined) throw new UsageError(`no tasks file given and none found here; looked for ${DEFAULT_TASKS_FILES.join(', ')}`);
  if (isDirectory(absolute(file, io))) {
    const inside = findTasksFile(absolute(file, io));
    if (inside === undefined) throw new UsageError(`${file} is a directory with no tasks file; looked for ${DEFAULT_TASKS_FILES.join(', ')}`);
    file = join(file, inside);
  }
  return { file, path: absolute(file, io) };
}

/** Resolves FILE, loads and validates it; prints problems, throws TasksFileError on errors. */
export function loadForCommand(fileArgument: string | undefined, tag: string | undefined, io: CliIO): { plan: Plan; file: string; path: string; text: string } {
  const { file, path } = resolveTasksFile(fileArgument, io);
  const result = loadPlan(path, tag === undefined ? {} : { tag });
  const shown = result.problems.map((problem) => ({ ...problem, file }));
  for (const problem of shown) io.stderr(formatProblem(problem) + '\n');
  const errors = shown.filter((problem) => problem.severity === 'error').length;
  if (errors > 0 || !result.plan) {
    io.stderr(`${file}: ${errors} problem${errors === 1 ? '' : 's'} found; nothing was planned or written.\n`);
    throw new TasksFileError(`${errors} problems`);
  }
  return { plan: { ...result.plan, file }, file, path, text: result.text ?? '' };
}

function absolute(file: string, io: CliIO): string {
  return isAbsolute(file) ? file : join(io.cwd, file);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
