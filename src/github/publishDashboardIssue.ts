import { isDashboardBody } from '../render/renderDashboardIssueBody.js';
import { waveLabels } from '../sources/issues/waveLabels.js';
import type { GitHubClient } from './createGitHubClient.js';
import { GitHubApiError } from './GitHubApiError.js';
import { graphqlRequest } from './graphqlRequest.js';
import { DASHBOARD_QUERY } from './issueQueries.js';
import { applyIssueWrites, type IssueWrite, type WriteOutcome } from './issueWrites.js';

/** An open issue that carries the dashboard label. */
export interface DashboardCandidate {
  id: string;
  number: number;
  body: string;
  url: string;
}

/** What a dashboard write needs to know about the repository. */
export interface DashboardLookup {
  repositoryId: string;
  labelId: string | undefined;
  /** Open issues with the dashboard label, oldest first (not all need be ours). */
  candidates: DashboardCandidate[];
}

/** Where the dashboard goes. */
export interface DashboardTarget {
  owner: string;
  repo: string;
  label: string;
  title: string;
}

/** One request: the repository id, the dashboard label and the open issues carrying it. */
export async function lookupDashboard(client: GitHubClient, target: DashboardTarget): Promise<DashboardLookup> {
  type Answer = { repository: { id: string; dashboardLabel: { id: string } | null; dashboards: { nodes: DashboardCandidate[] } } };
  const answer = await graphqlRequest<Answer>(client, `Finding the dashboard issue of ${target.owner}/${target.repo}`, DASHBOARD_QUERY, { owner: target.owner, name: target.repo, dashboardLabel: target.label });
  return { repositoryId: answer.repository.id, labelId: answer.repository.dashboardLabel?.id, candidates: answer.repository.dashboards.nodes };
}

/**
 * Edits the dashboard issue in place, or creates it on the first run, in the same request as
 * `before` (e.g. a plan's claims). `render` gets the previous body (for its run history).
 * Never leaves two: extra marked issues are closed as duplicates of the oldest; the create itself
 * re-reads the dashboard issues in its answer, so of two runs creating at once the later one sees
 * the earlier, closes its own and edits the oldest (one more request, only then).
 */
export async function publishDashboardIssue(client: GitHubClient, target: DashboardTarget, lookup: DashboardLookup, render: (previousBody: string) => string, before: readonly IssueWrite[] = [], applied: WriteOutcome[] = []): Promise<{ outcomes: WriteOutcome[]; dashboard?: { number: number; url: string }; problem?: string }> {
  const ours = lookup.candidates.filter((candidate) => isDashboardBody(candidate.body)).sort((a, b) => a.number - b.number);
  const kept = ours[0];
  if (kept) {
    const writes: IssueWrite[] = [...before, { kind: 'editIssue', issueId: kept.id, body: render(kept.body) }, ...ours.slice(1).map((extra): IssueWrite => ({ kind: 'close', issueId: extra.id, reason: 'DUPLICATE', duplicateOf: kept.id }))];
    const outcomes = await applyIssueWrites(client, writes, `Updating the dashboard issue #${kept.number}`, applied);
    const edit = outcomes[before.length];
    return { outcomes: outcomes.slice(0, before.length), dashboard: { number: kept.number, url: kept.url }, ...(edit?.error ? { problem: `could not edit the dashboard issue #${kept.number}: ${edit.error}` } : {}) };
  }

  let labelId: string;
  try {
    labelId = lookup.labelId ?? (await createDashboardLabel(client, target, lookup.repositoryId));
  } catch (error) {
    return { outcomes: before.length > 0 ? await applyIssueWrites(client, before, 'Recording the changes', applied) : [], problem: (error as Error).message };
  }
  const body = render('');
  const outcomes = await applyIssueWrites(client, [...before, { kind: 'createIssue', repositoryId: lookup.repositoryId, title: target.title, body, labelIds: [labelId], reread: { label: target.label } }], `Creating the dashboard issue in ${target.owner}/${target.repo}`, applied);
  const created = outcomes[outcomes.length - 1]?.issue;
  if (!created) return { outcomes: outcomes.slice(0, before.length), problem: `could not create the dashboard issue in ${target.owner}/${target.repo}: ${outcomes[outcomes.length - 1]?.error ?? 'no issue came back'}` };
  // Another run may have created one at the same moment: the oldest wins, the others close as its duplicates.
  const again = (created.repository?.reread.nodes ?? []).filter((candidate) => isDashboardBody(candidate.body)).sort((a, b) => a.number - b.number);
  const oldest = again[0];
  if (oldest && oldest.number !== created.number) {
    await applyIssueWrites(client, [{ kind: 'close', issueId: created.id, reason: 'DUPLICATE', duplicateOf: oldest.id }, { kind: 'editIssue', issueId: oldest.id, body }], `Keeping one dashboard issue (#${oldest.number})`);
    return { outcomes: outcomes.slice(0, before.length), dashboard: { number: oldest.number, url: oldest.url } };
  }
  return { outcomes: outcomes.slice(0, before.length), dashboard: { number: created.number, url: created.url } };
}

async function createDashboardLabel(client: GitHubClient, target: DashboardTarget, repositoryId: string): Promise<string> {
  const spec = waveLabels({ label: 'wave-task', statusPrefix: 'status:', dashboardLabel: target.label }).find((label) => label.name === target.label);
  const [outcome] = await applyIssueWrites(client, [{ kind: 'createLabel', repositoryId, name: target.label, color: spec?.color ?? 'c5def5', description: spec?.description ?? '' }], `Creating the label '${target.label}'`);
  if (outcome?.label) return outcome.label.id;
  // Created meanwhile by another run: read its id.
  const lookup = await lookupDashboard(client, target);
  if (lookup.labelId) return lookup.labelId;
  throw new GitHubApiError(`Creating the label '${target.label}' in ${target.owner}/${target.repo}: ${outcome?.error ?? 'failed'}. Create it (waves labels --repo ${target.owner}/${target.repo}) or give the job \`permissions: issues: write\`.`);
}
