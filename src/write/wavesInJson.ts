import { isDeepStrictEqual } from 'node:util';
import { getNodeValue, parseTree, type Node, type ParseError } from 'jsonc-parser';
import type { TaskStatus } from '../core/model.js';
import { detectLineBreak, EditTaskError, expectedTask, unreadable, type Json, type JsonPath, type Splice } from './taskEditShared.js';

/** A splice inside one JSON task object, with that object as it was. */
export interface JsonSplice extends Splice {
  task: Node;
}

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

/** The splice that sets or removes `metadata.waves` on the JSON task at `taskPath`; undefined when nothing changes. */
export function jsonSplice(source: string, where: string, taskPath: JsonPath, waves: Json | null): JsonSplice | undefined {
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


/**
 * Reads the edited task object back. The splice lies inside it, so the bytes around it are as they
 * were: when the new object text is one JSON value, the file is valid JSON that differs there only.
 * Reading that object alone keeps a 1.5 MB file's check to the size of one task.
 */
/** Checks that the edited JSON task reads back exactly as asked. */
export function verifyJson(after: string, splice: JsonSplice, where: string, status: TaskStatus | undefined, waves: Json | null): void {
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
