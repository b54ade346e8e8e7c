// C0/C1 controls (newlines, tabs, ESC for terminal escapes) and Unicode line/paragraph separators break
// a line; bidi overrides make text display in a different order than it reads ("Trojan Source").
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Untrusted text as one printable line: controls become spaces, bidi overrides go, capped at `maxLength` code points with `…`. */
export function toSingleLine(text: string, maxLength = Number.POSITIVE_INFINITY): string {
  const line = text.replace(BREAKING, ' ').replace(BIDI, '').replace(/\s+/g, ' ').trim();
  if (line.length <= maxLength) return line; // UTF-16 length >= code points, so this is exact when it passes
  const points = Array.from(line);
  if (points.length <= maxLength) return line;
  return points.slice(0, Math.max(0, maxLength - 1)).join('').trimEnd() + '…';
}
