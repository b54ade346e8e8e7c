import * as core from '@actions/core';
import { dispatchNextPlan } from '../dispatchNextPlan.js';
import type { HandOffContext } from './packAction.js';

/** The workflow_dispatch inputs a delivery run receives: the run that claimed and packed, and the task. */
export const HAND_OFF_INPUTS = { run: 'waves-run', task: 'waves-task' } as const;

/**
 * `command: hand-off` (in the agent's job, after uploading the packed change): starts the delivery
 * run by workflow_dispatch with this run's id and the task as inputs, so each leg is delivered on
 * its own, with no wave barrier. Needs `actions: write`, nothing else.
 */
export async function handOffAction(context: HandOffContext): Promise<void> {
  const { settings, environment } = context;
  await dispatchNextPlan(context, { [HAND_OFF_INPUTS.run]: environment.run.runId, [HAND_OFF_INPUTS.task]: settings.task as string });
  core.info(`Handed task ${settings.task} of run ${environment.run.runId} to a delivery run.`);
}
