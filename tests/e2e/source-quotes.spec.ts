import { expect, test, type Page } from '@playwright/test';

/**
 * Every number links to its sentence in the document (src/lib/source-quotes.ts): the link lands on
 * the sentence, on screen and highlighted, without JavaScript; the document lists what the site's
 * data takes from it, linking back to the sentences.
 */

/** The highlighted sentence after following a link: its text, whether it is on screen, its background. */
async function landedSentence(page: Page): Promise<{ id: string; text: string; onScreen: boolean; background: string; plainBackground: string }> {
  return page.evaluate(() => {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = document.getElementById(id);
    if (target === null) return { id, text: '', onScreen: false, background: '', plainBackground: '' };
    const box = target.getBoundingClientRect();
    const highlighted = target.tagName === 'TR' ? (target.firstElementChild as HTMLElement) : target;
    const other = document.querySelector('.doc-body p') as HTMLElement;
    return {
      id,
      text: (target.textContent ?? '').replace(/〔[^〕]*〕/g, '').replace(/\[\d+\]/g, '').replace(/\s+/g, ' ').trim(),
      onScreen: box.top >= 0 && box.bottom <= innerHeight,
      background: getComputedStyle(highlighted).backgroundColor,
      plainBackground: getComputedStyle(other).backgroundColor,
    };
  });
}

for (const width of [390, 1366]) {
  test(`at ${width} px, a comparison table's source link lands on the quoted sentence, highlighted, without JavaScript`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 844 } });
    const page = await context.newPage();
    await page.goto('/compare/childcare-institutions/');
    // The table of all the indicator's figures (the chart's own table is folded).
    const rows = page.locator('.figure-quote-table').last().locator('tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    for (const index of [0, (await rows.count()) - 1]) {
      const row = rows.nth(index);
      const cell = row.locator('td').last();
      const quote = ((await cell.textContent()) ?? '').match(/^“(.*)”——/s)?.[1] ?? '';
      expect(quote).not.toBe('');
      const link = cell.getByRole('link').first();
      expect(await link.getAttribute('href')).toMatch(/^\/documents\/[^/]+\/#q-[0-9a-f]{10}$/);
      await link.click();
      await page.waitForURL(/#q-/);
      const landed = await landedSentence(page);
      expect(landed.text).toContain(quote.replace(/\s+/g, ' ').replace(/ \| /g, ' '));
      expect(landed.onScreen).toBe(true);
      expect(landed.background).not.toBe(landed.plainBackground);
      await page.goBack();
    }
    await context.close();
  });
}

test('a region’s key figure links to its sentence, and the sentence is the one its tooltip quotes', async ({ page }) => {
  await page.goto('/regions/taian/');
  const value = page.locator('.figure-value a').first();
  const quote = ((await value.getAttribute('title')) ?? '').replace(/^“|”$/g, '');
  expect(quote).not.toBe('');
  await value.click();
  await page.waitForURL(/#q-/);
  const landed = await landedSentence(page);
  expect(landed.text).toContain(quote);
  expect(landed.onScreen).toBe(true);
});

test('a measure’s quote links to its sentence', async ({ page }) => {
  await page.goto('/compare/measures/');
  await page.locator('a[href^="/compare/measures/"][href$="/"]').filter({ hasNotText: '政策工具' }).first().click();
  const item = page.locator('.measure-quotes li').first();
  const quote = ((await item.textContent()) ?? '').match(/“(.*)”——/s)?.[1] ?? '';
  await item.locator('a[href*="#q-"]').click();
  await page.waitForURL(/#q-/);
  const landed = await landedSentence(page);
  expect(landed.text).toContain(quote.replace(/\s+/g, ' '));
});

test('a document lists the figures taken from it in reading order, each linking to its highlighted sentence', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/documents/taian-yilao-yixiao-plan-draft/');
  const section = page.locator('section', { has: page.getByRole('heading', { name: '本文中的数据' }) });
  await expect(section).toContainText('个数值');
  await section.getByText(/^数值（\d+ 个）$/).click();
  const links = section.locator('table a[href^="#q-"]');
  const count = await links.count();
  expect(count).toBeGreaterThan(20);
  // Reading order: each figure's sentence starts no earlier in the page than the one before.
  const tops = await links.evaluateAll((as) => as.map((a) => document.getElementById(a.getAttribute('href')!.slice(1))!.getBoundingClientRect().top + scrollY));
  expect(tops).toEqual([...tops].sort((a, b) => a - b));
  const link = links.nth(Math.floor(count / 2));
  const value = ((await link.textContent()) ?? '').replace(/[^\d.]/g, '');
  await link.click();
  const landed = await landedSentence(page);
  expect(landed.onScreen).toBe(true);
  expect(landed.background).not.toBe(landed.plainBackground);
  // The sentence holds the number (thousands separators aside).
  expect(landed.text.replace(/,/g, '')).toContain(value.replace(/\.0+$/, ''));
  await context.close();
});

test('a table-row quote lands on its row', async ({ page }) => {
  await page.goto('/data/indicators.json');
  const data = (await page.evaluate(() => JSON.parse(document.body.innerText))) as { figures: { quote: string; quoteUrl: string }[] };
  const rowFigure = data.figures.find((f) => f.quote.includes(' | '));
  expect(rowFigure).toBeDefined();
  await page.goto(new URL(rowFigure!.quoteUrl).pathname + new URL(rowFigure!.quoteUrl).hash);
  const tag = await page.evaluate(() => document.getElementById(location.hash.slice(1))?.tagName);
  expect(tag).toBe('TR');
  const landed = await landedSentence(page);
  expect(landed.onScreen).toBe(true);
  expect(landed.background).not.toBe(landed.plainBackground);
});
