import { renderPlanJson } from '../../render/renderPlanJson.js';
import { renderPlanText } from '../../render/renderPlanText.js';
import { EXIT, type CliIO } from '../io.js';
import { PLAN_OPTIONS, parseCommandLine } from '../parseOptions.js';
import { planFromSource } from '../planFromSource.js';

/** `waves plan [FILE] [--tag T] [--max-parallel N] [--pool C=N] [--granularity task|subtask] [--json]` */
export async function planCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandLine(args, PLAN_OPTIONS);
  const { plan, result } = await planFromSource(positionals[0], values, io);
  io.stdout(values.json ? JSON.stringify(renderPlanJson(plan, result)) + '\n' : renderPlanText(plan, result));
  return EXIT.ok;
}
