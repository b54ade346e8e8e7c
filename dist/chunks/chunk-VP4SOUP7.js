import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  compareUnits
} from "./chunk-2JV77M2F.js";
import {
  compareIds
} from "./chunk-EXRDESWW.js";

// src/render/statusEmoji.ts
var STATUS_KEYS = ["done", "in-progress", "review", "ready", "waiting", "stalled", "blocked", "deferred", "cancelled"];
var DISPLAY = {
  done: { emoji: "\u2705", label: "Done" },
  "in-progress": { emoji: "\u{1F504}", label: "In progress" },
  review: { emoji: "\u{1F440}", label: "Review" },
  ready: { emoji: "\u23F3", label: "Ready" },
  waiting: { emoji: "\u{1F512}", label: "Waiting" },
  stalled: { emoji: "\u{1F6A7}", label: "Stalled" },
  blocked: { emoji: "\u26D4", label: "Blocked" },
  deferred: { emoji: "\u{1F4A4}", label: "Deferred" },
  cancelled: { emoji: "\u{1F6AB}", label: "Cancelled" }
};
function statusEmoji(unit) {
  const key = unit.status !== "pending" ? unit.status : unit.ready ? "ready" : unit.stalled ? "stalled" : "waiting";
  return { key, ...DISPLAY[key] };
}

// src/render/orderUnitsForDisplay.ts
function orderUnitsForDisplay(units) {
  const open = units.filter((unit) => unit.status !== "done" && unit.status !== "cancelled");
  const finished = units.filter((unit) => unit.status === "done" || unit.status === "cancelled");
  open.sort((a, b) => rank(a) - rank(b) || compareUnits(a, b));
  finished.sort((a, b) => compareIds(a.id, b.id));
  return { open, finished };
}
function rank(unit) {
  if (unit.status === "in-progress" || unit.status === "review") return 0;
  return unit.wave ?? Number.MAX_SAFE_INTEGER;
}

export {
  STATUS_KEYS,
  statusEmoji,
  orderUnitsForDisplay
};
