// Scale benchmark: generates synthetic corpora of N documents and R regions, builds each, and
// prints build wall time, peak memory (RSS of the build's process tree), pages, dist/ size, search
// index size (raw and gzipped), the bytes a browser loads before its first search result and the
// search latency (median, p95) in Chromium, then the growth exponent k (time ∝ N^k) between sizes.
// The bulletin PDF step is not part of it (one PDF per bulletin issue; see README).
// Usage: npx tsx scripts/bench-build.ts [--sizes 100:30,1000:100,10000:300] [--seed 1]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { startPreview } from './lib/preview-server';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100:30,1000:100,10000:300' }, seed: { type: 'string', default: '1' } } });
const SIZES = values.sizes.split(',').map((s) => s.split(':').map(Number) as [number, number]);
const QUERIES = ['托位', '养老床位', '医养结合', '普惠托育', '家庭养老床位', '长期护理保险', '喘息服务', '老年助餐', '智慧养老', '人才队伍'];
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

async function searchCosts(dist: string): Promise<{ firstSearchGzip: number; median: number; p95: number }> {
  const server = await startPreview(4395, { ...process.env, ATLAS_OUT_DIR: dist });
  const origin = server.origin;
  try {
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    const firstBytes: number[] = [];
    const latencies: number[] = [];
    for (const query of QUERIES) {
      const page = await browser.newPage();
      let bytes = 0;
      page.on('response', async (response) => {
        try {
          bytes += gzipSync(await response.body(), { level: 9 }).length;
        } catch {
          // redirects have no body
        }
      });
      const started = performance.now();
      await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
      await page.locator('#search-results > li, #search-empty:not([hidden])').first().waitFor({ timeout: 30_000 });
      latencies.push(performance.now() - started);
      await page.waitForLoadState('networkidle');
      firstBytes.push(bytes);
      await page.close();
    }
    await browser.close();
    const sorted = [...latencies].sort((a, b) => a - b);
    return {
      firstSearchGzip: Math.max(...firstBytes),
      median: sorted[Math.floor(sorted.length / 2)]!,
      p95: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!,
    };
  } finally {
    server.stop();
  }
}

interface Row { n: number; r: number; seconds: number; peakRss: number; pages: number; distBytes: number; indexRaw: number; indexGzip: number; firstSearchGzip: number; median: number; p95: number; largestPageGzip: number }
const rows: Row[] = [];
for (const [n, r] of SIZES) {
  const root = `/tmp/atlas-bench-${n}`;
  log(`generating ${n} documents, ${r} regions`);
  const gen = spawnSync('tsx', ['scripts/gen-synthetic.ts', '--docs', String(n), '--regions', String(r), '--seed', values.seed, '--out', root], { stdio: 'inherit' });
  if (gen.status !== 0) throw new Error('gen-synthetic failed');
  log(`building ${n}`);
  const { seconds, peakRss } = await timedBuild(root);
  const dist = join(root, 'dist');
  const files = filesUnder(dist);
  const html = files.filter((f) => f.endsWith('.html'));
  const index = filesUnder(join(dist, 'search', 'data'));
  const indexRaw = index.reduce((a, f) => a + statSync(f).size, 0);
  const indexGzip = index.reduce((a, f) => a + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  const largestPageGzip = Math.max(...html.map((f) => gzipSync(readFileSync(f)).length));
  log(`measuring search on ${n}`);
  const search = await searchCosts(dist);
  rows.push({ n, r, seconds, peakRss, pages: html.length, distBytes: files.reduce((a, f) => a + statSync(f).size, 0), indexRaw, indexGzip, largestPageGzip, ...search });
}

const kb = (b: number): string => `${(b / 1024).toFixed(0)} KB`;
const mb = (b: number): string => `${(b / 1024 / 1024).toFixed(1)} MB`;
console.log(`\nScale benchmark — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${mb(totalmem())} RAM, Node ${process.version}\n`);
console.log('| documents | regions | build time | peak RSS | pages | dist/ | search index raw / gzip | first search (gzip) | search median / p95 | largest page (gzip) |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) {
  console.log(`| ${row.n} | ${row.r} | ${row.seconds.toFixed(1)} s | ${mb(row.peakRss)} | ${row.pages} | ${mb(row.distBytes)} | ${kb(row.indexRaw)} / ${kb(row.indexGzip)} | ${kb(row.firstSearchGzip)} | ${row.median.toFixed(0)} / ${row.p95.toFixed(0)} ms | ${kb(row.largestPageGzip)} |`);
}
console.log('\nGrowth exponents k (cost ∝ N^k) between consecutive sizes:');
for (let i = 1; i < rows.length; i += 1) {
  const a = rows[i - 1]!;
  const b = rows[i]!;
  const k = (x: number, y: number): string => (Math.log(y / x) / Math.log(b.n / a.n)).toFixed(2);
  console.log(`- ${a.n} → ${b.n}: build time k=${k(a.seconds, b.seconds)}, peak RSS k=${k(a.peakRss, b.peakRss)}, dist/ k=${k(a.distBytes, b.distBytes)}, index k=${k(a.indexRaw, b.indexRaw)}, first search k=${k(a.firstSearchGzip, b.firstSearchGzip)}`);
}
