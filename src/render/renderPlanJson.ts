import type { Plan } from '../core/model.js';
import type { BudgetState } from '../core/dailyBudget.js';
import type { GatedPlanResult } from '../core/gateDispatch.js';
import type { PauseRecord } from '../core/loopRecord.js';
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
  /** Why, since when and by whom the loop is paused; null when it runs. */
  paused: PauseRecord | null;
  /** The daily dispatch budget, when one is set. */
  budget?: BudgetState;
}

/** Builds the `--json` document of a plan. */
export function renderPlanJson(plan: Plan, result: GatedPlanResult): PlanJson {
  const json: PlanJson = {
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
    paused: result.paused ? { reason: result.paused.reason, since: result.paused.since, by: result.paused.by } : null,
  };
  if (result.budget) json.budget = result.budget;
  return json;
}

function round(hours: number): number {
  return Math.round(hours * 100) / 100;
}
