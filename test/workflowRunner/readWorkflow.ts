import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { WorkflowError } from './WorkflowError.js';

type Mapping = Record<string, unknown>;

/** One step as written. */
export interface WorkflowStep {
  id?: string;
  name?: string;
  if?: unknown;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Mapping;
  with?: Mapping;
  'working-directory'?: string;
  'timeout-minutes'?: unknown;
  'continue-on-error'?: unknown;
}

/** One job as written. */
export interface WorkflowJob {
  name?: string;
  needs?: string | string[];
  if?: unknown;
  'runs-on'?: unknown;
  permissions?: unknown;
  concurrency?: unknown;
  strategy?: { matrix?: unknown; 'fail-fast'?: unknown; 'max-parallel'?: unknown };
  outputs?: Record<string, string>;
  env?: Mapping;
  steps?: WorkflowStep[];
  'timeout-minutes'?: unknown;
  'continue-on-error'?: unknown;
  uses?: string;
}

/** A workflow file read with `yaml`, with the line of every node for error messages. */
export interface Workflow {
  /** The file as the user would install it (`orchestrator.yml`), from its "Copy to" line or its own name. */
  installAs: string;
  /** The path it was read from. */
  path: string;
  name: string;
  on: Mapping;
  permissions?: unknown;
  concurrency?: unknown;
  env?: Mapping;
  jobs: Record<string, WorkflowJob>;
  /** `file:line` of the node at `path` (keys and indexes), or of its nearest parent that exists. */
  where(path: Array<string | number>): string;
}

const KNOWN_WORKFLOW_KEYS = new Set(['name', 'run-name', 'on', 'permissions', 'concurrency', 'env', 'defaults', 'jobs']);
const KNOWN_JOB_KEYS = new Set(['name', 'needs', 'if', 'runs-on', 'permissions', 'concurrency', 'strategy', 'outputs', 'env', 'steps', 'timeout-minutes', 'continue-on-error', 'environment', 'defaults']);
const KNOWN_STEP_KEYS = new Set(['id', 'name', 'if', 'uses', 'run', 'shell', 'env', 'with', 'working-directory', 'timeout-minutes', 'continue-on-error']);

/** Reads a workflow file. Keys the runner does not implement are errors naming their line. */
export function readWorkflow(path: string, text = readFileSync(path, 'utf8')): Workflow {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true });
  const file = basename(path);
  if (document.errors.length > 0) {
    const first = document.errors[0];
    throw new WorkflowError(`${file}:${first?.linePos?.[0].line ?? 1}`, `not valid YAML: ${first?.message}`);
  }
  const data = document.toJS() as Mapping | null;
  const where = (at: Array<string | number>): string => {
    for (let length = at.length; length >= 0; length--) {
      const node = document.getIn(at.slice(0, length), true) as Node | undefined;
      const range = node && (isScalar(node) || isMap(node) || isSeq(node)) ? node.range : undefined;
      if (range) {
        // A mapping value's line is the line of its key: find the pair to point at the key.
        const parent = length > 0 ? document.getIn(at.slice(0, length - 1), true) : undefined;
        if (isMap(parent)) {
          const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(at[length - 1]));
          const keyRange = pair && isScalar(pair.key) ? pair.key.range : undefined;
          if (keyRange) return `${file}:${lineCounter.linePos(keyRange[0]).line}`;
        }
        return `${file}:${lineCounter.linePos(range[0]).line}`;
      }
    }
    return `${file}:1`;
  };
  if (!data || typeof data !== 'object' || typeof data.jobs !== 'object' || data.jobs === null) throw new WorkflowError(`${file}:1`, 'not a workflow: no jobs');
  for (const key of Object.keys(data)) if (!KNOWN_WORKFLOW_KEYS.has(key)) throw new WorkflowError(where([key]), `the workflow key '${key}' is not supported by the test runner`);
  const jobs = data.jobs as Record<string, WorkflowJob>;
  for (const [id, job] of Object.entries(jobs)) {
    if (job.uses !== undefined) throw new WorkflowError(where(['jobs', id, 'uses']), `reusable workflows (jobs.${id}.uses) are not supported by the test runner`);
    for (const key of Object.keys(job)) if (!KNOWN_JOB_KEYS.has(key) || key === 'defaults' || key === 'environment') throw new WorkflowError(where(['jobs', id, key]), `the job key '${key}' is not supported by the test runner`);
    (job.steps ?? []).forEach((step, index) => {
      for (const key of Object.keys(step)) if (!KNOWN_STEP_KEYS.has(key)) throw new WorkflowError(where(['jobs', id, 'steps', index, key]), `the step key '${key}' is not supported by the test runner`);
      if ((step.uses === undefined) === (step.run === undefined)) throw new WorkflowError(where(['jobs', id, 'steps', index]), 'a step needs exactly one of uses: and run:');
      if (step.shell !== undefined && step.shell !== 'bash') throw new WorkflowError(where(['jobs', id, 'steps', index, 'shell']), `shell: ${step.shell} is not supported by the test runner (bash only)`);
    });
  }
  if (data.defaults !== undefined) throw new WorkflowError(where(['defaults']), "the workflow key 'defaults' is not supported by the test runner");
  if (data.concurrency !== undefined) throw new WorkflowError(where(['concurrency']), 'workflow-level concurrency is not supported by the test runner (job-level concurrency is)');
  const on = typeof data.on === 'string' ? { [data.on]: null } : Array.isArray(data.on) ? Object.fromEntries(data.on.map((event: string) => [event, null])) : ((data.on ?? {}) as Mapping);
  const installAs = /Copy to \.github\/workflows\/([\w.-]+\.ya?ml)/.exec(text)?.[1] ?? file;
  return { installAs, path, name: typeof data.name === 'string' ? data.name : `.github/workflows/${installAs}`, on, permissions: data.permissions, concurrency: data.concurrency, env: data.env as Mapping | undefined, jobs, where };
}
