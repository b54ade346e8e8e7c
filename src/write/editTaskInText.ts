import { isYamlFile } from '../sources/parseStructuredText.js';
import { editStatus } from './editStatusInText.js';
import { applySplice, EditTaskError, type Json, type JsonPath, type TaskEdit } from './taskEditShared.js';
import { jsonSplice, verifyJson } from './wavesInJson.js';
import { verifyYaml, yamlSplice } from './wavesInYaml.js';

export { EditTaskError, type TaskEdit } from './taskEditShared.js';

const BOM = '\uFEFF';

/**
 * Sets the status and/or `metadata.waves` of the task object at `taskPath`, changing only those
 * bytes: key order, unknown fields, indentation, line ends, a BOM and YAML comments stay. A new
 * `metadata` is added after the task's last field, written in the style of the object it goes
 * into (one line or one key a line, same indentation and spacing). `waves: null` removes
 * `metadata.waves`, and `metadata` with it when nothing else is left in it: so setting waves on a
 * task without metadata and then removing them gives back the original bytes (a `metadata: {}`
 * written by hand goes too). Values are written as JSON.stringify would (undefined fields left
 * out). Every edit is parsed back and checked. Pure; JSON or YAML is picked by file name.
 */
export function editTaskInText(text: string, file: string, taskPath: JsonPath, change: TaskEdit): string {
  const where = `${file}: task at ${taskPath.join('.')}`;
  let edited = text;
  try {
    if (change.status !== undefined) edited = editStatus(text, file, taskPath, change.status).text;
  } catch (error) {
    throw new EditTaskError((error as Error).message, { cause: error });
  }
  if (change.waves === undefined) return edited;
  // Through JSON, as the file will hold it: undefined fields go, dates become strings.
  const waves = change.waves === null ? null : (JSON.parse(JSON.stringify(change.waves)) as Json);
  const bom = edited.startsWith(BOM) ? BOM : '';
  const source = edited.slice(bom.length);
  if (isYamlFile(file)) {
    const splice = yamlSplice(source, where, taskPath, waves);
    if (!splice) return edited;
    const result = applySplice(source, splice);
    verifyYaml(source, result, where, taskPath, change.status, waves);
    return bom + result;
  }
  const splice = jsonSplice(source, where, taskPath, waves);
  if (!splice) return edited;
  const result = applySplice(source, splice);
  verifyJson(result, splice, where, change.status, waves);
  return bom + result;
}
