// Fetch benchmark: how long Chromium takes to fetch small files from a local HTTP/2 server, by how
// many it fetches at once. A search answer on an open page is mostly this wait (README, Scale):
// the postings its phrases need, then one file per result. The files are the built site's
// section texts (/search/data/<id>/text-*.json), each fetched once, so none comes from a cache.
// Usage: npx tsx scripts/bench-fetch.ts [--dist dist] [--rounds 7]   (after npm run build)
import { readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { startHttp2Server } from './lib/http2-server';
import { searchDataPath } from '../src/lib/search/index-format';
import { percentile } from './lib/percentile';
import { searchDataDir } from './lib/search-data-dir';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, rounds: { type: 'string', default: '7' } } });
const rounds = Number(values.rounds);
const BATCHES = [1, 5, 10, 20];

const index = searchDataDir(values.dist);
if ('error' in index) {
  console.error(`bench-fetch: ${index.error}`);
  process.exit(1);
}
const dataDir = index.dir;
const texts = readdirSync(dataDir).filter((name) => /^text-\d+\.json$/.test(name));
const needed = rounds * BATCHES.reduce((a, b) => a + b, 0);
if (texts.length < needed) {
  console.error(`bench-fetch: ${dataDir} has ${texts.length} section texts; ${rounds} rounds need ${needed} (build the site first, or pass fewer --rounds)`);
  process.exit(1);
}

const server = await startHttp2Server(values.dist, 4397);
if ('error' in server) {
  console.error(`bench-fetch: no HTTP/2 server: ${server.error}`);
  process.exit(1);
}
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  await page.goto(`${server.origin}/`);
  // A string, not a function: tsx would wrap inner functions in a helper the page does not have.
  const FETCH_ALL = `(urls) => { const started = performance.now(); return Promise.all(urls.map((url) => fetch(url).then((r) => r.json()))).then(() => performance.now() - started); }`;
  let next = 0;
  const times = new Map<number, number[]>(BATCHES.map((n) => [n, []]));
  for (let round = 0; round < rounds; round += 1) {
    for (const n of BATCHES) {
      const urls = texts.slice(next, next + n).map((name) => `${searchDataPath(index.id)}${name}`);
      next += n;
      times.get(n)?.push((await page.evaluate(`(${FETCH_ALL})(${JSON.stringify(urls)})`)) as number);
    }
  }
  console.log(`Fetching small files at once in Chromium, over local HTTP/2 (${values.dist}; median of ${rounds} rounds, each file fetched once):\n`);
  console.log('| files at once | time, median | per file |');
  console.log('| ---: | ---: | ---: |');
  for (const n of BATCHES) {
    const median = percentile(times.get(n) ?? [], 0.5);
    console.log(`| ${n} | ${median.toFixed(1)} ms | ${(median / n).toFixed(1)} ms |`);
  }
} finally {
  await browser.close();
  server.stop();
}
