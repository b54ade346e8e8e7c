// A front for the fake GitHub (test/helpers/fakeGitHub.ts) that does what GitHub does with a job's
// GITHUB_TOKEN and that the fake itself does not: answer 403 "Resource not accessible by
// integration" to a call the token's permissions do not cover, 401 once the job has ended (the
// token is revoked), and turn an accepted workflow_dispatch into a queued run for the runner.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { allows, type Permissions } from './jobPermissions.js';
import { requiredPermission } from './requiredPermission.js';

/** Who holds a token: the job (and the leg) that was given it, with its scopes. */
export interface TokenHolder {
  label: string;
  permissions: Permissions;
  /** Calls refused with 403, for the runner to report against the step that made them. */
  denied: Array<{ method: string; path: string; needed: string }>;
}

/** A workflow_dispatch GitHub accepted. */
export interface GateDispatch {
  workflow: string;
  ref: string;
  inputs: Record<string, string>;
  /** The holder of the token that dispatched (GitHub makes github-actions[bot] the actor). */
  by: TokenHolder | undefined;
}

/** The gate: its URL replaces the fake's as GITHUB_API_URL. */
export interface GitHubGate {
  url: string;
  /** Issues a token for a job; it works until revoke(). */
  issue(label: string, permissions: Permissions): string;
  revoke(token: string): void;
  holder(token: string): TokenHolder | undefined;
  close(): Promise<void>;
}

const WRITE_ALL: Permissions = { actions: 'write', contents: 'write', issues: 'write', 'pull-requests': 'write', metadata: 'read' };

/** Starts the gate on 127.0.0.1 in front of `upstream` (the fake's url). `adminToken` is the test's own token with every scope. */
export async function startGitHubGate(upstream: string, onDispatch: (dispatch: GateDispatch) => void, adminToken: string): Promise<GitHubGate> {
  const holders = new Map<string, TokenHolder>([[adminToken, { label: 'test', permissions: WRITE_ALL, denied: [] }]]);
  const upstreamUrl = new URL(upstream);
  const prefix = upstreamUrl.pathname.replace(/\/+$/, '');
  const server = createServer((request, response) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const raw = Buffer.concat(chunks);
      const url = new URL(request.url ?? '/', 'http://gate.invalid');
      const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) || '/' : url.pathname;
      const method = request.method ?? 'GET';
      const token = /^(?:token|bearer)\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
      const reply = (status: number, body: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
        response.end(JSON.stringify(body));
      };
      const holder = token === undefined ? undefined : holders.get(token);
      if (token !== undefined && !holder) return reply(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
      let body: unknown;
      try {
        body = raw.length > 0 ? JSON.parse(raw.toString('utf8')) : undefined;
      } catch {
        body = undefined;
      }
      const graphqlPath = path === '/graphql' || url.pathname.endsWith('/graphql');
      if (holder) {
        const missing = requiredPermission(method, graphqlPath ? '/graphql' : path, body).filter(({ scope, level }) => !allows(holder.permissions, scope, level));
        if (missing.length > 0) {
          holder.denied.push({ method, path, needed: missing.map(({ scope, level }) => `${scope}: ${level}`).join(', ') });
          return reply(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' });
        }
      }
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers)) if (name !== 'host' && name !== 'content-length' && typeof value === 'string') headers[name] = value;
      const answer = await fetch(new URL(`${upstreamUrl.origin}${url.pathname}${url.search}`), { method, headers, ...(raw.length > 0 ? { body: raw } : {}) });
      const text = Buffer.from(await answer.arrayBuffer());
      const dispatch = /^\/repos\/[^/]+\/[^/]+\/actions\/workflows\/([^/]+)\/dispatches$/.exec(path);
      if (dispatch && method === 'POST' && answer.status < 300) {
        const input = body as { ref: string; inputs?: Record<string, unknown> };
        onDispatch({ workflow: decodeURIComponent(dispatch[1] as string), ref: input.ref, inputs: Object.fromEntries(Object.entries(input.inputs ?? {}).map(([name, value]) => [name, String(value)])), by: holder });
      }
      const out: Record<string, string> = {};
      answer.headers.forEach((value, name) => {
        if (name !== 'content-length' && name !== 'transfer-encoding' && name !== 'connection' && name !== 'content-encoding') out[name] = value;
      });
      response.writeHead(answer.status, out);
      response.end(text);
    })().catch((failure: unknown) => {
      if (!response.headersSent) response.writeHead(502, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: `gate failed: ${failure instanceof Error ? failure.message : String(failure)}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${prefix}`;
  return {
    url,
    issue(label, permissions) {
      const token = `ghs_${randomBytes(18).toString('hex')}`;
      holders.set(token, { label, permissions, denied: [] });
      return token;
    },
    revoke(token) {
      holders.delete(token);
    },
    holder: (token) => holders.get(token),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
