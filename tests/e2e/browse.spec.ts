import { expect, test } from '@playwright/test';

test.describe('home page', () => {
  test('says what the portal covers and links to every part', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle('养老托育政策知识门户');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1, name: '养老托育政策知识门户' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '国家政策与解读' })).toBeVisible();
    for (const region of ['北海市', '杭州市', '石家庄市', '泰安市', '青海省', '广西壮族自治区', '温州市瓯海区']) {
      await expect(page.getByRole('link', { name: region, exact: true })).toHaveAttribute('href', /\/regions\/[a-z]+\/$/);
    }
    await expect(page.getByRole('heading', { name: '图书馆简报' })).toBeVisible();
    await expect(page.getByRole('link', { name: '信息参考（2023年第1期）：聚焦养老托育' })).toBeVisible();
  });

  test('leads researchers to every comparison and to the downloads', async ({ page }) => {
    await page.goto('/compare/');
    const comparisons = await page.locator('main .card h2 a').evaluateAll((links) => links.map((a) => [a.textContent ?? '', a.getAttribute('href') ?? '']));
    expect(comparisons.length).toBeGreaterThan(10);

    await page.goto('/');
    const section = page.getByRole('region', { name: '地区比较与数据' });
    const onHome = await section.locator('ul a').evaluateAll((links) => links.map((a) => [a.textContent ?? '', a.getAttribute('href') ?? '']));
    expect(onHome).toEqual(comparisons);
    await section.getByRole('link', { name: /下载全部数据/ }).click();
    await expect(page).toHaveURL(/\/data\/$/);
    await expect(page.getByRole('link', { name: 'indicators.csv' })).toBeVisible();
  });

  test('shows the real corpus whole: no list is cut to its first few', async ({ page }) => {
    await page.goto('/');
    // The lists are cut only past HOME_LIMITS (src/lib/home-sections.ts), on a national corpus.
    await expect(page.locator('main').getByRole('link', { name: /^全部 \d+ (篇国家文档|个地方)$/ })).toHaveCount(0);
  });
});

test.describe('document list without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('lists every document and filters by static links', async ({ page }) => {
    await page.goto('/documents/');
    const cards = page.locator('#document-list > li');
    await expect(cards).toHaveCount(14);
    // The combined filter form needs JavaScript and stays hidden without it.
    await expect(page.locator('#live-filter')).toBeHidden();

    await page.getByRole('navigation', { name: '筛选文档' }).getByRole('link', { name: /^规划方案/ }).click();
    await expect(page).toHaveURL(/\/documents\/kind\/plan\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('规划方案');
    await expect(page.locator('main .card')).toHaveCount(1);
    await expect(page.locator('main .card h2')).toHaveText('泰安市“一老一小”整体解决方案（征求意见稿）');
  });

  test('filters by level, year, region and topic pages', async ({ page }) => {
    await page.goto('/documents/level/district/');
    await expect(page.locator('main .card h2')).toHaveText([/瓯海/]);
    await page.goto('/documents/year/2025/');
    await expect(page.locator('main .card h2')).toHaveText([/关于深化养老服务改革发展的意见/]);
    await page.goto('/regions/taian/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('泰安市');
    await expect(page.getByRole('region', { name: /相关文档/ }).locator('.card h3')).toHaveText([/泰安市/]);
    await page.goto('/topics/medical-childcare/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('医育结合');
    expect(await page.locator('main .card').count()).toBeGreaterThan(0);
  });
});

test.describe('document list with JavaScript', () => {
  test('combines filters and keeps them in the URL', async ({ page }) => {
    await page.goto('/documents/');
    const form = page.getByRole('form', { name: '组合筛选' });
    await expect(form).toBeVisible();
    await form.getByLabel('层级').selectOption('national');
    await form.getByLabel('类型').selectOption('commentary');
    await expect(page).toHaveURL(/level=national/);
    await expect(page).toHaveURL(/kind=commentary/);
    const visible = page.locator('#document-list > li:visible');
    const n = await visible.count();
    expect(n).toBeGreaterThan(0);
    for (const card of await visible.all()) {
      await expect(card).toHaveAttribute('data-kind', 'commentary');
      await expect(card).toHaveAttribute('data-level', 'national');
    }
    await expect(page.getByRole('status')).toHaveText(`显示 ${n} / 14 篇`);

    // A shared URL restores the same view.
    await page.goto('/documents/?kind=plan');
    await expect(page.locator('#document-list > li:visible')).toHaveCount(1);
    await form.getByRole('button', { name: '清除筛选' }).click();
    await expect(page.locator('#document-list > li:visible')).toHaveCount(14);

    await form.getByLabel('类型').selectOption('plan');
    await form.getByLabel('年份').selectOption('2025');
    await expect(page.locator('#filter-empty')).toBeVisible();
  });
});

test('404 page offers a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
  await page.getByRole('link', { name: '浏览全部文档' }).click();
  await expect(page).toHaveURL(/\/documents\/$/);
});
