import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  updateFileLocked
} from "./chunk-ZNORQ5VF.js";
import {
  isYamlFile,
  parseTasksText,
  parseTree,
  readTaskMasterState
} from "./chunk-MC6XESQO.js";
import {
  allTasks,
  indexTasks,
  yaml
} from "./chunk-EXRDESWW.js";

// src/write/findTaskForWrite.ts
function findTaskForWrite(text, file, id, tag, doing, refuse) {
  const result = parseTasksText(text, file, { ...readTaskMasterState(file), ...tag === void 0 ? {} : { tag } });
  const errors = result.problems.filter((problem) => problem.severity === "error");
  const where = `${file}${result.plan?.tag !== void 0 ? ` (tag ${result.plan.tag})` : tag !== void 0 ? ` (tag ${tag})` : ""}`;
  if (!result.plan) {
    const first = errors[0];
    const at = first?.line !== void 0 ? ` at line ${first.line}` : "";
    const count = errors.length === 1 ? `an error${at}` : `${errors.length} errors, the first${at}`;
    const detail = first ? `${count}: ${first.message}${first.hint ? ` (${first.hint})` : ""}` : "no task list";
    throw refuse(`${where}: not ${doing} task ${id}: the file has ${detail}. Run "waves validate ${file}${tag === void 0 ? "" : ` --tag ${tag}`}" to see every problem; nothing was written`, errors);
  }
  const plan = result.plan;
  const index = indexTasks(plan.tasks);
  const task = index.byId.get(id) ?? aliased(index.aliases.get(id), id, index.byId);
  if (!task) {
    const known = allTasks(plan.tasks).map((candidate) => candidate.id);
    const shown = known.slice(0, 12).join(", ") + (known.length > 12 ? `, ... (${known.length} in all)` : "");
    throw refuse(`${where}: no task or subtask with id ${id}; known ids: ${shown || "none"}; nothing was written`, []);
  }
  const sameId = allTasks(plan.tasks).filter((candidate) => candidate.id === task.id).length;
  if (sameId > 1) throw refuse(`${where}: ${sameId} subtasks of task ${task.parentId ?? "?"} have the id ${task.id}; renumber them first; nothing was written`, []);
  return { plan, task, errors };
}
function aliased(fullId, written, byId) {
  const task = fullId === void 0 ? void 0 : byId.get(fullId);
  if (task?.parentId === void 0 || !written.startsWith(task.parentId)) return void 0;
  return /^[.-]./.test(written.slice(task.parentId.length)) ? task : void 0;
}

// src/write/editStatusInText.ts
var EditStatusError = class extends Error {
  name = "EditStatusError";
};
var BOM = "\uFEFF";
function editStatus(text, file, taskPath, status) {
  const bom = text.startsWith(BOM) ? BOM : "";
  const source = text.slice(bom.length);
  const edit = isYamlFile(file) ? editYaml(source, file, taskPath, status) : editJson(source, file, taskPath, status);
  const edited = source.slice(0, edit.start) + edit.insert + source.slice(edit.end);
  if (edited !== source) verify(edited, file, taskPath, status);
  return { text: bom + edited, previous: edit.previous };
}
function editJson(source, file, taskPath, status) {
  const errors = [];
  const root = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0) throw new EditStatusError(`${file}: invalid JSON at offset ${errors[0]?.offset}; nothing was changed`);
  const task = root && findJsonNode(root, taskPath);
  if (!task || task.type !== "object") throw notFound(file, taskPath);
  const properties = (task.children ?? []).filter((property) => property.children?.length === 2);
  const existing = properties.filter((property) => property.children?.[0]?.value === "status").at(-1)?.children?.[1];
  const value = JSON.stringify(status);
  if (existing) return { start: existing.offset, end: existing.offset + existing.length, insert: value, previous: existing.value };
  const last = properties.at(-1);
  if (!last) return { start: task.offset + 1, end: task.offset + 1, insert: `"status": ${value}`, previous: void 0 };
  const [key, lastValue] = last.children;
  const colon = source.slice(key.offset + key.length, lastValue.offset);
  const before = properties.at(-2);
  const separator = before ? source.slice(before.offset + before.length, last.offset) : separatorBefore(source, last.offset, task.offset + 1, colon);
  const end = last.offset + last.length;
  return { start: end, end, insert: `${separator}"status"${colon}${value}`, previous: void 0 };
}
function findJsonNode(root, path) {
  let node = root;
  for (const segment of path) {
    if (!node?.children) return void 0;
    if (node.type === "array" && typeof segment === "number") node = node.children[segment];
    else if (node.type === "object" && typeof segment === "string") {
      node = node.children.filter((property) => property.children?.[0]?.value === segment && property.children.length === 2).at(-1)?.children?.[1];
    } else return void 0;
  }
  return node;
}
function editYaml(source, file, taskPath, status) {
  const { isMap, isScalar, parseDocument } = yaml();
  const document = parseDocument(source, { uniqueKeys: false });
  if (document.errors.length > 0) throw new EditStatusError(`${file}: invalid YAML: ${document.errors[0]?.message.split("\n", 1)[0]}`);
  const task = document.getIn(taskPath, true);
  if (!isMap(task) || !task.range) throw notFound(file, taskPath);
  const pairs = task.items;
  const pair = pairs.filter((item) => isScalar(item.key) && item.key.value === "status").at(-1);
  if (pair) return replaceYamlValue(source, file, taskPath, pair, status, document);
  return insertYamlPair(source, task, status);
}
function replaceYamlValue(source, file, taskPath, pair, status, document) {
  const { isAlias, isScalar, Scalar } = yaml();
  const node = pair.value;
  const where = `${file}: ${taskPath.join(".")}.status`;
  if (isAlias(node) && node.range) return { start: node.range[0], end: node.range[1], insert: yamlPlainOrQuoted(status), previous: node.resolve(document)?.toJSON() };
  if (!isScalar(node) || !node.range) throw new EditStatusError(`${where} is not a single value; set it by hand`);
  if (node.anchor) throw new EditStatusError(`${where} carries the YAML anchor &${node.anchor}; set it by hand`);
  const [start, end] = node.range;
  let insert;
  switch (node.type) {
    case Scalar.QUOTE_DOUBLE:
      insert = JSON.stringify(status);
      break;
    case Scalar.QUOTE_SINGLE:
      insert = `'${status.replaceAll("'", "''")}'`;
      break;
    case Scalar.BLOCK_FOLDED:
    case Scalar.BLOCK_LITERAL:
      insert = yamlPlainOrQuoted(status) + (/\r?\n$/.exec(source.slice(start, end))?.[0] ?? "");
      break;
    default:
      insert = yamlPlainOrQuoted(status);
      if (start === end && source[start - 1] === ":") insert = ` ${insert}`;
  }
  return { start, end, insert, previous: node.value };
}
function insertYamlPair(source, task, status) {
  const { isAlias, isScalar, Scalar } = yaml();
  const pairs = task.items;
  const last = pairs.at(-1);
  const lastKey = last?.key;
  const keyRange = isScalar(lastKey) || isAlias(lastKey) ? lastKey.range : void 0;
  const quote = isScalar(lastKey) && lastKey.type === Scalar.QUOTE_DOUBLE ? '"' : isScalar(lastKey) && lastKey.type === Scalar.QUOTE_SINGLE ? "'" : "";
  const value = quote === '"' ? JSON.stringify(status) : quote === "'" ? `'${status.replaceAll("'", "''")}'` : yamlPlainOrQuoted(status);
  const [mapStart] = task.range;
  if (!last || !keyRange) {
    if (!task.flow) throw new EditStatusError("cannot add a status to an empty block map");
    return { start: mapStart + 1, end: mapStart + 1, insert: `${quote}status${quote}: ${value}`, previous: void 0 };
  }
  const valueNode = last.value;
  const valueEnd = valueNode?.range?.[1] ?? keyRange[1];
  const gap = valueNode?.range ? source.slice(keyRange[1], valueNode.range[0]) : "";
  const colon = /^[ \t]*:[ \t]*$/.test(gap) && (quote !== "" || /[ \t]$/.test(gap)) ? gap : ": ";
  const pairText = `${quote}status${quote}${colon}${value}`;
  if (task.flow) {
    const before = pairs.at(-2);
    const beforeEnd = before?.value?.range?.[1];
    const separator = beforeEnd !== void 0 ? source.slice(beforeEnd, keyRange[0]) : separatorBefore(source, keyRange[0], mapStart + 1, colon);
    return { start: valueEnd, end: valueEnd, insert: separator + pairText, previous: void 0 };
  }
  const lineStart = source.lastIndexOf("\n", keyRange[0] - 1) + 1;
  const lead = source.slice(lineStart, keyRange[0]);
  const indent = /^ *$/.test(lead) ? lead : " ".repeat(keyRange[0] - lineStart);
  if (source[valueEnd - 1] === "\n") return { start: valueEnd, end: valueEnd, insert: `${indent}${pairText}${lineBreakBefore(source, valueEnd)}`, previous: void 0 };
  const newline = source.indexOf("\n", valueEnd);
  if (newline === -1) return { start: source.length, end: source.length, insert: `${detectLineBreak(source)}${indent}${pairText}`, previous: void 0 };
  return { start: newline + 1, end: newline + 1, insert: `${indent}${pairText}${lineBreakBefore(source, newline + 1)}`, previous: void 0 };
}
function yamlPlainOrQuoted(value) {
  const plainSafe = /^[A-Za-z][A-Za-z0-9_-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(value);
  return plainSafe ? value : JSON.stringify(value);
}
function separatorBefore(source, entryStart, contentStart, colon) {
  const gap = source.slice(contentStart, entryStart);
  if (!/^\s*$/.test(gap)) return ", ";
  return gap === "" && colon.endsWith(" ") ? ", " : `,${gap}`;
}
function lineBreakBefore(source, offset) {
  return source[offset - 2] === "\r" ? "\r\n" : "\n";
}
function detectLineBreak(source) {
  const newline = source.indexOf("\n");
  return newline > 0 && source[newline - 1] === "\r" ? "\r\n" : "\n";
}
function notFound(file, taskPath) {
  return new EditStatusError(`${file}: no task object at ${taskPath.join(".")}`);
}
function verify(edited, file, taskPath, status) {
  let task;
  try {
    if (isYamlFile(file)) {
      const { isMap, parseDocument } = yaml();
      const document = parseDocument(edited, { uniqueKeys: false });
      task = document.errors.length > 0 ? void 0 : document.getIn(taskPath);
      task = isMap(task) ? task.toJSON() : task;
    } else {
      task = taskPath.reduce((node, key) => node?.[key], JSON.parse(edited));
    }
  } catch {
    task = void 0;
  }
  const written = task?.status;
  if (written !== status) throw new EditStatusError(`${file}: writing status "${status}" at ${taskPath.join(".")} would not read back as written; nothing was changed`);
}

// src/write/setTaskStatus.ts
var SetStatusError = class extends Error {
  name = "SetStatusError";
  problems;
  constructor(message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.problems = options.problems ?? [];
  }
};
async function setTaskStatus(file, id, status, options = {}) {
  let change;
  try {
    await updateFileLocked(file, (text) => {
      const { plan, task, errors } = findTaskForWrite(text, file, id, options.tag, "setting the status of", (message, problems) => new SetStatusError(message, { problems }));
      const edit = editStatus(text, file, task.path, status);
      change = { previous: task.status, previousWritten: edit.previous, task, changed: edit.text !== text, otherErrors: errors };
      if (plan.tag !== void 0) change.tag = plan.tag;
      return edit.text;
    });
  } catch (error) {
    if (error instanceof SetStatusError) throw error;
    throw new SetStatusError(error.message, { cause: error });
  }
  if (!change) throw new SetStatusError(`${file}: task ${id} was not updated`);
  return change;
}

export {
  SetStatusError,
  setTaskStatus
};
