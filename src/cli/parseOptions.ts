import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Granularity } from '../core/buildUnitGraph.js';
import { UsageError } from './io.js';

/** Options every command understands. */
export const COMMON_OPTIONS = {
  tag: { type: 'string' },
  json: { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/** Options of commands that plan. */
export const PLAN_OPTIONS = {
  ...COMMON_OPTIONS,
  'max-parallel': { type: 'string' },
  pool: { type: 'string', multiple: true },
  granularity: { type: 'string' },
  source: { type: 'string' },
  repo: { type: 'string' },
  label: { type: 'string' },
  'max-dispatches-per-day': { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

/** Parses argv strictly; an unknown flag or a missing value is a UsageError naming it. */
export function parseCommandLine<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ''));
  }
}

/** `--max-parallel N`: a whole number from 1 to 256. */
export function readMaxParallel(value: string | undefined): number {
  if (value === undefined) return 4;
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || number < 1 || number > 256) throw new UsageError(`--max-parallel must be a whole number from 1 to 256, not "${value}"`);
  return number;
}

/** `--pool cpu=1 --pool io=3` into `{ cpu: 1, io: 3 }`. */
export function readPools(values: string[] | undefined): Record<string, number> {
  const pools: Record<string, number> = {};
  for (const value of values ?? []) {
    for (const entry of value.split(',').map((part) => part.trim()).filter(Boolean)) {
      const match = /^([A-Za-z0-9_.-]+)=(\d+)$/.exec(entry);
      if (!match) throw new UsageError(`--pool must look like CLASS=N (e.g. cpu=1), not "${entry}"`);
      pools[match[1] as string] = Number(match[2]);
    }
  }
  return pools;
}

/** `--granularity task|subtask`. */
export function readGranularity(value: string | undefined): Granularity {
  if (value === undefined) return 'task';
  if (value === 'task' || value === 'subtask') return value;
  throw new UsageError(`--granularity must be "task" or "subtask", not "${value}"`);
}

/** A `--format` value out of a fixed set. */
export function readChoice<T extends string>(flag: string, value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${choices.join(', ')}, not "${value}"`);
}
