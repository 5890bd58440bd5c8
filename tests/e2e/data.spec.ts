import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';

test.describe('comparison pages', () => {
  test('a comparison chart shows regions, years, a summary, a table, downloads and a citation — without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/compare/childcare-places-per-1000/');
    const figure = page.getByRole('figure', { name: /每千人口托位数/ });
    await expect(figure.getByRole('img', { name: /每千人口托位数/ })).toBeVisible();
    await expect(figure.locator('.chart-summary')).toContainText('有数据的');
    await expect(figure.getByRole('img', { name: /每千人口托位数/ })).toContainText('（2021）');
    await figure.getByText(/^数据表（/).click();
    const rows = figure.locator('.chart-table tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    await expect(rows.first().locator('td').last()).toContainText('“');
    await expect(figure.getByRole('link', { name: 'CSV' })).toHaveAttribute('href', '/compare/childcare-places-per-1000/data.csv');
    await expect(figure.locator('.chart-cite')).toContainText('[EB/OL]');
    await context.close();
  });

  // A chart drawn for a desktop column and scaled to a phone set its labels at five pixels, or
  // scrolled its targets out of sight; a phone gets the narrow drawing (src/charts/chart-layout.ts).
  for (const { path, name } of [
    { path: '/compare/childcare-places-per-1000/', name: /每千人口托位数/ },
    { path: '/compare/targets/', name: /泰安：比例类指标/ },
    { path: '/regions/taian/', name: /泰安：比例类指标/ },
  ]) {
    test(`${path}: the chart a phone shows fits the screen, with every label readable, without JavaScript`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.goto(path);
      const chart = page.getByRole('img', { name }).first();
      await expect(chart).toBeVisible();
      expect(await chart.evaluate((svg) => svg.closest('.chart-narrow') !== null)).toBe(true);
      const fit = await chart.evaluate((svg) => {
        const box = svg.getBoundingClientRect();
        const scroller = svg.closest('.chart-svg') as HTMLElement;
        const texts = [...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect());
        return {
          overflows: scroller.scrollWidth > scroller.clientWidth,
          right: box.right,
          // Text drawn outside the SVG's box is cut off; text under 10 px is hard to read on a phone.
          textsOutside: texts.filter((t) => t.left < box.left - 1 || t.right > box.right + 1).length,
          smallestText: Math.min(...[...svg.querySelectorAll('text')].map((t) => Number.parseFloat(getComputedStyle(t).fontSize))) * (box.width / (svg as SVGSVGElement).viewBox.baseVal.width),
        };
      });
      expect(fit.overflows).toBe(false);
      expect(fit.right).toBeLessThanOrEqual(390);
      expect(fit.textsOutside).toBe(0);
      expect(fit.smallestText).toBeGreaterThanOrEqual(10);
      await context.close();
    });
  }

  test('a desktop shows the wide chart, and it fits its column down to the phone breakpoint', async ({ browser }) => {
    for (const width of [1280, 656]) {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto('/compare/targets/');
      const chart = page.getByRole('img', { name: /泰安：比例类指标/ }).first();
      expect(await chart.evaluate((svg) => svg.closest('.chart-wide') !== null)).toBe(true);
      expect(await chart.evaluate((svg) => { const s = svg.closest('.chart-svg') as HTMLElement; return s.scrollWidth <= s.clientWidth; })).toBe(true);
      await context.close();
    }
  });

  // On a phone a data table scrolled sideways with its values or source sentences out of sight
  // (a region's key figures showed names only); it is now stacked, a row per block.
  const DATA_TABLE_PAGES = ['/compare/nursing-bed-share/', '/compare/targets/', '/regions/hangzhou/', '/data/'];
  for (const path of DATA_TABLE_PAGES) {
    test(`${path}: on a phone every data table fits the screen, and stays a table for screen readers`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.goto(path);
      // Open the tables under the charts too.
      await page.evaluate(() => { for (const d of document.querySelectorAll('details')) d.open = true; });
      const tables = await page.locator('.data-table').evaluateAll((nodes) => nodes.map((table) => {
        const scroller = table.closest('.table-scroll') as HTMLElement;
        const cells = [...table.querySelectorAll('tbody th, tbody td')].filter((c) => c.textContent?.trim() !== '').map((c) => c.getBoundingClientRect());
        const quotes = (table.classList.contains('figure-quote-table') ? [...table.querySelectorAll('td:last-child')] : []).map((c) => c.getBoundingClientRect().width / table.getBoundingClientRect().width);
        return {
          scrolls: scroller.scrollWidth > scroller.clientWidth,
          cellsOffScreen: cells.filter((r) => r.left < 0 || r.right > 390).length,
          cells: cells.length,
          narrowestQuote: Math.min(1, ...quotes),
          // An empty cell is not shown on a phone (the stylesheet hides it, and its name with it).
          domCells: table.querySelectorAll('td:not(:empty)').length,
          domHeaders: table.querySelectorAll('th').length,
        };
      }));
      expect(tables.length).toBeGreaterThan(0);
      for (const table of tables) {
        expect(table.cells).toBeGreaterThan(0);
        expect(table.scrolls).toBe(false);
        expect(table.cellsOffScreen).toBe(0);
        // A source sentence has the table's whole width, not a column of it.
        expect(table.narrowestQuote).toBeGreaterThan(0.9);
      }
      // Stacked by CSS, the tables keep their cells and headers in Chromium's accessibility tree.
      const cdp = await context.newCDPSession(page);
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      const roles = nodes.filter((n) => n.ignored !== true).map((n) => n.role?.value);
      const count = (role: string): number => roles.filter((r) => r === role).length;
      expect(count('table')).toBeGreaterThanOrEqual(tables.length);
      expect(count('cell')).toBeGreaterThanOrEqual(tables.reduce((n, t) => n + t.domCells, 0));
      expect(count('rowheader') + count('columnheader')).toBeGreaterThanOrEqual(tables.reduce((n, t) => n + t.domHeaders, 0));
      await context.close();
    });
  }

  test('on a desktop no data table scrolls sideways: only short cells keep to one line', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    for (const path of DATA_TABLE_PAGES) {
      await page.goto(path);
      await page.evaluate(() => { for (const d of document.querySelectorAll('details')) d.open = true; });
      const scrolling = await page.locator('.data-table').evaluateAll((nodes) => nodes.filter((t) => { const s = t.closest('.table-scroll') as HTMLElement; return s.scrollWidth > s.clientWidth; }).length);
      expect(scrolling, path).toBe(0);
    }
    await context.close();
  });

  // A chart's citation had no script on the page, so its [引用日期] stayed a placeholder.
  for (const path of ['/compare/childcare-places-per-1000/', '/regions/taian/']) {
    test(`${path}: the chart's citation gets today's date, from a script that imports nothing`, async ({ page, request }) => {
      await page.goto(path);
      const citation = page.locator('.chart-cite .citation-text').first();
      await expect(citation).toHaveText(/\[\d{4}-\d{2}-\d{2}\]/);
      await expect(citation).not.toContainText('[引用日期]');
      // One script for every kind of citation; a module it imported would be fetched a round later.
      const html = await (await request.get(path)).text();
      const modules = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1] ?? '');
      expect(modules.some((src) => src.includes('FillAccessDates'))).toBe(true);
      for (const src of modules) expect(await (await request.get(src)).text(), src).not.toMatch(/\bimport\s*(?:[\w*{][^;"'()]*?\bfrom\s*)?["']/);
    });
  }

  test('a chart download holds exactly the rows the chart draws', async ({ page, request }) => {
    await page.goto('/compare/childcare-places-per-1000/');
    const tableRows = await page.locator('.chart-table tbody tr').count();
    const csv = await (await request.get('/compare/childcare-places-per-1000/data.csv')).text();
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const records = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(tableRows);
    expect(records.every((r) => r.indicator === 'childcare-places-per-1000')).toBe(true);
    const json = (await (await request.get('/compare/childcare-places-per-1000/data.json')).json()) as { rows: unknown[] };
    expect(json.rows).toHaveLength(tableRows);
  });

  test('the measure matrix links each filled cell to its sentence', async ({ page }) => {
    await page.goto('/compare/measures/');
    const cell = page.locator('td.filled a').first();
    const href = (await cell.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/compare\/measures\/[a-z0-9-]+\/#q-/);
    await cell.click();
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[/#]/g, (c) => `\\${c}`)}$`));
    const target = page.locator(`[id="${href.split('#')[1]}"]`);
    await expect(target).toBeInViewport();
    await expect(target).toContainText('“');
  });

  test('the target view puts Taian 2020 → 2025 on one line', async ({ page }) => {
    await page.goto('/compare/targets/');
    const section = page.getByRole('region', { name: '泰安' });
    await expect(section.getByRole('img')).toBeVisible();
    await expect(section.getByRole('row', { name: /^护理型床位占比/ })).toContainText('2020');
    await expect(section.getByRole('row', { name: /^护理型床位占比/ })).toContainText('2025');
  });
});

test.describe('the data page and downloads', () => {
  test('full dataset downloads carry every figure with its provenance', async ({ page, request }) => {
    await page.goto('/data/');
    const lede = (await page.locator('.lede').textContent()) ?? '';
    const total = Number(/共 (\d+) 条/.exec(lede)?.[1]);
    expect(total).toBeGreaterThan(200);
    const csv = await (await request.get('/data/indicators.csv')).text();
    expect(csv.startsWith('\uFEFFregion,regionName,indicator')).toBe(true);
    const records = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(total);
    for (const r of records) {
      expect(r.quote?.length).toBeGreaterThan(3);
      expect(r.documentUrl).toMatch(/^https?:\/\/.+\/documents\/[a-z0-9-]+\/$/);
      expect(['actual', 'target', 'estimate', 'standard']).toContain(r.kind);
    }
    const json = (await (await request.get('/data/indicators.json')).json()) as { figures: unknown[]; indicators: unknown[] };
    expect(json.figures).toHaveLength(total);
  });

  test('describes the dataset for search engines as the downloads hold it (schema.org Dataset)', async ({ page, request }) => {
    await page.goto('/data/');
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks).toHaveLength(1);
    const ld = JSON.parse(blocks[0] ?? '') as {
      '@type': string;
      temporalCoverage: string;
      variableMeasured: { name: string; unitText: string }[];
      spatialCoverage: { name: string }[];
      distribution: { contentUrl: string; encodingFormat: string }[];
    };
    expect(ld['@type']).toBe('Dataset');
    // Each download it names is a download the page links to, and is served as its format says.
    const linked = await page.locator('main a[download]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href.replace(location.origin, '')));
    expect(ld.distribution.map((d) => new URL(d.contentUrl).pathname)).toEqual(linked);
    for (const d of ld.distribution) {
      const response = await request.get(new URL(d.contentUrl).pathname);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain(d.encodingFormat);
    }
    // Its indicators, places and years are those of the figures in the JSON download.
    const json = (await (await request.get('/data/indicators.json')).json()) as { figures: { indicatorName: string; unit: string; regionName: string; year: number }[] };
    expect(new Set(ld.variableMeasured.map((v) => v.name))).toEqual(new Set(json.figures.map((f) => f.indicatorName)));
    expect(new Set(ld.spatialCoverage.map((p) => p.name))).toEqual(new Set(json.figures.map((f) => f.regionName)));
    const years = json.figures.map((f) => f.year);
    expect(ld.temporalCoverage).toBe(`${Math.min(...years)}/${Math.max(...years)}`);
    await expect(page.locator('table tr[id^="indicator-"]')).toHaveCount(ld.variableMeasured.length);
  });
});

test.describe('regional case pages', () => {
  test('a region page has its case summary, key figures, measures and documents', async ({ page }) => {
    await page.goto('/regions/hangzhou/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('杭州市');
    const summary = page.getByRole('region', { name: /案例摘要/ });
    for (const part of ['问题', '做法', '成效', '可借鉴之处']) await expect(summary.getByRole('heading', { name: part, exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: '关键数字' })).toBeVisible();
    await expect(page.getByRole('heading', { name: /采用的政策工具/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: /相关文档/ })).toBeVisible();
    // A key figure links to the document it was read from.
    await expect(page.locator('.figure-value a').first()).toHaveAttribute('href', /\/documents\/bulletin-2023-01-hangzhou\/#q-[0-9a-f]{10}$/);
  });

  test('every region in the corpus has a page', async ({ page }) => {
    await page.goto('/regions/');
    const links = await page.locator('main a[href^="/regions/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const id of ['national', 'guangxi', 'beihai', 'hangzhou', 'shijiazhuang', 'taian', 'qinghai', 'ouhai']) expect(links).toContain(`/regions/${id}/`);
  });
});

test.describe('figures in search', () => {
  test('a figure is found by its indicator and region and leads to its comparison', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('泰安 每千人口托位数')}`);
    const hit = page.locator('#search-results > li', { has: page.locator('.search-hit-kind', { hasText: '数据' }) }).first();
    await expect(hit).toBeVisible();
    await expect(hit).toContainText('泰安市');
    await expect(hit.getByRole('link').first()).toHaveAttribute('href', '/compare/childcare-places-per-1000/');
  });
});
