#!/usr/bin/env bash
# `npm test`: every check, in order of cost. Stops at the first failing stage.
set -euo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1 TZ=Asia/Shanghai
mkdir -p tests/output

stage() { printf '\n=== %s ===\n' "$1" >&2; }

stage "browser and fonts"
bash scripts/ensure-browser.sh

stage "type check (astro check)"
npx astro check

stage "unit tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=tests/output/vitest.json

stage "build"
npx astro build

stage "end-to-end tests (playwright, Debian chromium)"
npx playwright test

stage "summary"
node scripts/test-summary.mjs tests/output/vitest.json tests/output/playwright.json
