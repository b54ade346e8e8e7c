import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  dailyBudget,
  gateDispatch
} from "./chunk-2JV77M2F.js";
import {
  readLoopRecord
} from "./chunk-ZKU5KU4T.js";

// src/core/applyLoopGates.ts
function applyLoopGates(plan, result, maxPerDay, now, otherPause) {
  const record = readLoopRecord(plan);
  const gates = {};
  const paused = record.paused ?? otherPause;
  if (paused) gates.paused = paused;
  if (maxPerDay !== void 0) gates.budget = dailyBudget(record.dispatches, maxPerDay, now);
  return gateDispatch(result, gates);
}

export {
  applyLoopGates
};
