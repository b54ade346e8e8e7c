import { isDeepStrictEqual } from 'node:util';
import type { Document, Pair, YAMLMap } from 'yaml';
import { yaml } from '../sources/lazyLibraries.js';
import type { TaskStatus } from '../core/model.js';
import { detectLineBreak, EditTaskError, expectedTask, unreadable, type Json, type JsonPath, type Splice } from './taskEditShared.js';


const YAML_OPTIONS = { lineWidth: 0 } as const;

/** The splice that sets or removes `metadata.waves` on the YAML task at `taskPath`; undefined when nothing changes. */
export function yamlSplice(source: string, where: string, taskPath: JsonPath, waves: Json | null): Splice | undefined {
  const { isAlias, isMap, isNode, isScalar, parseDocument } = yaml();
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
  const { isScalar } = yaml();
  return (map.items as Pair[]).filter((pair) => isScalar(pair.key) && pair.key.value === key).at(-1);
}

function toJson(node: unknown): unknown {
  const { isNode } = yaml();
  return isNode(node) ? node.toJSON() : node;
}

function range(node: unknown): [number, number, number] | undefined {
  const { isNode } = yaml();
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
  const { stringify } = yaml();
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
  const { isScalar, Scalar } = yaml();
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
  const { isMap } = yaml();
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
  const { isMap, isSeq } = yaml();
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

/** Checks that the edited YAML document reads back exactly as asked, everything else equal. */
export function verifyYaml(before: string, after: string, where: string, taskPath: JsonPath, status: TaskStatus | undefined, waves: Json | null): void {
  const { parseDocument } = yaml();
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
