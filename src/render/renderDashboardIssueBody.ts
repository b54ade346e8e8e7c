import { escapeMarkdown } from './escapeMarkdown.js';

/** The hidden line that marks the dashboard issue; only an issue whose body starts with it is ours. */
export const DASHBOARD_MARKER = '<!-- wave-orchestrator:dashboard -->';

/** GitHub refuses issue bodies over 65,536 characters; keep a margin. */
export const ISSUE_BODY_LIMIT = 65_000;
const MAX_RUNS = 10;
const RUNS_PREFIX = '<!-- waves:runs ';

/** One line of the dashboard's "last runs". */
export interface RunEntry {
  /** ISO time. */
  at: string;
  runUrl: string;
  /** `plan`, `complete`, `status`. */
  command: string;
  /** What it did, e.g. "dispatched 12, 15" (text; escaped when shown). */
  summary: string;
}

/** How big a dashboard to render: the caller renders with these limits. */
export interface DashboardLimits {
  maxRows: number;
  maxGraphNodes: number;
}

// Largest first: the whole dashboard, then fewer rows and a smaller graph, then no graph.
const STEPS: DashboardLimits[] = [
  { maxRows: 300, maxGraphNodes: 150 },
  { maxRows: 100, maxGraphNodes: 60 },
  { maxRows: 40, maxGraphNodes: 0 },
  { maxRows: 10, maxGraphNodes: 0 },
];

/**
 * The dashboard issue's body: the marker, the dashboard (the largest that fits GitHub's limit),
 * the last runs (this one first), and those runs again as hidden data for the next edit. Pure.
 */
export function renderDashboardIssueBody(render: (limits: DashboardLimits, appendix: string) => string, runs: readonly RunEntry[]): string {
  const kept = runs.slice(0, MAX_RUNS);
  const appendix = runsTable(kept);
  const hidden = `${RUNS_PREFIX}${Buffer.from(JSON.stringify(kept)).toString('base64')} -->`;
  let body = '';
  for (const limits of STEPS) {
    body = `${DASHBOARD_MARKER}\n${render(limits, appendix)}\n${hidden}\n`;
    if (body.length <= ISSUE_BODY_LIMIT) return body;
  }
  return `${body.slice(0, ISSUE_BODY_LIMIT - hidden.length - 40)}\n\n_(cut to fit)_\n${hidden}\n`;
}

/** The runs a previous body recorded; anything malformed (people can edit the issue) reads as none. */
export function readRunEntries(body: string): RunEntry[] {
  const start = body.lastIndexOf(RUNS_PREFIX);
  if (start < 0) return [];
  const end = body.indexOf(' -->', start);
  try {
    const parsed: unknown = JSON.parse(Buffer.from(body.slice(start + RUNS_PREFIX.length, end), 'base64').toString('utf8'));
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter((entry): entry is RunEntry => typeof entry === 'object' && entry !== null && ['at', 'runUrl', 'command', 'summary'].every((key) => typeof (entry as Record<string, unknown>)[key] === 'string'))
      .map(({ at, runUrl, command, summary }) => ({ at, runUrl, command, summary }))
      .slice(0, MAX_RUNS);
  } catch {
    return [];
  }
}

/** Whether an issue body is a dashboard of ours. */
export function isDashboardBody(body: string): boolean {
  return body.trimStart().startsWith(DASHBOARD_MARKER);
}

function runsTable(runs: readonly RunEntry[]): string {
  if (runs.length === 0) return '';
  const lines = ['### Last runs', '', '| When | Run | Step | What happened |', '|---|---|---|---|'];
  for (const run of runs) {
    const link = /^https:\/\/[^\s()<>]+$/.test(run.runUrl) ? `[${escapeMarkdown(run.runUrl.split('/').pop() ?? 'run', 40)}](${run.runUrl})` : escapeMarkdown(run.runUrl, 60);
    lines.push(`| ${escapeMarkdown(run.at, 40)} | ${link} | ${escapeMarkdown(run.command, 20)} | ${escapeMarkdown(run.summary, 200)} |`);
  }
  return lines.join('\n');
}
