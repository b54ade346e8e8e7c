import * as core from '@actions/core';
import { readEarlierLabelEvents } from '../../github/readEarlierLabelEvents.js';
import type { IssueSnapshot } from '../../sources/issues/issueSnapshot.js';
import type { IssuesActionContext } from './issuesActionContext.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * With `max-dispatches-per-day`: reads further back the label events of the task issues whose
 * last ones (read with the snapshot) stop short of 24 hours ago, so the budget counts every claim
 * of the day. Through REST there are no label events at all (issuesBudget warns).
 */
export async function readDayOfLabelEvents(context: IssuesActionContext, snapshot: IssueSnapshot): Promise<void> {
  if (context.settings.loop.maxDispatchesPerDay === undefined || snapshot.transport !== 'graphql') return;
  const since = new Date(Date.parse(context.now()) - DAY_MS).toISOString();
  const { requests, short } = await readEarlierLabelEvents(context.client(), snapshot, since);
  if (requests > 0) core.info(`max-dispatches-per-day: read earlier label events of the day in ${requests} more request(s).`);
  if (short.length > 0) core.warning(`max-dispatches-per-day: the label events of ${short.map((number) => `#${number}`).join(', ')} were not read back 24 hours (too many); their earlier claims of the day are not counted.`);
}
