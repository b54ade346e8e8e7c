// A runner for the part of GitHub Actions our workflows use, for tests: runs start when triggered
// or dispatched (concurrently, as on GitHub), jobs in `needs` order, matrix legs up to
// max-parallel, steps in bash or as the action/stand-in they name. Every fault it finds in a
// workflow is a problem naming `file:line`; nothing it does not implement is skipped silently.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import picomatch from 'picomatch';
import type { FakeGitHub } from '../helpers/fakeGitHub.js';
import type { GuardedOrigin } from './createGuardedOrigin.js';
import { evaluateCondition, evaluateTemplate, type ExpressionScope, StrictObject, toText } from './evaluateExpression.js';
import { expandMatrix } from './expandMatrix.js';
import { jobPermissions, type Permissions } from './jobPermissions.js';
import { loadActionMetadata, type ActionMetadata } from './loadActionMetadata.js';
import { readFileCommands } from './readFileCommands.js';
import type { Workflow, WorkflowJob, WorkflowStep } from './readWorkflow.js';
import { downloadArtifact, uploadArtifact } from './runArtifactStep.js';
import { runCheckout } from './runCheckout.js';
import { runClaudeStandIn, runCodexStandIn } from './runAgentStandIn.js';
import { runProcess } from './runProcess.js';
import { type GateDispatch, type GitHubGate, startGitHubGate } from './startGitHubGate.js';
import type { StepContext, StepResult } from './stepContext.js';
import { WorkflowError } from './WorkflowError.js';

// WAVES_RUNNER_ACTION_ROOT runs another checkout's build of the action (to try a branch's examples).
const ACTION = join(process.env.WAVES_RUNNER_ACTION_ROOT ?? fileURLToPath(new URL('../../', import.meta.url)), 'dist/index.js');

type Result = 'success' | 'failure' | 'cancelled' | 'skipped';

/** One step as it ran. */
export interface StepRecord {
  where: string;
  name: string;
  outcome: Result;
  conclusion: Result;
  outputs: Record<string, string>;
  log: string;
  /** Wall-clock milliseconds the step took. */
  ms: number;
  /** What the step wrote to GITHUB_STEP_SUMMARY. */
  summary: string;
}

/** One job (or one matrix leg) as it ran. */
export interface JobRecord {
  job: string;
  name: string;
  matrix?: Record<string, unknown>;
  result: Result;
  steps: StepRecord[];
  outputs: Record<string, string>;
}

/** One workflow run. */
export interface RunRecord {
  id: number;
  workflow: string;
  event: string;
  actor: string;
  conclusion: Result;
  jobs: JobRecord[];
  /** Faults in the workflow the runner found (file:line: reason): expressions, inputs, permissions. */
  problems: string[];
  /** Steps that failed, with the tail of their log. */
  failures: string[];
}

/** How to set the runner up. */
export interface RunnerOptions {
  /** The workflows installed in the repository (their `installAs` names are what dispatch uses). */
  workflows: Workflow[];
  origin: GuardedOrigin;
  fake: FakeGitHub;
  /** A directory for workspaces and the artifact store; the test removes it. */
  root: string;
  repository?: string;
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
  /** Milliseconds per `timeout-minutes` minute (default 60000; tests shrink it). */
  minuteMs?: number;
  /** Safety stop: runs beyond this are not started and count as a problem (default 100). */
  maxRuns?: number;
  /** A person with write access (default octocat): the actor of runs the test starts. */
  user?: string;
  /**
   * Matrix keys a row may lack, read as '' as GitHub does (default: the keys our action's matrix
   * rows omit when a task has none: agent, complexity, resources). Any other key a row lacks is
   * an error: the legs read something the matrix does not carry.
   */
  optionalMatrixKeys?: string[];
}

interface Trigger {
  workflow: Workflow;
  event: string;
  payload: Record<string, unknown>;
  ref: string;
  actor: string;
  inputs: Record<string, string>;
}

interface RunState {
  record: RunRecord;
  trigger: Trigger;
  sha: string;
  cancelled: boolean;
  results: Map<string, { result: Result; outputs: Record<string, string> }>;
}

interface LegState {
  run: RunState;
  jobId: string;
  job: WorkflowJob;
  record: JobRecord;
  status: 'success' | 'failure' | 'cancelled';
  abort: AbortController;
  token: string;
  permissions: Permissions;
  matrix: Record<string, unknown> | undefined;
  strategy: Record<string, unknown>;
  needs: StrictObject;
}

interface GroupHolder {
  cancel: () => void;
}

/** Starts runs, and the runs they dispatch, until none is left. */
export class WorkflowRunner {
  readonly runs: RunRecord[] = [];
  private readonly active = new Set<Promise<void>>();
  private readonly groups = new Map<string, { running?: GroupHolder; pending?: { holder: GroupHolder; admit: (admitted: boolean) => void } }>();
  private nextRunId = 5001;
  private readonly repository: string;
  private readonly minuteMs: number;
  private readonly maxRuns: number;
  private readonly adminToken = 'ghs_test_admin_token';
  private gate!: GitHubGate;
  private readonly extraProblems: string[] = [];

  private constructor(readonly options: RunnerOptions) {
    this.repository = options.repository ?? 'octo-org/backlog';
    this.minuteMs = options.minuteMs ?? 60_000;
    this.maxRuns = options.maxRuns ?? 100;
  }

  /** A runner with its gate in front of the fake; each workflow is registered as dispatchable. */
  static async start(options: RunnerOptions): Promise<WorkflowRunner> {
    const runner = new WorkflowRunner(options);
    runner.gate = await startGitHubGate(options.fake.url, (dispatch) => runner.onDispatch(dispatch), runner.adminToken);
    for (const workflow of options.workflows) {
      const dispatch = workflow.on.workflow_dispatch as { inputs?: Record<string, unknown> } | null | undefined;
      if ('workflow_dispatch' in workflow.on) options.fake.addWorkflow(workflow.installAs, { inputs: Object.keys(dispatch?.inputs ?? {}) });
    }
    mkdirSync(join(options.root, 'artifacts'), { recursive: true });
    return runner;
  }

  /** The API URL steps get (the gate). */
  get apiUrl(): string {
    return this.gate.url;
  }

  /** Problems that belong to no run (a dispatch beyond maxRuns, a dispatch of an unknown workflow). */
  get problems(): string[] {
    return this.extraProblems;
  }

  /** Starts `workflow` for an event made by a person (default: workflow_dispatch on main by the test's user). */
  trigger(installAs: string, event = 'workflow_dispatch', options: { inputs?: Record<string, string>; payload?: Record<string, unknown>; ref?: string; changedFiles?: string[] } = {}): boolean {
    const workflow = this.options.workflows.find((candidate) => candidate.installAs === installAs);
    if (!workflow) throw new Error(`no workflow installed as ${installAs}`);
    const ref = options.ref ?? 'refs/heads/main';
    if (!this.listensTo(workflow, event, ref, options.payload ?? {}, options.changedFiles ?? [])) return false;
    this.start({ workflow, event, ref, actor: this.options.user ?? 'octocat', inputs: options.inputs ?? {}, payload: options.payload ?? {} });
    return true;
  }

  /** Waits until every run, and every run they started, has finished. */
  async settle(): Promise<RunRecord[]> {
    while (this.active.size > 0) await Promise.all([...this.active]);
    return this.runs;
  }

  async close(): Promise<void> {
    await this.gate.close();
  }

  /** Whether the workflow's `on:` takes this event (branch and path filters for push, types for issues). */
  private listensTo(workflow: Workflow, event: string, ref: string, payload: Record<string, unknown>, changed: string[]): boolean {
    if (!(event in workflow.on)) return false;
    const filter = (workflow.on[event] ?? {}) as { branches?: string[]; paths?: string[]; types?: string[] };
    if (filter.types && typeof payload.action === 'string' && !filter.types.includes(payload.action)) return false;
    if (event === 'push') {
      const branch = ref.replace(/^refs\/heads\//, '');
      if (filter.branches && !filter.branches.some((pattern) => picomatch(pattern)(branch))) return false;
      if (filter.paths && !changed.some((file) => filter.paths?.some((pattern) => picomatch(pattern, { dot: true })(file)))) return false;
    }
    return true;
  }

  private onDispatch(dispatch: GateDispatch): void {
    const workflow = this.options.workflows.find((candidate) => candidate.installAs === dispatch.workflow);
    if (!workflow) {
      this.extraProblems.push(`a step dispatched ${dispatch.workflow}, which is not among the installed workflows (${this.options.workflows.map((w) => w.installAs).join(', ')})`);
      return;
    }
    // A dispatch made with a GITHUB_TOKEN runs as github-actions[bot].
    const actor = dispatch.by && dispatch.by.label !== 'test' ? 'github-actions[bot]' : (this.options.user ?? 'octocat');
    this.start({ workflow, event: 'workflow_dispatch', ref: dispatch.ref.startsWith('refs/') ? dispatch.ref : `refs/heads/${dispatch.ref}`, actor, inputs: dispatch.inputs, payload: {} });
  }

  private start(trigger: Trigger): void {
    if (this.runs.length >= this.maxRuns) {
      if (!this.extraProblems.some((problem) => problem.startsWith('more than'))) this.extraProblems.push(`more than ${this.maxRuns} runs: the loop does not end`);
      return;
    }
    const id = this.nextRunId++;
    const record: RunRecord = { id, workflow: trigger.workflow.installAs, event: trigger.event, actor: trigger.actor, conclusion: 'success', jobs: [], problems: [], failures: [] };
    this.runs.push(record);
    const promise = this.execute({ record, trigger, sha: this.options.origin.head(trigger.ref.replace(/^refs\/heads\//, '')), cancelled: false, results: new Map() })
      .catch((error: unknown) => {
        record.problems.push(error instanceof WorkflowError ? error.message : `runner failure: ${error instanceof Error ? error.stack : String(error)}`);
        record.conclusion = 'failure';
      })
      .finally(() => this.active.delete(promise));
    this.active.add(promise);
  }

  private async execute(run: RunState): Promise<void> {
    const { workflow } = run.trigger;
    const { record } = run;
    this.options.fake.setRun({ id: record.id, status: 'in_progress', conclusion: null, repository: this.repository, workflow: workflow.installAs, branch: run.trigger.ref.replace(/^refs\/heads\//, '') });
    try {
      this.checkInputs(run);
      const order = this.jobOrder(workflow);
      const finished = new Map<string, Promise<void>>();
      for (const jobId of order) {
        const job = workflow.jobs[jobId] as WorkflowJob;
        const needs = typeof job.needs === 'string' ? [job.needs] : (job.needs ?? []);
        finished.set(
          jobId,
          Promise.all(needs.map((need) => finished.get(need))).then(() => this.runJob(run, jobId, job, needs)),
        );
      }
      await Promise.all(finished.values());
    } finally {
      const results = [...run.results.values()].map((entry) => entry.result);
      record.conclusion = record.problems.length > 0 || results.includes('failure') ? 'failure' : results.includes('cancelled') ? 'cancelled' : results.every((result) => result === 'skipped') ? 'skipped' : 'success';
      // What the run uploaded, as GET .../runs/{id}/artifacts lists it (the planner looks for hand-offs there).
      const uploaded = join(this.options.root, 'artifacts', String(record.id));
      const artifacts = existsSync(uploaded) ? readdirSync(uploaded) : [];
      this.options.fake.setRun({ id: record.id, status: 'completed', conclusion: record.conclusion, repository: this.repository, workflow: workflow.installAs, branch: run.trigger.ref.replace(/^refs\/heads\//, ''), artifacts });
    }
  }

  /** workflow_dispatch inputs: unknown ones were refused by the API already; required ones must be there. */
  private checkInputs(run: RunState): void {
    const declared = ((run.trigger.workflow.on.workflow_dispatch as { inputs?: Record<string, { required?: boolean; default?: unknown }> } | null) ?? {}).inputs ?? {};
    if (run.trigger.event !== 'workflow_dispatch') return;
    for (const [name, input] of Object.entries(declared)) {
      if (input.required && run.trigger.inputs[name] === undefined && input.default === undefined) throw new WorkflowError(run.trigger.workflow.where(['on', 'workflow_dispatch', 'inputs', name]), `the required input '${name}' was not given by the dispatch`);
    }
  }

  private jobOrder(workflow: Workflow): string[] {
    const order: string[] = [];
    const visiting = new Set<string>();
    const visit = (id: string, from: string[]) => {
      if (order.includes(id)) return;
      const job = workflow.jobs[id];
      if (!job) throw new WorkflowError(workflow.where(['jobs', from.at(-1) as string, 'needs']), `needs: '${id}' is not a job of this workflow`);
      if (visiting.has(id)) throw new WorkflowError(workflow.where(['jobs', id, 'needs']), `needs: a cycle through ${[...from, id].join(' -> ')}`);
      visiting.add(id);
      for (const need of typeof job.needs === 'string' ? [job.needs] : (job.needs ?? [])) visit(need, [...from, id]);
      visiting.delete(id);
      order.push(id);
    };
    for (const id of Object.keys(workflow.jobs)) visit(id, []);
    return order;
  }

  // ---- contexts ---------------------------------------------------------------------------

  private githubContext(run: RunState, jobId: string, token: string): Record<string, unknown> {
    const { trigger } = run;
    const [owner] = this.repository.split('/');
    const payload = this.eventPayload(run);
    return {
      event_name: trigger.event,
      event: payload,
      ref: trigger.ref,
      ref_name: trigger.ref.replace(/^refs\/heads\//, ''),
      ref_type: 'branch',
      sha: run.sha,
      repository: this.repository,
      repository_owner: owner,
      run_id: String(run.record.id),
      run_number: String(run.record.id - 5000),
      run_attempt: '1',
      actor: trigger.actor,
      triggering_actor: trigger.actor,
      workflow: trigger.workflow.name,
      workflow_ref: `${this.repository}/.github/workflows/${trigger.workflow.installAs}@${trigger.ref}`,
      job: jobId,
      token,
      server_url: this.options.origin.serverUrl,
      api_url: this.gate.url,
      graphql_url: `${this.gate.url}/graphql`,
      base_ref: '',
      head_ref: '',
      retention_days: '90',
    };
  }

  private eventPayload(run: RunState): Record<string, unknown> {
    const { trigger } = run;
    const [owner, name] = this.repository.split('/');
    const repository = { full_name: this.repository, name, owner: { login: owner, type: 'Organization' }, default_branch: 'main', private: true };
    const sender = { login: trigger.actor, type: trigger.actor.endsWith('[bot]') ? 'Bot' : 'User' };
    const base = trigger.event === 'workflow_dispatch' ? { inputs: trigger.inputs, ref: trigger.ref, workflow: `.github/workflows/${trigger.workflow.installAs}` } : {};
    return { ...base, repository, sender, ...trigger.payload };
  }

  private inputsContext(run: RunState): StrictObject {
    const declared = ((run.trigger.workflow.on.workflow_dispatch as { inputs?: Record<string, { default?: unknown; type?: string }> } | null) ?? {}).inputs ?? {};
    const values: Record<string, unknown> = {};
    for (const [name, input] of Object.entries(declared)) {
      const raw = run.trigger.event === 'workflow_dispatch' ? (run.trigger.inputs[name] ?? (input.default === undefined ? '' : String(input.default))) : null;
      values[name] = raw === null ? null : input.type === 'boolean' ? raw === 'true' : input.type === 'number' ? Number(raw) : raw;
    }
    return new StrictObject(values, () => `the workflow declares no such workflow_dispatch input (declared: ${Object.keys(declared).join(', ') || 'none'})`);
  }

  // ---- jobs -------------------------------------------------------------------------------

  private async runJob(run: RunState, jobId: string, job: WorkflowJob, needs: string[]): Promise<void> {
    const { workflow } = run.trigger;
    const needResults = needs.map((need) => run.results.get(need)?.result ?? 'skipped');
    const needsContext = new StrictObject(
      Object.fromEntries(
        needs.map((need) => {
          const declared = Object.keys((workflow.jobs[need] as WorkflowJob).outputs ?? {});
          const values = run.results.get(need)?.outputs ?? {};
          return [need, { result: run.results.get(need)?.result ?? 'skipped', outputs: new StrictObject(Object.fromEntries(declared.map((output) => [output, values[output] ?? ''])), () => `job '${need}' declares no such output (outputs: ${declared.join(', ') || 'none'})`) }];
        }),
      ),
      () => `not a job this job needs (needs: ${needs.join(', ') || 'none'})`,
    );
    const jobScope = (extra: Record<string, unknown> = {}): ExpressionScope => ({
      contexts: { github: this.githubContext(run, jobId, ''), needs: needsContext, vars: this.varsContext(), inputs: this.inputsContext(run), ...extra },
      status: { success: () => !run.cancelled && needResults.every((result) => result === 'success'), failure: () => needResults.includes('failure'), cancelled: () => run.cancelled },
    });
    const evaluateAt = <T>(path: Array<string | number>, compute: () => T): T => {
      try {
        return compute();
      } catch (error) {
        if (error instanceof WorkflowError) throw error;
        throw new WorkflowError(workflow.where(path), (error as Error).message);
      }
    };
    const record = (result: Result, name = jobId) => {
      run.results.set(jobId, { result, outputs: {} });
      run.record.jobs.push({ job: jobId, name, result, steps: [], outputs: {} });
    };
    if (!evaluateAt(['jobs', jobId, 'if'], () => evaluateCondition(job.if ?? 'success()', jobScope()))) return record('skipped');
    let permissions: Permissions;
    try {
      permissions = jobPermissions(workflow.permissions, job.permissions);
    } catch (error) {
      throw new WorkflowError(workflow.where(job.permissions !== undefined ? ['jobs', jobId, 'permissions'] : ['permissions']), (error as Error).message);
    }
    // Matrix.
    let rows: Array<Record<string, unknown> | undefined> = [undefined];
    const strategy = job.strategy ?? {};
    if (strategy.matrix !== undefined) {
      rows = evaluateAt(['jobs', jobId, 'strategy', 'matrix'], () => {
        const value = typeof strategy.matrix === 'string' ? evaluateTemplate(strategy.matrix, jobScope()) : resolveDeep(strategy.matrix, (text) => evaluateTemplate(text, jobScope()));
        return expandMatrix(value);
      });
    }
    const failFast = strategy['fail-fast'] === undefined ? true : toText(strategy['fail-fast']) !== 'false';
    const maxParallel = strategy['max-parallel'] === undefined ? rows.length : Number(evaluateAt(['jobs', jobId, 'strategy', 'max-parallel'], () => toText(typeof strategy['max-parallel'] === 'string' ? evaluateTemplate(strategy['max-parallel'], jobScope()) : strategy['max-parallel'])));
    if (!Number.isInteger(maxParallel) || maxParallel < 1) throw new WorkflowError(workflow.where(['jobs', jobId, 'strategy', 'max-parallel']), `max-parallel must be a positive whole number, not ${maxParallel}`);
    const legs: LegState[] = [];
    const outputs: Record<string, string> = {};
    let next = 0;
    let failedFast = false;
    const worker = async () => {
      while (next < rows.length) {
        const index = next++;
        const matrix = rows[index];
        const leg = await this.runLeg(run, jobId, job, permissions, matrix, { 'fail-fast': failFast, 'job-index': index, 'job-total': rows.length, 'max-parallel': maxParallel }, needsContext, failedFast, legs);
        Object.assign(outputs, leg.record.outputs);
        const continueOnError = toText(job['continue-on-error'] ?? false) === 'true';
        if (leg.record.result === 'failure' && failFast && !continueOnError) {
          failedFast = true;
          for (const other of legs) if (other !== leg) other.abort.abort();
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(maxParallel, rows.length) }, worker));
    const results = legs.map((leg) => leg.record.result);
    const continueOnError = toText(job['continue-on-error'] ?? false) === 'true';
    const result: Result = results.includes('failure') && !continueOnError ? 'failure' : results.includes('cancelled') ? 'cancelled' : results.every((r) => r === 'skipped') ? 'skipped' : 'success';
    run.results.set(jobId, { result, outputs });
  }

  private varsContext(): Record<string, string> {
    return { ...(this.options.vars ?? {}) };
  }

  /** One job, or one leg of a matrix job: token, concurrency group, steps, outputs. */
  private async runLeg(run: RunState, jobId: string, job: WorkflowJob, permissions: Permissions, matrix: Record<string, unknown> | undefined, strategy: Record<string, unknown>, needs: StrictObject, cancelledBeforeStart: boolean, legs: LegState[]): Promise<LegState> {
    const { workflow } = run.trigger;
    const optional = this.options.optionalMatrixKeys ?? ['agent', 'complexity', 'resources'];
    const matrixContext = new StrictObject({ ...Object.fromEntries(optional.map((key) => [key, ''])), ...(matrix ?? {}) }, (name) => (matrix ? `the matrix row has no key '${name}' (keys: ${Object.keys(matrix).join(', ')})` : 'this job has no matrix'));
    const label = `${workflow.installAs}#${run.record.id}/${jobId}${matrix ? ` (${Object.values(matrix).slice(0, 1).map(toText).join('')})` : ''}`;
    const token = this.gate.issue(label, permissions);
    this.options.origin.grant(token, permissions);
    const leg: LegState = { run, jobId, job, record: { job: jobId, name: jobId, ...(matrix ? { matrix } : {}), result: 'success', steps: [], outputs: {} }, status: 'success', abort: new AbortController(), token, permissions, matrix, strategy, needs };
    legs.push(leg);
    run.record.jobs.push(leg.record);
    const dir = join(this.options.root, 'runs', String(run.record.id), `${jobId}-${legs.length}`);
    const workspace = join(dir, 'workspace');
    for (const sub of ['workspace', 'temp', 'home']) mkdirSync(join(dir, sub), { recursive: true });
    const scope = (stepsContext: StrictObject | undefined, envContext: Record<string, string>): ExpressionScope => ({
      contexts: {
        github: this.githubContext(run, jobId, token),
        needs,
        matrix: matrixContext,
        strategy,
        vars: this.varsContext(),
        secrets: { GITHUB_TOKEN: token, ...(this.options.secrets ?? {}) },
        inputs: this.inputsContext(run),
        job: { status: leg.status, container: {}, services: {} },
        runner: { os: 'Linux', arch: 'X64', name: 'wave-orchestrator test runner', temp: join(dir, 'temp'), tool_cache: join(dir, 'temp') },
        env: envContext,
        ...(stepsContext ? { steps: stepsContext } : {}),
      },
      status: { success: () => leg.status === 'success', failure: () => leg.status === 'failure', cancelled: () => leg.status === 'cancelled' },
    });
    const at = <T>(path: Array<string | number>, compute: () => T): T => {
      try {
        return compute();
      } catch (error) {
        if (error instanceof WorkflowError) throw error;
        throw new WorkflowError(workflow.where(path), (error as Error).message);
      }
    };
    let holder: GroupHolder | undefined;
    let group: string | undefined;
    try {
      leg.record.name = job.name === undefined ? (matrix ? `${jobId} (${Object.values(matrix).map(toText).join(', ')})` : jobId) : toText(at(['jobs', jobId, 'name'], () => evaluateTemplate(job.name as string, scope(undefined, {}))));
      if (cancelledBeforeStart) {
        leg.record.result = 'cancelled';
        return leg;
      }
      // Job-level concurrency: one running and one pending per group; a newer pending job replaces the older.
      if (job.concurrency !== undefined) {
        const concurrency = (typeof job.concurrency === 'string' ? { group: job.concurrency } : job.concurrency) as { group: string; 'cancel-in-progress'?: unknown };
        group = toText(at(['jobs', jobId, 'concurrency', 'group'], () => evaluateTemplate(String(concurrency.group), scope(undefined, {}))));
        const cancelInProgress = toText(at(['jobs', jobId, 'concurrency', 'cancel-in-progress'], () => (typeof concurrency['cancel-in-progress'] === 'string' ? evaluateTemplate(concurrency['cancel-in-progress'], scope(undefined, {})) : (concurrency['cancel-in-progress'] ?? false)))) === 'true';
        holder = { cancel: () => leg.abort.abort() };
        if (!(await this.enterGroup(group, holder, cancelInProgress))) {
          holder = undefined;
          leg.record.result = 'cancelled';
          leg.status = 'cancelled';
          return leg;
        }
      }
      await this.runSteps(leg, workspace, dir, scope, at);
      leg.record.result = leg.status;
      return leg;
    } catch (error) {
      // A fault in the job's own keys (name, concurrency) fails this leg; siblings go on.
      if (!(error instanceof WorkflowError)) throw error;
      run.record.problems.push(error.message);
      leg.status = 'failure';
      leg.record.result = 'failure';
      return leg;
    } finally {
      this.gate.revoke(token);
      this.options.origin.revoke(token);
      if (group !== undefined && holder) this.leaveGroup(group, holder);
      try {
        rmSync(dir, { recursive: true, force: true });
      } catch {
        // a stand-in left something read-only: the test's root removal takes it
      }
    }
  }

  private enterGroup(group: string, holder: GroupHolder, cancelInProgress: boolean): Promise<boolean> {
    let state = this.groups.get(group);
    if (!state) this.groups.set(group, (state = {}));
    if (!state.running) {
      state.running = holder;
      return Promise.resolve(true);
    }
    if (cancelInProgress) state.running.cancel();
    state.pending?.admit(false);
    return new Promise((admit) => {
      (state as { pending?: unknown }).pending = { holder, admit };
    });
  }

  private leaveGroup(group: string, holder: GroupHolder): void {
    const state = this.groups.get(group);
    if (!state || state.running !== holder) return;
    state.running = undefined;
    const pending = state.pending;
    state.pending = undefined;
    if (pending) {
      state.running = pending.holder;
      pending.admit(true);
    }
  }

  // ---- steps ------------------------------------------------------------------------------

  private async runSteps(leg: LegState, workspace: string, dir: string, scope: (steps: StrictObject | undefined, env: Record<string, string>) => ExpressionScope, at: <T>(path: Array<string | number>, compute: () => T) => T): Promise<void> {
    const { run, jobId, job } = leg;
    const { workflow } = run.trigger;
    const steps: Record<string, unknown> = {};
    const stepIds = (job.steps ?? []).map((step) => step.id).filter(Boolean);
    const stepsContext = () => new StrictObject({ ...steps }, (name) => (stepIds.includes(name) ? `the step '${name}' has not run yet at this point` : `no step with id '${name}' in job '${jobId}' (ids: ${stepIds.join(', ') || 'none'})`));
    const jobTimeout = leg.job['timeout-minutes'] === undefined ? 360 : Number(leg.job['timeout-minutes']);
    const jobTimer = setTimeout(() => leg.abort.abort(), jobTimeout * this.minuteMs);
    const onAbort = () => {
      leg.status = 'cancelled';
    };
    leg.abort.signal.addEventListener('abort', onAbort);
    const githubEnv: Record<string, string> = {};
    const paths: string[] = [];
    try {
      for (const [index, step] of (job.steps ?? []).entries()) {
        const path = ['jobs', jobId, 'steps', index];
        const where = workflow.where(path);
        const name = step.name ?? (step.uses ? `Run ${step.uses}` : `Run ${String(step.run).split('\n')[0]}`);
        const stepRecord: StepRecord = { where, name, outcome: 'skipped', conclusion: 'skipped', outputs: {}, log: '', ms: 0, summary: '' };
        const startedAt = performance.now();
        leg.record.steps.push(stepRecord);
        const envContext = { ...githubEnv };
        const baseScope = () => scope(stepsContext(), envContext);
        let env: Record<string, string> = {};
        let run_ = false;
        try {
          run_ = at([...path, 'if'], () => evaluateCondition(step.if ?? 'success()', baseScope()));
          if (!run_) {
            if (step.id) steps[step.id] = { outcome: 'skipped', conclusion: 'skipped', outputs: this.outputsObject(step, {}, where) };
            continue;
          }
          env = { ...envValues(workflow.env, ['env'], at, baseScope), ...envValues(job.env, ['jobs', jobId, 'env'], at, baseScope), ...githubEnv };
          Object.assign(envContext, env);
          Object.assign(env, envValues(step.env, [...path, 'env'], at, () => scope(stepsContext(), { ...envContext })));
        } catch (error) {
          this.stepFailed(leg, stepRecord, step, steps, (error as Error).message, true);
          continue;
        }
        const files = { GITHUB_OUTPUT: join(dir, 'temp', `output-${index}`), GITHUB_ENV: join(dir, 'temp', `env-${index}`), GITHUB_PATH: join(dir, 'temp', `path-${index}`), GITHUB_STEP_SUMMARY: join(dir, 'temp', `summary-${index}`), GITHUB_STATE: join(dir, 'temp', `state-${index}`) };
        for (const file of Object.values(files)) writeFileSync(file, '');
        const eventPath = join(dir, 'temp', 'event.json');
        writeFileSync(eventPath, JSON.stringify(this.eventPayload(run)));
        const github = this.githubContext(run, jobId, leg.token);
        const processEnv: Record<string, string> = {
          PATH: [...paths, process.env.PATH ?? ''].join(':'),
          HOME: join(dir, 'home'),
          LANG: 'C.UTF-8',
          CI: 'true',
          GITHUB_ACTIONS: 'true',
          GITHUB_WORKSPACE: workspace,
          GITHUB_REPOSITORY: this.repository,
          GITHUB_REPOSITORY_OWNER: github.repository_owner as string,
          GITHUB_RUN_ID: String(run.record.id),
          GITHUB_RUN_NUMBER: github.run_number as string,
          GITHUB_RUN_ATTEMPT: '1',
          GITHUB_REF: run.trigger.ref,
          GITHUB_REF_NAME: github.ref_name as string,
          GITHUB_REF_TYPE: 'branch',
          GITHUB_SHA: run.sha,
          GITHUB_EVENT_NAME: run.trigger.event,
          GITHUB_EVENT_PATH: eventPath,
          GITHUB_WORKFLOW: workflow.name,
          GITHUB_WORKFLOW_REF: github.workflow_ref as string,
          GITHUB_JOB: jobId,
          GITHUB_ACTOR: run.trigger.actor,
          GITHUB_TRIGGERING_ACTOR: run.trigger.actor,
          GITHUB_SERVER_URL: this.options.origin.serverUrl,
          GITHUB_API_URL: this.gate.url,
          GITHUB_GRAPHQL_URL: `${this.gate.url}/graphql`,
          RUNNER_TEMP: join(dir, 'temp'),
          // What steps make in the system temp directory is removed with the leg.
          TMPDIR: join(dir, 'temp'),
          RUNNER_OS: 'Linux',
          RUNNER_ARCH: 'X64',
          ...files,
          ...env,
        };
        const stepTimeout = step['timeout-minutes'] === undefined ? undefined : Number(at([...path, 'timeout-minutes'], () => toText(typeof step['timeout-minutes'] === 'string' ? evaluateTemplate(step['timeout-minutes'], baseScope()) : step['timeout-minutes']))) * this.minuteMs;
        const deniedBefore = this.gate.holder(leg.token)?.denied.length ?? 0;
        let result: StepResult;
        try {
          // A step that runs after the job was cancelled (if: always() or cancelled()) runs to its end.
          const signal = leg.abort.signal.aborted ? new AbortController().signal : leg.abort.signal;
          result = step.uses !== undefined ? await this.runUses(leg, step, path, processEnv, workspace, stepTimeout, signal, baseScope, at) : await this.runShell(step, path, processEnv, workspace, stepTimeout, signal, at, baseScope);
        } catch (error) {
          this.stepFailed(leg, stepRecord, step, steps, (error as Error).message, true);
          continue;
        }
        // File commands.
        let outputs: Record<string, string> = {};
        try {
          outputs = readFileCommands(files.GITHUB_OUTPUT);
          Object.assign(outputs, result.outputs);
          Object.assign(githubEnv, readFileCommands(files.GITHUB_ENV));
        } catch (error) {
          result = { ...result, outcome: 'failure', log: `${result.log}\n${(error as Error).message}` };
        }
        paths.unshift(...readFileCommandsPath(files.GITHUB_PATH));
        this.reportDenials(leg, where, deniedBefore, result.log);
        stepRecord.log = result.log;
        stepRecord.outputs = outputs;
        stepRecord.ms = Math.round(performance.now() - startedAt);
        stepRecord.summary = readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8');
        const continueOnError = toText(step['continue-on-error'] ?? false) === 'true';
        stepRecord.outcome = result.cancelled ? 'cancelled' : result.outcome;
        stepRecord.conclusion = stepRecord.outcome === 'failure' && continueOnError ? 'success' : stepRecord.outcome;
        if (step.id) steps[step.id] = { outcome: stepRecord.outcome, conclusion: stepRecord.conclusion, outputs: this.outputsObject(step, outputs, where) };
        if (stepRecord.conclusion === 'failure') {
          leg.status = leg.status === 'cancelled' ? 'cancelled' : 'failure';
          run.record.failures.push(`${where}: step '${name}' of ${leg.record.name} failed${result.timedOut ? ' (timed out)' : ''} in run ${run.record.id}, started by the ${run.trigger.event} trigger at ${workflow.where(['on', run.trigger.event])}:\n${tail(result.log)}`);
        }
      }
      // Job outputs.
      for (const [output, expression] of Object.entries(job.outputs ?? {})) {
        try {
          leg.record.outputs[output] = toText(at(['jobs', jobId, 'outputs', output], () => evaluateTemplate(String(expression), scope(stepsContext(), {}))));
        } catch (error) {
          run.record.problems.push((error as Error).message);
          leg.status = 'failure';
        }
      }
    } finally {
      clearTimeout(jobTimer);
      leg.abort.signal.removeEventListener('abort', onAbort);
    }
  }

  /** steps.<id>.outputs: strict for actions (their metadata lists outputs), free for run: steps. */
  private outputsObject(step: WorkflowStep, outputs: Record<string, string>, where: string): unknown {
    if (step.uses === undefined) return { ...outputs };
    let metadata: ActionMetadata;
    try {
      metadata = loadActionMetadata(step.uses);
    } catch {
      return { ...outputs };
    }
    return new StrictObject(Object.fromEntries(metadata.outputs.map((name) => [name, outputs[name] ?? ''])), () => `${step.uses} has no such output (${metadata.source} lists: ${metadata.outputs.join(', ') || 'none'}); step at ${where}`);
  }

  private stepFailed(leg: LegState, record: StepRecord, step: WorkflowStep, steps: Record<string, unknown>, message: string, problem: boolean): void {
    record.outcome = 'failure';
    record.conclusion = 'failure';
    record.log = message;
    if (problem) leg.run.record.problems.push(message);
    if (step.id) steps[step.id] = { outcome: 'failure', conclusion: 'failure', outputs: {} };
    leg.status = leg.status === 'cancelled' ? 'cancelled' : 'failure';
  }

  /** A call the token may not make, or a push the origin refused, is a problem naming the step and the permissions that lack it. */
  private reportDenials(leg: LegState, where: string, before: number, log: string): void {
    const { workflow } = leg.run.trigger;
    const permissionsAt = leg.job.permissions !== undefined ? workflow.where(['jobs', leg.jobId, 'permissions']) : workflow.permissions !== undefined ? workflow.where(['permissions']) : `${where} (no permissions: key)`;
    const denied = this.gate.holder(leg.token)?.denied.slice(before) ?? [];
    for (const call of denied) leg.run.record.problems.push(`${where}: ${call.method} ${call.path} answered 403 Resource not accessible by integration: the job's token lacks ${call.needed} (permissions at ${permissionsAt})`);
    if (/Permission to [\w./-]+\.git denied/.test(log)) leg.run.record.problems.push(`${where}: the origin refused a push: the job's token lacks contents: write (permissions at ${permissionsAt})`);
    if (/Invalid username or token/.test(log)) leg.run.record.problems.push(`${where}: the origin refused a push made without the job's credentials (a clone without persist-credentials, or a revoked token)`);
  }

  private async runShell(step: WorkflowStep, path: Array<string | number>, env: Record<string, string>, workspace: string, timeoutMs: number | undefined, signal: AbortSignal, at: <T>(path: Array<string | number>, compute: () => T) => T, scope: () => ExpressionScope): Promise<StepResult> {
    // Expressions in run: are written into the script before bash sees it, as the runner does.
    const script = toText(at([...path, 'run'], () => evaluateTemplate(String(step.run), scope())));
    const file = join(env.RUNNER_TEMP as string, `step-${Math.random().toString(36).slice(2)}.sh`);
    writeFileSync(file, script);
    const cwd = step['working-directory'] ? join(workspace, toText(at([...path, 'working-directory'], () => evaluateTemplate(String(step['working-directory']), scope())))) : workspace;
    const result = await runProcess('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], { cwd, env, ...(timeoutMs === undefined ? {} : { timeoutMs }), signal });
    return { outcome: result.code === 0 && !result.timedOut && !result.cancelled ? 'success' : 'failure', outputs: {}, log: result.output, timedOut: result.timedOut, cancelled: result.cancelled };
  }

  /** A `uses:` step: `with:` checked against the action's metadata, then ours, or a stand-in. */
  private async runUses(leg: LegState, step: WorkflowStep, path: Array<string | number>, env: Record<string, string>, workspace: string, timeoutMs: number | undefined, signal: AbortSignal, scope: () => ExpressionScope, at: <T>(path: Array<string | number>, compute: () => T) => T): Promise<StepResult> {
    const { workflow } = leg.run.trigger;
    const metadata = at([...path, 'uses'], () => loadActionMetadata(String(step.uses)));
    const given = new Set<string>();
    const inputs: Record<string, string> = {};
    for (const [key, value] of Object.entries(step.with ?? {})) {
      if (!(key in metadata.inputs)) throw new WorkflowError(workflow.where([...path, 'with', key]), `with: '${key}' is not an input of ${step.uses} (${metadata.source} has: ${Object.keys(metadata.inputs).join(', ')})`);
      inputs[key] = toText(at([...path, 'with', key], () => (typeof value === 'string' ? evaluateTemplate(value, scope()) : value)));
      given.add(key);
    }
    for (const [key, input] of Object.entries(metadata.inputs)) {
      if (given.has(key)) continue;
      if (input.required && input.default === undefined) throw new WorkflowError(workflow.where([...path, 'uses']), `${step.uses} requires the input '${key}' (${metadata.source}), and with: does not give it`);
      // Defaults may be expressions (`${{ github.token }}`), evaluated in the step's context.
      if (input.default !== undefined) inputs[key] = toText(at([...path, 'uses'], () => evaluateTemplate(input.default as string, scope())));
    }
    const context: StepContext = { where: workflow.where(path), workspace, env, inputs, given, token: leg.token, permissions: leg.permissions, runId: leg.run.record.id, eventName: leg.run.trigger.event, actor: leg.run.trigger.actor, origin: this.options.origin, gate: this.gate, artifacts: join(this.options.root, 'artifacts'), signal, timeoutMs };
    switch (metadata.kind) {
      case 'ours': {
        const actionEnv = { ...env };
        for (const [key, value] of Object.entries(inputs)) actionEnv[`INPUT_${key.replace(/ /g, '_').toUpperCase()}`] = value;
        // Our action authenticates its own pushes with its token input (an http header on GitHub; here what the origin's hook reads).
        if (inputs.token) actionEnv.WAVES_PUSH_TOKEN = inputs.token;
        const result = await runProcess(process.execPath, [ACTION], { cwd: workspace, env: actionEnv, ...(timeoutMs === undefined ? {} : { timeoutMs }), signal });
        return { outcome: result.code === 0 && !result.timedOut && !result.cancelled ? 'success' : 'failure', outputs: {}, log: result.output, timedOut: result.timedOut, cancelled: result.cancelled };
      }
      case 'checkout':
        return runCheckout(context);
      case 'upload-artifact':
        return uploadArtifact(context);
      case 'download-artifact':
        return downloadArtifact(context);
      case 'claude-code-action':
        return runClaudeStandIn(context);
      case 'codex-action':
        return runCodexStandIn(context);
      case 'setup-node':
        if (inputs['node-version'] && inputs['node-version-file']) return { outcome: 'success', outputs: {}, log: 'Both node-version and node-version-file inputs are specified, only node-version will be used' };
        return { outcome: 'success', outputs: { 'node-version': process.version, 'cache-hit': 'false' }, log: `setup-node stand-in: using ${process.version}` };
      case 'create-github-app-token':
        throw new WorkflowError(workflow.where([...path, 'uses']), 'actions/create-github-app-token has no stand-in in the test runner yet');
    }
  }
}

function envValues(env: Record<string, unknown> | undefined, path: Array<string | number>, at: <T>(path: Array<string | number>, compute: () => T) => T, scope: () => ExpressionScope): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(env ?? {})) values[name] = toText(at([...path, name], () => (typeof value === 'string' ? evaluateTemplate(value, scope()) : value)));
  return values;
}

function resolveDeep(value: unknown, evaluate: (text: string) => unknown): unknown {
  if (typeof value === 'string') return evaluate(value);
  if (Array.isArray(value)) return value.map((entry) => resolveDeep(entry, evaluate));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, resolveDeep(entry, evaluate)]));
  return value;
}

function readFileCommandsPath(file: string): string[] {
  return readFileSync(file, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean).reverse();
}

function tail(log: string, lines = 12): string {
  return log.trimEnd().split('\n').slice(-lines).join('\n');
}
