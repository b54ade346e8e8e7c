import type { Plan } from '../core/model.js';
import { readTaskMasterState } from '../sources/loadPlan.js';
import { parseTasksText } from '../sources/parseTasksText.js';
import { editLoopInText } from './editLoopInText.js';
import { updateFileLocked } from './writeFileLocked.js';

/** A change to the loop's record that was refused; nothing was written. */
export class LoopRecordError extends Error {
  override name = 'LoopRecordError';
}

/**
 * Changes the tag's `metadata.waves` in a tasks file under the file's lock, deciding on the fresh
 * text: `decide` gets the plan as the file now reads and returns the whole new record (null
 * removes it, undefined leaves the file alone). Resolves to the plan read and whether the file changed.
 */
export async function updateLoopRecord(file: string, decide: (plan: Plan) => Record<string, unknown> | null | undefined, options: { tag?: string; shown?: string } = {}): Promise<{ plan: Plan; changed: boolean }> {
  let read: Plan | undefined;
  const shown = options.shown ?? file;
  const parseOptions = { ...readTaskMasterState(file), ...(options.tag === undefined ? {} : { tag: options.tag }) };
  try {
    const changed = await updateFileLocked(file, (text) => {
      const parsed = parseTasksText(text, file, parseOptions);
      if (!parsed.plan) {
        const first = parsed.problems.find((problem) => problem.severity === 'error');
        throw new LoopRecordError(`${shown}: the file cannot be read${first ? ` (${first.line !== undefined ? `line ${first.line}: ` : ''}${first.message})` : ''}; run "waves validate ${shown}"; nothing was written`);
      }
      read = parsed.plan;
      const next = decide(parsed.plan);
      return next === undefined ? text : editLoopInText(text, parsed.plan, parseOptions, next);
    });
    if (!read) throw new LoopRecordError(`${shown}: nothing was read`);
    return { plan: read, changed };
  } catch (error) {
    if (error instanceof LoopRecordError) throw error;
    throw new LoopRecordError((error as Error).message.split(file).join(shown), { cause: error });
  }
}
