import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import type { Document, Pair, YAMLMap } from 'yaml';
import { yaml } from '../sources/lazyLibraries.js';
import { isYamlFile } from '../sources/parseStructuredText.js';

/** A status edit that cannot be made without touching more than the status (or at all). */
export class EditStatusError extends Error {
  override name = 'EditStatusError';
}

/** The edited text, and the status value as it was written before (undefined when there was none). */
export interface StatusEdit {
  text: string;
  previous: unknown;
}

type JsonPath = readonly (string | number)[];

const BOM = '\uFEFF';

/**
 * Sets the `status` of the task object at `taskPath` (its JSON path inside the file), changing
 * only the bytes of that value: key order, unknown fields, indentation, line ends, a BOM,
 * YAML comments and quoting all stay as they were. A missing `status` is added after the
 * task's last field, written the way that field is. Pure; JSON or YAML is picked by file name.
 */
export function editStatusInText(text: string, file: string, taskPath: JsonPath, status: string): string {
  return editStatus(text, file, taskPath, status).text;
}

/** Same as {@link editStatusInText}, also returning the value that was replaced. */
export function editStatus(text: string, file: string, taskPath: JsonPath, status: string): StatusEdit {
  // Offsets below are into the text without its BOM, as the parsers see it.
  const bom = text.startsWith(BOM) ? BOM : '';
  const source = text.slice(bom.length);
  const edit = isYamlFile(file) ? editYaml(source, file, taskPath, status) : editJson(source, file, taskPath, status);
  const edited = source.slice(0, edit.start) + edit.insert + source.slice(edit.end);
  if (edited !== source) verify(edited, file, taskPath, status);
  return { text: bom + edited, previous: edit.previous };
}

/** Replace `source[start, end)` with `insert`. */
interface Splice {
  start: number;
  end: number;
  insert: string;
  previous: unknown;
}

function editJson(source: string, file: string, taskPath: JsonPath, status: string): Splice {
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0) throw new EditStatusError(`${file}: invalid JSON at offset ${errors[0]?.offset}; nothing was changed`);
  const task = root && findJsonNode(root, taskPath);
  if (!task || task.type !== 'object') throw notFound(file, taskPath);
  const properties = (task.children ?? []).filter((property) => property.children?.length === 2);
  // The last one wins, as in JSON.parse.
  const existing = properties.filter((property) => property.children?.[0]?.value === 'status').at(-1)?.children?.[1];
  const value = JSON.stringify(status);
  if (existing) return { start: existing.offset, end: existing.offset + existing.length, insert: value, previous: existing.value };

  const last = properties.at(-1);
  if (!last) return { start: task.offset + 1, end: task.offset + 1, insert: `"status": ${value}`, previous: undefined };
  const [key, lastValue] = last.children as [Node, Node];
  const colon = source.slice(key.offset + key.length, lastValue.offset);
  const before = properties.at(-2);
  const separator = before ? source.slice(before.offset + before.length, last.offset) : separatorBefore(source, last.offset, task.offset + 1, colon);
  const end = last.offset + last.length;
  return { start: end, end, insert: `${separator}"status"${colon}${value}`, previous: undefined };
}

/** Walks a JSON path through the syntax tree; for a repeated key the last one wins, as in JSON.parse. */
function findJsonNode(root: Node, path: JsonPath): Node | undefined {
  let node: Node | undefined = root;
  for (const segment of path) {
    if (!node?.children) return undefined;
    if (node.type === 'array' && typeof segment === 'number') node = node.children[segment];
    else if (node.type === 'object' && typeof segment === 'string') {
      node = node.children.filter((property) => property.children?.[0]?.value === segment && property.children.length === 2).at(-1)?.children?.[1];
    } else return undefined;
  }
  return node;
}

function editYaml(source: string, file: string, taskPath: JsonPath, status: string): Splice {
  const { isMap, isScalar, parseDocument } = yaml();
  const document = parseDocument(source, { uniqueKeys: false });
  if (document.errors.length > 0) throw new EditStatusError(`${file}: invalid YAML: ${document.errors[0]?.message.split('\n', 1)[0]}`);
  const task = document.getIn(taskPath, true);
  if (!isMap(task) || !task.range) throw notFound(file, taskPath);
  const pairs = task.items as Pair[];
  const pair = pairs.filter((item) => isScalar(item.key) && item.key.value === 'status').at(-1);
  if (pair) return replaceYamlValue(source, file, taskPath, pair, status, document);
  return insertYamlPair(source, task as YAMLMap, status);
}

function replaceYamlValue(source: string, file: string, taskPath: JsonPath, pair: Pair, status: string, document: Document): Splice {
  const { isAlias, isScalar, Scalar } = yaml();
  const node = pair.value;
  const where = `${file}: ${taskPath.join('.')}.status`;
  if (isAlias(node) && node.range) return { start: node.range[0], end: node.range[1], insert: yamlPlainOrQuoted(status), previous: node.resolve(document)?.toJSON() };
  if (!isScalar(node) || !node.range) throw new EditStatusError(`${where} is not a single value; set it by hand`);
  // Changing an anchored value would change every alias of it too.
  if (node.anchor) throw new EditStatusError(`${where} carries the YAML anchor &${node.anchor}; set it by hand`);
  const [start, end] = node.range;
  let insert: string;
  switch (node.type) {
    case Scalar.QUOTE_DOUBLE:
      insert = JSON.stringify(status);
      break;
    case Scalar.QUOTE_SINGLE:
      insert = `'${status.replaceAll("'", "''")}'`;
      break;
    case Scalar.BLOCK_FOLDED:
    case Scalar.BLOCK_LITERAL:
      // A block scalar's range ends with its line break; keep that break.
      insert = yamlPlainOrQuoted(status) + (/\r?\n$/.exec(source.slice(start, end))?.[0] ?? '');
      break;
    default:
      insert = yamlPlainOrQuoted(status);
      // `status:` with no value: the value needs a space after the colon.
      if (start === end && source[start - 1] === ':') insert = ` ${insert}`;
  }
  return { start, end, insert, previous: node.value };
}

function insertYamlPair(source: string, task: YAMLMap, status: string): Splice {
  const { isAlias, isScalar, Scalar } = yaml();
  const pairs = task.items as Pair[];
  const last = pairs.at(-1);
  const lastKey = last?.key;
  const keyRange = isScalar(lastKey) || isAlias(lastKey) ? lastKey.range : undefined;
  const quote = isScalar(lastKey) && lastKey.type === Scalar.QUOTE_DOUBLE ? '"' : isScalar(lastKey) && lastKey.type === Scalar.QUOTE_SINGLE ? "'" : '';
  const value = quote === '"' ? JSON.stringify(status) : quote === "'" ? `'${status.replaceAll("'", "''")}'` : yamlPlainOrQuoted(status);
  const [mapStart] = task.range as [number, number, number];
  if (!last || !keyRange) {
    if (!task.flow) throw new EditStatusError('cannot add a status to an empty block map');
    return { start: mapStart + 1, end: mapStart + 1, insert: `${quote}status${quote}: ${value}`, previous: undefined };
  }
  const valueNode = last.value as { range?: [number, number, number] } | null;
  const valueEnd = valueNode?.range?.[1] ?? keyRange[1];
  // Copy the last pair's `: ` unless it holds more than a colon and blanks (a tag, an anchor, a line break).
  const gap = valueNode?.range ? source.slice(keyRange[1], valueNode.range[0]) : '';
  const colon = /^[ \t]*:[ \t]*$/.test(gap) && (quote !== '' || /[ \t]$/.test(gap)) ? gap : ': ';
  const pairText = `${quote}status${quote}${colon}${value}`;

  if (task.flow) {
    const before = pairs.at(-2);
    const beforeEnd = (before?.value as { range?: [number, number, number] } | null)?.range?.[1];
    const separator = beforeEnd !== undefined ? source.slice(beforeEnd, keyRange[0]) : separatorBefore(source, keyRange[0], mapStart + 1, colon);
    return { start: valueEnd, end: valueEnd, insert: separator + pairText, previous: undefined };
  }

  // Block map: a new line after the line the last value ends on, at the last key's indentation.
  const lineStart = source.lastIndexOf('\n', keyRange[0] - 1) + 1;
  const lead = source.slice(lineStart, keyRange[0]);
  const indent = /^ *$/.test(lead) ? lead : ' '.repeat(keyRange[0] - lineStart);
  if (source[valueEnd - 1] === '\n') return { start: valueEnd, end: valueEnd, insert: `${indent}${pairText}${lineBreakBefore(source, valueEnd)}`, previous: undefined };
  const newline = source.indexOf('\n', valueEnd);
  if (newline === -1) return { start: source.length, end: source.length, insert: `${detectLineBreak(source)}${indent}${pairText}`, previous: undefined };
  return { start: newline + 1, end: newline + 1, insert: `${indent}${pairText}${lineBreakBefore(source, newline + 1)}`, previous: undefined };
}

/** A value written plain when YAML reads it back as the same string, else double-quoted. */
function yamlPlainOrQuoted(value: string): string {
  const plainSafe = /^[A-Za-z][A-Za-z0-9_-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(value);
  return plainSafe ? value : JSON.stringify(value);
}

/**
 * After the only entry of a map: `,` plus the whitespace between the opening brace and that entry
 * (`{\n    "id": 1` gives `,\n    `); for `{"id": 1}`, a space when the colon has one.
 */
function separatorBefore(source: string, entryStart: number, contentStart: number, colon: string): string {
  const gap = source.slice(contentStart, entryStart);
  if (!/^\s*$/.test(gap)) return ', ';
  return gap === '' && colon.endsWith(' ') ? ', ' : `,${gap}`;
}

/** The line break ending just before `offset` (which follows a `\n`). */
function lineBreakBefore(source: string, offset: number): string {
  return source[offset - 2] === '\r' ? '\r\n' : '\n';
}

/** The file's line break: that of its first line, else `\n`. */
function detectLineBreak(source: string): string {
  const newline = source.indexOf('\n');
  return newline > 0 && source[newline - 1] === '\r' ? '\r\n' : '\n';
}

function notFound(file: string, taskPath: JsonPath): EditStatusError {
  return new EditStatusError(`${file}: no task object at ${taskPath.join('.')}`);
}

/** Reads the edited text back: the task must now have exactly the new status. */
function verify(edited: string, file: string, taskPath: JsonPath, status: string): void {
  let task: unknown;
  try {
    if (isYamlFile(file)) {
      const { isMap, parseDocument } = yaml();
      const document = parseDocument(edited, { uniqueKeys: false });
      task = document.errors.length > 0 ? undefined : document.getIn(taskPath);
      task = isMap(task) ? task.toJSON() : task;
    } else {
      task = taskPath.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], JSON.parse(edited));
    }
  } catch {
    task = undefined;
  }
  const written = (task as { status?: unknown } | undefined)?.status;
  if (written !== status) throw new EditStatusError(`${file}: writing status "${status}" at ${taskPath.join('.')} would not read back as written; nothing was changed`);
}
