import picomatch from 'picomatch';

interface PathPattern {
  /** Literal leading directories, as segments. */
  base: string[];
  isGlob: boolean;
  globstar: boolean;
  braces: boolean;
  /** The pattern's segments, split on `/`. */
  segments: string[];
}

const cache = new Map<string, PathPattern>();

function compile(pattern: string): PathPattern {
  let compiled = cache.get(pattern);
  if (compiled) return compiled;
  const clean = pattern.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
  const scan = picomatch.scan(clean);
  const base = (scan.isGlob ? scan.base : clean).split('/').filter((segment) => segment !== '' && segment !== '.');
  compiled = {
    base,
    isGlob: scan.isGlob,
    globstar: clean.includes('**'),
    braces: clean.includes('{'),
    segments: clean.split('/').filter((segment) => segment !== '' && segment !== '.'),
  };
  cache.set(pattern, compiled);
  return compiled;
}

function isPrefix(short: string[], long: string[]): boolean {
  if (short.length > long.length) return false;
  return short.every((segment, index) => segment === long[index]);
}

/**
 * Whether two path patterns (literal paths or globs) may touch a common file. Conservative:
 * when it cannot rule an overlap out, it says they overlap, so two tasks never edit one file at once.
 * A literal path also stands for everything under it (a directory).
 */
export function patternsOverlap(left: string, right: string): boolean {
  const a = compile(left);
  const b = compile(right);
  if (!isPrefix(a.base, b.base) && !isPrefix(b.base, a.base)) return false;
  if (!a.isGlob && !b.isGlob) return true;
  if (a.isGlob && b.isGlob) return true;
  const [literal, glob] = a.isGlob ? [b, a] : [a, b];
  if (isPrefix(literal.base, glob.base)) return true; // the literal is a directory above the glob
  if (glob.globstar || glob.braces) return true; // `**` reaches any depth; braces may hide a `/`
  // The literal is deeper than the glob's base: it overlaps when the glob's leading segments
  // match the literal's, so that the glob names the literal itself or something inside it.
  const segments = glob.segments;
  if (segments.length < literal.base.length) return false;
  for (let index = 0; index < literal.base.length; index++) {
    if (!picomatch.isMatch(literal.base[index] as string, segments[index] as string, { dot: true })) return false;
  }
  return true;
}

/** Whether any pattern of one list may touch a file that a pattern of the other touches. */
export function pathsOverlap(left: readonly string[], right: readonly string[]): boolean {
  for (const a of left) for (const b of right) if (patternsOverlap(a, b)) return true;
  return false;
}
