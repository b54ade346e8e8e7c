import type { Plan } from '../core/model.js';
import type { GatedPlanResult } from '../core/gateDispatch.js';
import { UsageError, type CliIO } from './io.js';
import { planFromArgs, type PlanArgs } from './planFromArgs.js';

/** Options that pick where the tasks come from. */
export interface SourceArgs extends PlanArgs {
  source?: string | undefined;
  repo?: string | undefined;
  label?: string | undefined;
}

/** FILE, or with `--source issues --repo owner/name` the repository's task issues (token in GITHUB_TOKEN or GH_TOKEN). */
export async function planFromSource(fileArgument: string | undefined, values: SourceArgs, io: CliIO): Promise<{ plan: Plan; result: GatedPlanResult; file: string }> {
  const source = values.source ?? 'file';
  if (source === 'file') {
    if (values.repo !== undefined || values.label !== undefined) throw new UsageError('--repo and --label go with --source issues');
    return planFromArgs(fileArgument, values, io);
  }
  if (source !== 'issues') throw new UsageError(`--source must be "file" or "issues", not "${source}"`);
  if (fileArgument !== undefined) throw new UsageError('--source issues reads the repository given by --repo, not a FILE');
  // Loaded only here, so commands on files start as fast as before.
  const { planFromIssues } = await import('./planFromIssues.js');
  return planFromIssues(values, io);
}
