import { isDeepStrictEqual } from 'node:util';
import type { Plan } from '../core/model.js';
import { rawLoopRecord } from '../core/loopRecord.js';
import { isYamlFile } from '../sources/parseStructuredText.js';
import { parseTasksText, type ParseOptions } from '../sources/parseTasksText.js';
import { applySplice, EditTaskError, type Json } from './taskEditShared.js';
import { jsonSplice } from './wavesInJson.js';
import { yamlSplice } from './wavesInYaml.js';

const BOM = '\uFEFF';

/**
 * Sets (or with null removes) the tag's `metadata.waves`, the loop's record, beside the tag's
 * `tasks`, changing only those bytes the way editTaskInText changes a task's: removing what was
 * added gives back the original file. The result is parsed back and checked. Pure.
 */
export function editLoopInText(text: string, plan: Plan, options: ParseOptions, waves: Record<string, unknown> | null): string {
  const file = plan.file;
  const where = `${file}${plan.tag !== undefined ? ` (tag ${plan.tag})` : ''}: metadata.waves`;
  const holder = plan.tags.length > 0 && plan.tag !== undefined ? [plan.tag] : [];
  const value = waves === null ? null : (JSON.parse(JSON.stringify(waves)) as Json);
  const bom = text.startsWith(BOM) ? BOM : '';
  const source = text.slice(bom.length);
  const splice = isYamlFile(file) ? yamlSplice(source, where, holder, value) : jsonSplice(source, where, holder, value);
  if (!splice) return text;
  const result = bom + applySplice(source, splice);
  // Parse back: the tasks must read exactly as before, and the record as asked.
  const reread = parseTasksText(result, file, { ...options, ...(plan.tag !== undefined ? { tag: plan.tag } : {}) }).plan;
  const before = parseTasksText(text, file, { ...options, ...(plan.tag !== undefined ? { tag: plan.tag } : {}) }).plan;
  const readBack = reread ? rawLoopRecord(reread) : undefined;
  if (!reread || !before || !isDeepStrictEqual(readBack, value ?? {}) || !isDeepStrictEqual(reread.tasks.map((task) => task.raw), before.tasks.map((task) => task.raw))) {
    throw new EditTaskError(`${where}: the edited file would not read back as asked; nothing was changed`);
  }
  return result;
}
