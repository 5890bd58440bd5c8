// Runs Lighthouse (Debian Chromium, CHROME_PATH=/usr/bin/chromium) on one page of each main type
// of the built site and prints the four scores; exits non-zero below the floor:
// performance ≥ 0.95, accessibility, best practices and SEO = 1.00. Performance varies from run to
// run on a busy 2-core machine, so each page runs three times and the median counts (Lighthouse's
// own advice for variance). Usage: npm run check:lighthouse
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { startPreview } from './lib/preview-server';

const PORT = 4394;
const PAGES = ['/', '/documents/taian-yilao-yixiao-plan-draft/', '/regions/taian/', '/compare/childcare-places-per-1000/', '/search/?q=托育'];
const FLOOR = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 } as const;
const RUNS = 3;

let failed = false;
const server = await startPreview(PORT);
try {
  mkdirSync('tests/output/lighthouse', { recursive: true });
  console.log('page (median of 3 runs)'.padEnd(44), 'perf  a11y  bp    seo');
  for (const path of PAGES) {
    const runs: Record<keyof typeof FLOOR, number>[] = [];
    for (let run = 1; run <= RUNS; run += 1) {
      const scores = lighthouse(path, run);
      if (scores === undefined) {
        failed = true;
        break;
      }
      runs.push(scores);
    }
    if (runs.length < RUNS) continue;
    const median = (k: keyof typeof FLOOR): number => runs.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
    const keys = Object.keys(FLOOR) as (keyof typeof FLOOR)[];
    const low = keys.filter((k) => median(k) < FLOOR[k]);
    if (low.length > 0) failed = true;
    console.log(path.padEnd(44), keys.map((k) => median(k).toFixed(2).padEnd(5)).join(' '), low.length > 0 ? `below floor: ${low.join(', ')}` : '');
  }
} finally {
  server.stop();
}
console.log(`lighthouse: ${PAGES.length} pages, ${failed ? 'some below the floor' : 'all at or above the floor'} (reports in tests/output/lighthouse/)`);
process.exit(failed ? 1 : 0);

function lighthouse(path: string, run: number): Record<keyof typeof FLOOR, number> | undefined {
  const out = `tests/output/lighthouse/${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${run}.json`;
  const result = spawnSync(
    'lighthouse',
    [
      `http://127.0.0.1:${PORT}${encodeURI(path)}`,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run',
    ],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, encoding: 'utf8' },
  );
  if (result.status !== 0) {
    console.error(result.stderr);
    return undefined;
  }
  const report = JSON.parse(readFileSync(out, 'utf8')) as { categories: Record<keyof typeof FLOOR, { score: number }> };
  return Object.fromEntries((Object.keys(FLOOR) as (keyof typeof FLOOR)[]).map((k) => [k, report.categories[k].score])) as Record<keyof typeof FLOOR, number>;
}
