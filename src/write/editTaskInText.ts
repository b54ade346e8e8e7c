import { isDeepStrictEqual } from 'node:util';
import { getNodeValue, parseTree, type Node, type ParseError } from 'jsonc-parser';
import { isAlias, isMap, isNode, isScalar, isSeq, parseDocument, Scalar, stringify, type Document, type Pair, type YAMLMap } from 'yaml';
import type { TaskStatus } from '../core/model.js';
import { isYamlFile } from '../sources/parseStructuredText.js';
import { editStatus } from './editStatusInText.js';

/** What to change on one task: its status, and/or its whole `metadata.waves` record (`null` removes it). */
export interface TaskEdit {
  status?: TaskStatus;
  waves?: Record<string, unknown> | null;
}

/** An edit that cannot be made without touching more than asked (or at all); nothing was changed. */
export class EditTaskError extends Error {
  override name = 'EditTaskError';
}

type JsonPath = readonly (string | number)[];
type Json = Record<string, unknown>;

/** Replace `source[start, end)` with `insert`. */
interface Splice {
  start: number;
  end: number;
  insert: string;
}

/** A splice inside one JSON task object, with that object as it was. */
interface JsonSplice extends Splice {
  task: Node;
}

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
    const result = apply(source, splice);
    verifyYaml(source, result, where, taskPath, change.status, waves);
    return bom + result;
  }
  const splice = jsonSplice(source, where, taskPath, waves);
  if (!splice) return edited;
  const result = apply(source, splice);
  verifyJson(result, splice, where, change.status, waves);
  return bom + result;
}

function apply(source: string, splice: Splice): string {
  return source.slice(0, splice.start) + splice.insert + source.slice(splice.end);
}

/** The task object as it should read after the edit (the metadata rule of editTaskInText). */
function expectedTask(task: unknown, status: TaskStatus | undefined, waves: Json | null): unknown {
  const copy = structuredClone(task) as Json;
  if (status !== undefined) copy.status = status;
  const metadata = copy.metadata;
  const isObject = metadata !== null && typeof metadata === 'object' && !Array.isArray(metadata);
  if (waves !== null) copy.metadata = isObject ? { ...(metadata as Json), waves } : { waves };
  else if (isObject && 'waves' in metadata) {
    delete (metadata as Json).waves;
    if (Object.keys(metadata).length === 0) delete copy.metadata;
  }
  return copy;
}

function unreadable(where: string): EditTaskError {
  return new EditTaskError(`${where}: the edited file would not read back as asked; nothing was changed`);
}

// ---------------------------------------------------------------- JSON

/** How a JSON object is written: one key a line (with its indentation) or on one line. */
interface JsonLayout {
  multiline: boolean;
  /** Indentation of the line holding the key whose value is rendered. */
  indent: string;
  unit: string;
  eol: string;
  colon: string;
  comma: string;
  /** A space inside braces of one-line objects (`{ "id": 1 }`). */
  pad: string;
}

function jsonSplice(source: string, where: string, taskPath: JsonPath, waves: Json | null): JsonSplice | undefined {
  const task = jsonTask(source, where, taskPath);
  const splice = jsonSpliceInTask(source, where, task, waves);
  return splice && { ...splice, task };
}

function jsonTask(source: string, where: string, taskPath: JsonPath): Node {
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0) throw new EditTaskError(`${where}: invalid JSON at offset ${errors[0]?.offset}; nothing was changed`);
  const task = root && findJsonNode(root, taskPath);
  if (task?.type !== 'object') throw new EditTaskError(`${where}: no task object there`);
  return task;
}

function jsonSpliceInTask(source: string, where: string, task: Node, waves: Json | null): Splice | undefined {
  const metadataProperty = lastProperty(task, 'metadata');
  const metadata = metadataProperty?.children?.[1];
  if (waves === null) {
    const wavesProperty = metadata?.type === 'object' ? lastProperty(metadata, 'waves') : undefined;
    if (!metadata || !wavesProperty) return undefined;
    const alone = properties(metadata).every((property) => property.children?.[0]?.value === 'waves');
    return alone ? removeJsonProperty(task, metadataProperty as Node) : removeJsonProperty(metadata, wavesProperty);
  }
  if (metadata?.type === 'object' && properties(metadata).length > 0) {
    const value = lastProperty(metadata, 'waves')?.children?.[1];
    if (!value) return insertJsonProperty(source, metadata, 'waves', waves);
    if (isDeepStrictEqual(getNodeValue(value), waves)) return undefined;
    return { start: value.offset, end: value.offset + value.length, insert: renderJson(waves, jsonLayout(source, metadata, lineIndent(source, value.offset))) };
  }
  if (!metadata) return insertJsonProperty(source, task, 'metadata', { waves });
  if (metadata.type !== 'null' && metadata.type !== 'object') throw new EditTaskError(`${where}: metadata is ${metadata.type === 'array' ? 'a list' : `a ${metadata.type}`}, not an object; fix it by hand`);
  // null or {}: the whole value is ours to write.
  return { start: metadata.offset, end: metadata.offset + metadata.length, insert: renderJson({ waves }, jsonLayout(source, task, lineIndent(source, metadata.offset))) };
}

function properties(object: Node): Node[] {
  return (object.children ?? []).filter((property) => property.children?.length === 2);
}

/** The last property with that key: the one JSON.parse keeps. */
function lastProperty(object: Node, key: string): Node | undefined {
  return properties(object).filter((property) => property.children?.[0]?.value === key).at(-1);
}

function findJsonNode(root: Node, path: JsonPath): Node | undefined {
  let node: Node | undefined = root;
  for (const segment of path) {
    if (node?.type === 'array' && typeof segment === 'number') node = node.children?.[segment];
    else if (node?.type === 'object' && typeof segment === 'string') node = lastProperty(node, segment)?.children?.[1];
    else return undefined;
  }
  return node;
}

/** A new last property, separated from the one before as that one is from its own predecessor. */
function insertJsonProperty(source: string, object: Node, key: string, value: Json): Splice {
  const all = properties(object);
  const last = all.at(-1);
  const layout = jsonLayout(source, object, '');
  if (!last) {
    const inner = `${layout.pad}${JSON.stringify(key)}${layout.colon}${renderJson(value, { ...layout, multiline: false })}${layout.pad}`;
    return { start: object.offset + 1, end: object.offset + object.length - 1, insert: inner };
  }
  const before = all.at(-2);
  const end = last.offset + last.length;
  const separator = before ? source.slice(before.offset + before.length, last.offset) : layout.multiline ? `,${source.slice(object.offset + 1, last.offset)}` : layout.comma;
  const indent = separator.slice(separator.lastIndexOf('\n') + 1);
  const rendered = renderJson(value, { ...layout, multiline: separator.includes('\n'), indent });
  return { start: end, end, insert: `${separator}${JSON.stringify(key)}${layout.colon}${rendered}` };
}

/** The exact inverse of insertJsonProperty for a last property; otherwise the property and one comma. */
function removeJsonProperty(object: Node, property: Node): Splice {
  const all = properties(object);
  const index = all.indexOf(property);
  const previous = all[index - 1];
  const next = all[index + 1];
  if (previous) return { start: previous.offset + previous.length, end: property.offset + property.length, insert: '' };
  if (next) return { start: property.offset, end: next.offset, insert: '' };
  return { start: object.offset + 1, end: object.offset + object.length - 1, insert: '' };
}

/** How `object` is written; `indent` is that of the line holding the key being written. */
function jsonLayout(source: string, object: Node, indent: string): JsonLayout {
  const all = properties(object);
  const first = all[0];
  const eol = detectLineBreak(source);
  const opening = first ? source.slice(object.offset + 1, first.offset) : '';
  const multiline = first ? opening.includes('\n') : /\n/.test(source.slice(object.offset, object.offset + object.length));
  const [key, value] = (first?.children ?? []) as (Node | undefined)[];
  const gap = key && value ? source.slice(key.offset + key.length, value.offset) : '';
  const colon = /^[ \t]*:[ \t]*$/.test(gap) ? gap : ': ';
  const second = all[1];
  const between = first && second ? source.slice(first.offset + first.length, second.offset) : '';
  const comma = /^[ \t]*,[ \t]*$/.test(between) ? between : colon.endsWith(' ') ? ', ' : ',';
  const objectIndent = lineIndent(source, object.offset);
  const firstIndent = first ? lineIndent(source, first.offset) : '';
  const unit = multiline && firstIndent.startsWith(objectIndent) && firstIndent.length > objectIndent.length ? firstIndent.slice(objectIndent.length) : fileIndentUnit(source);
  return { multiline, indent, unit, eol, colon, comma, pad: opening === ' ' ? ' ' : '' };
}

/** JSON text of `value` in `layout`: JSON.stringify's shape with the file's indentation, line ends and spacing. */
function renderJson(value: unknown, layout: JsonLayout): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const entries = Array.isArray(value) ? value.map((item) => ['', item] as const) : Object.entries(value);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) return open + close;
  const keyOf = (key: string) => (Array.isArray(value) ? '' : JSON.stringify(key) + layout.colon);
  if (!layout.multiline) {
    const pad = Array.isArray(value) ? '' : layout.pad;
    return open + pad + entries.map(([key, item]) => keyOf(key) + renderJson(item, layout)).join(layout.comma) + pad + close;
  }
  const inner = layout.indent + layout.unit;
  const lines = entries.map(([key, item]) => inner + keyOf(key) + renderJson(item, { ...layout, indent: inner }));
  return open + layout.eol + lines.join(',' + layout.eol) + layout.eol + layout.indent + close;
}

/** The blanks at the start of the line holding `offset`. */
function lineIndent(source: string, offset: number): string {
  const start = source.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(source.slice(start, offset))?.[0] ?? '';
}

/** The indentation of the file's first indented line (one level in JSON.stringify output), else two spaces. */
function fileIndentUnit(source: string): string {
  return /\n([ \t]+)\S/.exec(source)?.[1] ?? '  ';
}

function detectLineBreak(source: string): string {
  const newline = source.indexOf('\n');
  return newline > 0 && source[newline - 1] === '\r' ? '\r\n' : '\n';
}

/**
 * Reads the edited task object back. The splice lies inside it, so the bytes around it are as they
 * were: when the new object text is one JSON value, the file is valid JSON that differs there only.
 * Reading that object alone keeps a 1.5 MB file's check to the size of one task.
 */
function verifyJson(after: string, splice: JsonSplice, where: string, status: TaskStatus | undefined, waves: Json | null): void {
  const { task } = splice;
  const end = task.offset + task.length;
  if (splice.start <= task.offset || splice.end >= end) throw unreadable(where);
  let written: unknown;
  try {
    written = JSON.parse(after.slice(task.offset, end + splice.insert.length - (splice.end - splice.start)));
  } catch {
    throw unreadable(where);
  }
  if (!isDeepStrictEqual(written, expectedTask(getNodeValue(task), status, waves))) throw unreadable(where);
}

// ---------------------------------------------------------------- YAML

const YAML_OPTIONS = { lineWidth: 0 } as const;

function yamlSplice(source: string, where: string, taskPath: JsonPath, waves: Json | null): Splice | undefined {
  const document = parseDocument(source, { uniqueKeys: false });
  if (document.errors.length > 0) throw new EditTaskError(`${where}: invalid YAML: ${document.errors[0]?.message.split('\n', 1)[0]}`);
  const task = document.getIn(taskPath, true);
  if (!isMap(task) || !task.range) throw new EditTaskError(`${where}: no task object there`);
  const style = { eol: detectLineBreak(source), unit: yamlIndentUnit(document, source) };
  const metadataPair = lastPair(task, 'metadata');
  const metadata = metadataPair?.value;
  // Changing an anchored or aliased map would change its other uses too.
  if (isAlias(metadata) || (isNode(metadata) && metadata.anchor)) throw new EditTaskError(`${where}: metadata is a YAML anchor or alias; edit it by hand`);
  if (waves === null) {
    const wavesPair = isMap(metadata) ? lastPair(metadata, 'waves') : undefined;
    if (!isMap(metadata) || !wavesPair) return undefined;
    const alone = (metadata.items as Pair[]).every((pair) => isScalar(pair.key) && pair.key.value === 'waves');
    return alone ? removeYamlPair(source, where, task, metadataPair as Pair) : removeYamlPair(source, where, metadata, wavesPair);
  }
  if (isMap(metadata) && metadata.items.length > 0) {
    const wavesPair = lastPair(metadata, 'waves');
    if (!wavesPair) return insertYamlPair(source, metadata, 'waves', waves, style);
    if (isNode(wavesPair.value) && (wavesPair.value.anchor || isAlias(wavesPair.value))) throw new EditTaskError(`${where}: metadata.waves is a YAML anchor or alias; edit it by hand`);
    if (isDeepStrictEqual(toJson(wavesPair.value), waves)) return undefined;
    return replaceYamlPair(source, metadata, wavesPair, waves, style);
  }
  if (!metadataPair) return insertYamlPair(source, task, 'metadata', { waves }, style);
  if (!isMap(metadata) && !(isScalar(metadata) && metadata.value === null) && metadata !== null) throw new EditTaskError(`${where}: metadata is not a map; fix it by hand`);
  return replaceYamlPair(source, task, metadataPair, { waves }, style);
}

interface YamlStyle {
  eol: string;
  unit: number;
}

function lastPair(map: YAMLMap, key: string): Pair | undefined {
  return (map.items as Pair[]).filter((pair) => isScalar(pair.key) && pair.key.value === key).at(-1);
}

function toJson(node: unknown): unknown {
  return isNode(node) ? node.toJSON() : node;
}

function range(node: unknown): [number, number, number] | undefined {
  return isNode(node) ? (node.range ?? undefined) : undefined;
}

/** The column of `offset` in its line, from 0. */
function column(source: string, offset: number): number {
  return offset - (source.lastIndexOf('\n', offset - 1) + 1);
}

/** The pair as the file's text: the key as written, then the value in block style (keys at `indent` + one level) or in flow style. */
function yamlPairText(keyText: string, value: Json, flow: { pad: string } | undefined, indent: number, style: YamlStyle): string {
  if (flow) return `${keyText}: ${flowYaml(value, flow.pad)}`;
  if (Object.keys(value).length === 0) return `${keyText}: {}${style.eol}`;
  return `${keyText}:${style.eol}${blockYaml(value, indent + style.unit, style)}`;
}

/** A non-empty map in block style, every line at `indent` or deeper, each ending with the file's line break. */
function blockYaml(value: Json, indent: number, style: YamlStyle): string {
  const lines = stringify(value, { ...YAML_OPTIONS, indent: style.unit }).split('\n');
  if (lines.at(-1) === '') lines.pop();
  const prefix = ' '.repeat(indent);
  return lines.map((line) => (line === '' ? '' : prefix + line) + style.eol).join('');
}

/** A flow collection on one line; strings plain when unambiguous, else JSON-quoted (valid YAML). */
function flowYaml(value: unknown, pad: string): string {
  if (Array.isArray(value)) return `[${value.map((item) => flowYaml(item, pad)).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => `${flowScalar(key)}: ${flowYaml(item, pad)}`);
    return entries.length === 0 ? '{}' : `{${pad}${entries.join(', ')}${pad}}`;
  }
  return typeof value === 'string' ? flowScalar(value) : JSON.stringify(value);
}

function flowScalar(text: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(text) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(text);
  return plain ? text : JSON.stringify(text);
}

/** Where a block pair's text ends: after the line its value ends on. */
function blockPairEnd(source: string, pair: Pair): number {
  const end = range(pair.value)?.[1] ?? range(pair.key)?.[1] ?? 0;
  if (source[end - 1] === '\n') return end;
  const newline = source.indexOf('\n', end);
  return newline === -1 ? source.length : newline + 1;
}

function keyInfo(source: string, pair: Pair): { start: number; text: string; column: number; lineStart: number } {
  const [start, end] = range(pair.key) ?? [0, 0];
  return { start, text: source.slice(start, end), column: column(source, start), lineStart: start - column(source, start) };
}

function insertYamlPair(source: string, map: YAMLMap, key: string, value: Json, style: YamlStyle): Splice {
  const pairs = map.items as Pair[];
  const last = pairs.at(-1);
  const quote = isScalar(last?.key) && last.key.type === Scalar.QUOTE_DOUBLE ? '"' : '';
  const keyText = `${quote}${key}${quote}`;
  const [mapStart, mapEnd] = map.range ?? [0, 0];
  const pad = source[mapStart + 1] === ' ' ? ' ' : '';
  if (map.flow) {
    const text = yamlPairText(keyText, value, { pad }, 0, style);
    if (!last) return { start: mapStart + 1, end: source.lastIndexOf('}', mapEnd), insert: `${pad}${text}${pad}` };
    const before = pairs.at(-2);
    const lastKeyStart = keyInfo(source, last).start;
    const separator = before ? source.slice(range(before.value)?.[1] ?? range(before.key)?.[1] ?? 0, lastKeyStart) : ', ';
    const end = range(last.value)?.[1] ?? range(last.key)?.[1] ?? 0;
    return { start: end, end, insert: separator + text };
  }
  const at = keyInfo(source, last as Pair);
  const text = ' '.repeat(at.column) + yamlPairText(keyText, value, undefined, at.column, style);
  const end = blockPairEnd(source, last as Pair);
  // At the end of a file without a final line break: the break goes first.
  if (source[end - 1] !== '\n') return { start: end, end, insert: style.eol + text.slice(0, -style.eol.length) };
  return { start: end, end, insert: text };
}

function replaceYamlPair(source: string, map: YAMLMap, pair: Pair, value: Json, style: YamlStyle): Splice {
  const at = keyInfo(source, pair);
  if (map.flow) {
    const pad = source[(map.range ?? [0])[0] + 1] === ' ' ? ' ' : '';
    const end = range(pair.value)?.[1] ?? at.start + at.text.length;
    return { start: at.start, end, insert: yamlPairText(at.text, value, { pad }, 0, style) };
  }
  const end = blockPairEnd(source, pair);
  const cut = (text: string) => (source[end - 1] === '\n' ? text : text.slice(0, -style.eol.length));
  const old = pair.value;
  const oldStart = range(old)?.[0];
  if (isMap(old) && !old.flow && old.items.length > 0 && oldStart !== undefined && Object.keys(value).length > 0) {
    // A block map stays one, at its own indentation, after whatever follows the key on its line (a comment).
    const indent = column(source, oldStart);
    return { start: oldStart, end, insert: cut(blockYaml(value, indent, style).slice(indent)) };
  }
  return { start: at.start, end, insert: cut(yamlPairText(at.text, value, undefined, at.column, style)) };
}

/** The exact inverse of insertYamlPair for a last pair; otherwise the pair's lines (or the pair and one comma). */
function removeYamlPair(source: string, where: string, map: YAMLMap, pair: Pair): Splice {
  const pairs = map.items as Pair[];
  const index = pairs.indexOf(pair);
  const at = keyInfo(source, pair);
  const next = pairs[index + 1];
  if (map.flow) {
    const previous = pairs[index - 1];
    const end = range(pair.value)?.[1] ?? at.start + at.text.length;
    if (previous) return { start: range(previous.value)?.[1] ?? keyInfo(source, previous).start, end, insert: '' };
    if (next) return { start: at.start, end: keyInfo(source, next).start, insert: '' };
    const [mapStart, mapEnd] = map.range ?? [0, 0];
    return { start: mapStart + 1, end: source.lastIndexOf('}', mapEnd), insert: '' };
  }
  const end = blockPairEnd(source, pair);
  if (!/^[ ]*$/.test(source.slice(at.lineStart, at.start))) {
    // `- metadata:` opens a list item: keep the dash, let the next key take its place.
    if (!next) throw new EditTaskError(`${where}: cannot remove the only key of a list item; edit it by hand`);
    return { start: at.start, end: keyInfo(source, next).start, insert: '' };
  }
  if (source[end - 1] !== '\n' && at.lineStart > 0) return { start: at.lineStart - (source[at.lineStart - 2] === '\r' ? 2 : 1), end, insert: '' };
  return { start: at.lineStart, end, insert: '' };
}

/** Spaces per level: the first block map nested under a key shows it, else 2. */
function yamlIndentUnit(document: Document, source: string): number {
  let unit: number | undefined;
  const visit = (node: unknown): void => {
    if (unit !== undefined) return;
    if (isSeq(node)) for (const item of node.items) visit(item);
    if (!isMap(node)) return;
    for (const pair of node.items as Pair[]) {
      const child = pair.value;
      const childKey = isMap(child) && !child.flow ? range((child.items[0] as Pair | undefined)?.key) : undefined;
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

function verifyYaml(before: string, after: string, where: string, taskPath: JsonPath, status: TaskStatus | undefined, waves: Json | null): void {
  const read = (text: string): unknown => {
    const document = parseDocument(text, { uniqueKeys: false });
    if (document.errors.length > 0) throw unreadable(where);
    return document.toJS({ maxAliasCount: 1000 });
  };
  const expected = read(before) as Json;
  const parent = taskPath.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], expected) as Record<string | number, unknown>;
  const last = taskPath.at(-1) as string | number;
  parent[last] = expectedTask(parent[last], status, waves);
  // YAML is read in context: compare the whole document, not just the task.
  if (!isDeepStrictEqual(read(after), expected)) throw unreadable(where);
}
