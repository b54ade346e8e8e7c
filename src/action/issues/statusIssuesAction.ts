import { planWaves } from '../../core/planWaves.js';
import { readIssuesPlan, type IssuesActionContext } from './issuesActionContext.js';
import { publishIssuesDashboard } from './publishIssuesDashboard.js';

/** `command: status` with `source: issues`: the dashboard (outputs, job summary, the dashboard issue). */
export async function statusIssuesAction(context: IssuesActionContext): Promise<void> {
  const { settings } = context;
  const { snapshot, planned } = await readIssuesPlan(context);
  const result = planWaves(planned.plan, { maxParallel: settings.maxParallel, pools: settings.pools, granularity: settings.granularity });
  await publishIssuesDashboard(context, snapshot, { plan: planned.plan, result, notes: planned.notes }, [], `status: ${result.counts.done} of ${result.counts.total} done`);
}
