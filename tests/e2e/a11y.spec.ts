import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// One page of every type; each is scanned in light and dark, so colour contrast is checked in both.
const PAGE_TYPES = {
  home: '/',
  'document list': '/documents/',
  'filtered list': '/documents/kind/plan/',
  document: '/documents/taian-yilao-yixiao-plan-draft/',
  'document with notes and sources': '/documents/bulletin-2023-01-hangzhou/',
  topic: '/topics/childcare/',
  region: '/regions/taian/',
  comparison: '/compare/childcare-places-per-1000/',
  'measure matrix': '/compare/measures/',
  'measure quotes': '/compare/measures/family-care-beds/',
  'target view': '/compare/targets/',
  'data page': '/data/',
  'search with results': '/search/?q=托育',
  'bulletin index': '/bulletins/',
  'bulletin issue': '/bulletins/beihai-library-bulletin-2023-01/',
  404: '/no-such-page/',
} as const;

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, WCAG 2.1 AA, ${colorScheme}`, () => {
    test.use({ colorScheme });
    for (const [name, path] of Object.entries(PAGE_TYPES)) {
      test(`${name} (${path}) has no violations`, async ({ page }) => {
        await page.goto(path);
        // Let enhancements (search results, filled-in dates) settle before scanning.
        await page.waitForLoadState('networkidle');
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        expect(summary).toEqual([]);
      });
    }
  });
}

// WCAG 2.1 1.4.10 Reflow: at 320 CSS px, text reads without scrolling sideways; only tables and
// charts, which need two dimensions, may scroll, inside their own boxes. Every page the sitemap
// lists, plus a search and the 404 page. A grid column widened by its content once pushed a
// document page past a phone's edge, text cut off; a matrix's screen-reader labels, another page.
test('no page scrolls sideways at 320 px', async ({ browser, request }) => {
  test.setTimeout(240_000);
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  const paths = [...sitemap.matchAll(/<loc>https?:\/\/[^/<]+(\/[^<]*)<\/loc>/g)].map((m) => decodeURI(m[1] as string));
  expect(paths.length).toBeGreaterThan(100);
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  const wide: string[] = [];
  for (const path of [...paths, '/search/?q=托育', '/no-such-page/']) {
    await page.goto(path);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    if (scrollWidth > clientWidth) wide.push(`${path}: ${scrollWidth} px wide`);
  }
  expect(wide).toEqual([]);
  await context.close();
});

test.describe('keyboard only', () => {
  test('skip link, main navigation and a document are reachable without a mouse', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '跳到正文' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);

    await page.goto('/');
    const nav = page.getByRole('navigation', { name: '主导航' });
    const target = nav.getByRole('link', { name: '文档' });
    for (let i = 0; i < 20 && !(await target.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
    await expect(target).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/documents\/$/);

    // From the list, Tab reaches a document link and Enter opens it.
    const firstDoc = page.locator('#document-list .card h2 a').first();
    for (let i = 0; i < 60 && !(await firstDoc.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
    await expect(firstDoc).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/documents\/[a-z0-9-]+\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('focus is visible on links', async ({ page }) => {
    await page.goto('/documents/');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
  });
});
