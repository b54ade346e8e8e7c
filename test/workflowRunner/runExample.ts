import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { startFakeGitHub } from '../helpers/fakeGitHub.js';
import { createGuardedOrigin } from './createGuardedOrigin.js';
import { readWorkflow, type Workflow } from './readWorkflow.js';
import { seedRepository } from './seedRepository.js';
import { type RunRecord, WorkflowRunner } from './WorkflowRunner.js';

/** What one example did on the seed. */
export interface ExampleOutcome {
  workflow: Workflow;
  runs: RunRecord[];
  /** Task id -> status in the tasks file on the origin's main at the end. */
  statuses: Map<string, string>;
  /** Task ids whose work file (work/<id>.md) is on the origin's main. */
  delivered: Set<string>;
  /** Every problem and failed step, in order. */
  problems: string[];
  failures: string[];
  /** The last plan step's all-done output. */
  allDone: boolean;
}

/** Options for one example run; `text` replaces the file's contents (mutation tests). */
export interface ExampleOptions {
  text?: string;
  /** Workflows installed beside it (default: other example files whose install name it mentions). */
  companions?: string[];
  /** Events to fire once the loop settled, e.g. a person's push to the tasks file. */
  afterwards?: (runner: WorkflowRunner) => void;
  maxRuns?: number;
}

const SECRETS = { ANTHROPIC_API_KEY: 'sk-ant-test', OPENAI_API_KEY: 'sk-openai-test', AGENT_API_KEY: 'agent-test' };

/** Installs an example (and its companions) in a fresh repository made from the seed and drives the loop from one workflow_dispatch until no run is left. */
export async function runExample(path: string, options: ExampleOptions = {}): Promise<ExampleOutcome> {
  const root = mkdtempSync(join(tmpdir(), 'waves-examples-'));
  const fake = await startFakeGitHub();
  let runner: WorkflowRunner | undefined;
  try {
    const text = options.text ?? readFileSync(path, 'utf8');
    const workflow = readWorkflow(path, text);
    const directory = join(path, '..');
    const companions = (options.companions ?? readdirSync(directory).filter((name) => /\.ya?ml$/.test(name) && join(directory, name) !== path).map((name) => join(directory, name)))
      .map((file) => readWorkflow(file))
      .filter((candidate) => candidate.installAs !== workflow.installAs && text.includes(candidate.installAs));
    const workflows = [workflow, ...companions];
    const origin = createGuardedOrigin(root, seedRepository(workflows.map((entry) => ({ installAs: entry.installAs, text: entry === workflow ? text : readFileSync(entry.path, 'utf8') }))));
    runner = await WorkflowRunner.start({ workflows, origin, fake, root, secrets: SECRETS, maxRuns: options.maxRuns ?? 60 });
    runner.trigger(workflow.installAs, 'workflow_dispatch');
    await runner.settle();
    if (options.afterwards) {
      options.afterwards(runner);
      await runner.settle();
    }
    const tasks = JSON.parse(execFileSync('git', ['show', 'main:.taskmaster/tasks/tasks.json'], { cwd: origin.path, encoding: 'utf8' })) as { master: { tasks: Array<{ id: number; status: string }> } };
    const files = execFileSync('git', ['ls-tree', '-r', '--name-only', 'main', '--', 'work'], { cwd: origin.path, encoding: 'utf8' }).split('\n').filter(Boolean);
    const runs = runner.runs;
    const planOutputs = runs.flatMap((run) => run.jobs.flatMap((job) => job.steps.filter((step) => step.outputs['all-done'] !== undefined).map((step) => step.outputs['all-done'])));
    return {
      workflow,
      runs,
      statuses: new Map(tasks.master.tasks.map((task) => [String(task.id), task.status])),
      delivered: new Set(files.map((file) => basename(file, '.md'))),
      problems: [...runner.problems, ...runs.flatMap((run) => run.problems)],
      failures: runs.flatMap((run) => run.failures),
      allDone: planOutputs.includes('true'),
    };
  } finally {
    await runner?.close();
    await fake.close();
    // A codex stand-in leaves .git read-only only while it runs; chmod back in case a run was killed.
    execFileSync('chmod', ['-R', 'u+w', root]);
    rmSync(root, { recursive: true, force: true });
  }
}

/** Counts for the summary line. */
export function countOutcome(outcome: ExampleOutcome): { runs: number; done: number; steps: number } {
  return { runs: outcome.runs.length, done: [...outcome.statuses.values()].filter((status) => status === 'done').length, steps: outcome.runs.reduce((sum, run) => sum + run.jobs.reduce((inner, job) => inner + job.steps.length, 0), 0) };
}
