import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  LoopRecordError,
  updateLoopRecord
} from "./chunk-5KGO5SDV.js";
import "./chunk-ZNORQ5VF.js";
import {
  readLoopRecord,
  withLoopField
} from "./chunk-ZKU5KU4T.js";
import {
  resolveTasksFile
} from "./chunk-MC6XESQO.js";
import "./chunk-KZ3NXUHJ.js";
import {
  COMMON_OPTIONS,
  parseCommandLine
} from "./chunk-EXRDESWW.js";
import {
  EXIT,
  UsageError
} from "./chunk-UQBKCWIS.js";
import "./chunk-MMZRYQYA.js";

// src/cli/commands/pauseCommand.ts
var PAUSE_OPTIONS = { ...COMMON_OPTIONS, reason: { type: "string" } };
async function pauseCommand(args, io) {
  const { values, positionals } = parseCommandLine(args, PAUSE_OPTIONS);
  if (values.help) {
    io.stdout("Usage: waves pause [FILE] [--reason TEXT] [--tag T] [--json]\n");
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"; usage: waves pause [FILE] [--reason TEXT] (quote a reason with spaces)`);
  const { path, file } = resolveTasksFile(positionals[0], io);
  const pause = { reason: values.reason ?? "", since: (/* @__PURE__ */ new Date()).toISOString(), by: io.env.GITHUB_ACTOR || io.env.USER || "waves pause" };
  return withErrors(io, "pause", async () => {
    let already;
    const { plan } = await updateLoopRecord(path, (fresh) => {
      already = readLoopRecord(fresh).paused;
      return already ? void 0 : withLoopField(fresh, "paused", pause);
    }, { ...values.tag === void 0 ? {} : { tag: values.tag }, shown: file });
    const where = `${file}${plan.tag !== void 0 ? ` [${plan.tag}]` : ""}`;
    if (values.json) io.stdout(JSON.stringify({ file, tag: plan.tag ?? null, paused: already ?? pause, changed: !already }) + "\n");
    else io.stdout(already ? `${where}: already paused since ${already.since || "(unknown)"}${already.by ? ` by ${already.by}` : ""}${already.reason ? `: ${already.reason}` : ""} (unchanged)
` : `${where}: paused; no new work starts until "waves resume"
`);
    return EXIT.ok;
  });
}
async function resumeCommand(args, io) {
  const { values, positionals } = parseCommandLine(args, COMMON_OPTIONS);
  if (values.help) {
    io.stdout("Usage: waves resume [FILE] [--tag T] [--json]\n");
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"; usage: waves resume [FILE]`);
  const { path, file } = resolveTasksFile(positionals[0], io);
  return withErrors(io, "resume", async () => {
    let was;
    const { plan } = await updateLoopRecord(path, (fresh) => {
      was = readLoopRecord(fresh).paused;
      return was ? withLoopField(fresh, "paused", void 0) : void 0;
    }, { ...values.tag === void 0 ? {} : { tag: values.tag }, shown: file });
    const where = `${file}${plan.tag !== void 0 ? ` [${plan.tag}]` : ""}`;
    if (values.json) io.stdout(JSON.stringify({ file, tag: plan.tag ?? null, was: was ?? null, changed: was !== void 0 }) + "\n");
    else io.stdout(was ? `${where}: resumed (was paused since ${was.since || "(unknown)"}${was.reason ? `: ${was.reason}` : ""})
` : `${where}: not paused (unchanged)
`);
    return EXIT.ok;
  });
}
async function withErrors(io, name, body) {
  try {
    return await body();
  } catch (error) {
    if (!(error instanceof LoopRecordError)) throw error;
    io.stderr(`waves ${name}: ${error.message}
`);
    return EXIT.problems;
  }
}
export {
  pauseCommand,
  resumeCommand
};
