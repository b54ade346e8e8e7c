import type { Skipped } from '../core/pickDispatch.js';
import type { UnitView } from '../core/planWaves.js';

/** What a unit waits for, in words: unsatisfied dependencies, or for a ready unit held back, why (slot, pool, paths). Plain, unescaped. */
export function waitingOnText(unit: UnitView, held: ReadonlyMap<string, Skipped>, maxIds = 8): string {
  const skipped = held.get(unit.id);
  if (unit.ready && skipped) {
    if (skipped.reason === 'capacity') return 'a free slot';
    if (skipped.reason === 'pool') return `pool ${skipped.detail ?? ''}`.trim();
    if (skipped.reason === 'paused') return 'the loop to resume';
    if (skipped.reason === 'budget') return 'the daily budget';
    return `paths of ${skipped.detail ?? 'running work'}`;
  }
  if (unit.waitingOn.length === 0) return '';
  const shown = unit.waitingOn.slice(0, maxIds).join(', ');
  return unit.waitingOn.length > maxIds ? `${shown} +${unit.waitingOn.length - maxIds} more` : shown;
}
