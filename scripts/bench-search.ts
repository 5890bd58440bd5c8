// Benchmarks site search against Pagefind on the same built site, in Chromium, with the relevance
// set of tests/search-relevance.yaml. Prints recall@10, MRR, index size (raw and gzipped), the
// bytes a reader loads before the first result, and query latency (median and p95).
//
// Usage: npm run build && npx tsx scripts/bench-search.ts      (or: npm run bench:search)
//
// Both run on one snapshot of dist/ in a temporary directory, so that a rebuild of dist/ during the
// run (others build too) cannot mix two builds. Ours is served from it by `astro preview --root` and
// run exactly as readers run it (the engine chunk the search page imports, fetching /search/data/).
// Pagefind indexes the same copy (document, topic and region pages, the <main> element of each:
// the same records ours has) and is served by a small static server; it never touches dist/.
// Sizes are gzip -9 of what is fetched, as a static host that compresses would send it.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import playwrightConfig from '../playwright.config';
import { searchDataPath } from '../src/lib/search/index-format';
import { loadRelevanceSet, scoreQuery, summarise, type QueryScore, type RelevanceCase } from '../tests/search-relevance';
import { percentile } from './lib/percentile';
import { searchDataDir } from './lib/search-data-dir';

const gz = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;
const log = (message: string): void => console.error(`[bench] ${message}`);

interface EngineReport {
  name: string;
  scores: QueryScore[];
  indexRaw: number;
  indexGzip: number;
  indexFiles: number;
  runtimeGzip: number;
  firstSearchGzip: number[];
  firstSearchRequests: number[];
  referenceFirstSearch: { query: string; gzip: number; raw: number; requests: number };
  coldLatency: number[];
  warmLatency: number[];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

function sizeOf(files: string[]): { raw: number; gzip: number } {
  return files.reduce((acc, f) => {
    const data = readFileSync(f);
    return { raw: acc.raw + data.length, gzip: acc.gzip + gz(data) };
  }, { raw: 0, gzip: 0 });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 150; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not start`);
}

const MIME: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.wasm': 'application/wasm', '.svg': 'image/svg+xml' };

/** A static server for the Pagefind copy, plus a blank page without the site's CSP (Pagefind needs wasm). */
function staticServer(root: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/__bench.html') {
      res.writeHead(200, { 'content-type': MIME['.html'] as string });
      res.end('<!doctype html><meta charset="utf-8"><title>bench</title>');
      return;
    }
    let file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

function idOfUrl(url: string): string {
  const path = new URL(url, 'http://x').pathname;
  const match = /^\/(documents|topics|regions)\/([a-z0-9-]+)\/$/.exec(path);
  if (match === null) return path;
  return match[1] === 'documents' ? (match[2] as string) : `${match[1] === 'topics' ? 'topic' : 'region'}:${match[2]}`;
}

/** Bytes of every response a page receives while `action` runs (gzip -9 of each body). */
async function recordBytes(page: Page, action: () => Promise<void>): Promise<{ gzip: number; raw: number; requests: number }> {
  const bodies: Promise<Buffer | undefined>[] = [];
  const listener = (response: import('@playwright/test').Response): void => {
    bodies.push(response.body().catch(() => undefined));
  };
  page.on('response', listener);
  await action();
  page.off('response', listener);
  const buffers = (await Promise.all(bodies)).filter((b): b is Buffer => b !== undefined);
  return { gzip: buffers.reduce((s, b) => s + gz(b), 0), raw: buffers.reduce((s, b) => s + b.length, 0), requests: buffers.length };
}

// --- ours ------------------------------------------------------------------------------------

async function benchOurs(browser: Browser, set: RelevanceCase[], dist: string, origin: string): Promise<EngineReport> {
  const engineChunk = readdirSync(join(dist, '_astro')).find((f) => /^engine\..*\.js$/.test(f));
  if (engineChunk === undefined) throw new Error('dist/_astro/engine.*.js not found: is the search page built?');
  const pageChunks = readdirSync(join(dist, '_astro')).filter((f) => /^(engine|search-|index\.astro_astro_type_script).*\.js$/.test(f));
  const found = searchDataDir(dist);
  if ('error' in found) throw new Error(found.error);
  const indexId = found.id;
  const dataFiles = filesUnder(found.dir);
  const index = sizeOf(dataFiles);
  const runtime = sizeOf([join(dist, '_astro', engineChunk)]);
  log(`ours: ${dataFiles.length} index files; runtime chunks ${pageChunks.join(', ')}`);

  // First search as a reader does it: the search page is open, the reader types; count what loads
  // until the first result is on screen (the engine chunk, core.json, shards, section texts).
  const firstSearch: { gzip: number; raw: number; requests: number }[] = [];
  const coldLatency: number[] = [];
  for (const item of set) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/search/`);
    await page.waitForLoadState('networkidle');
    let elapsed = 0;
    const bytes = await recordBytes(page, async () => {
      const started = Date.now();
      await page.locator('#search-q').fill(item.query);
      await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '') !== '' && document.querySelector('#search-status')?.textContent !== '正在载入索引…');
      elapsed = Date.now() - started;
      await page.waitForLoadState('networkidle');
    });
    firstSearch.push(bytes);
    coldLatency.push(elapsed);
    await context.close();
  }

  // Relevance and warm latency: the engine opened once in the page, each query run twice.
  const page = await browser.newPage();
  await page.goto(`${origin}/search/`);
  // In-page code is passed as a string: tsx would otherwise wrap its functions in a helper
  // (__name) that does not exist in the page.
  const runs = (await page.evaluate(`(async () => {
    const module = await import(${JSON.stringify(`/_astro/${engineChunk}`)});
    const engine = await module.openSearchEngine({ load: (name) => fetch(${JSON.stringify(searchDataPath(indexId))} + name).then((r) => r.json()) });
    const out = [];
    for (const query of ${JSON.stringify(set.map((s) => s.query))}) {
      let t = performance.now();
      const response = await engine.search(query, { limit: 10 });
      const first = performance.now() - t;
      t = performance.now();
      await engine.search(query, { limit: 10 });
      out.push({ ids: response.hits.map((h) => h.id), first, warm: performance.now() - t });
    }
    return out;
  })()`)) as { ids: string[]; first: number; warm: number }[];
  await page.close();
  const reference = firstSearch[set.findIndex((s) => s.query === '托位')] ?? firstSearch[0];
  return {
    name: 'ours (FlexSearch)',
    scores: set.map((item, i) => scoreQuery(item, runs[i]?.ids ?? [])),
    indexRaw: index.raw,
    indexGzip: index.gzip,
    indexFiles: dataFiles.length,
    runtimeGzip: runtime.gzip,
    firstSearchGzip: firstSearch.map((b) => b.gzip),
    firstSearchRequests: firstSearch.map((b) => b.requests),
    referenceFirstSearch: { query: '托位', ...(reference ?? { gzip: NaN, raw: NaN, requests: 0 }) },
    coldLatency,
    warmLatency: runs.map((r) => r.warm),
  };
}

// --- Pagefind ----------------------------------------------------------------------------------

async function benchPagefind(browser: Browser, set: RelevanceCase[], site: string, origin: string): Promise<EngineReport> {
  const bundle = join(site, 'pagefind');
  const files = filesUnder(bundle);
  const runtimeFiles = files.filter((f) => /pagefind(-[a-z]+)?\.js$|\.wasm$|wasm\.[a-z-]+\.pagefind$/.test(f) && !/-ui|highlight|modular/.test(f));
  const indexFiles = files.filter((f) => !runtimeFiles.includes(f) && !/-ui|highlight|modular/.test(f));
  const index = sizeOf(indexFiles);
  const runtime = sizeOf(runtimeFiles);
  log(`pagefind: ${indexFiles.length} index files, runtime ${runtimeFiles.map((f) => relative(bundle, f)).join(', ')}`);

  // A result list shows titles and excerpts: Pagefind loads them per result (data()).
  const search = async (page: Page, query: string): Promise<string[]> =>
    (await page.evaluate(`(async () => {
      window.pagefind ??= await import('/pagefind/pagefind.js');
      await window.pagefind.init();
      const found = await window.pagefind.search(${JSON.stringify(query)});
      const data = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
      return data.map((d) => d.url);
    })()`)) as string[];

  const firstSearch: { gzip: number; raw: number; requests: number }[] = [];
  const coldLatency: number[] = [];
  for (const item of set) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/__bench.html`);
    let elapsed = 0;
    const bytes = await recordBytes(page, async () => {
      const started = Date.now();
      await search(page, item.query);
      elapsed = Date.now() - started;
    });
    firstSearch.push(bytes);
    coldLatency.push(elapsed);
    await context.close();
  }

  const page = await browser.newPage();
  await page.goto(`${origin}/__bench.html`);
  const ids: string[][] = [];
  const warm: number[] = [];
  for (const item of set) {
    ids.push((await search(page, item.query)).map(idOfUrl));
    const t = await page.evaluate(() => performance.now());
    await search(page, item.query);
    warm.push((await page.evaluate(() => performance.now())) - t);
  }
  await page.close();
  const refIndex = set.findIndex((s) => s.query === '托位');
  return {
    name: 'Pagefind 1.6.0',
    scores: set.map((item, i) => scoreQuery(item, ids[i] ?? [])),
    indexRaw: index.raw,
    indexGzip: index.gzip,
    indexFiles: indexFiles.length,
    runtimeGzip: runtime.gzip,
    firstSearchGzip: firstSearch.map((b) => b.gzip),
    firstSearchRequests: firstSearch.map((b) => b.requests),
    referenceFirstSearch: { query: '托位', ...(firstSearch[refIndex] ?? { gzip: NaN, raw: NaN, requests: 0 }) },
    coldLatency,
    warmLatency: warm,
  };
}

// --- report ------------------------------------------------------------------------------------

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

function printTable(reports: EngineReport[], queries: number): void {
  const rows: [string, (r: EngineReport) => string][] = [
    [`recall@10 (${queries} queries)`, (r) => summarise(r.scores).recallAt10.toFixed(3)],
    ['MRR', (r) => summarise(r.scores).mrr.toFixed(3)],
    ['index size raw', (r) => `${kb(r.indexRaw)} (${r.indexFiles} files)`],
    ['index size gzip', (r) => kb(r.indexGzip)],
    ['search runtime JS/wasm gzip', (r) => kb(r.runtimeGzip)],
    ['first-search bytes gzip, median', (r) => kb(percentile(r.firstSearchGzip, 0.5))],
    ['first-search bytes gzip, max', (r) => kb(Math.max(...r.firstSearchGzip))],
    ['first-search bytes gzip, “托位”', (r) => `${kb(r.referenceFirstSearch.gzip)} (${r.referenceFirstSearch.requests} requests)`],
    ['first result, cold (ms) median / p95', (r) => `${percentile(r.coldLatency, 0.5).toFixed(0)} / ${percentile(r.coldLatency, 0.95).toFixed(0)}`],
    ['query latency, warm (ms) median / p95', (r) => `${percentile(r.warmLatency, 0.5).toFixed(2)} / ${percentile(r.warmLatency, 0.95).toFixed(2)}`],
  ];
  const widths = [Math.max(...rows.map(([l]) => [...l].length)), ...reports.map((r) => Math.max(r.name.length, ...rows.map(([, f]) => [...f(r)].length)))];
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c + ' '.repeat(Math.max(0, (widths[i] ?? 0) - [...c].length))).join(' | ')} |`;
  console.log(line(['', ...reports.map((r) => r.name)]));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const [label, f] of rows) console.log(line([label, ...reports.map(f)]));
  console.log(
    [
      '',
      'index size: every file of the index (ours: /search/data/; Pagefind: pagefind/ without its JS and wasm). Pagefind stores its',
      '  files gzipped already, so its raw and gzip sizes are the same bytes.',
      'first-search bytes: everything fetched from the first keystroke until the first result is shown (ours: engine chunk, core.json,',
      '  postings shards, section texts for the snippets; Pagefind: pagefind.js, wasm, entry, meta, index chunks, fragments of the',
      '  top 10), each counted gzipped.',
      'first result, cold: ours through the search page, including its 120 ms typing delay; Pagefind called directly.',
      'warm latency: the same query again with its data loaded, producing the top 10 with titles and snippets (ours: search();',
      '  Pagefind: search() and data() of the top 10).',
    ].join('\n'),
  );

  // Recall by kind of case, and what each engine missed.
  const groups = [...new Set(reports[0]?.scores.map((s) => s.group) ?? [])];
  console.log('\nrecall@10 by group:');
  for (const group of groups) {
    const n = reports[0]?.scores.filter((s) => s.group === group).length ?? 0;
    console.log(`  ${`${group} (${n})`.padEnd(20)} ${reports.map((r) => `${r.name.split(' ')[0]} ${summarise(r.scores.filter((s) => s.group === group)).recallAt10.toFixed(2)}`).join('   ')}`);
  }
  for (const r of reports) {
    const misses = r.scores.filter((s) => s.missing.length > 0);
    console.log(`\n${r.name} missed (${misses.length} queries):`);
    for (const s of misses) console.log(`  ${JSON.stringify(s.query)} [${s.case}]: ${s.missing.join(', ')}`);
  }
}

async function main(): Promise<void> {
  const index = searchDataDir('dist');
  if ('error' in index) throw new Error(index.error);
  const set = loadRelevanceSet();
  const launch = playwrightConfig.use?.launchOptions ?? {};

  const root = mkdtempSync(join(tmpdir(), 'bench-search-'));
  const site = join(root, 'dist');
  const ourPort = await freePort();
  const pagefindPort = await freePort();
  let preview: ReturnType<typeof spawn> | undefined;
  let server: Server | undefined;
  let browser: Browser | undefined;
  try {
    log(`copying dist/ to ${site}`);
    cpSync('dist', site, { recursive: true });
    if (!existsSync(join(site, 'search', 'data', index.id, 'core.json'))) throw new Error('dist/ was being rebuilt while it was copied: run again');
    const indexed = spawnSync('npx', ['pagefind', '--site', site, '--root-selector', 'main', '--glob', '{documents,topics,regions}/*/index.html'], { encoding: 'utf8' });
    if (indexed.status !== 0) throw new Error(`pagefind failed:\n${indexed.stdout}\n${indexed.stderr}`);
    log(indexed.stdout.split('\n').filter((l) => /Indexed|language/i.test(l)).join(' · '));
    server = await staticServer(site, pagefindPort);
    // --ignore-lock: Astro 7 refuses to start beside another preview server without it.
    // --root: serve the snapshot (its dist/), not the live dist/.
    preview = spawn('npx', ['astro', 'preview', '--root', root, '--ignore-lock', '--host', '127.0.0.1', '--port', String(ourPort)], { stdio: 'ignore', detached: true });
    await waitFor(`http://127.0.0.1:${ourPort}/search/`);

    browser = await chromium.launch({ ...launch, executablePath: '/usr/bin/chromium' });
    log('ours…');
    const ours = await benchOurs(browser, set, site, `http://127.0.0.1:${ourPort}`);
    log('Pagefind…');
    const pagefind = await benchPagefind(browser, set, site, `http://127.0.0.1:${pagefindPort}`);
    printTable([ours, pagefind], set.length);
  } finally {
    await browser?.close();
    server?.close();
    if (preview?.pid !== undefined) {
      try {
        process.kill(-preview.pid);
      } catch {
        // already gone
      }
    }
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
