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
echo "packed tarball: npx wave-orchestrator --version ($version) and --help work"
