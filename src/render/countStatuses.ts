import type { UnitView } from '../core/planWaves.js';
import { STATUS_KEYS, statusEmoji, type StatusKey } from './statusEmoji.js';

/** Units per display status; unlike PlanCounts, waiting on dependencies and marked blocked are told apart. */
export function countStatuses(units: readonly UnitView[]): Record<StatusKey, number> {
  const counts = Object.fromEntries(STATUS_KEYS.map((key) => [key, 0])) as Record<StatusKey, number>;
  for (const unit of units) counts[statusEmoji(unit).key]++;
  return counts;
}
