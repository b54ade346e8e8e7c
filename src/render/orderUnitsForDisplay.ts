import { compareIds } from '../core/compareIds.js';
import { compareUnits, type UnitView } from '../core/planWaves.js';

/** Units as dashboards list them: open work first, finished work (done, cancelled) apart. */
export interface DisplayOrder {
  /** Running first, then wave by wave in dispatch order, then work no wave will reach (blocked, deferred, stalled). */
  open: UnitView[];
  /** Done and cancelled, in id order. */
  finished: UnitView[];
}

/** Orders units for a dashboard: what is happening now reads first, what is settled last. */
export function orderUnitsForDisplay(units: readonly UnitView[]): DisplayOrder {
  const open = units.filter((unit) => unit.status !== 'done' && unit.status !== 'cancelled');
  const finished = units.filter((unit) => unit.status === 'done' || unit.status === 'cancelled');
  open.sort((a, b) => rank(a) - rank(b) || compareUnits(a, b));
  finished.sort((a, b) => compareIds(a.id, b.id));
  return { open, finished };
}

function rank(unit: UnitView): number {
  if (unit.status === 'in-progress' || unit.status === 'review') return 0;
  return unit.wave ?? Number.MAX_SAFE_INTEGER;
}
