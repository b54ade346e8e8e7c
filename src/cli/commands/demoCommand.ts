import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { Plan } from '../../core/model.js';
import { planWaves } from '../../core/planWaves.js';
import { withStatuses } from '../../core/withStatuses.js';
import { renderPlanText } from '../../render/renderPlanText.js';
import { renderStatusText } from '../../render/renderStatusText.js';
import { EXIT, type CliIO } from '../io.js';
import { loadForCommand } from '../loadForCommand.js';
import { PLAN_OPTIONS, parseCommandLine, readMaxParallel } from '../parseOptions.js';

/** The seed example shipped with the package (dist/cli.js -> ../examples/seed). */
const SEED = fileURLToPath(new URL('../examples/seed/waves.yml', import.meta.url));

/**
 * `waves demo`: the seed situation told as it unfolds, in memory (no file is written):
 * the dashboard now, the plan when 267 finishes, and the plan when 254 finishes. Six agents
 * at most by default, the seed's own target (4 immediate + 2 second-wave).
 */
export function demoCommand(args: string[], io: CliIO): number {
  const { values, positionals } = parseCommandLine(args, PLAN_OPTIONS);
  // The seed's own target: 4 immediate + 2 second-wave agents at once.
  const options = { maxParallel: readMaxParallel(values['max-parallel'] ?? '6') };
  const file = positionals[0] ?? relative(io.cwd, SEED);
  const { plan } = loadForCommand(file, values.tag, io);
  const color = io.isTTY && io.env.NO_COLOR === undefined;
  const heading = (text: string) => io.stdout(`\n${color ? `\u001b[1m${text}\u001b[22m` : text}\n${'─'.repeat(Math.min(text.length, 80))}\n`);

  heading(`1. Now: ${describe(plan)}`);
  io.stdout(renderStatusText(plan, planWaves(plan, options), { color }));
  io.stdout('\n' + renderPlanText(plan, planWaves(plan, options)));

  const after267 = withStatuses(plan, { '267': 'done', '267.2': 'done', '267.3': 'done' });
  const first = planWaves(after267, options);
  heading('2. Task 267 is done: the immediate wave is dispatched, high priority first');
  io.stdout(renderPlanText(after267, first));

  const running = Object.fromEntries(first.dispatch.map((id) => [id, 'in-progress' as const]));
  const after254 = withStatuses(after267, { ...running, '254': 'done' });
  heading('3. Task 254 is done: 255 and 260 start at once, without waiting for the rest of the wave');
  io.stdout(renderPlanText(after254, planWaves(after254, options)));
  io.stdout(`\nNothing was written. Try: waves plan ${file} --json · waves status ${file} · waves graph ${file}\n`);
  return EXIT.ok;
}

function describe(plan: Plan): string {
  return `${plan.file}, ${plan.tasks.length} tasks`;
}
