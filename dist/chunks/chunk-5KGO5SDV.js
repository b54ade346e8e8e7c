import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  updateFileLocked
} from "./chunk-ZNORQ5VF.js";
import {
  rawLoopRecord
} from "./chunk-ZKU5KU4T.js";
import {
  getNodeValue,
  isYamlFile,
  parseTasksText,
  parseTree,
  readTaskMasterState
} from "./chunk-MC6XESQO.js";
import {
  require_node_util,
  yaml
} from "./chunk-EXRDESWW.js";
import {
  __toESM
} from "./chunk-MMZRYQYA.js";

// src/write/editLoopInText.ts
var import_node_util3 = __toESM(require_node_util(), 1);

// src/write/taskEditShared.ts
var EditTaskError = class extends Error {
  name = "EditTaskError";
};
function applySplice(source, splice) {
  return source.slice(0, splice.start) + splice.insert + source.slice(splice.end);
}
function detectLineBreak(source) {
  const newline = source.indexOf("\n");
  return newline > 0 && source[newline - 1] === "\r" ? "\r\n" : "\n";
}

// src/write/wavesInJson.ts
var import_node_util = __toESM(require_node_util(), 1);
function jsonSplice(source, where, taskPath, waves) {
  const task = jsonTask(source, where, taskPath);
  const splice = jsonSpliceInTask(source, where, task, waves);
  return splice && { ...splice, task };
}
function jsonTask(source, where, taskPath) {
  const errors = [];
  const root = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0) throw new EditTaskError(`${where}: invalid JSON at offset ${errors[0]?.offset}; nothing was changed`);
  const task = root && findJsonNode(root, taskPath);
  if (task?.type !== "object") throw new EditTaskError(`${where}: no task object there`);
  return task;
}
function jsonSpliceInTask(source, where, task, waves) {
  const metadataProperty = lastProperty(task, "metadata");
  const metadata = metadataProperty?.children?.[1];
  if (waves === null) {
    const wavesProperty = metadata?.type === "object" ? lastProperty(metadata, "waves") : void 0;
    if (!metadata || !wavesProperty) return void 0;
    const alone = properties(metadata).every((property) => property.children?.[0]?.value === "waves");
    return alone ? removeJsonProperty(task, metadataProperty) : removeJsonProperty(metadata, wavesProperty);
  }
  if (metadata?.type === "object" && properties(metadata).length > 0) {
    const value = lastProperty(metadata, "waves")?.children?.[1];
    if (!value) return insertJsonProperty(source, metadata, "waves", waves);
    if ((0, import_node_util.isDeepStrictEqual)(getNodeValue(value), waves)) return void 0;
    return { start: value.offset, end: value.offset + value.length, insert: renderJson(waves, jsonLayout(source, metadata, lineIndent(source, value.offset))) };
  }
  if (!metadata) return insertJsonProperty(source, task, "metadata", { waves });
  if (metadata.type !== "null" && metadata.type !== "object") throw new EditTaskError(`${where}: metadata is ${metadata.type === "array" ? "a list" : `a ${metadata.type}`}, not an object; fix it by hand`);
  return { start: metadata.offset, end: metadata.offset + metadata.length, insert: renderJson({ waves }, jsonLayout(source, task, lineIndent(source, metadata.offset))) };
}
function properties(object) {
  return (object.children ?? []).filter((property) => property.children?.length === 2);
}
function lastProperty(object, key) {
  return properties(object).filter((property) => property.children?.[0]?.value === key).at(-1);
}
function findJsonNode(root, path) {
  let node = root;
  for (const segment of path) {
    if (node?.type === "array" && typeof segment === "number") node = node.children?.[segment];
    else if (node?.type === "object" && typeof segment === "string") node = lastProperty(node, segment)?.children?.[1];
    else return void 0;
  }
  return node;
}
function insertJsonProperty(source, object, key, value) {
  const all = properties(object);
  const last = all.at(-1);
  const layout = jsonLayout(source, object, "");
  if (!last) {
    const inner = `${layout.pad}${JSON.stringify(key)}${layout.colon}${renderJson(value, { ...layout, multiline: false })}${layout.pad}`;
    return { start: object.offset + 1, end: object.offset + object.length - 1, insert: inner };
  }
  const before = all.at(-2);
  const end = last.offset + last.length;
  const separator = before ? source.slice(before.offset + before.length, last.offset) : layout.multiline ? `,${source.slice(object.offset + 1, last.offset)}` : layout.comma;
  const indent = separator.slice(separator.lastIndexOf("\n") + 1);
  const rendered = renderJson(value, { ...layout, multiline: separator.includes("\n"), indent });
  return { start: end, end, insert: `${separator}${JSON.stringify(key)}${layout.colon}${rendered}` };
}
function removeJsonProperty(object, property) {
  const all = properties(object);
  const index = all.indexOf(property);
  const previous = all[index - 1];
  const next = all[index + 1];
  if (previous) return { start: previous.offset + previous.length, end: property.offset + property.length, insert: "" };
  if (next) return { start: property.offset, end: next.offset, insert: "" };
  return { start: object.offset + 1, end: object.offset + object.length - 1, insert: "" };
}
function jsonLayout(source, object, indent) {
  const all = properties(object);
  const first = all[0];
  const eol = detectLineBreak(source);
  const opening = first ? source.slice(object.offset + 1, first.offset) : "";
  const multiline = first ? opening.includes("\n") : /\n/.test(source.slice(object.offset, object.offset + object.length));
  const [key, value] = first?.children ?? [];
  const gap = key && value ? source.slice(key.offset + key.length, value.offset) : "";
  const colon = /^[ \t]*:[ \t]*$/.test(gap) ? gap : ": ";
  const second = all[1];
  const between = first && second ? source.slice(first.offset + first.length, second.offset) : "";
  const comma = /^[ \t]*,[ \t]*$/.test(between) ? between : colon.endsWith(" ") ? ", " : ",";
  const objectIndent = lineIndent(source, object.offset);
  const firstIndent = first ? lineIndent(source, first.offset) : "";
  const unit = multiline && firstIndent.startsWith(objectIndent) && firstIndent.length > objectIndent.length ? firstIndent.slice(objectIndent.length) : fileIndentUnit(source);
  return { multiline, indent, unit, eol, colon, comma, pad: opening === " " ? " " : "" };
}
function renderJson(value, layout) {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const entries = Array.isArray(value) ? value.map((item) => ["", item]) : Object.entries(value);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  if (entries.length === 0) return open + close;
  const keyOf = (key) => Array.isArray(value) ? "" : JSON.stringify(key) + layout.colon;
  if (!layout.multiline) {
    const pad = Array.isArray(value) ? "" : layout.pad;
    return open + pad + entries.map(([key, item]) => keyOf(key) + renderJson(item, layout)).join(layout.comma) + pad + close;
  }
  const inner = layout.indent + layout.unit;
  const lines = entries.map(([key, item]) => inner + keyOf(key) + renderJson(item, { ...layout, indent: inner }));
  return open + layout.eol + lines.join("," + layout.eol) + layout.eol + layout.indent + close;
}
function lineIndent(source, offset) {
  const start = source.lastIndexOf("\n", offset - 1) + 1;
  return /^[ \t]*/.exec(source.slice(start, offset))?.[0] ?? "";
}
function fileIndentUnit(source) {
  return /\n([ \t]+)\S/.exec(source)?.[1] ?? "  ";
}

// src/write/wavesInYaml.ts
var import_node_util2 = __toESM(require_node_util(), 1);
var YAML_OPTIONS = { lineWidth: 0 };
function yamlSplice(source, where, taskPath, waves) {
  const { isAlias, isMap, isNode, isScalar, parseDocument } = yaml();
  const document = parseDocument(source, { uniqueKeys: false });
  if (document.errors.length > 0) throw new EditTaskError(`${where}: invalid YAML: ${document.errors[0]?.message.split("\n", 1)[0]}`);
  const task = document.getIn(taskPath, true);
  if (!isMap(task) || !task.range) throw new EditTaskError(`${where}: no task object there`);
  const style = { eol: detectLineBreak(source), unit: yamlIndentUnit(document, source) };
  const metadataPair = lastPair(task, "metadata");
  const metadata = metadataPair?.value;
  if (isAlias(metadata) || isNode(metadata) && metadata.anchor) throw new EditTaskError(`${where}: metadata is a YAML anchor or alias; edit it by hand`);
  if (waves === null) {
    const wavesPair = isMap(metadata) ? lastPair(metadata, "waves") : void 0;
    if (!isMap(metadata) || !wavesPair) return void 0;
    const alone = metadata.items.every((pair) => isScalar(pair.key) && pair.key.value === "waves");
    return alone ? removeYamlPair(source, where, task, metadataPair) : removeYamlPair(source, where, metadata, wavesPair);
  }
  if (isMap(metadata) && metadata.items.length > 0) {
    const wavesPair = lastPair(metadata, "waves");
    if (!wavesPair) return insertYamlPair(source, metadata, "waves", waves, style);
    if (isNode(wavesPair.value) && (wavesPair.value.anchor || isAlias(wavesPair.value))) throw new EditTaskError(`${where}: metadata.waves is a YAML anchor or alias; edit it by hand`);
    if ((0, import_node_util2.isDeepStrictEqual)(toJson(wavesPair.value), waves)) return void 0;
    return replaceYamlPair(source, metadata, wavesPair, waves, style);
  }
  if (!metadataPair) return insertYamlPair(source, task, "metadata", { waves }, style);
  if (!isMap(metadata) && !(isScalar(metadata) && metadata.value === null) && metadata !== null) throw new EditTaskError(`${where}: metadata is not a map; fix it by hand`);
  return replaceYamlPair(source, task, metadataPair, { waves }, style);
}
function lastPair(map, key) {
  const { isScalar } = yaml();
  return map.items.filter((pair) => isScalar(pair.key) && pair.key.value === key).at(-1);
}
function toJson(node) {
  const { isNode } = yaml();
  return isNode(node) ? node.toJSON() : node;
}
function range(node) {
  const { isNode } = yaml();
  return isNode(node) ? node.range ?? void 0 : void 0;
}
function column(source, offset) {
  return offset - (source.lastIndexOf("\n", offset - 1) + 1);
}
function yamlPairText(keyText, value, flow, indent, style) {
  if (flow) return `${keyText}: ${flowYaml(value, flow.pad)}`;
  if (Object.keys(value).length === 0) return `${keyText}: {}${style.eol}`;
  return `${keyText}:${style.eol}${blockYaml(value, indent + style.unit, style)}`;
}
function blockYaml(value, indent, style) {
  const { stringify } = yaml();
  const lines = stringify(value, { ...YAML_OPTIONS, indent: style.unit }).split("\n");
  if (lines.at(-1) === "") lines.pop();
  const prefix = " ".repeat(indent);
  return lines.map((line) => (line === "" ? "" : prefix + line) + style.eol).join("");
}
function flowYaml(value, pad) {
  if (Array.isArray(value)) return `[${value.map((item) => flowYaml(item, pad)).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).map(([key, item]) => `${flowScalar(key)}: ${flowYaml(item, pad)}`);
    return entries.length === 0 ? "{}" : `{${pad}${entries.join(", ")}${pad}}`;
  }
  return typeof value === "string" ? flowScalar(value) : JSON.stringify(value);
}
function flowScalar(text) {
  const plain = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(text) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(text);
  return plain ? text : JSON.stringify(text);
}
function blockPairEnd(source, pair) {
  const end = range(pair.value)?.[1] ?? range(pair.key)?.[1] ?? 0;
  if (source[end - 1] === "\n") return end;
  const newline = source.indexOf("\n", end);
  return newline === -1 ? source.length : newline + 1;
}
function keyInfo(source, pair) {
  const [start, end] = range(pair.key) ?? [0, 0];
  return { start, text: source.slice(start, end), column: column(source, start), lineStart: start - column(source, start) };
}
function insertYamlPair(source, map, key, value, style) {
  const { isScalar, Scalar } = yaml();
  const pairs = map.items;
  const last = pairs.at(-1);
  const quote = isScalar(last?.key) && last.key.type === Scalar.QUOTE_DOUBLE ? '"' : "";
  const keyText = `${quote}${key}${quote}`;
  const [mapStart, mapEnd] = map.range ?? [0, 0];
  const pad = source[mapStart + 1] === " " ? " " : "";
  if (map.flow) {
    const text2 = yamlPairText(keyText, value, { pad }, 0, style);
    if (!last) return { start: mapStart + 1, end: source.lastIndexOf("}", mapEnd), insert: `${pad}${text2}${pad}` };
    const before = pairs.at(-2);
    const lastKeyStart = keyInfo(source, last).start;
    const separator = before ? source.slice(range(before.value)?.[1] ?? range(before.key)?.[1] ?? 0, lastKeyStart) : ", ";
    const end2 = range(last.value)?.[1] ?? range(last.key)?.[1] ?? 0;
    return { start: end2, end: end2, insert: separator + text2 };
  }
  const at = keyInfo(source, last);
  const text = " ".repeat(at.column) + yamlPairText(keyText, value, void 0, at.column, style);
  const end = blockPairEnd(source, last);
  if (source[end - 1] !== "\n") return { start: end, end, insert: style.eol + text.slice(0, -style.eol.length) };
  return { start: end, end, insert: text };
}
function replaceYamlPair(source, map, pair, value, style) {
  const { isMap } = yaml();
  const at = keyInfo(source, pair);
  if (map.flow) {
    const pad = source[(map.range ?? [0])[0] + 1] === " " ? " " : "";
    const end2 = range(pair.value)?.[1] ?? at.start + at.text.length;
    return { start: at.start, end: end2, insert: yamlPairText(at.text, value, { pad }, 0, style) };
  }
  const end = blockPairEnd(source, pair);
  const cut = (text) => source[end - 1] === "\n" ? text : text.slice(0, -style.eol.length);
  const old = pair.value;
  const oldStart = range(old)?.[0];
  if (isMap(old) && !old.flow && old.items.length > 0 && oldStart !== void 0 && Object.keys(value).length > 0) {
    const indent = column(source, oldStart);
    return { start: oldStart, end, insert: cut(blockYaml(value, indent, style).slice(indent)) };
  }
  return { start: at.start, end, insert: cut(yamlPairText(at.text, value, void 0, at.column, style)) };
}
function removeYamlPair(source, where, map, pair) {
  const pairs = map.items;
  const index = pairs.indexOf(pair);
  const at = keyInfo(source, pair);
  const next = pairs[index + 1];
  if (map.flow) {
    const previous = pairs[index - 1];
    const end2 = range(pair.value)?.[1] ?? at.start + at.text.length;
    if (previous) return { start: range(previous.value)?.[1] ?? keyInfo(source, previous).start, end: end2, insert: "" };
    if (next) return { start: at.start, end: keyInfo(source, next).start, insert: "" };
    const [mapStart, mapEnd] = map.range ?? [0, 0];
    return { start: mapStart + 1, end: source.lastIndexOf("}", mapEnd), insert: "" };
  }
  const end = blockPairEnd(source, pair);
  if (!/^[ ]*$/.test(source.slice(at.lineStart, at.start))) {
    if (!next) throw new EditTaskError(`${where}: cannot remove the only key of a list item; edit it by hand`);
    return { start: at.start, end: keyInfo(source, next).start, insert: "" };
  }
  if (source[end - 1] !== "\n" && at.lineStart > 0) return { start: at.lineStart - (source[at.lineStart - 2] === "\r" ? 2 : 1), end, insert: "" };
  return { start: at.lineStart, end, insert: "" };
}
function yamlIndentUnit(document, source) {
  const { isMap, isSeq } = yaml();
  let unit;
  const visit = (node) => {
    if (unit !== void 0) return;
    if (isSeq(node)) for (const item of node.items) visit(item);
    if (!isMap(node)) return;
    for (const pair of node.items) {
      const child = pair.value;
      const childKey = isMap(child) && !child.flow ? range(child.items[0]?.key) : void 0;
      const key = range(pair.key);
      if (childKey && key && column(source, childKey[0]) > column(source, key[0])) {
        unit = column(source, childKey[0]) - column(source, key[0]);
        return;
      }
      visit(child);
    }
  };
  visit(document.contents);
  return unit ?? 2;
}

// src/write/editLoopInText.ts
var BOM = "\uFEFF";
function editLoopInText(text, plan, options, waves) {
  const file = plan.file;
  const where = `${file}${plan.tag !== void 0 ? ` (tag ${plan.tag})` : ""}: metadata.waves`;
  const holder = plan.tags.length > 0 && plan.tag !== void 0 ? [plan.tag] : [];
  const value = waves === null ? null : JSON.parse(JSON.stringify(waves));
  const bom = text.startsWith(BOM) ? BOM : "";
  const source = text.slice(bom.length);
  const splice = isYamlFile(file) ? yamlSplice(source, where, holder, value) : jsonSplice(source, where, holder, value);
  if (!splice) return text;
  const result = bom + applySplice(source, splice);
  const reread = parseTasksText(result, file, { ...options, ...plan.tag !== void 0 ? { tag: plan.tag } : {} }).plan;
  const before = parseTasksText(text, file, { ...options, ...plan.tag !== void 0 ? { tag: plan.tag } : {} }).plan;
  const readBack = reread ? rawLoopRecord(reread) : void 0;
  if (!reread || !before || !(0, import_node_util3.isDeepStrictEqual)(readBack, value ?? {}) || !(0, import_node_util3.isDeepStrictEqual)(reread.tasks.map((task) => task.raw), before.tasks.map((task) => task.raw))) {
    throw new EditTaskError(`${where}: the edited file would not read back as asked; nothing was changed`);
  }
  return result;
}

// src/write/updateLoopRecord.ts
var LoopRecordError = class extends Error {
  name = "LoopRecordError";
};
async function updateLoopRecord(file, decide, options = {}) {
  let read;
  const shown = options.shown ?? file;
  const parseOptions = { ...readTaskMasterState(file), ...options.tag === void 0 ? {} : { tag: options.tag } };
  try {
    const changed = await updateFileLocked(file, (text) => {
      const parsed = parseTasksText(text, file, parseOptions);
      if (!parsed.plan) {
        const first = parsed.problems.find((problem) => problem.severity === "error");
        throw new LoopRecordError(`${shown}: the file cannot be read${first ? ` (${first.line !== void 0 ? `line ${first.line}: ` : ""}${first.message})` : ""}; run "waves validate ${shown}"; nothing was written`);
      }
      read = parsed.plan;
      const next = decide(parsed.plan);
      return next === void 0 ? text : editLoopInText(text, parsed.plan, parseOptions, next);
    });
    if (!read) throw new LoopRecordError(`${shown}: nothing was read`);
    return { plan: read, changed };
  } catch (error) {
    if (error instanceof LoopRecordError) throw error;
    throw new LoopRecordError(error.message.split(file).join(shown), { cause: error });
  }
}

export {
  LoopRecordError,
  updateLoopRecord
};
