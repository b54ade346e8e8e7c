import { execFileSync } from 'node:child_process';
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
 * The copy is a git repository, so each task works and commits in its own worktree, is verified
 * and lands on main before its dependents start. The committed example is never touched.
 */
export async function demoCommand(args: string[], io: CliIO): Promise<number> {
  parseCommandLine(args, COMMON_OPTIONS);
  // The seed example and the stand-in agent ship with the package.
  const SEED_DIR = join(packageRoot(), 'examples', 'seed');
  const STAND_IN_AGENT = join(packageRoot(), 'examples', 'agents', 'stand-in-agent.mjs');
  const CHECK_WORK = join(packageRoot(), 'examples', 'agents', 'check-work.mjs');
  const workspace = mkdtempSync(join(tmpdir(), 'waves-demo-'));
  cpSync(SEED_DIR, workspace, { recursive: true });
  const git = (...gitArgs: string[]) => execFileSync('git', gitArgs, { cwd: workspace, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  // A repository of its own with a local identity, so the demo works on a machine without git config.
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.name', 'waves demo');
  git('config', 'user.email', 'waves-demo@localhost');
  git('add', '--all');
  git('commit', '--quiet', '--no-verify', '--message=The seed example');
  const here = { ...io, cwd: workspace };
  const color = io.isTTY && io.env.NO_COLOR === undefined;
  const heading = (text: string) => io.stdout(`\n${color ? `\u001b[1m${text}\u001b[22m` : text}\n`);
  const dashboard = () => {
    const { plan } = loadForCommand(undefined, undefined, here);
    io.stdout(renderStatusText(plan, planWaves(plan, { maxParallel: 6 }), { color, width: io.columns ?? 100 }));
  };

  heading(`The seed situation (a copy in ${workspace}): 267 is in progress and gates everything else.`);
  dashboard();
  heading('waves run --agent stand-in-agent --verify check-work --max-parallel 6 --restart-in-progress');
  const agent = `"${process.execPath}" "${STAND_IN_AGENT}"`;
  const verify = `"${process.execPath}" "${CHECK_WORK}"`;
  const code = await runCommand(['--agent', agent, '--verify', verify, '--max-parallel', '6', '--restart-in-progress'], here);
  heading('Afterwards:');
  dashboard();
  heading('main, one commit per task, in the order they landed:');
  io.stdout(git('log', '--reverse', '--format=%h %s', 'main'));
  io.stdout(`\nThe stand-in agent committed its work (work/ in ${workspace}); logs are in ${join(workspace, '.waves/logs')}.\nexamples/seed/ is unchanged. Next: try waves plan, waves simulate, waves status on your own tasks file.\n`);
  return code === EXIT.ok ? EXIT.ok : code;
}
