import picomatch from 'picomatch';

interface PathPattern {
  /** Literal leading directories, as segments. */
  base: string[];
  isGlob: boolean;
  globstar: boolean;
  matches: (path: string) => boolean;
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
    matches: scan.isGlob ? picomatch(clean, { dot: true }) : () => false,
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
  const path = literal.base.join('/');
  return glob.matches(path) || glob.globstar;
}

/** Whether any pattern of one list may touch a file that a pattern of the other touches. */
export function pathsOverlap(left: readonly string[], right: readonly string[]): boolean {
  for (const a of left) for (const b of right) if (patternsOverlap(a, b)) return true;
  return false;
}
