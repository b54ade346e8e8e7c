import { renderDot } from '../../render/renderDot.js';
import { renderMermaid } from '../../render/renderMermaid.js';
import { EXIT, type CliIO } from '../io.js';
import { COMMON_OPTIONS, PLAN_OPTIONS, parseCommandLine, readChoice } from '../parseOptions.js';
import { planFromSource } from '../planFromSource.js';

const GRAPH_OPTIONS = {
  tag: COMMON_OPTIONS.tag,
  debug: COMMON_OPTIONS.debug,
  help: COMMON_OPTIONS.help,
  granularity: PLAN_OPTIONS.granularity,
  source: PLAN_OPTIONS.source,
  repo: PLAN_OPTIONS.repo,
  label: PLAN_OPTIONS.label,
  format: { type: 'string' },
} as const;

const USAGE = 'Usage: waves graph [FILE | --source issues --repo OWNER/NAME] [--tag T] [--format mermaid|dot] [--granularity task|subtask]\n';

/** `waves graph [FILE] [--tag T] [--format mermaid|dot] [--granularity task|subtask]`: the dependency graph, coloured by status. */
export async function graphCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandLine(args, GRAPH_OPTIONS);
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const format = readChoice('--format', values.format, ['mermaid', 'dot'] as const, 'mermaid');
  const { plan, result } = await planFromSource(positionals[0], { tag: values.tag, granularity: values.granularity, source: values.source, repo: values.repo, label: values.label }, io);
  io.stdout(format === 'dot' ? renderDot(plan, result) : renderMermaid(plan, result));
  return EXIT.ok;
}
