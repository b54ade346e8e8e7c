const CHUNK = /(\d+)|(\D+)/g;

function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** Natural order of ids: `2` < `10`, `267.2` < `267.10`, then plain text order. Total and deterministic. */
export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  // Most ids are plain numbers: compare them without splitting (this runs inside sorts of 100k ids).
  if (isDigits(a) && isDigits(b)) {
    const x = a.charCodeAt(0) === 48 ? a.replace(/^0+(?=\d)/, '') : a;
    const y = b.charCodeAt(0) === 48 ? b.replace(/^0+(?=\d)/, '') : b;
    if (x.length !== y.length) return x.length - y.length;
    if (x !== y) return x < y ? -1 : 1;
    return a.length - b.length;
  }
  const left = a.match(CHUNK) ?? [];
  const right = b.match(CHUNK) ?? [];
  const length = Math.min(left.length, right.length);
  for (let i = 0; i < length; i++) {
    const x = left[i] as string;
    const y = right[i] as string;
    if (x === y) continue;
    const xNumeric = x.charCodeAt(0) >= 48 && x.charCodeAt(0) <= 57;
    const yNumeric = y.charCodeAt(0) >= 48 && y.charCodeAt(0) <= 57;
    if (xNumeric && yNumeric) {
      const difference = Number(x) - Number(y);
      if (difference !== 0) return difference;
      if (x.length !== y.length) return x.length - y.length;
      continue;
    }
    if (xNumeric !== yNumeric) return xNumeric ? -1 : 1;
    return x < y ? -1 : 1;
  }
  if (left.length !== right.length) return left.length - right.length;
  return a < b ? -1 : 1;
}
