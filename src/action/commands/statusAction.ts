import type { ActionContext } from '../actionContext.js';
import { publishDashboard } from '../publishDashboard.js';

/** `command: status`: the dashboard only (job summary and outputs). Writes nothing. */
export async function statusAction(context: ActionContext): Promise<void> {
  const text = await context.store.read();
  context.load(text);
  await publishDashboard(context, text, 'status');
}
