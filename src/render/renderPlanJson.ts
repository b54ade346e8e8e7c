import type { Plan } from '../core/model.js';
import type { PlanResult } from '../core/planWaves.js';

/** The `waves plan --json` document: a stable contract that scripts and the action rely on. */
export interface PlanJson {
  file: string;
  tag: string | null;
  granularity: PlanResult['granularity'];
  maxParallel: number;
  dispatch: string[];
  held: PlanResult['held'];
  inProgress: string[];
  waves: string[][];
  waitingOn: Record<string, string[]>;
  stalled: string[];
  criticalPath: string[];
  criticalPathHours: number;
  remainingHours: number;
  etaHours: number;
  counts: PlanResult['counts'];
}

/** Builds the `--json` document of a plan. */
export function renderPlanJson(plan: Plan, result: PlanResult): PlanJson {
  return {
    file: plan.file,
    tag: plan.tag ?? null,
    granularity: result.granularity,
    maxParallel: result.maxParallel,
    dispatch: result.dispatch,
    held: result.held,
    inProgress: result.inProgress,
    waves: result.waves,
    waitingOn: result.waitingOn,
    stalled: result.stalled,
    criticalPath: result.criticalPath,
    criticalPathHours: round(result.criticalPathHours),
    remainingHours: round(result.remainingHours),
    etaHours: round(result.etaHours),
    counts: result.counts,
  };
}

function round(hours: number): number {
  return Math.round(hours * 100) / 100;
}
