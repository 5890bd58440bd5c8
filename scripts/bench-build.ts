// Scale benchmark: generates synthetic corpora of N documents and R regions, builds each, and
// prints build wall time, peak memory (RSS of the build's process tree), pages, dist/ size, search
// index size (raw and gzipped), the bytes a browser loads before its first search result (index
// files, and everything including the page), the time to that first result, the search latency
// on an open search page (median, p95) in Chromium, and the largest page; then the growth
// exponent k (time ∝ N^k) between sizes.
//
// Search latency is measured as a reader sees it: on a search page whose engine is already open
// (one other query answered), each benchmark query is submitted in the box, and the time runs
// until its result count is on the page: worker round trip, the shards the query needs (from
// the local server), ranking, snippets and rendering. It is measured twice: over HTTP/1.1 (astro
// preview), where Chromium fetches six files at a time, and over HTTP/2 (scripts/lib/http2-server.ts),
// as a CDN serves the site in production. Over HTTP/2 each query is then asked again, after
// another one, with every file it needs loaded: what is left without fetching.
// These answers are timed in a Chromium driven with nothing but evaluation
// (scripts/lib/bare-chromium.ts): Playwright turns on the DevTools Network domain in every page
// and worker, which here adds to what each file costs. Over HTTP/2 they are also timed under
// Playwright, as every run before 2026-11-27 (afternoon) timed them, so the runs can be compared.
// The first search in a fresh page is timed with the same driver, and under Playwright (in
// brackets; earlier runs timed it only so), which also counts the bytes it loads: those
// do not depend on the driver.
// The bulletin PDF step is not part of it (one PDF per bulletin issue; see README).
// Usage: npx tsx scripts/bench-build.ts [--sizes 100:30,1000:100,10000:300] [--seed 1]
//        [--search-only]  measure search again on the sites the last run built (no build figures)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Response as PageResponse } from '@playwright/test';
import { openSearchEngine } from '../src/lib/search/engine';
import { SEARCH_FORMAT_VERSION } from '../src/lib/search/index-format';
import { launchBareChromium, type BareChromium } from './lib/bare-chromium';
import { startHttp2Server } from './lib/http2-server';
import { percentile } from './lib/percentile';
import { searchDataDir } from './lib/search-data-dir';
import { startPreview } from './lib/preview-server';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100:30,1000:100,10000:300' }, seed: { type: 'string', default: '1' }, 'search-only': { type: 'boolean', default: false } } });
const SIZES = values.sizes.split(',').map((s) => s.split(':').map(Number) as [number, number]);
/**
 * What readers search for: domain terms of two to six characters, a broad word (养老), a long
 * phrase, a place with a topic, pinyin. Twenty, so that p95 is the second-worst, not the worst.
 */
const QUERIES = [
  '托位', '养老床位', '医养结合', '普惠托育', '家庭养老床位', '长期护理保险', '喘息服务', '老年助餐', '智慧养老', '人才队伍',
  '养老', '托育', '社区嵌入式', '每千人口托位数', '托育服务体系建设', '北海 养老', '杭州 托育', 'yanglao', '婴幼儿照护', '居家养老服务',
];
/** Opens the engine on the page where search latency is measured; not one of QUERIES. */
const WARM_UP_QUERY = '老年人';
const log = (m: string): void => console.error(`[bench-build] ${m}`);

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Peak RSS of a process and its descendants, sampled from /proc every 100 ms. */
function rssOfTree(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // process ended while we looked
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      // gone
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

async function timedBuild(root: string): Promise<{ seconds: number; peakRss: number }> {
  const started = performance.now();
  const child = spawn('astro', ['build'], {
    env: { ...process.env, ATLAS_CONTENT_ROOT: join(root, 'content'), ATLAS_DATA_ROOT: join(root, 'data'), ATLAS_OUT_DIR: join(root, 'dist'), ATLAS_CACHE_DIR: join(root, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let peakRss = 0;
  const timer = setInterval(() => (peakRss = Math.max(peakRss, rssOfTree(child.pid!))), 100);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  clearInterval(timer);
  if (code !== 0) throw new Error(`build failed for ${root}:\n${stderr.slice(-3000)}`);
  return { seconds: (performance.now() - started) / 1000, peakRss };
}

interface SearchCosts {
  /** Gzipped bytes of index files (/search/data/) before the first result: median and worst query; everything (page too): worst. */
  firstIndexMedian: number;
  firstIndexGzip: number;
  firstSearchGzip: number;
  /** The query with the most index bytes. */
  worstQuery: string;
  /** Time to the first result in a fresh page, from the start of its navigation: driven with evaluation only, and under Playwright. */
  median: number;
  p95: number;
  playwrightFreshMedian: number;
  playwrightFreshP95: number;
  /** Time to answer a query (the whole page) on an open search page, served over HTTP/1.1 (astro preview) and HTTP/2 (NaN: not measured). */
  warmMedian: number;
  warmP95: number;
  h2Median: number;
  h2P95: number;
  /** Over HTTP/2, time to the first results (the early answer, see SearchEngine.search). */
  h2FirstMedian: number;
  h2FirstP95: number;
  /** Over HTTP/2, per answer: time the worker waited for files (request to parsed JSON), and how many files; medians. */
  h2FetchingMedian: number;
  h2FilesMedian: number;
  /** Over HTTP/2, p95 of what an answer takes besides waiting for files: worker messages, ranking, rendering. */
  h2RestP95: number;
  /** Over HTTP/2, the whole page when the same query is asked again, every file it needs loaded: the floor without fetching. */
  h2AgainMedian: number;
  h2AgainP95: number;
  /** Over HTTP/2, the whole page timed under Playwright (DevTools Network domain on), as runs before 2026-11-27 afternoon timed it. */
  h2PlaywrightMedian: number;
  h2PlaywrightP95: number;
}

/**
 * Submits `query` in the search box and returns the milliseconds until its result count and
 * first results show (`first`: the early answer, or the whole one), and until the whole page has
 * (`whole`: the result list is no longer busy). The page script is a string: tsx would otherwise
 * wrap its inner functions in a helper the page does not have.
 */
const TIMED_QUERY = `(q) => new Promise((resolve, reject) => {
  const input = document.querySelector('#search-q');
  const form = document.querySelector('#search-form');
  const status = document.querySelector('#search-status');
  const results = document.querySelector('#search-results');
  if (!input || !form || !status || !results) return reject(new Error('no search form'));
  const started = performance.now();
  let first;
  const observer = new MutationObserver(() => {
    if (!(status.textContent || '').startsWith('“' + q + '”')) return;
    first ??= performance.now() - started;
    if (results.getAttribute('aria-busy') === 'true') return;
    observer.disconnect();
    resolve({ first, whole: performance.now() - started });
  });
  observer.observe(status, { childList: true, characterData: true, subtree: true });
  observer.observe(results, { attributes: true, attributeFilter: ['aria-busy'], childList: true });
  input.value = q;
  form.requestSubmit();
})`;

async function timedQuery(page: TimedPage, query: string): Promise<{ first: number; whole: number }> {
  return page.evaluate(`(${TIMED_QUERY})(${JSON.stringify(query)})`) as Promise<{ first: number; whole: number }>;
}

/** A search page the answers are timed on, with its engine's worker running. */
interface TimedPage {
  evaluate(expression: string): Promise<unknown>;
  evaluateInWorker(expression: string): Promise<unknown>;
  close(): Promise<void>;
}

/** Opens a search page at `url`, in a browser context of its own, once its first results show. */
type OpenTimedPage = (url: string) => Promise<TimedPage>;

const FIRST_RESULTS = '#search-results > li';
/** A fresh page's first answer: its first result, or the message that there is none. */
const FIRST_ANSWER = `${FIRST_RESULTS}, #search-empty:not([hidden])`;

/** Pages driven by Playwright: the DevTools Network domain is on in the page and its worker. */
function playwrightPages(browser: Browser): OpenTimedPage {
  return async (url) => {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    await page.goto(url);
    await page.locator(FIRST_RESULTS).first().waitFor({ timeout: 30_000 });
    const worker = page.workers()[0];
    if (worker === undefined) throw new Error('the search page started no worker');
    return { evaluate: (expression) => page.evaluate(expression), evaluateInWorker: (expression) => worker.evaluate(expression), close: () => context.close() };
  };
}

/** Pages driven with nothing but evaluation, as a reader's browser fetches (see bare-chromium). */
function barePages(browser: BareChromium): OpenTimedPage {
  return async (url) => {
    const tab = await browser.open(url);
    await tab.waitForSelector(FIRST_RESULTS, 30_000);
    return tab;
  };
}

/**
 * Records on the page when its first result (or the message that there is none) shows, in
 * milliseconds from the start of navigation: the page's own clock, so that neither the
 * benchmark's polling nor its other work is counted. A string, as TIMED_QUERY.
 */
const MARK_FIRST_RESULT = `(() => {
  const mark = () => {
    if (window.__benchFirstResult !== undefined) return;
    const empty = document.querySelector('#search-empty');
    if (document.querySelector('#search-results > li') || (empty && !empty.hidden)) window.__benchFirstResult = performance.now();
  };
  new MutationObserver(mark).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
})()`;

/** Times one query in a new process (see engineTimes). */
const ENGINE_FIRST_QUERY = fileURLToPath(new URL('./lib/engine-first-query.ts', import.meta.url));

/**
 * The engine's own time per query, without the network: in this process, a fresh engine opened
 * by WARM_UP_QUERY, and the files the query needs already read from dist/ (as text: parsing them
 * is counted, as in a browser). The median of three rounds per query; then median and p95 over
 * the queries. This process has run the engine before, so its code is optimised: "cold" is the
 * same query in a new process (scripts/lib/engine-first-query.ts), as a reader's first queries.
 */
async function engineTimes(dist: string): Promise<{ engineMedian: number; engineP95: number; engineColdMedian: number; engineColdP95: number }> {
  const index = searchDataDir(dist);
  if ('error' in index) throw new Error(index.error);
  const { dir } = index;
  const read = (name: string): string => readFileSync(join(dir, name), 'utf8');
  const medians: number[] = [];
  const colds: number[] = [];
  for (const query of QUERIES) {
    const needed = new Map<string, string>();
    const probe = await openSearchEngine({ load: async (name) => JSON.parse(needed.get(name) ?? needed.set(name, read(name)).get(name)!) as unknown });
    await probe.search(WARM_UP_QUERY);
    await probe.search(query);
    const times: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      const engine = await openSearchEngine({ load: async (name) => JSON.parse(needed.get(name) ?? read(name)) as unknown });
      await engine.search(WARM_UP_QUERY);
      const started = performance.now();
      await engine.search(query);
      times.push(performance.now() - started);
    }
    medians.push(percentile(times, 0.5));
    const cold = spawnSync('tsx', [ENGINE_FIRST_QUERY, dir, WARM_UP_QUERY, query], { input: JSON.stringify([...needed.keys()]), encoding: 'utf8' });
    if (cold.status !== 0) throw new Error(`engine-first-query failed for ${query}: ${cold.stderr}`);
    colds.push(Number(cold.stdout.trim()));
    log(`  ${query}: engine ${medians.at(-1)?.toFixed(1)} ms; in a new process ${colds.at(-1)?.toFixed(1)} ms`);
  }
  return { engineMedian: percentile(medians, 0.5), engineP95: percentile(medians, 0.95), engineColdMedian: percentile(colds, 0.5), engineColdP95: percentile(colds, 0.95) };
}

/**
 * Wraps fetch in the search worker so that each file the engine loads is logged with the time
 * from its request until its JSON is parsed (a string: see TIMED_QUERY).
 */
const LOG_WORKER_FETCHES = `(() => {
  const log = [];
  self.__benchFetches = log;
  const original = self.fetch.bind(self);
  self.fetch = async (input, init) => {
    const started = performance.now();
    const response = await original(input, init);
    const json = response.json.bind(response);
    response.json = async () => {
      try { return await json(); } finally { log.push([started, performance.now()]); }
    };
    return response;
  };
})()`;

/** How long at least one of `intervals` was running: the time spent waiting for files. */
function coveredTime(intervals: [number, number][]): number {
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [from, to] of [...intervals].sort((a, b) => a[0] - b[0])) {
    if (to <= end) continue;
    total += to - Math.max(from, end);
    end = to;
  }
  return total;
}

/** An open page's answers: time to the first results, to the whole page, and how much of it the worker spent waiting for files, and on how many. */
interface OpenPageTimes {
  firstShown: number[];
  latencies: number[];
  fetching: number[];
  files: number[];
  /** The whole page when the query is asked again (another query in between): no file left to fetch. */
  again: number[];
}

/** Open pages each query is answered on; a query's figures are its medians over them (timings here vary from run to run). */
const OPEN_PAGE_PASSES = 3;

/**
 * How long the page is left alone before each timed query. A reader reads an answer before asking
 * the next, and the worker uses that time for what comes after an answer: the postings that
 * follow a stored answer are parsed, and the ranking code is warmed. Asked back to back, a timed
 * query would wait for that work, which no reader's query waits for.
 */
const READING_PAUSE_MS = 300;
const readingPause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, READING_PAUSE_MS));

/**
 * Latency on an open search page: each query once on each of OPEN_PAGE_PASSES pages, after one
 * other query opened the engine; per query, the medians over the pages. HTTPS errors are ignored
 * for the HTTP/2 server's certificate, made for the run.
 */
async function openPageLatencies(openPage: OpenTimedPage, origin: string, protocol: string): Promise<OpenPageTimes> {
  const passes: OpenPageTimes[] = [];
  for (let pass = 0; pass < OPEN_PAGE_PASSES; pass += 1) {
    const page = await openPage(`${origin}/search/?q=${encodeURIComponent(WARM_UP_QUERY)}`);
    await page.evaluateInWorker(LOG_WORKER_FETCHES);
    const times: OpenPageTimes = { firstShown: [], latencies: [], fetching: [], files: [], again: [] };
    for (const query of QUERIES) {
      await readingPause();
      const { first, whole } = await timedQuery(page, query);
      times.firstShown.push(first);
      times.latencies.push(whole);
      const fetches = (await page.evaluateInWorker('self.__benchFetches.splice(0)')) as [number, number][];
      times.fetching.push(coveredTime(fetches));
      times.files.push(fetches.length);
      // Asked again after another query, with all its files loaded: what is left is the worker,
      // ranking and rendering (the engine keeps what it loaded, and the phrases it looked up).
      await timedQuery(page, WARM_UP_QUERY);
      await readingPause();
      times.again.push((await timedQuery(page, query)).whole);
      const refetched = (await page.evaluateInWorker('self.__benchFetches.splice(0)')) as [number, number][];
      if (refetched.length > 0) log(`  ${query}: asked again, it fetched ${refetched.length} files`);
    }
    passes.push(times);
    await page.close();
  }
  const medianOf = (pick: (t: OpenPageTimes) => number[], i: number): number => percentile(passes.map((t) => pick(t)[i] ?? Number.NaN), 0.5);
  const times: OpenPageTimes = {
    firstShown: QUERIES.map((_, i) => medianOf((t) => t.firstShown, i)),
    latencies: QUERIES.map((_, i) => medianOf((t) => t.latencies, i)),
    fetching: QUERIES.map((_, i) => medianOf((t) => t.fetching, i)),
    files: QUERIES.map((_, i) => medianOf((t) => t.files, i)),
    again: QUERIES.map((_, i) => medianOf((t) => t.again, i)),
  };
  QUERIES.forEach((query, i) => log(`  ${query}: first results after ${times.firstShown[i]?.toFixed(0)} ms, answered in ${times.latencies[i]?.toFixed(0)} ms on an open page (${protocol}), ${times.fetching[i]?.toFixed(0)} ms of it waiting for ${times.files[i]} files; asked again ${times.again[i]?.toFixed(0)} ms (medians of ${OPEN_PAGE_PASSES} pages)`));
  return times;
}

async function searchCosts(dist: string): Promise<SearchCosts> {
  const server = await startPreview(4395, { ...process.env, ATLAS_OUT_DIR: dist });
  const origin = server.origin;
  try {
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    const firstBytes: number[] = [];
    const firstIndexBytes: number[] = [];
    const playwrightLatencies: number[] = [];
    for (const query of QUERIES) {
      // A new context each time: nothing cached from the query before.
      const context = await browser.newContext();
      await context.addInitScript(MARK_FIRST_RESULT);
      const page = await context.newPage();
      // Bodies are read and gzipped once the result is on the page: done as they arrive, that
      // work would take CPU from the page it measures.
      const responses: PageResponse[] = [];
      page.on('response', (response) => responses.push(response));
      await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
      await page.locator(FIRST_ANSWER).first().waitFor({ timeout: 30_000 });
      playwrightLatencies.push(Number(await page.evaluate('window.__benchFirstResult')));
      await page.waitForLoadState('networkidle');
      let bytes = 0;
      let indexBytes = 0;
      for (const response of responses) {
        // Redirects have no body.
        const body = await response.body().catch(() => undefined);
        if (body === undefined) continue;
        const gzipped = gzipSync(body, { level: 9 }).length;
        bytes += gzipped;
        if (new URL(response.url()).pathname.startsWith('/search/data/')) indexBytes += gzipped;
      }
      firstBytes.push(bytes);
      firstIndexBytes.push(indexBytes);
      log(`  ${query}: ${(indexBytes / 1024).toFixed(0)} KB of index, ${(bytes / 1024).toFixed(0)} KB in all, first result after ${playwrightLatencies.at(-1)?.toFixed(0)} ms (under Playwright)`);
      await context.close();
    }
    const bare = await launchBareChromium({ ignoreCertificateErrors: true });
    const latencies: number[] = [];
    let warm: OpenPageTimes;
    let warmH2: OpenPageTimes | undefined;
    let underPlaywright: OpenPageTimes | undefined;
    try {
      // The same fresh pages, driven as a reader's browser fetches (the bytes are the same).
      for (const query of QUERIES) {
        const tab = await bare.open(`${origin}/search/?q=${encodeURIComponent(query)}`, { beforeLoad: MARK_FIRST_RESULT });
        await tab.waitForSelector(FIRST_ANSWER, 30_000);
        latencies.push(Number(await tab.evaluate('window.__benchFirstResult')));
        log(`  ${query}: first result after ${latencies.at(-1)?.toFixed(0)} ms in a fresh page`);
        await tab.close();
      }
      warm = await openPageLatencies(barePages(bare), origin, 'HTTP/1.1');
      // The same over HTTP/2, as a CDN serves the site: files are fetched at once, not six at a time.
      const h2 = await startHttp2Server(dist, 4396);
      if ('error' in h2) log(`  no HTTP/2 figures: ${h2.error}`);
      else {
        try {
          warmH2 = await openPageLatencies(barePages(bare), h2.origin, 'HTTP/2');
          underPlaywright = await openPageLatencies(playwrightPages(browser), h2.origin, 'HTTP/2, under Playwright');
        } finally {
          h2.stop();
        }
      }
    } finally {
      await bare.close();
      await browser.close();
    }
    return {
      firstIndexMedian: percentile(firstIndexBytes, 0.5),
      firstIndexGzip: Math.max(...firstIndexBytes),
      firstSearchGzip: Math.max(...firstBytes),
      worstQuery: QUERIES[firstIndexBytes.indexOf(Math.max(...firstIndexBytes))] ?? '',
      median: percentile(latencies, 0.5),
      p95: percentile(latencies, 0.95),
      playwrightFreshMedian: percentile(playwrightLatencies, 0.5),
      playwrightFreshP95: percentile(playwrightLatencies, 0.95),
      warmMedian: percentile(warm.latencies, 0.5),
      warmP95: percentile(warm.latencies, 0.95),
      h2Median: warmH2 === undefined ? Number.NaN : percentile(warmH2.latencies, 0.5),
      h2P95: warmH2 === undefined ? Number.NaN : percentile(warmH2.latencies, 0.95),
      h2FirstMedian: warmH2 === undefined ? Number.NaN : percentile(warmH2.firstShown, 0.5),
      h2FirstP95: warmH2 === undefined ? Number.NaN : percentile(warmH2.firstShown, 0.95),
      h2FetchingMedian: warmH2 === undefined ? Number.NaN : percentile(warmH2.fetching, 0.5),
      h2FilesMedian: warmH2 === undefined ? Number.NaN : percentile(warmH2.files, 0.5),
      h2RestP95: warmH2 === undefined ? Number.NaN : percentile(warmH2.latencies.map((latency, i) => latency - (warmH2.fetching[i] ?? 0)), 0.95),
      h2AgainMedian: warmH2 === undefined ? Number.NaN : percentile(warmH2.again, 0.5),
      h2AgainP95: warmH2 === undefined ? Number.NaN : percentile(warmH2.again, 0.95),
      h2PlaywrightMedian: underPlaywright === undefined ? Number.NaN : percentile(underPlaywright.latencies, 0.5),
      h2PlaywrightP95: underPlaywright === undefined ? Number.NaN : percentile(underPlaywright.latencies, 0.95),
    };
  } finally {
    server.stop();
  }
}

interface Row extends SearchCosts {
  n: number;
  r: number;
  seconds: number;
  peakRss: number;
  pages: number;
  distBytes: number;
  indexRaw: number;
  indexGzip: number;
  largestPageGzip: number;
  largestPage: string;
  engineMedian: number;
  engineP95: number;
  engineColdMedian: number;
  engineColdP95: number;
}
/**
 * Why `--search-only` cannot measure the site at `root`: none built, or built with another index
 * format, which the engine-alone step (this checkout's engine) cannot read. Checked for every size
 * before anything is measured, rather than minutes in.
 */
function searchOnlyProblem(root: string): string | undefined {
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'index.html'))) return `no site built at ${dist}`;
  const index = searchDataDir(dist);
  if ('error' in index) return index.error;
  const { format } = JSON.parse(readFileSync(join(index.dir, 'core.json'), 'utf8')) as { format?: unknown };
  if (format !== SEARCH_FORMAT_VERSION) return `${dist} has a search index of format ${String(format)}; this checkout reads format ${SEARCH_FORMAT_VERSION}`;
  return undefined;
}

if (values['search-only']) {
  const problems = SIZES.map(([n]) => searchOnlyProblem(`/tmp/atlas-bench-${n}`)).filter((p): p is string => p !== undefined);
  if (problems.length > 0) {
    console.error(`bench-build --search-only: ${problems.join('; ')}. Run npm run bench:build without --search-only to build the sites again.`);
    process.exit(1);
  }
}

const rows: Row[] = [];
for (const [n, r] of SIZES) {
  const root = `/tmp/atlas-bench-${n}`;
  let seconds = Number.NaN;
  let peakRss = Number.NaN;
  if (!values['search-only']) {
    log(`generating ${n} documents, ${r} regions`);
    const gen = spawnSync('tsx', ['scripts/gen-synthetic.ts', '--docs', String(n), '--regions', String(r), '--seed', values.seed, '--out', root], { stdio: 'inherit' });
    if (gen.status !== 0) throw new Error('gen-synthetic failed');
    log(`building ${n}`);
    ({ seconds, peakRss } = await timedBuild(root));
  }
  const dist = join(root, 'dist');
  const files = filesUnder(dist);
  const html = files.filter((f) => f.endsWith('.html'));
  const index = filesUnder(join(dist, 'search', 'data'));
  const indexRaw = index.reduce((a, f) => a + statSync(f).size, 0);
  const indexGzip = index.reduce((a, f) => a + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  const pageSizes = html.map((f) => ({ f, gzip: gzipSync(readFileSync(f)).length })).sort((a, b) => b.gzip - a.gzip);
  const largestPageGzip = pageSizes[0]?.gzip ?? 0;
  const largestPage = (pageSizes[0]?.f ?? '').slice(dist.length);
  log(`measuring search on ${n}`);
  const search = await searchCosts(dist);
  log(`measuring the engine alone on ${n}`);
  const engine = await engineTimes(dist);
  rows.push({ n, r, seconds, peakRss, pages: html.length, distBytes: files.reduce((a, f) => a + statSync(f).size, 0), indexRaw, indexGzip, largestPageGzip, largestPage, ...search, ...engine });
}

const kb = (b: number): string => `${(b / 1024).toFixed(0)} KB`;
const mb = (b: number): string => `${(b / 1024 / 1024).toFixed(1)} MB`;
console.log(`\nScale benchmark — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${mb(totalmem())} RAM, Node ${process.version}\n`);
console.log(`Search: ${QUERIES.length} queries, each in a fresh browser context for its first search; latency on an open search page (Chromium driven with evaluation only, no DevTools Network domain; each query on ${OPEN_PAGE_PASSES} pages, its median; astro preview over HTTP/1.1, and the same files over HTTP/2 as a CDN serves them); engine time in Node with the files at hand, in this process (warm) and in a new process per query (its code not yet optimised).\n`);
console.log('| documents / regions | build | peak RSS | pages | dist/ | index raw / gzip | first search, index: median / worst (query) | first search, all: worst | first result incl. page load, median / p95 (under Playwright) | answer on an open page, HTTP/1.1: median / p95 | HTTP/2: first results, median / p95; whole page, median / p95 (waiting for files, median; files, median; the rest, p95) | HTTP/2, the same query again (every file loaded): median / p95 | HTTP/2 under Playwright (its Network domain on): whole page, median / p95 | engine time, median / p95 (in a new process) | largest page (gzip) |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) {
  console.log(`| ${row.n} / ${row.r} | ${Number.isNaN(row.seconds) ? '— (not built by this run)' : `${row.seconds.toFixed(1)} s`} | ${Number.isNaN(row.peakRss) ? '—' : mb(row.peakRss)} | ${row.pages} | ${mb(row.distBytes)} | ${kb(row.indexRaw)} / ${kb(row.indexGzip)} | ${kb(row.firstIndexMedian)} / ${kb(row.firstIndexGzip)} (${row.worstQuery}) | ${kb(row.firstSearchGzip)} | ${row.median.toFixed(0)} / ${row.p95.toFixed(0)} ms (${row.playwrightFreshMedian.toFixed(0)} / ${row.playwrightFreshP95.toFixed(0)} ms) | ${row.warmMedian.toFixed(0)} / ${row.warmP95.toFixed(0)} ms | ${Number.isNaN(row.h2Median) ? 'not measured' : `${row.h2FirstMedian.toFixed(0)} / ${row.h2FirstP95.toFixed(0)} ms; ${row.h2Median.toFixed(0)} / ${row.h2P95.toFixed(0)} ms (${row.h2FetchingMedian.toFixed(0)} ms; ${row.h2FilesMedian}; ${row.h2RestP95.toFixed(0)} ms)`} | ${Number.isNaN(row.h2AgainMedian) ? 'not measured' : `${row.h2AgainMedian.toFixed(0)} / ${row.h2AgainP95.toFixed(0)} ms`} | ${Number.isNaN(row.h2PlaywrightMedian) ? 'not measured' : `${row.h2PlaywrightMedian.toFixed(0)} / ${row.h2PlaywrightP95.toFixed(0)} ms`} | ${row.engineMedian.toFixed(1)} / ${row.engineP95.toFixed(1)} ms (${row.engineColdMedian.toFixed(1)} / ${row.engineColdP95.toFixed(1)} ms) | ${kb(row.largestPageGzip)} (${row.largestPage}) |`);
}
console.log('\nGrowth exponents k (cost ∝ N^k) between consecutive sizes:');
for (let i = 1; i < rows.length; i += 1) {
  const a = rows[i - 1]!;
  const b = rows[i]!;
  // A run with --search-only builds nothing: its build figures are NaN, and so their exponents.
  const k = (x: number, y: number): string => {
    const exponent = Math.log(y / x) / Math.log(b.n / a.n);
    return Number.isFinite(exponent) ? exponent.toFixed(2) : '—';
  };
  console.log(`- ${a.n} → ${b.n}: build time k=${k(a.seconds, b.seconds)}, peak RSS k=${k(a.peakRss, b.peakRss)}, dist/ k=${k(a.distBytes, b.distBytes)}, index k=${k(a.indexRaw, b.indexRaw)}, first search k=${k(a.firstSearchGzip, b.firstSearchGzip)}, search latency k=${k(a.warmMedian, b.warmMedian)}`);
}
