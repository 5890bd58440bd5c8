import { expect, test } from '@playwright/test';

const PAGES = [
  '/',
  '/documents/',
  '/documents/bulletin-2023-01-hangzhou/',
  '/topics/childcare/',
  '/regions/taian/',
  '/compare/childcare-places-per-1000/',
  '/compare/measures/',
  '/data/',
  '/search/?q=托位',
  '/bulletins/',
  '/bulletins/beihai-library-bulletin-2023-01/',
  '/no-such-page/',
];

test('every page carries a strict CSP, and nothing on it violates the policy or leaves the site', async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL ?? '') && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  for (const path of PAGES) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).toContain("object-src 'none'");
    const scriptSrc = /script-src ([^;]*)/.exec(csp ?? '')?.[1] ?? '';
    expect(scriptSrc, path).not.toContain('unsafe-inline');
    expect(scriptSrc, path).not.toContain('unsafe-eval');
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'strict-origin-when-cross-origin');
    const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    expect(violations, path).toEqual([]);
  }
  expect(foreign).toEqual([]);
});

test('site basics: canonical, description, Open Graph, favicon, robots and sitemap', async ({ page, request }) => {
  await page.goto('/documents/taian-yilao-yixiao-plan-draft/');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https:\/\/.+\/documents\/taian-yilao-yixiao-plan-draft\/$/);
  expect(((await page.locator('meta[name="description"]').getAttribute('content')) ?? '').length).toBeGreaterThan(20);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /泰安/);
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/favicon.svg');
  expect((await request.get('/favicon.svg')).ok()).toBe(true);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Sitemap:');
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).toContain('/documents/taian-yilao-yixiao-plan-draft/</loc>');
  expect(sitemap).not.toContain('/404');
});

test('raw HTML pasted into Markdown renders inert in a real browser', async ({ page }) => {
  const { readFileSync } = await import('node:fs');
  const { renderMarkdown } = await import('../../src/lib/render-markdown');
  const markdown = readFileSync('tests/fixtures/unsafe/pasted-html.md', 'utf8');
  const { html } = renderMarkdown(markdown, { path: 'tests/fixtures/unsafe/pasted-html.md', sourceIds: [], urlByTitleKey: new Map() });
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs += 1;
    await d.dismiss();
  });
  await page.setContent(`<!doctype html><html><body><main>${html}</main></body></html>`);
  await page.locator('main a', { hasText: '点这里' }).click().catch(() => undefined);
  await page.locator('main', { hasText: '覆盖层' }).click();
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => (window as unknown as { pwned?: string }).pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
  for (const selector of ['script', 'iframe', 'object', 'embed', 'form', '[onerror]', '[onclick]', '[onload]', '[style]', 'a[href^="javascript:"]']) {
    expect(await page.locator(`main ${selector}`).count(), selector).toBe(0);
  }
  // The text around the removed markup survives.
  await expect(page.locator('main')).toContainText('正文一段。');
  await expect(page.locator('main')).toContainText('覆盖层');
});
