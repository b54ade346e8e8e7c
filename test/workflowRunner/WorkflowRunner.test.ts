// The runner on small workflows written for each feature: real bash steps, a real origin, the
// fake GitHub behind the gate. Fast (no bundled action).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub } from '../helpers/fakeGitHub.js';
import { createGuardedOrigin } from './createGuardedOrigin.js';
import { readWorkflow } from './readWorkflow.js';
import { type RunnerOptions, WorkflowRunner } from './WorkflowRunner.js';

const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

/** Installs the workflows (file name -> text) in a fresh repository and starts the first one. */
async function run(files: Record<string, string>, options: Partial<RunnerOptions> & { event?: string; inputs?: Record<string, string> } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'waves-WorkflowRunner-'));
  cleanup.push(() => rmSync(root, { recursive: true, force: true }));
  const shared = join(root, 'shared');
  mkdirSync(shared);
  const fake = await startFakeGitHub();
  cleanup.push(() => fake.close());
  const workflows = Object.entries(files).map(([name, text]) => readWorkflow(join(root, name), text));
  const origin = createGuardedOrigin(root, { 'README.md': 'hello\n' });
  const runner = await WorkflowRunner.start({ workflows, origin, fake, root, vars: { SHARED: shared }, ...options });
  cleanup.push(() => runner.close());
  runner.trigger(workflows[0]!.installAs, options.event ?? 'workflow_dispatch', { inputs: options.inputs ?? {} });
  const runs = await runner.settle();
  return { runs, shared, origin, runner, fake };
}

const job = (record: Awaited<ReturnType<typeof run>>['runs'][number], name: string) => record.jobs.filter((entry) => entry.job === name);

describe('WorkflowRunner', () => {
  it('orders jobs by needs and carries GITHUB_OUTPUT, GITHUB_ENV and GITHUB_STEP_SUMMARY through steps and jobs', async () => {
    const { runs } = await run({
      'w.yml': `
on: workflow_dispatch
permissions: {}
env: { LEVEL: workflow }
jobs:
  second:
    needs: first
    runs-on: ubuntu-24.04
    steps:
      - run: echo "got=\${{ needs.first.outputs.value }} level=$LEVEL" >> "$GITHUB_STEP_SUMMARY"
  first:
    runs-on: ubuntu-24.04
    env: { LEVEL: job }
    outputs:
      value: \${{ steps.make.outputs.value }}
    steps:
      - id: make
        run: |
          echo "FROM_ENV=set by step one" >> "$GITHUB_ENV"
          { echo 'value<<EOF'; echo "two"; echo "lines"; echo 'EOF'; } >> "$GITHUB_OUTPUT"
      - run: test "$FROM_ENV" = "set by step one" && test "$LEVEL" = step
        env: { LEVEL: step }
`,
    });
    const [record] = runs;
    expect(record?.problems).toEqual([]);
    expect(record?.failures).toEqual([]);
    expect(record?.jobs.map((entry) => entry.job)).toEqual(['first', 'second']);
    expect(job(record!, 'second')[0]?.steps[0]?.summary).toBe('got=two\nlines level=workflow\n');
  });

  it('expands a matrix from an output, keeps max-parallel, and reads matrix values in with/env/name', async () => {
    const { runs, shared } = await run({
      'w.yml': `
on: workflow_dispatch
permissions: {}
jobs:
  plan:
    runs-on: ubuntu-24.04
    outputs: { matrix: '\${{ steps.m.outputs.matrix }}' }
    steps:
      - id: m
        run: echo 'matrix={"include":[{"task":"1"},{"task":"2"},{"task":"3"},{"task":"4"}]}' >> "$GITHUB_OUTPUT"
  legs:
    needs: plan
    name: leg \${{ matrix.task }}
    runs-on: ubuntu-24.04
    strategy:
      max-parallel: 2
      matrix: \${{ fromJSON(needs.plan.outputs.matrix) }}
    steps:
      - env: { TASK: '\${{ matrix.task }}', SHARED: '\${{ vars.SHARED }}' }
        run: |
          echo "start $(date +%s%N)" > "$SHARED/$TASK"
          sleep 0.4
          echo "end $(date +%s%N)" >> "$SHARED/$TASK"
`,
    });
    expect(runs[0]?.problems).toEqual([]);
    expect(job(runs[0]!, 'legs').map((entry) => entry.name).sort()).toEqual(['leg 1', 'leg 2', 'leg 3', 'leg 4']);
    const spans = readdirSync(shared).map((file) => readFileSync(join(shared, file), 'utf8').match(/\d+/g)!.map(Number) as [number, number]);
    const most = Math.max(...spans.map(([start]) => spans.filter(([from, to]) => from <= start && start < to).length));
    expect(most).toBe(2);
  });

  it('fail-fast cancels the other legs; fail-fast: false lets them finish; continue-on-error keeps the job green', async () => {
    const workflow = (failFast: boolean) => `
on: workflow_dispatch
permissions: {}
jobs:
  legs:
    runs-on: ubuntu-24.04
    strategy:
      fail-fast: ${failFast}
      matrix: { n: [1, 2] }
    steps:
      - run: if [ "\${{ matrix.n }}" = 1 ]; then exit 3; else sleep 3; fi
      - if: always()
        run: echo "status=\${{ job.status }}" >> "$GITHUB_STEP_SUMMARY"
  tolerant:
    runs-on: ubuntu-24.04
    steps:
      - id: flaky
        continue-on-error: true
        run: exit 1
      - run: test "\${{ steps.flaky.outcome }}/\${{ steps.flaky.conclusion }}" = failure/success
`;
    const fast = (await run({ 'w.yml': workflow(true) })).runs[0]!;
    expect(job(fast, 'legs').map((leg) => leg.result).sort()).toEqual(['cancelled', 'failure']);
    expect(job(fast, 'legs').map((leg) => leg.steps[1]?.summary).sort()).toEqual(['status=cancelled\n', 'status=failure\n']);
    expect(job(fast, 'tolerant')[0]?.result).toBe('success');
    const patient = (await run({ 'w.yml': workflow(false) })).runs[0]!;
    expect(job(patient, 'legs').map((leg) => leg.result).sort()).toEqual(['failure', 'success']);
  }, 30_000);

  it('step and job timeout-minutes stop the process; an always() step still runs after the job timed out', async () => {
    const { runs } = await run(
      {
        'w.yml': `
on: workflow_dispatch
permissions: {}
jobs:
  slow-step:
    runs-on: ubuntu-24.04
    steps:
      - timeout-minutes: 1
        run: sleep 20
      - if: failure()
        run: echo recorded >> "$GITHUB_STEP_SUMMARY"
  slow-job:
    runs-on: ubuntu-24.04
    timeout-minutes: 2
    steps:
      - run: sleep 20
      - if: always()
        run: echo "after \${{ job.status }}" >> "$GITHUB_STEP_SUMMARY"
`,
      },
      { minuteMs: 150 },
    );
    const [record] = runs;
    expect(job(record!, 'slow-step')[0]?.steps.map((step) => [step.outcome, step.summary])).toEqual([['failure', ''], ['success', 'recorded\n']]);
    expect(record?.failures[0]).toContain('(timed out)');
    expect(job(record!, 'slow-job')[0]?.result).toBe('cancelled');
    expect(job(record!, 'slow-job')[0]?.steps[1]?.summary).toBe('after cancelled\n');
    expect(record?.conclusion).toBe('failure');
  }, 30_000);

  it('job-level concurrency: one running, one pending, a newer pending job replaces the older one', async () => {
    const root = `
on: workflow_dispatch
permissions: {}
jobs:
  plan:
    runs-on: ubuntu-24.04
    concurrency: { group: '\${{ github.workflow }}-planner', cancel-in-progress: false }
    steps:
      - run: sleep 0.6
`;
    const { runner } = await run({ 'w.yml': root });
    runner.trigger('w.yml');
    runner.trigger('w.yml');
    runner.trigger('w.yml');
    const runs = await runner.settle();
    expect(runs.map((record) => record.conclusion)).toEqual(['success', 'success', 'cancelled', 'success']);
  }, 30_000);

  it('a token may only do what permissions: grants: 403 from the API and a refused push, each naming the step and the permissions line', async () => {
    const { runs } = await run({
      'w.yml': `
on: workflow_dispatch
permissions: {}
jobs:
  reader:
    runs-on: ubuntu-24.04
    permissions:
      contents: read
      issues: read
    steps:
      - uses: actions/checkout@v5
      - name: open an issue
        env: { TOKEN: '\${{ github.token }}' }
        run: |
          node -e "fetch(process.env.GITHUB_API_URL + '/repos/octo-org/backlog/issues', { method: 'POST', headers: { authorization: 'token ' + process.env.TOKEN }, body: JSON.stringify({ title: 'x' }) }).then((r) => process.exit(r.status === 403 ? 0 : 1))"
      - name: push
        run: |
          git -c user.name=a -c user.email=a@b commit --allow-empty -qm x
          git push -q origin HEAD:main
`,
    });
    const [record] = runs;
    expect(record?.problems).toEqual([
      "w.yml:12: POST /repos/octo-org/backlog/issues answered 403 Resource not accessible by integration: the job's token lacks issues: write (permissions at w.yml:7)",
      "w.yml:16: the origin refused a push: the job's token lacks contents: write (permissions at w.yml:7)",
    ]);
  }, 30_000);

  it('a push needs both contents: write and the credentials checkout persisted', async () => {
    const workflow = (persist: boolean) => `
on: workflow_dispatch
permissions: { contents: write }
jobs:
  writer:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v5
        with: { persist-credentials: ${persist} }
      - run: |
          git -c user.name=a -c user.email=a@b commit --allow-empty -qm pushed
          git push -q origin HEAD:main
`;
    const allowed = await run({ 'w.yml': workflow(true) });
    expect(allowed.runs[0]?.failures).toEqual([]);
    expect(execFileSync('git', ['log', '-1', '--format=%s', 'main'], { cwd: allowed.origin.path, encoding: 'utf8' }).trim()).toBe('pushed');
    const refused = await run({ 'w.yml': workflow(false) });
    expect(refused.runs[0]?.problems[0]).toContain('the origin refused a push made without the job\'s credentials');
  }, 30_000);

  it('workflow_dispatch from a step starts the named workflow with its inputs; artifacts cross runs with run-id and an actions: read token', async () => {
    const { runs } = await run({
      'first.yml': `
on: workflow_dispatch
permissions: {}
jobs:
  make:
    runs-on: ubuntu-24.04
    permissions: { actions: write }
    steps:
      - run: mkdir -p out && echo "made in $GITHUB_RUN_ID" > out/change.txt
      - uses: actions/upload-artifact@v4
        with: { name: change, path: out/ }
      - env: { TOKEN: '\${{ github.token }}' }
        run: |
          node -e "fetch(process.env.GITHUB_API_URL + '/repos/octo-org/backlog/actions/workflows/second.yml/dispatches', { method: 'POST', headers: { authorization: 'token ' + process.env.TOKEN }, body: JSON.stringify({ ref: 'main', inputs: { 'run-id': process.env.GITHUB_RUN_ID } }) }).then((r) => process.exit(r.status === 204 ? 0 : 1))"
`,
      'second.yml': `
on:
  workflow_dispatch:
    inputs:
      run-id: { required: true, type: string }
permissions: {}
jobs:
  take:
    runs-on: ubuntu-24.04
    permissions: { actions: read }
    steps:
      - uses: actions/download-artifact@v4
        with: { name: change, path: got, run-id: '\${{ inputs.run-id }}', github-token: '\${{ github.token }}' }
      - run: grep -q "made in \${{ inputs.run-id }}" got/change.txt
`,
    });
    expect(runs.map((record) => [record.workflow, record.actor, record.conclusion])).toEqual([
      ['first.yml', 'octocat', 'success'],
      ['second.yml', 'github-actions[bot]', 'success'],
    ]);
    expect(runs.flatMap((record) => [...record.problems, ...record.failures])).toEqual([]);
  }, 30_000);

  it('refuses what it does not implement, and with: keys or inputs the action metadata does not have, naming the line', async () => {
    expect(() => readWorkflow('w.yml', 'on: push\njobs:\n  a:\n    runs-on: x\n    services: {}\n    steps: [{ run: echo }]\n')).toThrow("w.yml:5: the job key 'services' is not supported by the test runner");
    expect(() => readWorkflow('w.yml', 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n        shell: pwsh\n')).toThrow('w.yml:7: shell: pwsh is not supported by the test runner (bash only)');
    expect(() => readWorkflow('w.yml', 'on: push\nconcurrency: x\njobs:\n  a:\n    runs-on: x\n    steps: [{ run: echo }]\n')).toThrow('w.yml:2: workflow-level concurrency is not supported by the test runner');
    const { runs } = await run({
      'w.yml': `
on: workflow_dispatch
permissions: {}
jobs:
  a:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v5
        with:
          fetch-deep: 0
  b:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/upload-artifact@v4
  c:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/cache@v4
  d:
    runs-on: ubuntu-24.04
    steps:
      - run: echo \${{ hashFiles('x') }}
`,
    });
    const problems = runs[0]!.problems;
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/^w\.yml:10: with: 'fetch-deep' is not an input of actions\/checkout@v5 \(actions\/checkout@v5 action\.yml \(commit fbc6f3992d24\) has: repository, ref, token, .*fetch-depth/);
    expect(problems.slice(1)).toEqual([
      "w.yml:14: actions/upload-artifact@v4 requires the input 'path' (actions/upload-artifact@v4 action.yml (commit ea165f8d65b6)), and with: does not give it",
      'w.yml:18: uses: actions/cache@v4: the test runner has no stand-in for actions/cache',
      'w.yml:22: the function hashfiles() is not supported by the test runner',
    ]);
  }, 30_000);
});
