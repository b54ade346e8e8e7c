import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));

// src/render/loopGateLines.ts
function loopGateLines(result) {
  const lines = [];
  const { paused, budget } = result;
  if (paused) {
    lines.push(`Paused${paused.since ? ` since ${paused.since}` : ""}${paused.by ? ` by ${paused.by}` : ""}${paused.reason ? `: ${paused.reason}` : ""}. Nothing new is dispatched until ${paused.undo ?? "it is resumed (waves resume)"}.`);
  }
  const waiting = result.held.filter((skipped) => skipped.reason === "budget").length;
  if (budget && (budget.left === 0 || waiting > 0) && !paused) {
    lines.push(`Daily budget reached: ${budget.used} of ${budget.limit} dispatches in the last 24 hours${waiting > 0 ? `; ${waiting} ready held back` : ""}${budget.nextFreeAt ? `; the next slot frees at ${budget.nextFreeAt}` : ""}.`);
  } else if (budget) {
    lines.push(`Daily budget: ${budget.used} of ${budget.limit} dispatches used in the last 24 hours${budget.nextFreeAt && budget.used > 0 ? `; the oldest frees its slot at ${budget.nextFreeAt}` : ""}.`);
  }
  return lines;
}

// src/render/gatingDependencies.ts
function gatingDependencies(unit, byId) {
  if (unit.wave === void 0) return unit.waitingOn;
  const previous = unit.wave - 1;
  return unit.waitingOn.filter((id) => {
    const dependency = byId.get(id);
    const wave = dependency?.wave ?? (dependency && (dependency.status === "in-progress" || dependency.status === "review") ? 0 : void 0);
    return wave === previous;
  });
}

export {
  loopGateLines,
  gatingDependencies
};
