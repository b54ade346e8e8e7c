import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planWaves } from '../../core/planWaves.js';
import { renderStatusText } from '../../render/renderStatusText.js';
import { EXIT, type CliIO } from '../io.js';
import { loadForCommand } from '../loadForCommand.js';
import { COMMON_OPTIONS, parseCommandLine } from '../parseOptions.js';
import { packageRoot } from '../packageRoot.js';
import { runCommand } from './runCommand.js';


/**
 * `waves demo`: the whole product on a temporary copy of the seed example. The dashboard as the
 * hand-made plan left it, then `waves run` with a stand-in agent: 267 finishing, the immediate wave
 * launching high priority first, 255 and 260 starting as soon as 254 is done, the final dashboard.
 * The committed example is never touched.
 */
export async function demoCommand(args: string[], io: CliIO): Promise<number> {
  parseCommandLine(args, COMMON_OPTIONS);
  // The seed example and the stand-in agent ship with the package.
  const SEED_DIR = join(packageRoot(), 'examples', 'seed');
  const STAND_IN_AGENT = join(packageRoot(), 'examples', 'agents', 'stand-in-agent.mjs');
  const workspace = mkdtempSync(join(tmpdir(), 'waves-demo-'));
  cpSync(SEED_DIR, workspace, { recursive: true });
  const here = { ...io, cwd: workspace };
  const color = io.isTTY && io.env.NO_COLOR === undefined;
  const heading = (text: string) => io.stdout(`\n${color ? `\u001b[1m${text}\u001b[22m` : text}\n`);
  const dashboard = () => {
    const { plan } = loadForCommand(undefined, undefined, here);
    io.stdout(renderStatusText(plan, planWaves(plan, { maxParallel: 6 }), { color, width: io.columns ?? 100 }));
  };

  heading(`The seed situation (a copy in ${workspace}): 267 is in progress and gates everything else.`);
  dashboard();
  heading('waves run --agent stand-in-agent --max-parallel 6 --restart-in-progress');
  const agent = `"${process.execPath}" "${STAND_IN_AGENT}"`;
  const code = await runCommand(['--agent', agent, '--max-parallel', '6', '--restart-in-progress'], here);
  heading('Afterwards:');
  dashboard();
  io.stdout(`\nThe stand-in agent wrote its work to ${join(workspace, 'work')}; logs are in ${join(workspace, '.waves/logs')}.\nexamples/seed/ is unchanged. Next: try waves plan, waves simulate, waves status on your own tasks file.\n`);
  return code === EXIT.ok ? EXIT.ok : code;
}
