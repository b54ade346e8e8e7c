import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where a tasks file is looked for, in order, when none is named. */
export const DEFAULT_TASKS_FILES = ['.taskmaster/tasks/tasks.json', 'tasks/tasks.json', 'waves.yml', 'waves.yaml', 'waves.json'];

/** The first default tasks file that exists under `directory`, as a relative path. */
export function findTasksFile(directory: string): string | undefined {
  return DEFAULT_TASKS_FILES.find((candidate) => existsSync(join(directory, candidate)));
}
