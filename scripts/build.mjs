// Bundles the action entry and the CLI into dist/ (committed; CI checks it equals a fresh build).
import { build } from 'esbuild';

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // jsonc-parser's default entry is a UMD build that esbuild cannot follow; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies call require() for Node built-ins, and write-file-atomic hashes
  // __filename into its temp names: give the ESM bundle all three.
  banner: {
    js: [
      "import { createRequire as __wavesCreateRequire } from 'node:module';",
      "import { fileURLToPath as __wavesFileURLToPath } from 'node:url';",
      'const require = __wavesCreateRequire(import.meta.url);',
      'const __filename = __wavesFileURLToPath(import.meta.url);',
      "const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));",
    ].join('\n'),
  },
};

await build({ ...common, entryPoints: ['src/cli/index.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node\n' + common.banner.js } });
await build({ ...common, entryPoints: ['src/action/index.ts'], outfile: 'dist/index.js' });
