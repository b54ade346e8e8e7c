import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));

// src/core/loopRecord.ts
var isRecord = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
var text = (value) => typeof value === "string" ? value : typeof value === "number" ? String(value) : void 0;
function rawLoopRecord(plan) {
  const waves = plan.metadata?.waves;
  return isRecord(waves) ? waves : {};
}
function readLoopRecord(plan) {
  const raw = rawLoopRecord(plan);
  const record = { dispatches: [], failures: { ids: [] } };
  const paused = raw.paused;
  if (isRecord(paused)) record.paused = { reason: text(paused.reason) ?? "", since: text(paused.since) ?? "", by: text(paused.by) ?? "" };
  else if (paused === true || typeof paused === "string") record.paused = { reason: typeof paused === "string" ? paused : "", since: "", by: "" };
  if (Array.isArray(raw.dispatches)) {
    for (const entry of raw.dispatches) {
      if (!isRecord(entry)) continue;
      const id = text(entry.id);
      const at = text(entry.at);
      if (id !== void 0 && at !== void 0 && !Number.isNaN(Date.parse(at))) record.dispatches.push({ id, at });
    }
  }
  const failures = raw.failures;
  if (isRecord(failures) && Array.isArray(failures.ids)) {
    record.failures.ids = failures.ids.map(text).filter((id) => id !== void 0);
    const lastRun = text(failures.lastRun);
    if (lastRun !== void 0) record.failures.lastRun = lastRun;
  }
  return record;
}
function withLoopField(plan, key, value) {
  const next = { ...rawLoopRecord(plan) };
  if (value === void 0) delete next[key];
  else next[key] = value;
  return Object.keys(next).length === 0 ? null : next;
}

export {
  rawLoopRecord,
  readLoopRecord,
  withLoopField
};
