import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { type FakeGitHub, startFakeGitHub } from '../helpers/fakeGitHub.js';
import { createGuardedOrigin, type GuardedOrigin } from './createGuardedOrigin.js';
import { readWorkflow, type Workflow } from './readWorkflow.js';
import { seedRepository, seedTasks } from './seedRepository.js';
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
  /** Skip the second part: a person adding task 300 (by a push, or a labelled issue) once the loop settled. */
  noAddedTask?: boolean;
  /** How the loop starts: the Run button (default), or a person's push adding task 300. */
  start?: 'workflow_dispatch' | 'push';
  maxRuns?: number;
  /** The test file's base name, for the temporary directory (waves-<name>-...). */
  testName?: string;
}

const SECRETS = { ANTHROPIC_API_KEY: 'sk-ant-test', OPENAI_API_KEY: 'sk-openai-test', AGENT_API_KEY: 'agent-test' };

/** Installs an example (and its companions) in a fresh repository made from the seed and drives the loop from one workflow_dispatch until no run is left. */
export async function runExample(path: string, options: ExampleOptions = {}): Promise<ExampleOutcome> {
  const root = mkdtempSync(join(tmpdir(), `waves-${options.testName ?? 'examples'}-`));
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
    const issues = /^\s*source:\s*issues\b/m.test(text);
    if (issues) seedIssues(fake);
    runner = await WorkflowRunner.start({ workflows, origin, fake, root, secrets: SECRETS, maxRuns: options.maxRuns ?? 150 });
    if (options.start === 'push') addTask(false, fake, origin, root, runner, workflow.installAs);
    else runner.trigger(workflow.installAs, 'workflow_dispatch');
    await runner.settle();
    if (!options.noAddedTask) {
      addTask(issues, fake, origin, root, runner, workflow.installAs);
      await runner.settle();
    }
    const tasks = issues
      ? { master: { tasks: fake.issues().filter((issue) => issue.labels.includes('wave-task')).map((issue) => ({ id: issue.number, status: issue.state === 'closed' ? (issue.stateReason === 'completed' ? 'done' : 'cancelled') : (issue.labels.find((label) => label.startsWith('status:'))?.slice('status:'.length) ?? 'pending') })) } }
      : (JSON.parse(execFileSync('git', ['show', 'main:.taskmaster/tasks/tasks.json'], { cwd: origin.path, encoding: 'utf8' })) as { master: { tasks: Array<{ id: number; status: string }> } });
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

/** The seed as GitHub issues, numbered by task id: done tasks closed as completed, dependencies as blocked-by links. */
function seedIssues(fake: FakeGitHub): void {
  for (const task of seedTasks()) {
    fake.addIssue({ number: task.id, title: task.title, body: task.description ?? '', labels: ['wave-task'], blockedBy: task.dependencies ?? [], ...(task.status === 'done' ? { state: 'closed' as const } : {}) });
  }
}

/**
 * A person adds task 300 the way the example expects: a labelled issue (issues source), or a push
 * of the tasks file, which starts the workflow if it listens to push (else the Run button).
 */
function addTask(issues: boolean, fake: FakeGitHub, origin: GuardedOrigin, root: string, runner: WorkflowRunner, installAs: string): void {
  if (issues) {
    fake.addIssue({ number: 300, title: 'Added by a person', labels: ['wave-task'] });
    runner.trigger(installAs, 'issues', { payload: { action: 'labeled', issue: { number: 300, title: 'Added by a person', labels: [{ name: 'wave-task' }] }, label: { name: 'wave-task' } } });
    return;
  }
  const clone = join(root, 'person');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: clone, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, WAVES_PUSH_TOKEN: 'person_token' } });
  execFileSync('git', ['clone', '--quiet', origin.path, clone]);
  const file = join(clone, '.taskmaster/tasks/tasks.json');
  const tasks = JSON.parse(readFileSync(file, 'utf8')) as { master: { tasks: unknown[] } };
  tasks.master.tasks.push({ id: 300, title: 'Added by a person', status: 'pending', priority: 'medium', dependencies: [] });
  writeFileSync(file, `${JSON.stringify(tasks, null, 2)}\n`);
  const before = git('rev-parse', 'HEAD').trim();
  git('-c', 'user.name=octocat', '-c', 'user.email=octocat@example.invalid', 'commit', '--quiet', '-am', 'Add task 300');
  origin.grant('person_token', { contents: 'write', workflows: 'write' });
  git('push', '--quiet', 'origin', 'main');
  origin.revoke('person_token');
  const after = git('rev-parse', 'HEAD').trim();
  const payload = { ref: 'refs/heads/main', before, after, pusher: { name: 'octocat' }, head_commit: { id: after, message: 'Add task 300' } };
  if (!runner.trigger(installAs, 'push', { payload, changedFiles: ['.taskmaster/tasks/tasks.json'] })) runner.trigger(installAs, 'workflow_dispatch');
}
