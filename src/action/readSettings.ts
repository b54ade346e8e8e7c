import type { Granularity } from '../core/buildUnitGraph.js';

/** What the action was asked to do, read once from its inputs. */
export interface ActionSettings {
  command: 'plan' | 'status' | 'prompt';
  /** Tasks file relative to the workspace; undefined = find it as the CLI does. */
  tasksFile?: string;
  tag?: string;
  maxParallel: number;
  pools: Record<string, number>;
  granularity: Granularity;
  /** Task id, for `prompt`. */
  task?: string;
  /** Template file relative to the workspace, for `prompt`. */
  template?: string;
}

/** A bad input value: the message names the input and the value. */
export class InputError extends Error {
  override name = 'InputError';
}

const COMMANDS = ['plan', 'status', 'prompt'] as const;

/** Reads and checks the inputs; `getInput` returns '' for an input that is not set (as @actions/core does). */
export function readSettings(getInput: (name: string) => string): ActionSettings {
  const command = getInput('command') || 'plan';
  if (!(COMMANDS as readonly string[]).includes(command)) throw new InputError(`Invalid command '${command}'. Expected one of: ${COMMANDS.join(', ')}.`);
  const maxParallelText = getInput('max-parallel') || '4';
  const maxParallel = Number(maxParallelText);
  if (!/^\d+$/.test(maxParallelText) || maxParallel < 1 || maxParallel > 256) throw new InputError(`Invalid max-parallel '${maxParallelText}'. Expected a whole number from 1 to 256.`);
  const granularity = getInput('granularity') || 'task';
  if (granularity !== 'task' && granularity !== 'subtask') throw new InputError(`Invalid granularity '${granularity}'. Expected 'task' or 'subtask'.`);
  const settings: ActionSettings = { command: command as ActionSettings['command'], maxParallel, pools: readPools(getInput('pools')), granularity };
  const optional = { tasksFile: getInput('tasks-file'), tag: getInput('tag'), task: getInput('task'), template: getInput('template') };
  for (const [key, value] of Object.entries(optional)) if (value) settings[key as keyof typeof optional] = value;
  if (settings.command === 'prompt' && settings.task === undefined) throw new InputError("Input 'task' is required when command is 'prompt'. Set it to a task id, e.g. task: ${{ matrix.task }}.");
  return settings;
}

function readPools(text: string): Record<string, number> {
  const pools: Record<string, number> = {};
  for (const entry of text.split(/[\s,]+/).filter(Boolean)) {
    const match = /^([A-Za-z0-9_.-]+)=(\d+)$/.exec(entry);
    if (!match) throw new InputError(`Invalid pools entry '${entry}'. Expected CLASS=N, e.g. 'cpu=1, io=3'.`);
    pools[match[1] as string] = Number(match[2]);
  }
  return pools;
}
