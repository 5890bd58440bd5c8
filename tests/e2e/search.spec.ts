import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const searchPageBox = (page: Page) => page.getByRole('search', { name: '搜索全文' }).getByRole('searchbox', { name: '查找政策文件、地区和主题' });
const results = (page: Page) => page.getByRole('list', { name: '搜索结果' }).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
/** Waits until the whole page of results is shown: the first ones may show while the rest load. */
const settled = (page: Page) => expect(page.getByRole('list', { name: '搜索结果' })).toHaveAttribute('aria-busy', 'false');
const resultLinks = (page: Page) => page.locator('#search-results .search-hit-title a');

test.describe('search box in the header', () => {
  test('is on every page, and / focuses it', async ({ page }) => {
    for (const path of ['/', '/documents/', '/topics/childcare/', '/documents/bulletin-2023-01-beihai/']) {
      await page.goto(path);
      await expect(page.getByRole('search', { name: '站内搜索' }).getByRole('searchbox', { name: '搜索全站' })).toBeVisible();
    }
    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: '搜索全站' })).toBeFocused();
    // The / typed to focus is not typed into the box.
    await expect(page.getByRole('searchbox', { name: '搜索全站' })).toHaveValue('');
  });

  test('submits to the search page with the query in the URL', async ({ page }) => {
    await page.goto('/documents/');
    const box = page.getByRole('searchbox', { name: '搜索全站' });
    await box.fill('托位');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=%E6%89%98%E4%BD%8D$/);
    await expect(searchPageBox(page)).toHaveValue('托位');
    await expect(results(page).first()).toBeVisible();
  });

  test('loads no index on ordinary pages', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/documents/bulletin-2023-01-beihai/');
    await page.getByRole('searchbox', { name: '搜索全站' }).focus();
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => u.includes('/search/data/'))).toEqual([]);
  });
});

test.describe('search page', () => {
  test('loads the index only when the reader starts to search', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/search/');
    await expect(searchPageBox(page)).toBeFocused();
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => u.includes('/search/data/'))).toEqual([]);
    await searchPageBox(page).pressSequentially('托位');
    await expect(results(page).first()).toBeVisible();
    // The index of this build, in its own directory (a hash of core.json).
    expect(requests.some((u) => /\/search\/data\/[0-9a-f]{12}\/core\.json$/.test(u))).toBe(true);
  });

  test('shows results as the reader types, with title, kind, region, date and highlighted snippet', async ({ page }) => {
    await page.goto('/search/');
    await searchPageBox(page).pressSequentially('托位', { delay: 30 });
    await expect(page.getByRole('status')).toHaveText(/^“托位”：共 \d+ 条结果$/);
    const first = results(page).first();
    await expect(first.getByRole('heading', { level: 2 }).getByRole('link')).toHaveAttribute('href', /^\/(documents|topics|regions)\/[a-z0-9-]+\/(#.+)?$/);
    await expect(first.locator('.search-hit-kind')).toHaveText(/规划方案|案例文章|评论访谈|政策文件|新闻|简报|主题|地区/);
    await expect(first.locator('.search-hit-meta')).toContainText(/\d{4}年/);
    // Every result highlights the words it matched, in its title or its snippet.
    await settled(page);
    const count = await results(page).count();
    for (let i = 0; i < count; i += 1) {
      await expect(results(page).nth(i).locator('mark').first()).toHaveText(/托\s*位/);
    }
  });

  test('links to the matching section of a document', async ({ page }) => {
    await page.goto('/search/?q=%E6%8A%A4%E7%90%86%E5%9E%8B%E5%BA%8A%E4%BD%8D');
    const link = results(page).first().getByRole('heading', { level: 2 }).getByRole('link');
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/documents\/[a-z0-9-]+\/#.+/);
    await link.click();
    const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
  });

  test('handles synonyms, pinyin, English names, traditional characters and typos', async ({ page }) => {
    const cases: [string, RegExp, RegExp][] = [
      ['长照', /长期护理/, /同义词/],
      ['yanglao', /养老/, /拼音/],
      ['Beihai', /北海/, /地名/],
      ['養老服務', /养老服务/, /.*/],
      ['养老床为', /养老床位/, /同音词/],
    ];
    for (const [query, marked, notice] of cases) {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      await expect(results(page).first().locator('mark').first()).toHaveText(marked);
      if (notice.source !== '.*') await expect(page.locator('#search-notices')).toContainText(notice);
    }
  });

  test('keeps query and filters in the URL, and restores them from it', async ({ page }) => {
    await page.goto('/search/');
    await searchPageBox(page).pressSequentially('养老床位');
    await expect(page).toHaveURL(/\?q=%E5%85%BB%E8%80%81%E5%BA%8A%E4%BD%8D$/);
    await expect(results(page).first()).toBeVisible();
    await settled(page);
    const all = await results(page).count();

    const filters = page.getByRole('form', { name: '筛选搜索结果' });
    await filters.getByLabel('类型').selectOption('case-article');
    await expect(page).toHaveURL(/[?&]kind=case-article/);
    await expect(page.getByRole('status')).toHaveText(/筛选后 \d+ 条结果（共 \d+ 条）/);
    await settled(page);
    const kinds = await page.locator('#search-results .search-hit-kind').allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.length).toBeLessThanOrEqual(all);
    expect(new Set(kinds)).toEqual(new Set(['案例文章']));

    // A shared link shows the same list.
    const shared = page.url();
    const other = await page.context().newPage();
    await other.goto(shared);
    await expect(searchPageBox(other)).toHaveValue('养老床位');
    await expect(other.getByRole('form', { name: '筛选搜索结果' }).getByLabel('类型')).toHaveValue('case-article');
    await expect(results(other).first()).toBeVisible();
    await settled(other);
    expect(await other.locator('#search-results .search-hit-kind').allTextContents()).toEqual(kinds);
    await other.close();

    await filters.getByRole('button', { name: '清除筛选' }).click();
    await expect(page).not.toHaveURL(/kind=/);
    await expect(results(page)).toHaveCount(all);
  });

  test('counts the filters again for each new query', async ({ page }) => {
    const regionOptions = (p: Page) => p.getByRole('form', { name: '筛选搜索结果' }).getByLabel('地区').locator('option').evaluateAll((options) => options.map((o) => `${(o as HTMLOptionElement).value} ${o.textContent}`));
    // 托位 is found in fewer regions than 养老, so the list must lose options, not only change counts.
    const fresh = await page.context().newPage();
    await fresh.goto('/search/?q=%E6%89%98%E4%BD%8D');
    await settled(fresh);
    const forPlaces = await regionOptions(fresh);
    await fresh.close();

    await page.goto('/search/?q=%E5%85%BB%E8%80%81');
    await settled(page);
    const forElderlyCare = await regionOptions(page);
    expect(forElderlyCare.length).toBeGreaterThan(forPlaces.length);
    await searchPageBox(page).fill('托位');
    await searchPageBox(page).press('Enter');
    await expect(page.getByRole('status')).toContainText('“托位”');
    await settled(page);
    expect(await regionOptions(page)).toEqual(forPlaces);
  });

  test('filters by region, topic and year', async ({ page }) => {
    await page.goto('/search/?q=%E6%89%98%E8%82%B2&region=beihai');
    await expect(page.getByRole('form', { name: '筛选搜索结果' }).getByLabel('地区')).toHaveValue('beihai');
    await expect(results(page).first()).toBeVisible();
    for (const meta of await page.locator('#search-results .search-hit-meta').allTextContents()) expect(meta).toMatch(/北海|简报/);

    await page.goto('/search/?q=%E6%89%98%E8%82%B2&year=2025&topic=elderly-care');
    await expect(page.getByRole('status')).toContainText('筛选后');
    for (const meta of await page.locator('#search-results .search-hit-meta').allTextContents()) expect(meta).toContain('2025年');
  });

  /** On a new search page: 托位 typed, shown, then committed with Enter; then 长照 committed at once. */
  async function commitTwoSearches(page: Page): Promise<void> {
    const box = searchPageBox(page);
    const status = page.getByRole('status');
    await page.goto('/search/');
    await box.pressSequentially('托位');
    await expect(status).toContainText('“托位”');
    await box.press('Enter');
    await box.fill('长照');
    await box.press('Enter');
    await expect(status).toContainText('“长照”');
  }

  test('back and forward restore earlier searches', async ({ page }) => {
    const box = searchPageBox(page);
    const status = page.getByRole('status');
    await commitTwoSearches(page);
    // Typed only: it rewrites its own entry as it changes.
    await box.fill('');
    await box.pressSequentially('医养结合');
    await expect(status).toContainText('“医养结合”');
    await expect(page).toHaveURL(/q=%E5%8C%BB%E5%85%BB%E7%BB%93%E5%90%88$/);

    await page.goBack();
    await expect(box).toHaveValue('长照');
    await expect(status).toContainText('“长照”');
    await page.goBack();
    await expect(box).toHaveValue('托位');
    await expect(status).toContainText('“托位”');
    await page.goForward();
    await expect(box).toHaveValue('长照');
  });

  test('keeps each committed search in the history when the page is too busy to write the URL at once', async ({ page }) => {
    // A busy page runs its zero-delay timers late: here, after the reader has typed on.
    await page.addInitScript(() => {
      const setTimeoutAsGiven = window.setTimeout.bind(window);
      window.setTimeout = ((handler: TimerHandler, timeout?: number, ...rest: unknown[]) => setTimeoutAsGiven(handler, timeout === undefined || timeout === 0 ? 300 : timeout, ...rest)) as typeof window.setTimeout;
    });
    const box = searchPageBox(page);
    const status = page.getByRole('status');
    await commitTwoSearches(page);
    await expect(page).toHaveURL(/q=%E9%95%BF%E7%85%A7$/);
    await page.goBack();
    await expect(box).toHaveValue('托位');
    await expect(status).toContainText('“托位”');
  });

  test('works from the keyboard: / to focus, arrows through results, Enter to open, Esc back', async ({ page }) => {
    await page.goto('/search/?q=%E5%8C%BB%E5%85%BB%E7%BB%93%E5%90%88');
    await expect(results(page).first()).toBeVisible();
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect(searchPageBox(page)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(resultLinks(page).nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(resultLinks(page).nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(resultLinks(page).nth(0)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(searchPageBox(page)).toBeFocused();
    // Tab order reaches the results too.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveCount(1);
    await page.keyboard.press('Shift+Tab');
    await expect(resultLinks(page).nth(0)).toBeFocused();
    const href = (await resultLinks(page).nth(0).getAttribute('href')) ?? '';
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href.split('#')[0]}`));
  });

  test('shows more results on request', async ({ page }) => {
    await page.goto('/search/?q=%E5%85%BB%E8%80%81');
    await expect(results(page)).toHaveCount(10);
    await page.getByRole('button', { name: '显示更多结果' }).click();
    await expect.poll(() => results(page).count()).toBeGreaterThan(10);
  });

  test('shows the first results while the rest of the page loads', async ({ page }) => {
    // The first five result files come at once; the others wait until the test lets them go.
    let requested = 0;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/search/data/*/result-*.json', async (route) => {
      requested += 1;
      if (requested > 5) await released;
      await route.continue();
    });
    // Two phrases: no stored first page (养老 alone has one), so the page waits for result files.
    await page.goto(`/search/?q=${encodeURIComponent('养老 服务')}`);
    const list = page.getByRole('list', { name: '搜索结果' });
    await expect(results(page)).toHaveCount(5);
    await expect(page.getByRole('status')).toContainText('“养老 服务”');
    await expect(list).toHaveAttribute('aria-busy', 'true');
    await expect(page.getByRole('button', { name: '显示更多结果' })).toBeHidden();
    // After a moment, a line says the rest is on its way.
    const pendingLine = () => list.evaluate((element) => { const after = getComputedStyle(element, '::after'); return after.opacity === '1' ? after.content : 'none'; });
    await expect.poll(pendingLine).toBe('"正在载入其余结果…"');
    const firstFive = await results(page).getByRole('heading').allTextContents();
    // The filters already count every match: the rest of the answer leaves them as they are.
    const regions = page.getByRole('form', { name: '筛选搜索结果' }).getByLabel('地区');
    const regionOptions = await regions.locator('option').allTextContents();
    expect(regionOptions.length).toBeGreaterThan(2);
    await regions.evaluate((select) => select.querySelectorAll('option').forEach((option) => Object.assign(option, { fromEarlyAnswer: true })));
    release();
    await expect(results(page)).toHaveCount(10);
    await expect(list).toHaveAttribute('aria-busy', 'false');
    expect(await pendingLine()).toBe('none');
    expect(await regions.locator('option').allTextContents()).toEqual(regionOptions);
    expect(await regions.evaluate((select) => [...select.querySelectorAll('option')].every((option) => 'fromEarlyAnswer' in option))).toBe(true);
    await expect(page.getByRole('button', { name: '显示更多结果' })).toBeVisible();
    expect((await results(page).getByRole('heading').allTextContents()).slice(0, 5)).toEqual(firstFive);
  });

  test('fetches core.json on the page while the worker starts, and not again in the worker', async ({ page }) => {
    await page.goto('/search/?q=%E6%89%98%E4%BD%8D');
    await expect(results(page).first()).toBeVisible();
    const coreFetches = 'performance.getEntriesByType("resource").filter((e) => e.name.endsWith("/core.json")).length';
    expect(await page.evaluate(coreFetches)).toBe(1);
    const [worker] = page.workers();
    expect(worker).toBeDefined();
    expect(await worker?.evaluate(coreFetches)).toBe(0);
    // The worker fetched the postings it needed itself: its own entries are counted there.
    expect(await worker?.evaluate('performance.getEntriesByType("resource").length')).toBeGreaterThan(0);
  });

  test('shows the first page of one of the domain’s names from its stored page, fetched beside its postings', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('长期护理保险')}`);
    await expect(page.getByRole('status')).toContainText('“长期护理保险”');
    await expect(page.getByRole('list', { name: '搜索结果' })).toHaveAttribute('aria-busy', 'false');
    expect(await results(page).count()).toBeGreaterThan(3);
    const [worker] = page.workers();
    const fetched = async (pattern: RegExp): Promise<string[]> => ((await worker?.evaluate('performance.getEntriesByType("resource").map((e) => e.name)')) as string[]).filter((name) => pattern.test(name));
    expect(await fetched(/\/pages-g3-\d+\.json$/)).toHaveLength(1);
    // The postings were asked for beside it (the answer does not wait for them: they are for the next query).
    await expect.poll(async () => (await fetched(/\/g[123]-\d+\.json$/)).length).toBeGreaterThan(0);
    // No file per result: what the page shows came in the stored page.
    expect(await fetched(/\/(result|records|text)-\d+\.json$/)).toEqual([]);
    await expect(results(page).first().getByRole('heading')).toContainText('长期护理保险');
  });

  test('asks for a reload when the index is newer than the page (a deploy since it loaded)', async ({ page }) => {
    await page.route('**/search/data/*/core.json', async (route) => {
      const response = await route.fetch();
      const core = (await response.json()) as { format: number };
      await route.fulfill({ response, json: { ...core, format: core.format + 1 } });
    });
    await page.goto('/search/?q=%E5%85%BB%E8%80%81');
    await expect(page.getByRole('status')).toHaveText('网站刚刚更新了搜索索引，请刷新页面后再搜索。');
    await expect(results(page)).toHaveCount(0);
  });

  test('asks for a reload when the index is gone (a deploy since the page loaded)', async ({ page }) => {
    // Another build's index is in another directory: this page's files answer 404.
    await page.route('**/search/data/*/core.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto('/search/?q=%E5%85%BB%E8%80%81');
    await expect(page.getByRole('status')).toHaveText('网站刚刚更新了搜索索引，请刷新页面后再搜索。');
  });

  test('answers bad input with a message, never an error', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/search/');
    const box = searchPageBox(page);
    for (const [query, message] of [
      ['，。！？', '没有可以检索的文字'],
      ['😀🎉', '没有可以检索的文字'],
      ['   ', ''],
      ['zzzqqqxxx', '没有找到匹配的内容'],
    ] as const) {
      await box.fill(query);
      if (message === '') await expect(page.getByRole('status')).toHaveText('');
      else await expect(page.getByRole('status')).toContainText(message);
      await expect(results(page)).toHaveCount(0);
    }
    await box.fill(`托位${'长'.repeat(300)}`);
    await expect(page.locator('#search-notices')).toContainText('查询太长');
    expect(errors).toEqual([]);
  });

  test('treats HTML in a query as text: nothing runs, nothing is injected', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto('/search/');
    const box = searchPageBox(page);
    for (const query of ['<img src=x onerror=alert(1)>', '"><script>alert(2)</script>', '托位<img src=x onerror=alert(3)>']) {
      await box.fill('');
      await box.pressSequentially(query);
      await expect(page.getByRole('status')).not.toHaveText('');
      await expect(page.getByRole('status')).not.toHaveText('正在载入索引…');
      await expect(page.locator('main img')).toHaveCount(0);
      await expect(page.locator('main script:not([src])')).toHaveCount(0);
      await expect(box).toHaveValue(query);
    }
    // The URL carries the query; opening it does not run it either.
    await page.goto(`/search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    await expect(page.getByRole('status')).toContainText('没有找到匹配的内容');
    await expect(page.locator('main img')).toHaveCount(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
  });

  test('has no serious accessibility problems', async ({ page }) => {
    await page.goto('/search/?q=%E6%89%98%E4%BD%8D');
    await expect(results(page).first()).toBeVisible();
    const scan = await new AxeBuilder({ page }).include('main').analyze();
    expect(scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  test('uses only external scripts (ready for a strict CSP)', async ({ page }) => {
    await page.goto('/search/');
    const inline = await page.locator('script:not([src])').evaluateAll((scripts) => scripts.map((s) => s.textContent ?? '').filter((t) => /search/i.test(t)));
    expect(inline).toEqual([]);
  });

  test('runs scripts its HTML names, none of which waits for another module before the search starts', async ({ request }) => {
    // A module imported by a module is requested only once the importer has loaded and been
    // parsed: on a fresh page that is another round trip, after the page's first layout.
    const html = await (await request.get('/search/?q=%E6%89%98%E4%BD%8D')).text();
    const modules = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(modules.length).toBeGreaterThan(0);
    for (const src of modules) {
      const code = await (await request.get(src)).text();
      // A static import: `import … from "…"` or `import "…"`. A dynamic import(…) loads on demand.
      expect(code, src).not.toMatch(/\bimport\s*(?:[\w*{][^;"'()]*?\bfrom\s*)?["']/);
    }
  });
});

test.describe('search page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('says that search needs JavaScript and offers the browse pages', async ({ page }) => {
    await page.goto('/search/?q=%E6%89%98%E4%BD%8D');
    await expect(page.getByRole('heading', { name: '搜索需要 JavaScript' })).toBeVisible();
    await expect(page.getByRole('link', { name: '全部文档' })).toHaveAttribute('href', '/documents/');
    await expect(page.getByRole('link', { name: '主题', exact: true }).last()).toHaveAttribute('href', '/topics/');
    await expect(page.getByRole('link', { name: '地区', exact: true }).last()).toHaveAttribute('href', '/regions/');
    await expect(page.getByRole('list', { name: '搜索结果' })).toBeHidden();
    await expect(page.getByRole('form', { name: '筛选搜索结果' })).toBeHidden();
  });

  test('the header box still submits to the search page', async ({ page }) => {
    await page.goto('/topics/');
    await page.getByRole('searchbox', { name: '搜索全站' }).fill('长照');
    await page.getByRole('search', { name: '站内搜索' }).getByRole('button', { name: '搜索' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=%E9%95%BF%E7%85%A7$/);
    await expect(page.getByRole('heading', { name: '搜索需要 JavaScript' })).toBeVisible();
  });
});

test.describe('command line', () => {
  test('npm run search -- 托位 --json prints the top results of the built site', async () => {
    const { stdout } = await promisify(execFile)('npm', ['run', 'search', '--', '托位', '--json'], { cwd: process.cwd(), encoding: 'utf8' });
    const hits = JSON.parse(stdout.slice(stdout.indexOf('\n[') + 1)) as { id: string; title: string; url: string; kind: string; regions: string[] }[];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(10);
    for (const hit of hits) {
      expect(hit).toEqual(expect.objectContaining({ id: expect.any(String), title: expect.any(String), url: expect.stringMatching(/^\//), kind: expect.any(String), regions: expect.any(Array) }));
    }
    expect(hits.map((h) => h.id)).toContain('taian-yilao-yixiao-plan-draft');
  });

  test('prints a message, not an error, for a query with nothing to search', async () => {
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'search', '--', '，。！'], { cwd: process.cwd(), encoding: 'utf8' });
    expect(stdout).toContain('没有可以检索的文字');
  });
});
