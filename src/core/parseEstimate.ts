/** Units an estimate may be written in, in hours. A working day is 8 hours, a week 5 days. */
const UNIT_HOURS: Record<string, number> = {
  s: 1 / 3600,
  sec: 1 / 3600,
  secs: 1 / 3600,
  second: 1 / 3600,
  seconds: 1 / 3600,
  m: 1 / 60,
  min: 1 / 60,
  mins: 1 / 60,
  minute: 1 / 60,
  minutes: 1 / 60,
  h: 1,
  hr: 1,
  hrs: 1,
  hour: 1,
  hours: 1,
  d: 8,
  day: 8,
  days: 8,
  w: 40,
  wk: 40,
  week: 40,
  weeks: 40,
};

const ESTIMATE = /^(\d+(?:\.\d+)?)(?:\s*[-–]\s*(\d+(?:\.\d+)?))?\s*([a-z]+)?$/;

/**
 * Reads an estimate (`90m`, `3h`, `2d`, `2-3h`, a bare number of hours; `45s` for timeouts) into hours.
 * A range counts as its midpoint. Returns undefined when the text is not an estimate.
 */
export function parseEstimate(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) && raw >= 0 ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  // A big file repeats a handful of estimates ("2h", "1d") thousands of times: read each once.
  const seen = known.get(raw);
  if (seen !== undefined || known.has(raw)) return seen;
  const hours = parseEstimateText(raw);
  if (known.size >= KNOWN_LIMIT) known.clear();
  known.set(raw, hours);
  return hours;
}

const KNOWN_LIMIT = 1024;
const known = new Map<string, number | undefined>();

function parseEstimateText(raw: string): number | undefined {
  const match = ESTIMATE.exec(raw.trim().toLowerCase());
  if (!match) return undefined;
  const [, low, high, unit] = match;
  const perUnit = unit === undefined ? 1 : UNIT_HOURS[unit];
  if (perUnit === undefined) return undefined;
  const lowValue = Number(low);
  const highValue = high === undefined ? lowValue : Number(high);
  if (highValue < lowValue) return undefined;
  return ((lowValue + highValue) / 2) * perUnit;
}
