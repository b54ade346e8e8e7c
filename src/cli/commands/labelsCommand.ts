import { graphqlRequest } from '../../github/graphqlRequest.js';
import { REPOSITORY_LABELS_QUERY } from '../../github/issueQueries.js';
import { applyIssueWrites } from '../../github/issueWrites.js';
import { DEFAULT_LABEL_NAMES, waveLabels } from '../../sources/issues/waveLabels.js';
import { EXIT, type CliIO } from '../io.js';
import { COMMON_OPTIONS, parseCommandLine } from '../parseOptions.js';
import { clientFromEnvironment, readRepository } from '../planFromIssues.js';

const LABELS_OPTIONS = {
  debug: COMMON_OPTIONS.debug,
  help: COMMON_OPTIONS.help,
  repo: { type: 'string' },
  label: { type: 'string' },
  'status-label-prefix': { type: 'string' },
  'dashboard-label': { type: 'string' },
  'dry-run': { type: 'boolean' },
} as const;

const USAGE = 'Usage: waves labels --repo OWNER/NAME [--label wave-task] [--status-label-prefix status:] [--dashboard-label wave-dashboard] [--dry-run]\n';

/** `waves labels --repo owner/name`: creates the labels the issues source uses that the repository lacks (GITHUB_TOKEN with issues: write). */
export async function labelsCommand(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandLine(args, LABELS_OPTIONS);
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const { owner, repo } = readRepository(values.repo, io);
  const wanted = waveLabels({ label: values.label ?? DEFAULT_LABEL_NAMES.label, statusPrefix: values['status-label-prefix'] ?? DEFAULT_LABEL_NAMES.statusPrefix, dashboardLabel: values['dashboard-label'] ?? DEFAULT_LABEL_NAMES.dashboardLabel });
  const client = clientFromEnvironment(io);
  type Page = { repository: { id: string; labels: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { name: string }[] } } };
  const existing = new Set<string>();
  let repositoryId = '';
  for (let after: string | null = null; ; ) {
    const page: Page = await graphqlRequest<Page>(client, `Listing the labels of ${owner}/${repo}`, REPOSITORY_LABELS_QUERY, { owner, name: repo, after });
    repositoryId = page.repository.id;
    for (const label of page.repository.labels.nodes) existing.add(label.name.toLowerCase());
    if (!page.repository.labels.pageInfo.hasNextPage) break;
    after = page.repository.labels.pageInfo.endCursor;
  }
  const missing = wanted.filter((label) => !existing.has(label.name.toLowerCase()));
  for (const label of wanted.filter((label) => existing.has(label.name.toLowerCase()))) io.stdout(`exists   ${label.name}\n`);
  if (values['dry-run']) {
    for (const label of missing) io.stdout(`would create ${label.name}  (#${label.color}) ${label.description}\n`);
    return EXIT.ok;
  }
  const outcomes = await applyIssueWrites(client, missing.map((label) => ({ kind: 'createLabel' as const, repositoryId, ...label })), `Creating labels in ${owner}/${repo}`);
  let failed = 0;
  for (const outcome of outcomes) {
    const name = outcome.write.kind === 'createLabel' ? outcome.write.name : '';
    if (outcome.error === undefined) io.stdout(`created  ${name}\n`);
    else {
      failed++;
      io.stderr(`failed   ${name}: ${outcome.error}\n`);
    }
  }
  io.stdout(`${owner}/${repo}: ${missing.length - failed} label(s) created, ${wanted.length - missing.length} already there.\n`);
  return failed > 0 ? EXIT.problems : EXIT.ok;
}
