#!/usr/bin/env bash
# The package as npm users get it: `npm pack`, installed in an empty directory, must answer
# `npx wave-orchestrator --version` (the package.json version) and `--help`, so `files` ships what the bin needs.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d "${TMPDIR:-/tmp}/waves-packed-XXXXXX")
trap 'rm -rf "$work"' EXIT
tarball=$(npm pack --silent --pack-destination "$work")
mkdir "$work/app"
cd "$work/app"
echo '{"name":"packed-check","version":"1.0.0","private":true}' > package.json
# Dependencies come from the npm cache when present (offline), otherwise from the registry.
npm install --prefer-offline --no-audit --no-fund --silent "$work/$tarball"
expected=$(node -p "require('$OLDPWD/package.json').version")
version=$(npx --no-install wave-orchestrator --version)
[ "$version" = "$expected" ] || { echo "npx wave-orchestrator --version printed '$version', expected '$expected'" >&2; exit 1; }
npx --no-install wave-orchestrator --help | grep -q "Usage:" || { echo "npx wave-orchestrator --help printed no usage" >&2; exit 1; }
npx --no-install waves --version >/dev/null
# yaml and zod ship apart from the bundle, in dist/lib/ (scripts/build.mjs): a YAML plan needs the
# one, explaining a malformed task the other.
printf 'tasks:\n  - id: a\n    title: First\n    status: pending\n' > waves.yml
npx --no-install waves status waves.yml | grep -q "waves.yml: 1 task" || { echo "waves status on a YAML plan failed" >&2; exit 1; }
echo '{"master":{"tasks":[{"id":1,"title":5,"status":"pending"}]}}' > tasks.json
if npx --no-install waves status tasks.json 2>err.txt; then echo "waves status accepted a task whose title is a number" >&2; exit 1; fi
grep -q "title: Invalid input" err.txt || { echo "waves status did not explain the malformed task:" >&2; cat err.txt >&2; exit 1; }
echo "packed tarball: npx wave-orchestrator --version ($version) and --help work; a YAML plan reads and a malformed task is explained"
