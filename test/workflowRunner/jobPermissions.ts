/** A GITHUB_TOKEN's scopes: scope -> 'read' | 'write' (absent: none). */
export type Permissions = Record<string, 'read' | 'write'>;

const SCOPES = ['actions', 'attestations', 'checks', 'contents', 'deployments', 'discussions', 'id-token', 'issues', 'metadata', 'models', 'packages', 'pages', 'pull-requests', 'repository-projects', 'security-events', 'statuses'];

/**
 * The token a job gets, as GitHub computes it: the job's `permissions:` if it has one, else the
 * workflow's, else the repository default (here the restricted one: contents and packages read).
 * metadata: read is always granted. Throws an Error naming a scope or level GitHub does not have.
 */
export function jobPermissions(workflowLevel: unknown, jobLevel: unknown): Permissions {
  const declared = jobLevel !== undefined ? jobLevel : workflowLevel;
  if (declared === undefined || declared === null) return { contents: 'read', packages: 'read', metadata: 'read' };
  if (declared === 'read-all') return Object.fromEntries(SCOPES.filter((scope) => scope !== 'id-token').map((scope) => [scope, 'read'])) as Permissions;
  if (declared === 'write-all') return Object.fromEntries(SCOPES.map((scope) => [scope, 'write'])) as Permissions;
  if (typeof declared !== 'object' || Array.isArray(declared)) throw new Error(`permissions: ${JSON.stringify(declared)} is not read-all, write-all or a mapping`);
  const result: Permissions = { metadata: 'read' };
  for (const [scope, level] of Object.entries(declared as Record<string, unknown>)) {
    if (!SCOPES.includes(scope)) throw new Error(`permissions: '${scope}' is not a GITHUB_TOKEN scope (${SCOPES.join(', ')})`);
    if (level === 'none') continue;
    if (level !== 'read' && level !== 'write') throw new Error(`permissions: ${scope}: ${String(level)} is not read, write or none`);
    if (scope === 'id-token' && level === 'read') throw new Error('permissions: id-token can only be write or none');
    result[scope] = level;
  }
  return result;
}

/** Whether the token may act at `level` on `scope`. */
export function allows(permissions: Permissions, scope: string, level: 'read' | 'write'): boolean {
  const granted = permissions[scope];
  return granted === 'write' || (granted === 'read' && level === 'read');
}
