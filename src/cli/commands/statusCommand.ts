import { renderDashboardMarkdown } from '../../render/renderDashboardMarkdown.js';
import { renderStatusText } from '../../render/renderStatusText.js';
import { EXIT, type CliIO } from '../io.js';
import { PLAN_OPTIONS, parseCommandLine, readChoice } from '../parseOptions.js';
import { planFromSource } from '../planFromSource.js';

// No --json here: `waves plan --json` is the machine-readable view; status is for people.
const STATUS_OPTIONS = {
  tag: PLAN_OPTIONS.tag,
  debug: PLAN_OPTIONS.debug,
  help: PLAN_OPTIONS.help,
  'max-parallel': PLAN_OPTIONS['max-parallel'],
  pool: PLAN_OPTIONS.pool,
  granularity: PLAN_OPTIONS.granularity,
  source: PLAN_OPTIONS.source,
  repo: PLAN_OPTIONS.repo,
  label: PLAN_OPTIONS.label,
  format: { type: 'string' },
} as const;

const USAGE = 'Usage: waves status [FILE | --source issues --repo OWNER/NAME] [--tag T] [--format text|markdown] [--max-parallel N] [--pool C=N] [--granularity task|subtask]\n';

/** `waves status [FILE] [--tag T] [--format text|markdown] [--max-parallel N] [--pool C=N] [--granularity task|subtask]` */
export async function statusCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandLine(args, STATUS_OPTIONS);
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const format = readChoice('--format', values.format, ['text', 'markdown'] as const, 'text');
  const { plan, result } = await planFromSource(positionals[0], values, io);
  if (format === 'markdown') {
    io.stdout(renderDashboardMarkdown(plan, result));
    return EXIT.ok;
  }
  // Colour only on a terminal, and never when the user opted out (https://no-color.org: set and not empty).
  const color = io.isTTY && !io.env.NO_COLOR;
  const columns = Number(io.env.COLUMNS);
  const width = Number.isInteger(columns) && columns >= 60 ? columns : undefined;
  io.stdout(renderStatusText(plan, result, width === undefined ? { color } : { color, width }));
  return EXIT.ok;
}
