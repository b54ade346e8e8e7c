import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fakeGitHub.js';
import { runAction, runActionAsync } from '../helpers/runAction.js';
import { createServedOrigin, type ServedOrigin } from '../helpers/servedOrigin.js';

const TASKS = 'tasks.json';
const origins: ServedOrigin[] = [];
let fake: FakeGitHub | undefined;
afterEach(async () => {
  for (const origin of origins.splice(0)) origin.remove();
  await fake?.close();
  fake = undefined;
});

const tasks = JSON.stringify({ master: { tasks: [1, 2].map((id) => ({ id, title: `Task ${id}`, status: 'pending', dependencies: [] })) } }, null, 2) + '\n';
const env = (origin: ServedOrigin, run: number, extra: Record<string, string> = {}) => ({ GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main', GITHUB_RUN_ID: String(run), GITHUB_SERVER_URL: origin.serverUrl, ...extra });

function setUp(files: Record<string, string> = {}): ServedOrigin {
  const origin = createServedOrigin('handOff', { [TASKS]: tasks, 'keep.txt': 'keep\n', 'change.txt': 'before\n', 'gone.txt': 'gone\n', 'old-name.txt': 'renamed content\n', 'tool.sh': 'echo tool\n', ...files });
  origins.push(origin);
  const plan = runAction({ command: 'plan', 'tasks-file': TASKS, next: 'none' }, origin.clone(), 'workflow_dispatch', env(origin, 100));
  expect(plan.code, plan.stdout).toBe(0);
  return origin;
}

/** The agent's job (run 100): checkout, prompt (base-sha), the agent's edits, then pack into a file. */
function agentJob(origin: ServedOrigin, task: string, edit: (workspace: string) => void, inputs: Record<string, string> = {}) {
  const workspace = origin.clone();
  const prompt = runAction({ command: 'prompt', 'tasks-file': TASKS, task }, workspace, 'workflow_dispatch', env(origin, 100));
  edit(workspace);
  const changeFile = join(origin.root, `artifact-${task}-${Math.random().toString(36).slice(2)}`, 'change.json');
  const pack = runAction({ command: 'pack', 'tasks-file': TASKS, task, result: 'success', 'base-sha': prompt.outputs['base-sha'] as string, 'change-file': changeFile, ...inputs }, workspace, 'workflow_dispatch', env(origin, 100));
  expect(pack.code, pack.stdout).toBe(0);
  expect(pack.outputs['artifact-name']).toBe(`waves-change-${task}`);
  return { pack, changeFile, workspace };
}

/** The delivery run (run 555): a fresh checkout, the downloaded file, complete. */
function deliveryRun(origin: ServedOrigin, task: string, changeFile: string, inputs: Record<string, string> = {}) {
  return runAction({ command: 'complete', 'tasks-file': TASKS, task, 'change-file': changeFile, 'claim-run-id': '100', next: 'none', ...inputs }, origin.clone(), 'workflow_dispatch', env(origin, 555));
}

const taskOnMain = (origin: ServedOrigin, id: number) => (JSON.parse(origin.git(['show', `main:${TASKS}`])).master.tasks as { id: number; status: string; metadata?: { waves?: Record<string, unknown> } }[]).find((task) => task.id === id)!;

describe('hand-off: pack in the agent job, deliver in a run of its own', () => {
  it('carries new, changed, deleted, renamed and executable files; drops the tasks file', () => {
    const origin = setUp();
    const { changeFile, pack } = agentJob(origin, '1', (workspace) => {
      writeFileSync(join(workspace, 'new.txt'), 'new\n');
      writeFileSync(join(workspace, 'change.txt'), 'after\n');
      rmSync(join(workspace, 'gone.txt'));
      renameSync(join(workspace, 'old-name.txt'), join(workspace, 'new-name.txt'));
      chmodSync(join(workspace, 'tool.sh'), 0o755);
      writeFileSync(join(workspace, TASKS), '{ "agent": "was here" }');
    });
    expect(pack.stdout).toMatch(/tasks\.json was left out of the change/);
    const packed = JSON.parse(readFileSync(changeFile, 'utf8'));
    expect(packed).toMatchObject({ format: 'wave-orchestrator/change@1', runId: '100', task: '1', result: 'success' });
    expect(packed.files.map((file: { path: string; kind: string }) => `${file.kind} ${file.path}`).sort()).toEqual(['delete gone.txt', 'delete old-name.txt', 'write change.txt', 'write new-name.txt', 'write new.txt', 'write tool.sh']);
    const delivery = deliveryRun(origin, '1', changeFile);
    expect(delivery.code, delivery.stdout).toBe(0);
    expect(taskOnMain(origin, 1)).toMatchObject({ status: 'done', metadata: { waves: { delivered: { mode: 'hand-off', changedFiles: 6 }, lastRun: `${origin.serverUrl}/octo-org/backlog/actions/runs/100` } } });
    const tree = origin.git(['ls-tree', 'main']);
    expect(tree).toMatch(/^100755 blob \S+\ttool\.sh$/m);
    expect(tree).not.toMatch(/gone\.txt|old-name\.txt/);
    expect(origin.git(['show', 'main:new-name.txt'])).toBe('renamed content\n');
    expect(origin.git(['show', 'main:change.txt'])).toBe('after\n');
    expect(origin.git(['log', '-1', '--format=%s', 'main'])).toMatch(/^waves: task 1 done, 6 files \(run 100\)/);
    expect(origin.git(['diff', '--find-renames', '--name-status', 'main~1', 'main'])).toMatch(/^R100\told-name\.txt\tnew-name\.txt$/m);
  });

  it('refuses binary files unless allow-binary, files over max-file-bytes, and anything under .github/', () => {
    const origin = setUp();
    const binary = agentJob(origin, '1', (workspace) => writeFileSync(join(workspace, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3])));
    expect(binary.pack.stdout).toMatch(/image\.png is a binary file/);
    const refused = deliveryRun(origin, '1', binary.changeFile);
    expect(refused.code, refused.stdout).toBe(0);
    expect(taskOnMain(origin, 1)).toMatchObject({ status: 'pending', metadata: { waves: { attempts: 1 } } });
    expect(taskOnMain(origin, 1).metadata?.waves?.lastError).toMatch(/image\.png is a binary file/);

    const origin2 = setUp();
    const allowed = agentJob(origin2, '1', (workspace) => writeFileSync(join(workspace, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3])), { 'allow-binary': 'true' });
    expect(deliveryRun(origin2, '1', allowed.changeFile, { 'allow-binary': 'true' }).code).toBe(0);
    expect(Buffer.from(origin2.git(['cat-file', '-p', 'main:image.png']), 'latin1').length).toBe(8);
    expect(taskOnMain(origin2, 1).status).toBe('done');

    const big = agentJob(origin2, '2', (workspace) => writeFileSync(join(workspace, 'big.txt'), 'x'.repeat(2000)), { 'max-file-bytes': '1000' });
    expect(big.pack.stdout).toMatch(/big\.txt is 2000 bytes, over the limit of 1000/);
    const bigDelivery = deliveryRun(origin2, '2', big.changeFile);
    expect(bigDelivery.code, bigDelivery.stdout).toBe(0);
    expect(taskOnMain(origin2, 2).metadata?.waves?.lastError).toMatch(/big\.txt is 2000 bytes/);
    expect(() => origin2.git(['show', 'main:big.txt'])).toThrow();
  });

  it('refuses .github/ in a hand-off, workflows or not', () => {
    const origin = setUp();
    const { changeFile } = agentJob(origin, '1', (workspace) => {
      writeFileSync(join(workspace, 'fine.txt'), 'fine\n');
      mkdirSync(join(workspace, '.github'));
      writeFileSync(join(workspace, '.github', 'CODEOWNERS'), '* @agent\n');
    });
    const delivery = deliveryRun(origin, '1', changeFile);
    expect(delivery.code, delivery.stdout).toBe(0);
    expect(taskOnMain(origin, 1).metadata?.waves?.lastError).toMatch(/\.github\/CODEOWNERS is under \.github\//);
    expect(() => origin.git(['show', 'main:fine.txt'])).toThrow();
  });

  it('the delivery re-checks the limits: a packed file edited to carry more is still refused', () => {
    const origin = setUp();
    const { changeFile } = agentJob(origin, '1', (workspace) => writeFileSync(join(workspace, 'fine.txt'), 'fine\n'));
    const packed = JSON.parse(readFileSync(changeFile, 'utf8'));
    packed.files.push({ path: '.github/workflows/evil.yml', kind: 'write', mode: '100644', content: Buffer.from('on: push\n').toString('base64') });
    packed.files.push({ path: TASKS, kind: 'write', mode: '100644', content: Buffer.from('{}').toString('base64') });
    writeFileSync(changeFile, JSON.stringify(packed));
    const delivery = deliveryRun(origin, '1', changeFile);
    expect(delivery.code, delivery.stdout).toBe(0);
    expect(taskOnMain(origin, 1).status).toBe('pending');
    expect(taskOnMain(origin, 1).metadata?.waves?.lastError).toMatch(/evil\.yml changes a workflow/);
  });

  it('refuses another task’s or another run’s change, and a run that does not hold the claim; nothing is written', () => {
    const origin = setUp();
    const { changeFile } = agentJob(origin, '1', (workspace) => writeFileSync(join(workspace, 'one.txt'), 'one\n'));
    const before = origin.git(['rev-parse', 'main']);
    const otherTask = deliveryRun(origin, '2', changeFile);
    expect(otherTask.code).toBe(1);
    expect(otherTask.stdout).toMatch(/::error::Refusing the hand-off: .*task is "1": this hand-off is for task 2, so the change belongs to another task/);
    const otherRun = deliveryRun(origin, '1', changeFile, { 'claim-run-id': '101' });
    expect(otherRun.code).toBe(1);
    expect(otherRun.stdout).toMatch(/runId is "100": this hand-off names run 101, so the change belongs to another run/);
    // A change forged to name run 101 still does not hold the claim: task 1 is claimed by run 100.
    writeFileSync(changeFile, readFileSync(changeFile, 'utf8').replace('"runId":"100"', '"runId":"101"'));
    const forged = deliveryRun(origin, '1', changeFile, { 'claim-run-id': '101' });
    expect(forged.code).toBe(1);
    expect(forged.stdout).toMatch(/Refusing the hand-off of task 1 from run 101: on main the task is in-progress, claimed by run 100/);
    expect(forged.stdout).not.toMatch(/\n\s+at /);
    expect(origin.git(['rev-parse', 'main'])).toBe(before);
  });

  it('hand-off dispatches the delivery run with the run id and the task as inputs', async () => {
    fake = await startFakeGitHub();
    fake.addWorkflow('orchestrator.yml', { inputs: ['waves-run', 'waves-task'] });
    const origin = setUp();
    // Not runAction: the fake answers from this process, which a synchronous child would block.
    const result = await runActionAsync({ command: 'hand-off', 'tasks-file': TASKS, task: '1', token: 'test-token' }, origin.clone(), 'workflow_dispatch', env(origin, 100, { GITHUB_API_URL: fake.url, GITHUB_WORKFLOW_REF: 'octo-org/backlog/.github/workflows/orchestrator.yml@refs/heads/main' }));
    expect(result.code, result.stdout).toBe(0);
    expect(fake.dispatches).toEqual([{ repository: 'octo-org/backlog', workflow: 'orchestrator.yml', ref: 'main', inputs: { 'waves-run': '100', 'waves-task': '1' } }]);
  });
});
