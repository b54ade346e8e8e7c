import type * as Yaml from 'yaml';
import type * as Zod from 'zod';

// yaml and zod are loaded when first used, not when the CLI starts: reading a JSON file needs
// neither (zod only explains malformed tasks), and evaluating the two is about a quarter of a
// small command's run (some 25 ms). esbuild turns these require calls into its own lazy module
// calls in dist/; under vitest, each module has a require of its own.
/* eslint-disable @typescript-eslint/no-require-imports */

let yamlLibrary: typeof Yaml | undefined;
let zodLibrary: typeof Zod | undefined;

/** The yaml library, loaded on first use. */
export function yaml(): typeof Yaml {
  return (yamlLibrary ??= require('yaml') as typeof Yaml);
}

/** zod, loaded on first use. */
export function zod(): typeof Zod.z {
  return (zodLibrary ??= require('zod') as typeof Zod).z;
}
