import * as core from '@actions/core';
import { graphqlRequest } from '../../github/graphqlRequest.js';
import { LABEL_QUERY } from '../../github/issueQueries.js';
import { applyIssueWrites } from '../../github/issueWrites.js';
import type { GitHubClient } from '../../github/createGitHubClient.js';
import { waveLabels } from '../../sources/issues/waveLabels.js';
import type { ActionSettings } from '../readSettings.js';

/**
 * Node ids of the labels named, keyed by lower-cased name (GitHub matches label names without
 * case), creating the ones the repository lacks (one request for all of them; none once
 * `waves labels` has run). A label that exists under another case, or that another run created
 * meanwhile, is read back instead.
 */
export async function ensureLabels(client: GitHubClient, settings: ActionSettings, repository: { id: string; owner: string; name: string }, known: Map<string, string>, names: string[]): Promise<Map<string, string>> {
  const missing = names.filter((name) => !known.has(name.toLowerCase()));
  if (missing.length === 0) return known;
  const specs = waveLabels({ label: settings.label, statusPrefix: settings.statusPrefix, dashboardLabel: settings.dashboardLabel });
  const outcomes = await applyIssueWrites(
    client,
    missing.map((name) => {
      const spec = specs.find((label) => label.name.toLowerCase() === name.toLowerCase());
      return { kind: 'createLabel' as const, repositoryId: repository.id, name, color: spec?.color ?? 'ededed', description: spec?.description ?? '' };
    }),
    'Creating the status labels',
  );
  for (const [index, outcome] of outcomes.entries()) {
    const name = missing[index] as string;
    if (outcome.label) {
      known.set(outcome.label.name.toLowerCase(), outcome.label.id);
      continue;
    }
    // "Name has already been taken": it exists, perhaps spelt with other capitals; GitHub's lookup by name ignores case.
    const existing = await graphqlRequest<{ repository: { label: { id: string; name: string } | null } | null }>(client, `Reading the label '${name}'`, LABEL_QUERY, { owner: repository.owner, name: repository.name, label: name });
    const label = existing.repository?.label;
    if (label) known.set(name.toLowerCase(), label.id);
    else core.warning(`Could not create the label '${name}' (${outcome.error ?? 'unknown error'}); run \`npx wave-orchestrator labels --repo OWNER/NAME\` once, or give the job \`permissions: issues: write\`.`);
  }
  return known;
}
