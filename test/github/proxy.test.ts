import { spawn } from 'node:child_process';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fakeGitHub.js';
import { githubEnv } from '../helpers/githubEnv.js';
import { createLabels, issuesInputs, TOKEN, workspace } from '../helpers/issuesSource.js';
import { CLI } from '../helpers/runCli.js';
import { runActionAsync } from '../helpers/runAction.js';

// A self-hosted runner behind a company proxy: GitHub's host name resolves only through the proxy.
// The proxy here is the only thing that knows HOST; without HTTP(S)_PROXY the client cannot reach it.

const HOST = 'github.proxied.test';

let fake: FakeGitHub | undefined;
let proxy: Server | undefined;
const made: string[] = [];
/** A runner workspace, removed after the test. */
const ws = () => {
  const directory = workspace();
  made.push(directory);
  return directory;
};
afterEach(async () => {
  for (const directory of made.splice(0)) rmSync(directory, { recursive: true, force: true });
  await fake?.close();
  fake = undefined;
  proxy?.closeAllConnections();
  await new Promise((resolve) => (proxy ? proxy.close(resolve) : resolve(undefined)));
  proxy = undefined;
});

/** An HTTP proxy on 127.0.0.1 (CONNECT tunnels and absolute-form requests) that maps HOST to the fake. */
async function startProxy(target: URL): Promise<{ url: string; seen: string[] }> {
  const seen: string[] = [];
  const port = Number(target.port);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/');
    seen.push(`${request.method} ${url.host}`);
    if (url.hostname !== HOST) {
      response.writeHead(502).end();
      return;
    }
    const upstream = httpRequest({ host: '127.0.0.1', port, method: request.method, path: url.pathname + url.search, headers: { ...request.headers, host: `127.0.0.1:${port}` } }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    });
    upstream.on('error', () => response.destroy());
    request.pipe(upstream);
  });
  server.on('connect', (request, socket, head) => {
    seen.push(`CONNECT ${request.url ?? ''}`);
    if (!(request.url ?? '').startsWith(`${HOST}:`)) {
      socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    const upstream = connect(port, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  proxy = server;
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

function cli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, NO_COLOR: '1', GITHUB_TOKEN: TOKEN, HTTP_PROXY: '', HTTPS_PROXY: '', http_proxy: '', https_proxy: '', NO_PROXY: '', no_proxy: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('through a proxy (HTTP_PROXY / HTTPS_PROXY / NO_PROXY)', () => {
  it('the CLI and the action plan and complete the issues source through the proxy alone', async () => {
    fake = await startFakeGitHub();
    await createLabels(fake);
    fake.addIssue({ number: 1, title: 'First', labels: ['wave-task'] });
    fake.addIssue({ number: 2, title: 'Second', labels: ['wave-task'], blockedBy: [1] });
    const real = new URL(fake.url);
    const apiUrl = `http://${HOST}:${real.port}${real.pathname.replace(/\/$/, '')}`;
    const { url: proxyUrl, seen } = await startProxy(real);
    const proxied = { GITHUB_API_URL: apiUrl, HTTP_PROXY: proxyUrl, HTTPS_PROXY: proxyUrl, NO_PROXY: 'example.com' };

    // Without the proxy the host name does not resolve: the proxy is what makes the rest work.
    const direct = await cli(['plan', '--source', 'issues', '--repo', 'octo-org/backlog', '--json'], { GITHUB_API_URL: apiUrl });
    expect(direct.code).not.toBe(0);
    expect(seen).toEqual([]);
    // NO_PROXY naming the host sends it direct, and so it fails too.
    expect((await cli(['plan', '--source', 'issues', '--repo', 'octo-org/backlog', '--json'], { ...proxied, NO_PROXY: HOST })).code).not.toBe(0);
    expect(seen).toEqual([]);

    const planned = await cli(['plan', '--source', 'issues', '--repo', 'octo-org/backlog', '--json'], proxied);
    expect(planned.code, planned.stderr).toBe(0);
    expect((JSON.parse(planned.stdout) as { dispatch: string[] }).dispatch).toEqual(['1']);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((entry) => entry.includes(HOST))).toBe(true);

    const runner = { ...githubEnv(20_100_000_321, fake), ...proxied };
    const plan = await runActionAsync(issuesInputs({ command: 'plan' }), ws(), 'workflow_dispatch', runner);
    expect(plan.code, plan.stdout).toBe(0);
    expect(plan.outputs.tasks).toBe('["1"]');
    const leg = await runActionAsync(issuesInputs({ command: 'complete', task: '1', result: 'success', next: 'none' }), ws(), 'workflow_dispatch', runner);
    expect(leg.code, leg.stdout).toBe(0);
    expect(fake.issue(1)?.state).toBe('closed');
    const after = seen.length;
    const next = await runActionAsync(issuesInputs({ command: 'plan' }), ws(), 'workflow_dispatch', runner);
    expect(next.outputs.tasks).toBe('["2"]');
    expect(seen.length).toBeGreaterThan(after);
  }, 120_000);
});
