import * as core from '@actions/core';
import { applyIssueWrites } from '../../github/issueWrites.js';
import type { GitHubClient } from '../../github/createGitHubClient.js';
import { waveLabels } from '../../sources/issues/waveLabels.js';
import type { ActionSettings } from '../readSettings.js';

/**
 * Node ids of the labels named, creating the ones the repository lacks (one request for all of
 * them; none once `waves labels` has run). A label another run created meanwhile is fine.
 */
export async function ensureLabels(client: GitHubClient, settings: ActionSettings, repositoryId: string, known: Map<string, string>, names: string[]): Promise<Map<string, string>> {
  const missing = names.filter((name) => !known.has(name));
  if (missing.length === 0) return known;
  const specs = waveLabels({ label: settings.label, statusPrefix: settings.statusPrefix, dashboardLabel: settings.dashboardLabel });
  const outcomes = await applyIssueWrites(
    client,
    missing.map((name) => {
      const spec = specs.find((label) => label.name === name);
      return { kind: 'createLabel' as const, repositoryId, name, color: spec?.color ?? 'ededed', description: spec?.description ?? '' };
    }),
    'Creating the status labels',
  );
  for (const outcome of outcomes) {
    if (outcome.label) known.set(outcome.label.name, outcome.label.id);
    else core.warning(`Could not create a label (${outcome.error ?? 'unknown error'}); run \`waves labels --repo OWNER/NAME\` once, or give the job \`permissions: issues: write\`.`);
  }
  return known;
}
