import { SIMULATION_POLICIES, simulateSchedule, type SimulationPolicy, type SimulationResult } from '../../core/simulateSchedule.js';
import { formatHours } from '../../render/formatHours.js';
import { renderGantt } from '../../render/renderGantt.js';
import { EXIT, type CliIO } from '../io.js';
import { PLAN_OPTIONS, parseCommandLine, readChoice, readGranularity, readMaxParallel, readPools } from '../parseOptions.js';
import { planFromArgs } from '../planFromArgs.js';

const OPTIONS = { ...PLAN_OPTIONS, policy: { type: 'string' }, gantt: { type: 'boolean' } } as const;

/**
 * `waves simulate [FILE] [--max-parallel N] [--policy ready-queue|waves|sequential] [--json] [--gantt]`:
 * a discrete-event simulation over the estimates (1 hour where a task has none).
 */
export function simulateCommand(args: string[], io: CliIO): number {
  const { values, positionals } = parseCommandLine(args, OPTIONS);
  const policy = readChoice<SimulationPolicy>('--policy', values.policy, SIMULATION_POLICIES, 'ready-queue');
  const options = { maxParallel: readMaxParallel(values['max-parallel']), pools: readPools(values.pool), granularity: readGranularity(values.granularity) };
  const { plan, result: projection } = planFromArgs(positionals[0], values, io);
  const simulation = simulateSchedule(plan, { ...options, policy });
  const titles = new Map(projection.units.map((unit) => [unit.id, unit.title]));
  const waves = new Map(projection.units.filter((unit) => unit.wave !== undefined).map((unit) => [unit.id, unit.wave as number]));
  if (values.json) {
    io.stdout(JSON.stringify({
      policy,
      maxParallel: simulation.maxParallel,
      makespan: round(simulation.makespan),
      lowerBound: round(simulation.lowerBound),
      criticalPathHours: round(simulation.criticalPathHours),
      totalHours: round(simulation.totalHours),
      utilisation: round(simulation.utilisation),
      tasks: simulation.tasks.map((task) => ({ id: task.id, start: round(task.start), end: round(task.end) })),
      unscheduled: simulation.unscheduled,
    }) + '\n');
    return EXIT.ok;
  }
  if (values.gantt) {
    io.stdout(renderGantt(simulation, { titles, waves }));
    return EXIT.ok;
  }
  const others = SIMULATION_POLICIES.filter((other) => other !== policy).map((other) => simulateSchedule(plan, { ...options, policy: other }));
  io.stdout(describeSimulation(simulation, titles));
  io.stdout(`\nCompared: ${[simulation, ...others].map((result) => `${result.policy} ${formatHours(result.makespan)} (${ratio(result)}x)`).join(' · ')}\n`);
  io.stdout(`\n\`\`\`mermaid\n${renderGantt(simulation, { titles, waves })}\`\`\`\n`);
  return EXIT.ok;
}

function describeSimulation(result: SimulationResult, titles: ReadonlyMap<string, string>): string {
  const lines = [
    `Policy ${result.policy}, max ${result.maxParallel} in parallel`,
    `Makespan ${formatHours(result.makespan)}; lower bound ${formatHours(result.lowerBound)} (critical path ${formatHours(result.criticalPathHours)}, ${formatHours(result.totalHours)} of work / ${result.maxParallel}); ${ratio(result)}x the bound; utilisation ${Math.round(result.utilisation * 100)}%`,
    '',
    '  start     end       task',
  ];
  for (const task of result.tasks) lines.push(`  ${formatHours(task.start).padEnd(9)} ${formatHours(task.end).padEnd(9)} ${task.id}  ${(titles.get(task.id) ?? '').slice(0, 70)}`);
  if (result.unscheduled.length > 0) lines.push(`  never starts (blocked, deferred, or behind them): ${result.unscheduled.join(', ')}`);
  return lines.join('\n') + '\n';
}

function ratio(result: SimulationResult): string {
  return result.lowerBound > 0 ? (result.makespan / result.lowerBound).toFixed(2) : '1.00';
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
