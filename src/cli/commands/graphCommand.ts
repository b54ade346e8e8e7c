import { renderDot } from '../../render/renderDot.js';
import { renderMermaid } from '../../render/renderMermaid.js';
import { EXIT, type CliIO } from '../io.js';
import { COMMON_OPTIONS, PLAN_OPTIONS, parseCommandLine, readChoice } from '../parseOptions.js';
import { planFromArgs } from '../planFromArgs.js';

const GRAPH_OPTIONS = {
  tag: COMMON_OPTIONS.tag,
  debug: COMMON_OPTIONS.debug,
  help: COMMON_OPTIONS.help,
  granularity: PLAN_OPTIONS.granularity,
  format: { type: 'string' },
} as const;

const USAGE = 'Usage: waves graph [FILE] [--tag T] [--format mermaid|dot] [--granularity task|subtask]\n';

/** `waves graph [FILE] [--tag T] [--format mermaid|dot] [--granularity task|subtask]`: the dependency graph, coloured by status. */
export function graphCommand(args: string[], io: CliIO): number {
  const { values, positionals } = parseCommandLine(args, GRAPH_OPTIONS);
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const format = readChoice('--format', values.format, ['mermaid', 'dot'] as const, 'mermaid');
  const { plan, result } = planFromArgs(positionals[0], { tag: values.tag, granularity: values.granularity }, io);
  io.stdout(format === 'dot' ? renderDot(plan, result) : renderMermaid(plan, result));
  return EXIT.ok;
}
