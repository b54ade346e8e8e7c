import type { Priority } from '../core/model.js';

const LABELS: Record<Priority, string> = { critical: 'CRITICAL', high: 'HIGH', medium: 'Medium', low: 'Low' };

/** A priority as the seed's dashboard writes it: urgent ones in capitals so they stand out. */
export function priorityLabel(priority: Priority): string {
  return LABELS[priority];
}
