import { parse, type OperationDefinitionNode } from 'graphql';

/** The scope and level GitHub requires of a GITHUB_TOKEN for one request; undefined: none beyond metadata. */
export function requiredPermission(method: string, path: string, body: unknown): Array<{ scope: string; level: 'read' | 'write' }> {
  const read = method === 'GET' || method === 'HEAD';
  const level: 'read' | 'write' = read ? 'read' : 'write';
  if (path === '/graphql') return graphqlPermissions(body);
  const repo = /^\/repos\/[^/]+\/[^/]+(\/.*)?$/.exec(path);
  if (!repo) return [];
  const rest = repo[1] ?? '';
  if (/^\/(contents|git)\//.test(rest)) return [{ scope: 'contents', level }];
  if (/^\/actions\//.test(rest)) return [{ scope: 'actions', level }];
  if (/^\/pulls\/\d+\/merge$/.test(rest) && !read) return [{ scope: 'contents', level: 'write' }, { scope: 'pull-requests', level: 'write' }];
  if (/^\/pulls(\/|$)/.test(rest)) return [{ scope: 'pull-requests', level }];
  if (/^\/(issues|labels|milestones)(\/|$)/.test(rest)) return [{ scope: 'issues', level }];
  if (/^\/collaborators\//.test(rest)) return [];
  if (rest === '') return [];
  return [{ scope: 'contents', level }];
}

/** GraphQL: mutations on issues, labels and comments need issues: write, on pull requests pull-requests: write; reads need read. */
function graphqlPermissions(body: unknown): Array<{ scope: string; level: 'read' | 'write' }> {
  const query = (body as { query?: unknown } | undefined)?.query;
  if (typeof query !== 'string') return [];
  let document;
  try {
    document = parse(query);
  } catch {
    return []; // the fake answers the syntax error itself
  }
  const needed: Array<{ scope: string; level: 'read' | 'write' }> = [];
  for (const definition of document.definitions) {
    if (definition.kind !== 'OperationDefinition') continue;
    const operation = definition as OperationDefinitionNode;
    const names = operation.selectionSet.selections.flatMap((selection) => (selection.kind === 'Field' ? [selection.name.value] : []));
    if (operation.operation === 'mutation') {
      for (const name of names) {
        if (/pullrequest|automerge/i.test(name)) needed.push({ scope: 'pull-requests', level: 'write' }, ...(/merge/i.test(name) ? [{ scope: 'contents', level: 'write' as const }] : []));
        else needed.push({ scope: 'issues', level: 'write' });
      }
    } else {
      if (/\bpullRequests?\b/.test(query)) needed.push({ scope: 'pull-requests', level: 'read' });
      if (/\bissues?\s*[({]/.test(query)) needed.push({ scope: 'issues', level: 'read' });
    }
  }
  return needed;
}
