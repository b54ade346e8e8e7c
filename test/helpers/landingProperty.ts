import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { expect } from 'vitest';
import { gitProject, type GitAgentSpec } from './gitProject.js';

const VERIFY_SCRIPT = fileURLToPath(new URL('../fixtures/ledger-verify.mjs', import.meta.url));
const VERIFY = `"${process.execPath}" "${VERIFY_SCRIPT}"`;

/** A generated plan and how wide to run it. */
export interface LandingScenario {
  maxParallel: number;
  tasks: { id: string; slot: string; broken: boolean; sleepMs: number; commit: 'none' | 'once'; dependencies: string[] }[];
}

/** One generated plan: tasks with dependencies on earlier ones, what each agent does, how wide to run. */
export const landingScenario: fc.Arbitrary<LandingScenario> = fc
  .record({
    tasks: fc.array(
      fc.record({
        slot: fc.constantFrom('x', 'y'),
        broken: fc.integer({ min: 0, max: 9 }).map((value) => value < 2),
        sleepMs: fc.integer({ min: 0, max: 300 }),
        commit: fc.constantFrom<'none' | 'once'>('none', 'once'),
        dependencyPicks: fc.array(fc.nat(), { maxLength: 2 }),
      }),
      { minLength: 2, maxLength: 5 },
    ),
    maxParallel: fc.integer({ min: 1, max: 4 }),
  })
  .map(({ tasks, maxParallel }) => ({
    maxParallel,
    tasks: tasks.map(({ dependencyPicks, ...task }, index) => ({
      id: `t${index + 1}`,
      ...task,
      dependencies: index === 0 ? [] : [...new Set(dependencyPicks.map((pick) => `t${(pick % index) + 1}`))],
    })),
  }));

/**
 * Runs the scenario with real agents and real git and checks: every done task's ledger line is on
 * main exactly once (and no other task's), main is linear, each task lands after its dependencies,
 * and every commit on main passes the ledger verify (checked by running it on each commit's tree).
 */
export function checkLandingScenario(scenario: LandingScenario, prefix: string): void {
  const plan = `tasks:\n${scenario.tasks.map((task) => `  - { id: ${task.id}, title: task ${task.id}, dependencies: [${task.dependencies.join(', ')}] }`).join('\n')}\n`;
  const spec: Record<string, GitAgentSpec> = Object.fromEntries(scenario.tasks.map((task) => [task.id, { ledger: { slot: task.slot, broken: task.broken }, sleepMs: task.sleepMs, commit: task.commit }]));
  const made = gitProject(prefix, { 'waves.yml': plan }, spec);
  const scratch = mkdtempSync(join(tmpdir(), `waves-${prefix}-tree-`));
  try {
    const result = made.run(['--max-parallel', String(scenario.maxParallel), '--max-attempts', '3', '--verify', VERIFY]);
    expect([0, 1], result.stdout + result.stderr).toContain(result.code);
    const statuses = made.statuses();
    const done = Object.keys(statuses).filter((id) => statuses[id] === 'done');
    for (const task of scenario.tasks) if (task.broken) expect(statuses[task.id]).not.toBe('done');
    const readOnMain = (path: string) => (made.git('ls-tree', '--name-only', 'main', '--', path).trim() === '' ? '' : made.git('show', `main:${path}`));
    const ledger = ['x', 'y'].flatMap((slot) => readOnMain(`ledger/${slot}.txt`).split('\n').filter(Boolean));
    expect([...ledger].sort()).toEqual([...done].sort());

    const commits = made.git('rev-list', '--reverse', '--parents', 'main').trim().split('\n').slice(1);
    const landedAt = new Map<string, number>();
    commits.forEach((line, index) => {
      const [commit, ...parents] = line.split(' ');
      expect(parents).toHaveLength(1);
      const task = made.git('show', '--no-patch', '--format=%(trailers:key=Waves-Task,valueonly,separator=%x2C)', commit!).trim();
      expect(landedAt.has(task), `${task} landed twice`).toBe(false);
      landedAt.set(task, index);
      rmSync(scratch, { recursive: true, force: true });
      execFileSync('sh', ['-c', 'mkdir -p "$1" && git archive "$2" | tar -x -C "$1"', 'sh', scratch, commit!], { cwd: made.repo });
      execFileSync(process.execPath, [VERIFY_SCRIPT, scratch], { stdio: 'pipe' });
    });
    expect([...landedAt.keys()].sort()).toEqual([...done].sort());
    for (const task of scenario.tasks.filter((candidate) => statuses[candidate.id] === 'done')) {
      for (const dependency of task.dependencies) expect(landedAt.get(dependency)!).toBeLessThan(landedAt.get(task.id)!);
    }
  } finally {
    made.remove();
    rmSync(scratch, { recursive: true, force: true });
  }
}
