// The GitHub Actions expression language (docs.github.com/actions/reference/evaluate-expressions):
// literals, context paths with `.name`, `['name']` and `.*`, function calls, and the operators
// `! < <= > >= == != && ||` with GitHub's precedence. Anything else is a parse error.

/** A parsed expression. */
export type ExpressionNode =
  | { kind: 'literal'; value: null | boolean | number | string }
  | { kind: 'context'; name: string }
  | { kind: 'property'; object: ExpressionNode; name: string }
  | { kind: 'index'; object: ExpressionNode; index: ExpressionNode }
  | { kind: 'filter'; object: ExpressionNode }
  | { kind: 'call'; name: string; args: ExpressionNode[] }
  | { kind: 'not'; operand: ExpressionNode }
  | { kind: 'binary'; operator: '<' | '<=' | '>' | '>=' | '==' | '!=' | '&&' | '||'; left: ExpressionNode; right: ExpressionNode };

type Token = { type: 'number' | 'string' | 'name' | 'punct'; text: string; value?: string | number };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < source.length) {
    const rest = source.slice(at);
    const space = /^\s+/.exec(rest);
    if (space) {
      at += space[0].length;
      continue;
    }
    const string = /^'((?:[^']|'')*)'/.exec(rest);
    if (string) {
      tokens.push({ type: 'string', text: string[0], value: (string[1] as string).replace(/''/g, "'") });
      at += string[0].length;
      continue;
    }
    const number = /^(?:0x[0-9a-f]+|-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)/i.exec(rest);
    if (number && !/^[A-Za-z_]/.test(rest)) {
      tokens.push({ type: 'number', text: number[0], value: Number(number[0]) });
      at += number[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(rest);
    if (name) {
      tokens.push({ type: 'name', text: name[0] });
      at += name[0].length;
      continue;
    }
    const punct = /^(?:<=|>=|==|!=|&&|\|\||[()[\].,!<>*])/.exec(rest);
    if (!punct) throw new Error(`unexpected character '${rest[0]}' at position ${at + 1} of \`${source}\``);
    tokens.push({ type: 'punct', text: punct[0] });
    at += punct[0].length;
  }
  return tokens;
}

/** Parses the text between `${{` and `}}` (or a whole `if:`). Throws an Error naming what it could not read. */
export function parseExpression(source: string): ExpressionNode {
  const tokens = tokenize(source);
  let position = 0;
  const peek = () => tokens[position];
  const take = (text?: string): Token => {
    const token = tokens[position];
    if (!token || (text !== undefined && token.text !== text)) throw new Error(`expected ${text ? `'${text}'` : 'more'} ${token ? `but found '${token.text}'` : 'at the end'} in \`${source}\``);
    position++;
    return token;
  };
  const isPunct = (text: string) => peek()?.type === 'punct' && peek()?.text === text;

  const binary = (operators: string[], next: () => ExpressionNode) => (): ExpressionNode => {
    let left = next();
    while (peek()?.type === 'punct' && operators.includes(peek()?.text as string)) {
      const operator = take().text as Extract<ExpressionNode, { kind: 'binary' }>['operator'];
      left = { kind: 'binary', operator, left, right: next() };
    }
    return left;
  };
  const primary = (): ExpressionNode => {
    const token = take();
    let node: ExpressionNode;
    if (token.type === 'number' || token.type === 'string') node = { kind: 'literal', value: token.value as string | number };
    else if (token.type === 'punct' && token.text === '(') {
      node = or();
      take(')');
    } else if (token.type === 'name') {
      const lower = token.text.toLowerCase();
      if (isPunct('(')) {
        take('(');
        const args: ExpressionNode[] = [];
        if (!isPunct(')')) {
          args.push(or());
          while (isPunct(',')) {
            take(',');
            args.push(or());
          }
        }
        take(')');
        node = { kind: 'call', name: lower, args };
      } else if (lower === 'true' || lower === 'false') node = { kind: 'literal', value: lower === 'true' };
      else if (lower === 'null') node = { kind: 'literal', value: null };
      else node = { kind: 'context', name: lower };
    } else throw new Error(`unexpected '${token.text}' in \`${source}\``);
    for (;;) {
      if (isPunct('.')) {
        take('.');
        if (isPunct('*')) {
          take('*');
          node = { kind: 'filter', object: node };
        } else {
          const name = take();
          if (name.type !== 'name') throw new Error(`expected a property name after '.' but found '${name.text}' in \`${source}\``);
          node = { kind: 'property', object: node, name: name.text };
        }
      } else if (isPunct('[')) {
        take('[');
        if (isPunct('*')) {
          take('*');
          node = { kind: 'filter', object: node };
        } else node = { kind: 'index', object: node, index: or() };
        take(']');
      } else return node;
    }
  };
  const unary = (): ExpressionNode => {
    if (isPunct('!')) {
      take('!');
      return { kind: 'not', operand: unary() };
    }
    return primary();
  };
  const comparison = binary(['<', '<=', '>', '>='], unary);
  const equality = binary(['==', '!='], comparison);
  const and = binary(['&&'], equality);
  const or = binary(['||'], and);
  const result = or();
  if (position < tokens.length) throw new Error(`unexpected '${tokens[position]?.text}' in \`${source}\``);
  return result;
}

/** Whether the expression calls one of the status functions (otherwise `if:` implies success()). */
export function usesStatusFunction(node: ExpressionNode): boolean {
  switch (node.kind) {
    case 'call':
      return ['always', 'success', 'failure', 'cancelled'].includes(node.name) || node.args.some(usesStatusFunction);
    case 'property':
    case 'filter':
      return usesStatusFunction(node.object);
    case 'index':
      return usesStatusFunction(node.object) || usesStatusFunction(node.index);
    case 'not':
      return usesStatusFunction(node.operand);
    case 'binary':
      return usesStatusFunction(node.left) || usesStatusFunction(node.right);
    default:
      return false;
  }
}
