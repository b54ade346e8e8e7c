import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The core is pure: no I/O, no process, no platform. Adapters pass data in.
    files: ['src/core/**/*.ts', 'src/render/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'child_process', 'os', 'process'], message: 'core and render are pure: no Node built-ins; pass data in from an adapter.' },
          { group: ['@actions/*', '@octokit/*'], message: 'core and render know nothing of GitHub; use the action adapter.' },
          { group: ['**/sources/**', '**/cli/**', '**/action/**', '**/write/**'], message: 'core and render must not depend on adapters.' },
        ],
      }],
      'no-restricted-globals': ['error', { name: 'process', message: 'core and render are pure: pass values in.' }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'no clocks in the core: pass the time in.' },
        // new Date() and Date() read the clock too; new Date(value) only converts.
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'no clocks in the core: pass the time in.' },
        { selector: "CallExpression[callee.name='Date']", message: 'no clocks in the core: pass the time in.' },
        { selector: "MemberExpression[object.name='performance'][property.name='now']", message: 'no clocks in the core: pass the time in.' },
      ],
    },
  },
  {
    files: ['**/*.mjs', 'bench/**', 'scripts/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
