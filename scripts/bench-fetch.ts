// Fetch benchmark: how long Chromium takes to fetch small files from a local HTTP/2 server, by how
// many it fetches at once. A search answer on an open page is mostly this wait (README, Scale):
// the postings its phrases need, then one file per result. The files are the built site's
// section texts (/search/data/<id>/text-*.json), each fetched once, so none comes from a cache.
// It is measured twice: in a Chromium driven with nothing but evaluation, as a reader's browser
// fetches, and under Playwright, which turns the DevTools Network domain on (it reports each
// request) and so adds to what each file costs (see scripts/lib/bare-chromium.ts).
// Usage: npx tsx scripts/bench-fetch.ts [--dist dist] [--rounds 7]   (after npm run build)
import { readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { launchBareChromium } from './lib/bare-chromium';
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
const { dir: dataDir, id: indexId } = index;
const texts = readdirSync(dataDir).filter((name) => /^text-\d+\.json$/.test(name));
const DRIVERS = ['evaluation only', 'Playwright (Network domain on)'] as const;
const needed = DRIVERS.length * rounds * BATCHES.reduce((a, b) => a + b, 0);
if (texts.length < needed) {
  console.error(`bench-fetch: ${dataDir} has ${texts.length} section texts; ${rounds} rounds need ${needed} (build the site first, or pass fewer --rounds)`);
  process.exit(1);
}

const server = await startHttp2Server(values.dist, 4397);
if ('error' in server) {
  console.error(`bench-fetch: no HTTP/2 server: ${server.error}`);
  process.exit(1);
}
// A string, not a function: tsx would wrap inner functions in a helper the page does not have.
const FETCH_ALL = `(urls) => { const started = performance.now(); return Promise.all(urls.map((url) => fetch(url).then((r) => r.json()))).then(() => performance.now() - started); }`;
let next = 0;
/** Times each batch size `rounds` times with `evaluate` (in a page of the site), new files each time. */
async function timeBatches(evaluate: (expression: string) => Promise<unknown>): Promise<Map<number, number[]>> {
  const times = new Map<number, number[]>(BATCHES.map((n) => [n, []]));
  for (let round = 0; round < rounds; round += 1) {
    for (const n of BATCHES) {
      const urls = texts.slice(next, next + n).map((name) => `${searchDataPath(indexId)}${name}`);
      next += n;
      times.get(n)?.push((await evaluate(`(${FETCH_ALL})(${JSON.stringify(urls)})`)) as number);
    }
  }
  return times;
}

const timed = new Map<(typeof DRIVERS)[number], Map<number, number[]>>();
try {
  const bare = await launchBareChromium({ ignoreCertificateErrors: true });
  try {
    const tab = await bare.open(`${server.origin}/`);
    await tab.waitForSelector('body', 10_000);
    timed.set('evaluation only', await timeBatches((expression) => tab.evaluate(expression)));
  } finally {
    await bare.close();
  }
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await (await browser.newContext({ ignoreHTTPSErrors: true })).newPage();
    await page.goto(`${server.origin}/`);
    timed.set('Playwright (Network domain on)', await timeBatches((expression) => page.evaluate(expression)));
  } finally {
    await browser.close();
  }
  console.log(`Fetching small files at once in Chromium, over local HTTP/2 (${values.dist}; median of ${rounds} rounds, each file fetched once):\n`);
  console.log(`| files at once | ${DRIVERS.map((d) => `${d}: time, median | per file`).join(' | ')} |`);
  console.log(`| ---: | ${DRIVERS.map(() => '---: | ---:').join(' | ')} |`);
  for (const n of BATCHES) {
    const cells = DRIVERS.map((driver) => {
      const median = percentile(timed.get(driver)?.get(n) ?? [], 0.5);
      return `${median.toFixed(1)} ms | ${(median / n).toFixed(1)} ms`;
    });
    console.log(`| ${n} | ${cells.join(' | ')} |`);
  }
} finally {
  server.stop();
}
