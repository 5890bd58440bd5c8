// The bulletin PDFs: `npm run build` runs this after `astro build`. Each issue page in dist/ is
// printed to dist/bulletins/<id>/<id>.pdf (A4) by Debian's Chromium through Playwright, with the
// page's print stylesheet (src/styles/bulletin-print.css).
//
//   tsx scripts/build-pdf.ts                 print every issue listed in dist/bulletins/issues.json
//   tsx scripts/build-pdf.ts --check-files   (npm's prebuild and predev) check that every
//                                            content/documents file can be read at all
//
// --check-files runs before Astro because Astro parses front matter before any of our code runs:
// invalid YAML or a GBK-encoded file would stop the build with an English parser message. The
// check (src/lib/bulletin-file-check.ts) names the file and line in the editors' language instead.
//
// Why two printings and not Paged.js: the table of contents needs page numbers, which CSS gives
// with target-counter() — and Chromium has never implemented it. Paged.js would polyfill it by
// re-laying out the whole issue in JavaScript: another dependency and ~1 MB of script injected
// into the page, and a second layout engine whose page breaks differ from the browser's own print
// dialog (which readers use on the same page). Chromium (≥ 131) already draws @page margin
// boxes (page numbers in the footer, running heads) and named pages (the cover) natively, so only
// the contents' numbers are missing: we print once, read from the PDF on which page each
// contents link's target landed (Chromium writes a named destination for every linked id), write
// the numbers into the page, and print again. The numbers sit in a fixed-width column of a
// contents page that ends with a page break, so filling them in cannot move anything; the second
// printing is checked against the first, and a third is made if a number moved all the same.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { checkDocumentFile, formatFileProblem, type FileProblem } from '../src/lib/bulletin-file-check';
import type { IssueManifestEntry } from '../src/lib/bulletin-issue';
import { destinationPages, fillContentsPageNumbers, pdfPageCount, withIssueMetadata } from '../src/lib/bulletin-pdf';
import { PLACEHOLDER } from '../src/lib/bulletin-skeleton';
import { BULLETIN_MANIFEST_URL } from '../src/lib/bulletin-urls';

const ROOT = process.cwd();
const DIST = resolve(ROOT, 'dist');
/** Pages are served to the browser from dist/ under this origin; every other request is refused. */
const ORIGIN = 'http://pdf.localhost';
const MAX_PRINTINGS = 3;

const HTML_TYPE = 'text/html; charset=utf-8';
const CONTENT_TYPES: Record<string, string> = {
  '.html': HTML_TYPE,
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

if (process.argv.includes('--check-files')) {
  process.exitCode = checkContentFiles();
} else {
  await buildPdfs().catch((error: unknown) => {
    log(`build-pdf: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}

/** Before Astro: every content/documents/*.md is UTF-8 with readable front matter. */
function checkContentFiles(): number {
  const dir = join(ROOT, 'content/documents');
  const problems: FileProblem[] = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .flatMap((name) => checkDocumentFile(`content/documents/${name}`, readFileSync(join(dir, name))) ?? []);
  if (problems.length === 0) return 0;
  log(`内容文件无法读取 (content files unreadable):\n${problems.map(formatFileProblem).join('\n')}`);
  return 1;
}

async function buildPdfs(): Promise<void> {
  const browserCheck = spawnSync('bash', [join(ROOT, 'scripts/ensure-browser.sh')], { stdio: 'inherit' });
  if (browserCheck.status !== 0) {
    throw new Error('没有可用的 Chromium 或中文字体，无法生成简报 PDF（见上面的说明）。网站其余部分已在 dist/ 中生成 (pdf.no-browser)');
  }
  const manifestPath = join(DIST, BULLETIN_MANIFEST_URL);
  if (!existsSync(manifestPath)) throw new Error(`找不到 ${manifestPath}：请先运行 astro build (pdf.no-manifest)`);
  const { issues } = JSON.parse(readFileSync(manifestPath, 'utf8')) as { issues: IssueManifestEntry[] };

  const started = performance.now();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    // The same switches as playwright.config.ts: without them Chromium keeps calling Google's hosts.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    // No page scripts: the PDF must not depend on them (the citation script would print today's date).
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    for (const issue of issues) {
      const t0 = performance.now();
      const { pdf, pages } = await printIssue(context, issue);
      const out = join(DIST, issue.pdfUrl);
      mkdirSync(resolve(out, '..'), { recursive: true });
      writeFileSync(out, pdf);
      log(`build-pdf: ${issue.pdfUrl.slice(1)} — ${pages} 页，${Math.round(pdf.length / 1024)} KB，${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
  } finally {
    await browser.close();
  }
  log(`build-pdf: ${issues.length} 期简报的 PDF 用时 ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Serves dist/ to the browser at ORIGIN, with the issue page's HTML replaced by `html`. */
async function serveDist(context: BrowserContext, pageUrl: string, html: () => string): Promise<void> {
  await context.unrouteAll();
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.abort('blockedbyclient');
    if (url.pathname === pageUrl) return route.fulfill({ status: 200, contentType: HTML_TYPE, body: html() });
    const file = join(DIST, decodeURIComponent(url.pathname), url.pathname.endsWith('/') ? 'index.html' : '');
    if (!file.startsWith(DIST) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
}

async function printIssue(context: BrowserContext, issue: IssueManifestEntry): Promise<{ pdf: Uint8Array; pages: number }> {
  const sourceHtml = readFileSync(join(DIST, issue.url, 'index.html'), 'utf8');
  for (const file of issue.placeholderFiles) {
    log(`build-pdf: 注意：${file} 中还有“${PLACEHOLDER}”占位文字，发布前请补全 (bulletin.placeholder-left)`);
  }
  let numbers = new Map<string, number>();
  let html = sourceHtml;
  await serveDist(context, issue.url, () => html);
  const page = await context.newPage();
  try {
    for (let printing = 1; printing <= MAX_PRINTINGS; printing += 1) {
      await page.goto(`${ORIGIN}${issue.url}`, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(async () => {
        await document.fonts.ready;
      });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
      const found = await destinationPages(pdf, issue.contentsTargets);
      if (sameNumbers(found, numbers)) {
        const final = await withIssueMetadata(pdf, {
          title: issue.title,
          author: issue.publisher,
          subject: issue.theme,
          keywords: [issue.series, issue.issueLabel, issue.theme],
          date: issue.date,
        });
        return { pdf: final, pages: await pdfPageCount(final) };
      }
      numbers = found;
      html = fillContentsPageNumbers(sourceHtml, numbers);
    }
  } finally {
    await page.close();
  }
  throw new Error(`${issue.url}：印了 ${MAX_PRINTINGS} 次，目录页码仍在变化，请检查打印样式 (pdf.unstable-contents)`);
}

function sameNumbers(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  return a.size === b.size && [...a].every(([key, value]) => b.get(key) === value);
}
