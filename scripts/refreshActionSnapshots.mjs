#!/usr/bin/env node
// Refreshes test/workflowRunner/actionSnapshots/: for each `owner/repo@tag` below, reads action.yml
// at that tag from a git copy of the repository and writes the facts the workflow runner checks
// `with:` keys against (input names, required flags, defaults, outputs) with the tag and commit.
//
//   node scripts/refreshActionSnapshots.mjs [--mirrors DIR]
//
// Without --mirrors it clones each repository from https://github.com (bare, blobless) into a
// temporary directory. With --mirrors DIR it reads DIR/<owner>+<repo>/repo (a bare mirror).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ACTIONS = [
  'actions/checkout@v4', 'actions/checkout@v5', 'actions/checkout@v6', 'actions/checkout@v7',
  'actions/upload-artifact@v4', 'actions/upload-artifact@v5', 'actions/upload-artifact@v6', 'actions/upload-artifact@v7',
  'actions/download-artifact@v4', 'actions/download-artifact@v5', 'actions/download-artifact@v6', 'actions/download-artifact@v7', 'actions/download-artifact@v8',
  'actions/setup-node@v4', 'actions/setup-node@v5', 'actions/setup-node@v6', 'actions/setup-node@v7',
  'anthropics/claude-code-action@v1',
  'openai/codex-action@v1',
  'actions/create-github-app-token@v1', 'actions/create-github-app-token@v2',
];

const OUT = fileURLToPath(new URL('../test/workflowRunner/actionSnapshots/', import.meta.url));
const mirrorsAt = process.argv.indexOf('--mirrors');
const mirrors = mirrorsAt >= 0 ? process.argv[mirrorsAt + 1] : undefined;
const scratch = mkdtempSync(join(tmpdir(), 'waves-snapshots-'));
const git = (gitDir, ...args) => execFileSync('git', [`--git-dir=${gitDir}`, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

try {
  const repos = new Map();
  for (const entry of ACTIONS) {
    const [repository, tag] = entry.split('@');
    let gitDir = repos.get(repository);
    if (!gitDir) {
      gitDir = mirrors ? join(mirrors, repository.replace('/', '+'), 'repo') : join(scratch, repository.replace('/', '+'));
      if (!mirrors) execFileSync('git', ['clone', '--quiet', '--bare', '--filter=blob:none', `https://github.com/${repository}.git`, gitDir], { stdio: 'inherit' });
      if (!existsSync(gitDir)) throw new Error(`no git copy of ${repository} at ${gitDir}`);
      repos.set(repository, gitDir);
    }
    const commit = git(gitDir, 'rev-parse', `${tag}^{commit}`).trim();
    const file = ['action.yml', 'action.yaml'].find((name) => {
      try { git(gitDir, 'cat-file', '-e', `${commit}:${name}`); return true; } catch { return false; }
    });
    if (!file) throw new Error(`${entry}: no action.yml at ${commit}`);
    const metadata = parse(git(gitDir, 'show', `${commit}:${file}`));
    const inputs = Object.fromEntries(Object.entries(metadata.inputs ?? {}).map(([name, input]) => [name, {
      required: input?.required === true || input?.required === 'true',
      ...(input?.default === undefined ? {} : { default: String(input.default) }),
      ...(input?.deprecationMessage ? { deprecated: true } : {}),
    }]));
    const snapshot = { action: repository, tag, commit, file, readFrom: `https://github.com/${repository}/blob/${commit}/${file}`, using: metadata.runs?.using, inputs, outputs: Object.keys(metadata.outputs ?? {}) };
    writeFileSync(join(OUT, `${repository.replace('/', '__')}@${tag}.json`), JSON.stringify(snapshot, null, 2) + '\n');
    console.log(`${entry}: ${commit} (${Object.keys(inputs).length} inputs, ${snapshot.outputs.length} outputs)`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
