#!/usr/bin/env bash
# `npm test`: every check, cheapest first. Stops at the first failing stage.
# Each stage can be run alone: npm run check, test:unit, build, check:html, check:links,
# test:e2e (includes check:a11y), check:lighthouse, check:reproducible.
set -euo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1 TZ=Asia/Shanghai
mkdir -p tests/output
start_all=$SECONDS

stage() {
  local name=$1
  shift
  printf '\n=== %s ===\n' "$name" >&2
  local start=$SECONDS
  "$@"
  printf '=== %s: done in %ss ===\n' "$name" "$((SECONDS - start))" >&2
}

stage "browser and fonts" bash scripts/ensure-browser.sh
stage "type check (astro check)" npx astro check
stage "unit tests (vitest)" npx vitest run --reporter=default --reporter=json --outputFile.json=tests/output/vitest.json
stage "build (site and bulletin PDFs)" npm run -s build
stage "HTML validity (Nu Html Checker)" npx tsx scripts/check-html.ts
stage "internal links and anchors" npx tsx scripts/check-links.ts
stage "browser tests (Playwright, Debian Chromium; axe, CSP, search, bulletins)" npx playwright test
stage "Lighthouse" npx tsx scripts/check-lighthouse.ts
stage "reproducible build" npx tsx scripts/check-reproducible.ts

printf '\n=== summary (npm test took %ss) ===\n' "$((SECONDS - start_all))" >&2
node scripts/test-summary.mjs tests/output/vitest.json tests/output/playwright.json
