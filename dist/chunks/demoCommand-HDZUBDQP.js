import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  runCommand
} from "./chunk-RY544LOY.js";
import "./chunk-2K2XW6JF.js";
import "./chunk-UMKIJASC.js";
import {
  packageRoot
} from "./chunk-UCYAFNVE.js";
import "./chunk-RJ3BYHNG.js";
import "./chunk-VUF4HQOA.js";
import {
  renderStatusText
} from "./chunk-JI2AQY5N.js";
import "./chunk-VYEPJKKK.js";
import "./chunk-XHRHC6IW.js";
import "./chunk-6MRR4EBY.js";
import "./chunk-QIPHI6LT.js";
import {
  planWaves
} from "./chunk-AXDZXKQE.js";
import "./chunk-ZKU5KU4T.js";
import {
  loadForCommand
} from "./chunk-PHKPO4NC.js";
import {
  COMMON_OPTIONS,
  parseCommandLine
} from "./chunk-4UXN3F6D.js";
import {
  EXIT
} from "./chunk-UQBKCWIS.js";
import "./chunk-MMZRYQYA.js";

// src/cli/commands/demoCommand.ts
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
async function demoCommand(args, io) {
  parseCommandLine(args, COMMON_OPTIONS);
  const SEED_DIR = join(packageRoot(), "examples", "seed");
  const STAND_IN_AGENT = join(packageRoot(), "examples", "agents", "stand-in-agent.mjs");
  const CHECK_WORK = join(packageRoot(), "examples", "agents", "check-work.mjs");
  const workspace = mkdtempSync(join(tmpdir(), "waves-demo-"));
  cpSync(SEED_DIR, workspace, { recursive: true });
  const git = (...gitArgs) => execFileSync("git", gitArgs, { cwd: workspace, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  git("init", "--quiet", "--initial-branch=main");
  git("config", "user.name", "waves demo");
  git("config", "user.email", "waves-demo@localhost");
  git("add", "--all");
  git("commit", "--quiet", "--no-verify", "--message=The seed example");
  const here = { ...io, cwd: workspace };
  const color = io.isTTY && io.env.NO_COLOR === void 0;
  const heading = (text) => io.stdout(`
${color ? `\x1B[1m${text}\x1B[22m` : text}
`);
  const dashboard = () => {
    const { plan } = loadForCommand(void 0, void 0, here);
    io.stdout(renderStatusText(plan, planWaves(plan, { maxParallel: 6 }), { color, width: io.columns ?? 100 }));
  };
  heading(`The seed situation (a copy in ${workspace}): 267 is in progress and gates everything else.`);
  dashboard();
  heading("waves run --agent stand-in-agent --verify check-work --max-parallel 6 --restart-in-progress");
  const agent = `"${process.execPath}" "${STAND_IN_AGENT}"`;
  const verify = `"${process.execPath}" "${CHECK_WORK}"`;
  const code = await runCommand(["--agent", agent, "--verify", verify, "--max-parallel", "6", "--restart-in-progress"], here);
  heading("Afterwards:");
  dashboard();
  heading("main, one commit per task, in the order they landed:");
  io.stdout(git("log", "--reverse", "--format=%h %s", "main"));
  io.stdout(`
The stand-in agent committed its work (work/ in ${workspace}); logs are in ${join(workspace, ".waves/logs")}.
examples/seed/ is unchanged. Next: try waves plan, waves simulate, waves status on your own tasks file.
`);
  return code === EXIT.ok ? EXIT.ok : code;
}
export {
  demoCommand
};
