import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  require_node_child_process,
  runCommand
} from "./chunk-DW3ZJH5R.js";
import "./chunk-L6KWX7FM.js";
import "./chunk-7CFGHZAK.js";
import {
  packageRoot
} from "./chunk-X4XCCRXC.js";
import "./chunk-5KGO5SDV.js";
import "./chunk-ZNORQ5VF.js";
import {
  renderStatusText
} from "./chunk-YMM2C3PX.js";
import "./chunk-VP4SOUP7.js";
import "./chunk-XHRHC6IW.js";
import "./chunk-6MRR4EBY.js";
import "./chunk-M2R37MCA.js";
import {
  planWaves
} from "./chunk-2JV77M2F.js";
import "./chunk-ZKU5KU4T.js";
import {
  loadForCommand
} from "./chunk-MC6XESQO.js";
import {
  require_node_fs,
  require_node_path
} from "./chunk-KZ3NXUHJ.js";
import {
  COMMON_OPTIONS,
  parseCommandLine
} from "./chunk-EXRDESWW.js";
import {
  EXIT
} from "./chunk-UQBKCWIS.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-MMZRYQYA.js";

// builtin-by-require:node:os
var require_node_os = __commonJS({
  "builtin-by-require:node:os"(exports, module) {
    module.exports = __require("node:os");
  }
});

// src/cli/commands/demoCommand.ts
var import_node_child_process = __toESM(require_node_child_process(), 1);
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_os = __toESM(require_node_os(), 1);
var import_node_path = __toESM(require_node_path(), 1);
async function demoCommand(args, io) {
  parseCommandLine(args, COMMON_OPTIONS);
  const SEED_DIR = (0, import_node_path.join)(packageRoot(), "examples", "seed");
  const STAND_IN_AGENT = (0, import_node_path.join)(packageRoot(), "examples", "agents", "stand-in-agent.mjs");
  const CHECK_WORK = (0, import_node_path.join)(packageRoot(), "examples", "agents", "check-work.mjs");
  const workspace = (0, import_node_fs.mkdtempSync)((0, import_node_path.join)((0, import_node_os.tmpdir)(), "waves-demo-"));
  (0, import_node_fs.cpSync)(SEED_DIR, workspace, { recursive: true });
  const git = (...gitArgs) => (0, import_node_child_process.execFileSync)("git", gitArgs, { cwd: workspace, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
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
The stand-in agent committed its work (work/ in ${workspace}); logs are in ${(0, import_node_path.join)(workspace, ".waves/logs")}.
examples/seed/ is unchanged. Next: try waves plan, waves simulate, waves status on your own tasks file.
`);
  return code === EXIT.ok ? EXIT.ok : code;
}
export {
  demoCommand
};
