import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  gatingDependencies,
  loopGateLines
} from "./chunk-YI2LNWNZ.js";
import {
  formatHours
} from "./chunk-6MRR4EBY.js";
import {
  planFromSource
} from "./chunk-X2F5JEPL.js";
import "./chunk-YB4OTH27.js";
import "./chunk-M2R37MCA.js";
import "./chunk-2JV77M2F.js";
import "./chunk-ZKU5KU4T.js";
import "./chunk-MC6XESQO.js";
import "./chunk-KZ3NXUHJ.js";
import {
  PLAN_OPTIONS,
  parseCommandLine
} from "./chunk-EXRDESWW.js";
import {
  EXIT
} from "./chunk-UQBKCWIS.js";
import "./chunk-MMZRYQYA.js";

// src/render/renderPlanJson.ts
function renderPlanJson(plan, result) {
  const json = {
    file: plan.file,
    tag: plan.tag ?? null,
    granularity: result.granularity,
    maxParallel: result.maxParallel,
    dispatch: result.dispatch,
    held: result.held,
    inProgress: result.inProgress,
    waves: result.waves,
    waitingOn: result.waitingOn,
    stalled: result.stalled,
    criticalPath: result.criticalPath,
    criticalPathHours: round(result.criticalPathHours),
    remainingHours: round(result.remainingHours),
    etaHours: round(result.etaHours),
    counts: result.counts,
    paused: result.paused ? { reason: result.paused.reason, since: result.paused.since, by: result.paused.by } : null
  };
  if (result.budget) json.budget = result.budget;
  return json;
}
function round(hours) {
  return Math.round(hours * 100) / 100;
}

// src/render/renderPlanText.ts
function renderPlanText(plan, result) {
  const byId = new Map(result.units.map((unit) => [unit.id, unit]));
  const lines = [];
  const { counts } = result;
  lines.push(`${plan.file}${plan.tag ? ` [${plan.tag}]` : ""}: ${counts.total} ${result.granularity === "task" ? "tasks" : "units"}, ${counts.done} done, ${counts.inProgress} in progress, ${counts.ready} ready, ${counts.blocked} blocked`);
  lines.push("");
  for (const line of loopGateLines(result)) lines.push(line, "");
  if (result.inProgress.length > 0) lines.push(`Running (${result.inProgress.length}): ${result.inProgress.map((id) => label(byId.get(id))).join(", ")}`);
  if (result.dispatch.length > 0) {
    lines.push(`Dispatch now (${result.dispatch.length} of max ${result.maxParallel}):`);
    result.dispatch.forEach((id, index) => {
      const unit = byId.get(id);
      lines.push(`  ${index + 1}. ${unit.id}  ${unit.title}  [${unit.priority}${unit.agent ? `, ${unit.agent}` : ""}]`);
    });
  } else {
    lines.push(counts.total === counts.done + counts.cancelled ? "All done: nothing left to dispatch." : "Nothing to dispatch now.");
  }
  for (const held of result.held) {
    const why = held.reason === "capacity" ? "no free slot" : held.reason === "pool" ? `pool "${held.detail}" is full` : held.reason === "paused" ? "paused" : held.reason === "budget" ? "daily budget used up" : `paths overlap ${held.detail}`;
    lines.push(`  held: ${held.id} (${why})`);
  }
  if (result.waves.length > 0) {
    lines.push("");
    lines.push("Waves:");
    result.waves.forEach((wave, index) => {
      const after = [...new Set(wave.flatMap((id) => gatingDependencies(byId.get(id), byId)))];
      lines.push(`  wave ${index + 1}: ${wave.join(", ")}${after.length > 0 ? ` \u2014 after ${after.join(", ")}` : ""}`);
    });
  }
  if (result.stalled.length > 0) lines.push(`  stalled (held by blocked or deferred work): ${result.stalled.join(", ")}`);
  if (result.criticalPath.length > 0) {
    lines.push("");
    lines.push(`Critical path: ${result.criticalPath.join(" -> ")} (${formatHours(result.criticalPathHours)})`);
    lines.push(`ETA: ${formatHours(result.etaHours)} at best with ${result.maxParallel} in parallel (${formatHours(result.remainingHours)} of work left)`);
  }
  return lines.join("\n") + "\n";
}
function label(unit) {
  return unit ? `${unit.id} ${unit.title}` : "?";
}

// src/cli/commands/planCommand.ts
async function planCommand(args, io) {
  const { values, positionals } = parseCommandLine(args, PLAN_OPTIONS);
  const { plan, result } = await planFromSource(positionals[0], values, io);
  io.stdout(values.json ? JSON.stringify(renderPlanJson(plan, result)) + "\n" : renderPlanText(plan, result));
  return EXIT.ok;
}
export {
  planCommand
};
