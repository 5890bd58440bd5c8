// Screenshots of each page type at a phone and a desktop width, for looking at the site as a
// reader would. Usage: npm run screenshots [-- <path> …]   (builds nothing: run `npm run build` first)
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { startPreview } from './lib/preview-server';

const PORT = 4392;
const DEFAULT_PATHS = [
  '/',
  '/documents/',
  '/documents/kind/plan/',
  '/documents/taian-yilao-yixiao-plan-draft/',
  '/documents/roundtable-2026-care-quality/',
  '/documents/beihai-library-bulletin-2023-01/',
  '/topics/',
  '/topics/childcare/',
  '/regions/',
  '/regions/beihai/',
  '/search/?q=托位',
  '/404.html',
];
const WIDTHS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1366, height: 900 },
];

const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULT_PATHS;
const outDir = 'tests/output/screenshots';
mkdirSync(outDir, { recursive: true });

const server = await startPreview(PORT);
try {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const size of WIDTHS) {
      const page = await browser.newPage({ viewport: { width: size.width, height: size.height }, colorScheme, locale: 'zh-CN' });
      for (const path of paths) {
        await page.goto(`http://127.0.0.1:${PORT}${path}`);
        // A search page with a query answers after loading: wait for its whole page of results.
        if (new URL(path, 'http://x').searchParams.has('q')) await page.locator('#search-results[aria-busy="false"] > li, #search-empty:not([hidden])').first().waitFor();
        const file = `${outDir}/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${size.name}-${colorScheme}.png`;
        // Long pages are cut at 2,400 px so the picture stays legible when opened.
        const height = Math.min(await page.evaluate(() => document.documentElement.scrollHeight), 2400);
        await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width: size.width, height } });
        console.error(file);
      }
      await page.close();
    }
  }
  await browser.close();
} finally {
  server.stop();
}
