import type { Plan } from '../core/model.js';
import type { GatedPlanResult } from '../core/gateDispatch.js';
import type { UnitView } from '../core/planWaves.js';
import { loopGateLines } from './loopGateLines.js';
import { formatHours } from './formatHours.js';
import { gatingDependencies } from './gatingDependencies.js';

/** The readable `waves plan` report: what starts now, what is held and why, and the waves after. */
export function renderPlanText(plan: Plan, result: GatedPlanResult): string {
  const byId = new Map(result.units.map((unit) => [unit.id, unit]));
  const lines: string[] = [];
  const { counts } = result;
  lines.push(`${plan.file}${plan.tag ? ` [${plan.tag}]` : ''}: ${counts.total} ${result.granularity === 'task' ? 'tasks' : 'units'}, ${counts.done} done, ${counts.inProgress} in progress, ${counts.ready} ready, ${counts.blocked} blocked`);
  lines.push('');
  for (const line of loopGateLines(result)) lines.push(line, '');
  if (result.inProgress.length > 0) lines.push(`Running (${result.inProgress.length}): ${result.inProgress.map((id) => label(byId.get(id))).join(', ')}`);
  if (result.dispatch.length > 0) {
    lines.push(`Dispatch now (${result.dispatch.length} of max ${result.maxParallel}):`);
    result.dispatch.forEach((id, index) => {
      const unit = byId.get(id) as UnitView;
      lines.push(`  ${index + 1}. ${unit.id}  ${unit.title}  [${unit.priority}${unit.agent ? `, ${unit.agent}` : ''}]`);
    });
  } else {
    lines.push(counts.total === counts.done + counts.cancelled ? 'All done: nothing left to dispatch.' : 'Nothing to dispatch now.');
  }
  for (const held of result.held) {
    const why = held.reason === 'capacity' ? 'no free slot' : held.reason === 'pool' ? `pool "${held.detail}" is full` : held.reason === 'paused' ? 'paused' : held.reason === 'budget' ? 'daily budget used up' : `paths overlap ${held.detail}`;
    lines.push(`  held: ${held.id} (${why})`);
  }
  if (result.waves.length > 0) {
    lines.push('');
    lines.push('Waves:');
    result.waves.forEach((wave, index) => {
      const after = [...new Set(wave.flatMap((id) => gatingDependencies(byId.get(id) as UnitView, byId)))];
      lines.push(`  wave ${index + 1}: ${wave.join(', ')}${after.length > 0 ? ` — after ${after.join(', ')}` : ''}`);
    });
  }
  if (result.stalled.length > 0) lines.push(`  stalled (held by blocked or deferred work): ${result.stalled.join(', ')}`);
  if (result.criticalPath.length > 0) {
    lines.push('');
    lines.push(`Critical path: ${result.criticalPath.join(' -> ')} (${formatHours(result.criticalPathHours)})`);
    lines.push(`ETA: ${formatHours(result.etaHours)} at best with ${result.maxParallel} in parallel (${formatHours(result.remainingHours)} of work left)`);
  }
  return lines.join('\n') + '\n';
}

function label(unit: UnitView | undefined): string {
  return unit ? `${unit.id} ${unit.title}` : '?';
}
