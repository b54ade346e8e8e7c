import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  runCommand
} from "./chunk-TUEG5KUA.js";
import "./chunk-COPXCMMI.js";
import {
  renderStatusText
} from "./chunk-BOF3RHS2.js";
import "./chunk-6MRR4EBY.js";
import "./chunk-GZE6XFLI.js";
import "./chunk-XHRHC6IW.js";
import {
  planWaves
} from "./chunk-ZFBAIYBU.js";
import "./chunk-CBOKWY7Q.js";
import {
  loadForCommand
} from "./chunk-EJZTU2UJ.js";
import {
  COMMON_OPTIONS,
  parseCommandLine
} from "./chunk-37YRZNYR.js";
import {
  EXIT
} from "./chunk-U5VXKIRA.js";

// src/cli/commands/demoCommand.ts
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";

// src/cli/packageRoot.ts
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function packageRoot() {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth++) {
    if (existsSync(join(directory, "package.json")) && existsSync(join(directory, "examples"))) return directory;
    directory = dirname(directory);
  }
  throw new Error("cannot find the wave-orchestrator package root (examples/ is missing from this installation)");
}

// src/cli/commands/demoCommand.ts
async function demoCommand(args, io) {
  parseCommandLine(args, COMMON_OPTIONS);
  const SEED_DIR = join2(packageRoot(), "examples", "seed");
  const STAND_IN_AGENT = join2(packageRoot(), "examples", "agents", "stand-in-agent.mjs");
  const workspace = mkdtempSync(join2(tmpdir(), "waves-demo-"));
  cpSync(SEED_DIR, workspace, { recursive: true });
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
  heading("waves run --agent stand-in-agent --max-parallel 6 --restart-in-progress");
  const agent = `"${process.execPath}" "${STAND_IN_AGENT}"`;
  const code = await runCommand(["--agent", agent, "--max-parallel", "6", "--restart-in-progress"], here);
  heading("Afterwards:");
  dashboard();
  io.stdout(`
The stand-in agent wrote its work to ${join2(workspace, "work")}; logs are in ${join2(workspace, ".waves/logs")}.
examples/seed/ is unchanged. Next: try waves plan, waves simulate, waves status on your own tasks file.
`);
  return code === EXIT.ok ? EXIT.ok : code;
}
export {
  demoCommand
};
