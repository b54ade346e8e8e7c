import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(`${ROOT}${path}`, 'utf8');

/** A seed task, as far as the examples need it. */
export interface SeedTask {
  id: number;
  title: string;
  description?: string;
  status: string;
  dependencies?: number[];
}

/** The seed's tasks, with 267 not yet started (see seedRepository). */
export function seedTasks(): SeedTask[] {
  const tasks = (JSON.parse(read('examples/seed/.taskmaster/tasks/tasks.json')) as { master: { tasks: SeedTask[] } }).master.tasks;
  return tasks.map((task) => (task.id === 267 ? { ...task, status: 'pending' } : task));
}

/** The seed task ids (as strings) and 300, which a person adds once the loop settled: every one must end done. */
export function seedTaskIds(): string[] {
  return [...seedTasks().map((task) => String(task.id)), '300'];
}

/**
 * The files of a user's repository that adopted an example: the seed's tasks file (with 267 not
 * yet started, so the loop runs it too: an in-progress task without our claim is left alone),
 * the workflow(s) at the place the example says, and an agent script for the shell examples.
 */
export function seedRepository(workflows: Array<{ installAs: string; text: string }>): Record<string, string | { text: string; mode: number }> {
  const tasks = JSON.parse(read('examples/seed/.taskmaster/tasks/tasks.json')) as { master: { tasks: Array<{ id: number; status: string }> } };
  for (const task of tasks.master.tasks) if (task.id === 267) task.status = 'pending';
  return {
    '.taskmaster/tasks/tasks.json': `${JSON.stringify(tasks, null, 2)}\n`,
    'scripts/agent.sh': { text: read('test/workflowRunner/fixtures/agent.sh'), mode: 0o755 },
    'scripts/stand-in-agent.mjs': read('examples/agents/stand-in-agent.mjs'),
    'README.md': '# backlog\n',
    // A project with no dependencies, so a workflow's `npm ci` works without a network.
    'package.json': `${JSON.stringify({ name: 'backlog', version: '1.0.0', private: true }, null, 2)}\n`,
    'package-lock.json': `${JSON.stringify({ name: 'backlog', version: '1.0.0', lockfileVersion: 3, requires: true, packages: { '': { name: 'backlog', version: '1.0.0' } } }, null, 2)}\n`,
    '.npmrc': 'audit=false\nfund=false\nupdate-notifier=false\n',
    '.gitignore': 'node_modules/\n',
    ...Object.fromEntries(workflows.map((workflow) => [`.github/workflows/${workflow.installAs}`, workflow.text])),
  };
}
