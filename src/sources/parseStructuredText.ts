import { findNodeAtLocation, parse as parseJsonc, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { yaml } from './lazyLibraries.js';
import type { Problem } from '../core/model.js';
import type { Locator } from './locateProblems.js';

/** Parsed data and a way to find where a JSON path sits in the text. */
export interface StructuredText {
  data: unknown;
  problems: Problem[];
  locator?: Locator;
}

/** True when the file name says YAML. */
export function isYamlFile(file: string): boolean {
  return /\.ya?ml$/i.test(file);
}

/** Parses JSON or YAML (by extension), reporting syntax errors with line and column. */
export function parseStructuredText(text: string, file: string): StructuredText {
  return isYamlFile(file) ? parseYaml(text, file) : parseJson(text, file);
}

function parseJson(text: string, file: string): StructuredText {
  try {
    const data: unknown = JSON.parse(text);
    return { data, problems: [], locator: jsonLocator(text) };
  } catch (error) {
    const errors: ParseError[] = [];
    parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const at = first ? lineColumn(text, first.offset) : undefined;
    const reason = first ? describeJsonError(printParseErrorCode(first.error)) : (error as Error).message;
    return {
      data: undefined,
      problems: [{
        severity: 'error',
        code: 'invalid-json',
        file,
        message: `invalid JSON${at ? ` at line ${at.line}, column ${at.column}` : ''}: ${reason}`,
        hint: 'fix the syntax (a missing comma or quote is the usual cause), then run waves validate',
        ...at,
      }],
    };
  }
}

function parseYaml(text: string, file: string): StructuredText {
  const { LineCounter, parseDocument, isNode } = yaml();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      data: undefined,
      problems: document.errors.map((error) => {
        const at = lineCounter.linePos(error.pos[0]);
        return {
          severity: 'error' as const,
          code: 'invalid-yaml',
          file,
          message: `invalid YAML at line ${at.line}, column ${at.col}: ${error.message.split('\n', 1)[0]}`,
          hint: 'fix the syntax (indentation is the usual cause), then run waves validate',
          line: at.line,
          column: at.col,
        };
      }),
    };
  }
  const locator: Locator = (path) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = document.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) {
        const at = lineCounter.linePos(node.range[0]);
        return { line: at.line, column: at.col };
      }
    }
    return undefined;
  };
  return { data: document.toJS({ maxAliasCount: 1000 }), problems: [], locator };
}

function jsonLocator(text: string): Locator {
  let tree: Node | undefined;
  return (path) => {
    tree ??= parseTree(text);
    if (!tree) return undefined;
    for (let depth = path.length; depth >= 0; depth--) {
      const node = findNodeAtLocation(tree, path.slice(0, depth));
      if (node) {
        // Point at the key of a property, where people look for it.
        const offset = node.parent?.type === 'property' ? node.parent.offset : node.offset;
        return lineColumn(text, offset);
      }
    }
    return undefined;
  };
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function describeJsonError(code: string): string {
  const words: Record<string, string> = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'malformed number',
    PropertyNameExpected: 'expected a property name in double quotes',
    ValueExpected: 'expected a value',
    ColonExpected: 'expected a colon',
    CommaExpected: 'expected a comma',
    CloseBraceExpected: 'expected a closing brace }',
    CloseBracketExpected: 'expected a closing bracket ]',
    EndOfFileExpected: 'unexpected text after the end of the JSON value',
    InvalidCommentToken: 'comments are not allowed in JSON',
    UnexpectedEndOfComment: 'unterminated comment',
    UnexpectedEndOfString: 'unterminated string',
    UnexpectedEndOfNumber: 'unterminated number',
    InvalidUnicode: 'invalid unicode escape',
    InvalidEscapeCharacter: 'invalid escape character',
    InvalidCharacter: 'invalid character in a string',
  };
  return words[code] ?? code;
}
