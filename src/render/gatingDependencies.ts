import type { UnitView } from '../core/planWaves.js';

/**
 * The dependencies that set a unit's wave: those in the wave just before it (running work
 * counts as wave 0). "wave 2: 255, 260 — after 254" reads better than listing every edge.
 */
export function gatingDependencies(unit: UnitView, byId: ReadonlyMap<string, UnitView>): string[] {
  if (unit.wave === undefined) return unit.waitingOn;
  const previous = unit.wave - 1;
  return unit.waitingOn.filter((id) => {
    const dependency = byId.get(id);
    const wave = dependency?.wave ?? (dependency && (dependency.status === 'in-progress' || dependency.status === 'review') ? 0 : undefined);
    return wave === previous;
  });
}
