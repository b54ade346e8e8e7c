// Evaluates parsed expressions with GitHub's rules: loose equality that compares strings without
// case and converts mismatched types to numbers, `&&`/`||` returning an operand, null-safe property
// access. Stricter than GitHub where a silent '' would hide a broken workflow: a context, function
// or name the runner does not know is an error (see StrictObject), never an empty string.
import { type ExpressionNode, parseExpression, usesStatusFunction } from './parseExpression.js';

/**
 * An object whose missing keys are errors: `steps`, `needs`, `matrix`, `inputs`, declared outputs.
 * `missing(name)` says why the key is not there (e.g. "no step with id 'plna' before this step").
 */
export class StrictObject {
  constructor(
    readonly entries: Record<string, unknown>,
    readonly missing: (name: string) => string,
  ) {}
}

/** The job's status as the status functions see it. */
export interface StatusFunctions {
  success(): boolean;
  failure(): boolean;
  cancelled(): boolean;
}

/** Everything an expression may read. A context left out is an error when used. */
export interface ExpressionScope {
  contexts: Record<string, unknown>;
  status?: StatusFunctions;
}

const FUNCTIONS = new Set(['contains', 'startswith', 'endswith', 'format', 'join', 'tojson', 'fromjson', 'always', 'success', 'failure', 'cancelled']);

/** Evaluates one expression (the text inside `${{ }}`). Throws an Error naming what is wrong. */
export function evaluateExpression(source: string, scope: ExpressionScope, implicitSuccess = false): unknown {
  const node = parseExpression(source);
  checkFunctions(node, scope);
  if (implicitSuccess && !usesStatusFunction(node)) {
    if (!scope.status) throw new Error('status functions are not available here');
    if (!scope.status.success()) return false;
  }
  return evaluate(node, scope);
}

function checkFunctions(node: ExpressionNode, scope: ExpressionScope): void {
  switch (node.kind) {
    case 'call':
      if (!FUNCTIONS.has(node.name)) throw new Error(`the function ${node.name}() is not supported by the test runner`);
      if (['always', 'success', 'failure', 'cancelled'].includes(node.name) && !scope.status) throw new Error(`${node.name}() is only available in if: conditions`);
      node.args.forEach((arg) => checkFunctions(arg, scope));
      return;
    case 'property':
    case 'filter':
      return checkFunctions(node.object, scope);
    case 'index':
      checkFunctions(node.object, scope);
      return checkFunctions(node.index, scope);
    case 'not':
      return checkFunctions(node.operand, scope);
    case 'binary':
      checkFunctions(node.left, scope);
      return checkFunctions(node.right, scope);
    default:
      return;
  }
}

function evaluate(node: ExpressionNode, scope: ExpressionScope): unknown {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'context': {
      const key = Object.keys(scope.contexts).find((name) => name.toLowerCase() === node.name);
      if (key === undefined) throw new Error(`the context '${node.name}' is not available here (available: ${Object.keys(scope.contexts).join(', ')})`);
      return scope.contexts[key];
    }
    case 'property':
      return member(evaluate(node.object, scope), node.name, describe(node.object));
    case 'index': {
      const object = evaluate(node.object, scope);
      const index = evaluate(node.index, scope);
      if (Array.isArray(object) && typeof index === 'number') return object[index] ?? null;
      return member(object, toText(index), describe(node.object));
    }
    case 'filter': {
      const object = evaluate(node.object, scope);
      if (Array.isArray(object)) return object;
      if (object instanceof StrictObject) return Object.values(object.entries);
      if (object !== null && typeof object === 'object') return Object.values(object);
      return [];
    }
    case 'not':
      return !truthy(evaluate(node.operand, scope));
    case 'binary': {
      if (node.operator === '&&') {
        const left = evaluate(node.left, scope);
        return truthy(left) ? evaluate(node.right, scope) : left;
      }
      if (node.operator === '||') {
        const left = evaluate(node.left, scope);
        return truthy(left) ? left : evaluate(node.right, scope);
      }
      return compare(node.operator, evaluate(node.left, scope), evaluate(node.right, scope));
    }
    case 'call':
      return call(node.name, node.args, scope);
  }
}

function describe(node: ExpressionNode): string {
  switch (node.kind) {
    case 'context':
      return node.name;
    case 'property':
      return `${describe(node.object)}.${node.name}`;
    case 'index':
      return `${describe(node.object)}[…]`;
    case 'filter':
      return `${describe(node.object)}.*`;
    default:
      return 'value';
  }
}

function member(object: unknown, name: string, path: string): unknown {
  // A filter result (`labels.*.name`) maps the property over the array.
  if (Array.isArray(object)) return object.map((item) => (item !== null && typeof item === 'object' ? member(item, name, path) : null)).filter((value) => value !== null);
  if (object instanceof StrictObject) {
    const key = Object.keys(object.entries).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
    if (key === undefined) throw new Error(`${path}.${name}: ${object.missing(name)}`);
    return object.entries[key];
  }
  if (object === null || typeof object !== 'object') return null;
  const record = object as Record<string, unknown>;
  const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return key === undefined ? null : record[key];
}

function call(name: string, args: ExpressionNode[], scope: ExpressionScope): unknown {
  const arity = (min: number, max = min) => {
    if (args.length < min || args.length > max) throw new Error(`${name}() takes ${min === max ? min : `${min} to ${max}`} arguments, got ${args.length}`);
  };
  const values = () => args.map((arg) => evaluate(arg, scope));
  const status = scope.status as StatusFunctions;
  switch (name) {
    case 'always':
      arity(0);
      return true;
    case 'success':
      arity(0);
      return status.success();
    case 'failure':
      arity(0);
      return status.failure();
    case 'cancelled':
      arity(0);
      return status.cancelled();
    case 'contains': {
      arity(2);
      const [search, item] = values();
      if (Array.isArray(search)) return search.some((element) => looseEquals(element, item));
      return toText(search).toLowerCase().includes(toText(item).toLowerCase());
    }
    case 'startswith': {
      arity(2);
      const [text, prefix] = values();
      return toText(text).toLowerCase().startsWith(toText(prefix).toLowerCase());
    }
    case 'endswith': {
      arity(2);
      const [text, suffix] = values();
      return toText(text).toLowerCase().endsWith(toText(suffix).toLowerCase());
    }
    case 'format': {
      if (args.length < 1) throw new Error('format() needs a format string');
      const [format, ...rest] = values();
      return toText(format).replace(/\{\{|\}\}|\{(\d+)\}/g, (match, index?: string) => {
        if (match === '{{') return '{';
        if (match === '}}') return '}';
        if (Number(index) >= rest.length) throw new Error(`format(): {${index}} has no argument`);
        return toText(rest[Number(index)]);
      });
    }
    case 'join': {
      arity(1, 2);
      const [array, separator] = values();
      const glue = args.length === 2 ? toText(separator) : ',';
      return Array.isArray(array) ? array.map(toText).join(glue) : toText(array);
    }
    case 'tojson':
      arity(1);
      return JSON.stringify(plain(values()[0]), null, 2);
    case 'fromjson': {
      arity(1);
      const text = toText(values()[0]);
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw new Error(`fromJSON(): the value is not JSON: ${JSON.stringify(text.slice(0, 80))}`);
      }
    }
    default:
      throw new Error(`the function ${name}() is not supported by the test runner`);
  }
}

/** A StrictObject as the plain value toJSON shows. */
function plain(value: unknown): unknown {
  if (value instanceof StrictObject) return Object.fromEntries(Object.entries(value.entries).map(([key, entry]) => [key, plain(entry)]));
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, plain(entry)]));
  return value;
}

/** GitHub's truthiness: false, 0, -0, NaN, '' and null are false. */
export function truthy(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  if (typeof value === 'string') return value !== '';
  return true;
}

/** A value as text, the way `${{ }}` interpolation writes it. */
export function toText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  return JSON.stringify(plain(value), null, 2);
}

function toNumber(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (trimmed === '') return 0;
    return /^0x[0-9a-f]+$/i.test(trimmed) ? parseInt(trimmed, 16) : /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed) ? Number(trimmed) : NaN;
  }
  return NaN;
}

function looseEquals(left: unknown, right: unknown): boolean {
  const l = left === undefined ? null : left;
  const r = right === undefined ? null : right;
  if (typeof l === 'string' && typeof r === 'string') return l.toLowerCase() === r.toLowerCase();
  if (l === null || r === null) return l === r || (typeof (l ?? r) !== 'object' && toNumber(l) === toNumber(r));
  if (typeof l === 'object' || typeof r === 'object') return l === r;
  if (typeof l === typeof r) return l === r;
  return toNumber(l) === toNumber(r);
}

function compare(operator: '<' | '<=' | '>' | '>=' | '==' | '!=', left: unknown, right: unknown): boolean {
  if (operator === '==') return looseEquals(left, right);
  if (operator === '!=') return !looseEquals(left, right);
  let order: number;
  if (typeof left === 'string' && typeof right === 'string') {
    const a = left.toLowerCase();
    const b = right.toLowerCase();
    order = a < b ? -1 : a > b ? 1 : 0;
  } else {
    const a = toNumber(left);
    const b = toNumber(right);
    if (Number.isNaN(a) || Number.isNaN(b)) return false;
    order = a - b;
  }
  return operator === '<' ? order < 0 : operator === '<=' ? order <= 0 : operator === '>' ? order > 0 : order >= 0;
}

/**
 * Evaluates a YAML value that may hold `${{ }}`: a value that is one expression and nothing else
 * keeps its type (an object for `matrix:`), any other text gets each expression written in.
 */
export function evaluateTemplate(text: string, scope: ExpressionScope): unknown {
  const whole = /^\s*\$\{\{([\s\S]*?)\}\}\s*$/.exec(text);
  if (whole && !(whole[1] as string).includes('}}')) return evaluateExpression(whole[1] as string, scope);
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, inner: string) => toText(evaluateExpression(inner, scope)));
}

/** An `if:` value: an expression with or without `${{ }}`, with success() implied unless it calls a status function. */
export function evaluateCondition(condition: unknown, scope: ExpressionScope): boolean {
  if (typeof condition === 'boolean') return condition && (scope.status?.success() ?? true);
  if (typeof condition === 'number') return truthy(condition) && (scope.status?.success() ?? true);
  let text = String(condition).trim();
  const whole = /^\$\{\{([\s\S]*)\}\}$/.exec(text);
  if (whole && !(whole[1] as string).includes('${{')) text = whole[1] as string;
  else if (text.includes('${{')) {
    // `if: ${{ a }} && b` is text, not an expression: GitHub treats it as a non-empty string.
    throw new Error(`the if: value mixes \${{ }} with other text: ${text}`);
  }
  return truthy(evaluateExpression(text, scope, true));
}
