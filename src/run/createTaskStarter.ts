import { describeIsolationStep } from '../render/describeIsolationStep.js';
import type { IsolationPlan } from './prepareIsolation.js';
import { createSerialQueue } from './serialQueue.js';
import type { AgentHandle, AgentSpec } from './startAgent.js';
import { startInPlaceTask } from './startInPlaceTask.js';
import { startIsolatedTask } from './startIsolatedTask.js';

/** What every task of a run shares: the checks, and where progress lines go. */
export interface TaskStarterOptions {
  verify?: string;
  allowEmpty: boolean;
  /** Prints one progress line. */
  say(line: string): void;
}

/**
 * How this run starts a task's attempt: in its own worktree, landing through one merge queue
 * shared by the whole run, or in place when the plan says there is no isolation.
 */
export function createTaskStarter(isolation: IsolationPlan, options: TaskStarterOptions): (task: { id: string; title: string }, spec: AgentSpec) => AgentHandle {
  if (isolation.mode === 'none') return (_task, spec) => startInPlaceTask(spec, options.verify);
  const { mode: _mode, note: _note, ...where } = isolation;
  const settings = {
    ...where,
    queue: createSerialQueue(),
    allowEmpty: options.allowEmpty,
    maxRounds: 3,
    holdPollMs: 1000,
    ...(options.verify === undefined ? {} : { verify: options.verify }),
    report: (id: string, step: Parameters<typeof describeIsolationStep>[2]) => {
      const line = describeIsolationStep(id, isolation.base, step);
      if (line !== undefined) options.say(line);
    },
  };
  return (task, spec) => startIsolatedTask(settings, task.id, task.title, spec);
}
