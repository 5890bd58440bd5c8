import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const ISSUE = '/bulletins/beihai-library-bulletin-2023-01/';
const PDF = `${ISSUE}beihai-library-bulletin-2023-01.pdf`;
const SITE = 'https://care-policy-atlas.example.org';

/** The issue as printed: sections and their articles, with the document ids. */
const CONTENTS = [
  ['热点聚焦', ['bulletin-2023-01-party-central-attention', 'bulletin-2023-01-leaders-experts-comments', 'bulletin-2023-01-how-to-promote', 'bulletin-2023-01-guangxi', 'bulletin-2023-01-beihai']],
  ['他山之石', ['bulletin-2023-01-hangzhou', 'bulletin-2023-01-shijiazhuang']],
  ['延伸阅读', ['bulletin-2023-01-ouhai', 'bulletin-2023-01-qinghai']],
] as const;

test.describe('the list of bulletin issues', () => {
  test('lists the issues newest first, each with its page and PDF', async ({ page }) => {
    await page.goto('/bulletins/');
    await expect(page.getByRole('heading', { level: 1, name: '图书馆简报' })).toBeVisible();
    const issues = page.getByRole('list', { name: /^全部 \d+ 期，最新的在前$/ }).getByRole('listitem').filter({ has: page.getByRole('heading') });
    await expect(issues.first().getByRole('heading', { level: 2 })).toContainText('信息参考 2023年第1期');
    const dates = await issues.locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());
    const last = issues.filter({ hasText: '2023年第1期' });
    await expect(last.getByRole('link', { name: '阅读本期' })).toHaveAttribute('href', ISSUE);
    await expect(last.getByRole('link', { name: 'PDF（A4）' })).toHaveAttribute('href', PDF);
    await expect(page.getByRole('link', { name: 'RSS 订阅源' })).toHaveAttribute('href', '/bulletins/rss.xml');
    await expect(page.getByRole('link', { name: '《简报发布指南》' })).toHaveAttribute('href', '/guide/bulletins/');
  });
});

test.describe('an issue page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(ISSUE);
  });

  test('cover: series, issue, theme, date, publisher and the PDF link', async ({ page }) => {
    const title = page.getByRole('heading', { level: 1 });
    await expect(title).toContainText('信息参考');
    await expect(title).toContainText('2023年第1期');
    await expect(title).toContainText('聚焦养老托育');
    const cover = page.locator('header.bulletin-cover');
    await expect(cover).toContainText('北海市图书馆');
    await expect(cover.locator('time')).toHaveText('2023年1月15日');
    // The corrected cover theme keeps its editorial note.
    await expect(cover.locator('.ed-note')).toContainText('原文作“聚集养老托育”');
    await expect(cover.getByRole('link', { name: '下载 PDF（A4）' })).toHaveAttribute('href', PDF);
  });

  test('the preface comes before the articles', async ({ page }) => {
    const preface = page.getByRole('region', { name: '前言' });
    await expect(preface.getByRole('heading', { level: 2, name: '前言' })).toBeVisible();
    await expect(preface).toContainText('家家都有小，人人都会老。');
  });

  test('the articles, in full and in printed order under their sections, each linking to its page', async ({ page }) => {
    const sections = page.locator('section.bulletin-section');
    await expect(sections).toHaveCount(CONTENTS.length);
    let order = 0;
    for (const [i, [title, ids]] of CONTENTS.entries()) {
      const section = sections.nth(i);
      await expect(section.getByRole('heading', { level: 2 })).toHaveText(title);
      const articles = section.getByRole('article');
      await expect(articles).toHaveCount(ids.length);
      for (const [j, id] of ids.entries()) {
        order += 1;
        const article = articles.nth(j);
        await expect(article).toHaveAttribute('id', `article-${order}`);
        await expect(article.getByRole('link', { name: /本文单独页面/ })).toHaveAttribute('href', `/documents/${id}/`);
        await expect(article.getByRole('heading', { level: 3 })).toBeVisible();
      }
    }
    // In full: the last paragraph of the Beihai article is on the issue page.
    await expect(page.locator('#article-5')).toContainText('推动托育服务高质量发展');
  });

  test('the table of contents lists every article and leads to it', async ({ page }) => {
    const toc = page.getByRole('navigation', { name: '本期目录' });
    const titles = await page.locator('.bulletin-article h3').allTextContents();
    expect(titles).toHaveLength(9);
    const entries = toc.locator('.bulletin-toc-articles a .toc-title');
    await expect(entries).toHaveText(titles);
    await toc.getByRole('link', { name: /石家庄/ }).click();
    await expect(page).toHaveURL(/#article-7$/);
    await expect(page.locator('#article-7 h3')).toBeInViewport();
  });

  test('footnotes stay with their article and its markers lead to them', async ({ page }) => {
    const beihai = page.locator('#article-5');
    const sources = beihai.getByRole('region', { name: '参考来源' });
    await expect(sources.getByRole('listitem')).toHaveCount(3);
    await expect(sources.locator('#a5-source-3')).toContainText('韩倩. 北海市推动托育服务向高质量发展迈大步[EB/OL]. 北海日报, (2022-10-14)[2023-01-09].');
    await beihai.locator('a.cite').first().click();
    await expect(page).toHaveURL(/#a5-source-1$/);
    // No two elements share an id, though nine documents share the page.
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id));
    expect(ids.length).toBeGreaterThan(100);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  test('colophon, disclaimer and “引用本期”', async ({ page }) => {
    const colophon = page.getByRole('region', { name: '编辑与出版' });
    await expect(colophon.getByRole('row', { name: /^主编/ })).toContainText('李道海');
    await expect(colophon.getByRole('row', { name: /邮编/ })).toContainText('536000');
    await expect(colophon.getByRole('row', { name: /电子邮箱/ })).toContainText('bhlib@163.com');
    await expect(colophon).toContainText('本产品为信息聚合内部资料，非卖品');
    const cite = page.getByRole('region', { name: '引用本期' });
    await expect(cite.locator('.citation-text').first()).toHaveText(/^北海市图书馆\. 信息参考: 聚焦养老托育\[J\]\. 2023\(1\)\. .+: 北海市图书馆, 2023\.$/);
    // The web citation gets the reader's date from the page script.
    await expect(cite.locator('.citation-text').nth(1)).toHaveText(
      new RegExp(`^北海市图书馆\\. 信息参考（2023年第1期）：聚焦养老托育\\[EB/OL\\]\\. 养老托育政策知识门户, \\(2023-01-15\\)\\[\\d{4}-\\d{2}-\\d{2}\\]\\. ${SITE}${ISSUE}\\.$`),
    );
  });

  test('the head’s citation tags name the issue as its cover does, and lead to the PDF', async ({ page, request }) => {
    await page.goto(ISSUE);
    const tag = (name: string) => page.locator(`head meta[name="${name}"]`);
    // The page's title, before the site's name: 信息参考（2023年第1期）：聚焦养老托育.
    await expect(tag('citation_title')).toHaveAttribute('content', (await page.title()).split(' · ')[0] ?? '');
    await expect(page.locator('h1')).toHaveText(/^信息参考.*2023年第1期.*聚焦养老托育$/);
    await expect(tag('citation_journal_title')).toHaveAttribute('content', '信息参考');
    await expect(tag('citation_issue')).toHaveAttribute('content', '1');
    await expect(tag('citation_publication_date')).toHaveAttribute('content', '2023/01/15');
    await expect(tag('citation_pdf_url')).toHaveAttribute('content', `${SITE}${PDF}`);
    // The PDF the tag names is the one the cover links to, and it is served.
    const cover = page.getByRole('link', { name: '下载 PDF（A4）' });
    expect(new URL((await cover.getAttribute('href')) ?? '', SITE).href).toBe(`${SITE}${PDF}`);
    expect((await request.get(PDF)).status()).toBe(200);
  });

  test('fits a phone screen without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(ISSUE);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('the issue’s document page links to the full issue and its PDF', async ({ page }) => {
    await page.goto('/documents/beihai-library-bulletin-2023-01/');
    await expect(page.getByRole('link', { name: '阅读本期全文' })).toHaveAttribute('href', ISSUE);
    await expect(page.getByRole('link', { name: '下载 PDF（A4）' })).toHaveAttribute('href', PDF);
  });
});

test.describe('the PDF and the feed', () => {
  test('the PDF link serves a PDF', async ({ request }) => {
    const response = await request.get(PDF);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/pdf');
    expect((await response.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  test('the RSS feed is well-formed XML with absolute links, an item per recent issue', async ({ page, request }) => {
    const xml = await (await request.get('/bulletins/rss.xml')).text();
    await page.goto('/bulletins/');
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      // RSS elements have no namespace; atom:link (also “link”) is left out.
      const all = (selector: string) => [...doc.querySelectorAll(selector)].filter((el) => el.namespaceURI === null).map((el) => el.textContent ?? '');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        channel: doc.querySelector('channel > title')?.textContent,
        links: all('channel > link, item > link, item > guid'),
        items: all('item > title'),
        dates: all('item > pubDate'),
        self: doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')[0]?.getAttribute('href'),
      };
    }, xml);
    expect(feed.error).toBeNull();
    expect(feed.channel).toBe('养老托育政策知识门户 · 图书馆简报');
    expect(feed.items).toContain('信息参考（2023年第1期）：聚焦养老托育');
    expect(feed.links).toContain(`${SITE}${ISSUE}`);
    expect(feed.links.every((l) => l.startsWith(`${SITE}/`))).toBe(true);
    expect(feed.dates).toContain('Sun, 15 Jan 2023 04:00:00 GMT');
    expect(feed.self).toBe(`${SITE}/bulletins/rss.xml`);
  });

  for (const path of ['/', '/documents/', '/documents/bulletin-2023-01-hangzhou/', '/bulletins/', ISSUE, '/guide/bulletins/', '/no-such-page/']) {
    test(`${path} announces the feed once in its <head>`, async ({ page }) => {
      await page.goto(path);
      const feeds = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
      await expect(feeds).toHaveCount(1);
      expect(await feeds.evaluate((el: HTMLLinkElement) => el.href)).toMatch(/\/bulletins\/rss\.xml$/);
    });
  }
});

test.describe('the staff guide', () => {
  test('walks through creating, previewing, checking and publishing, and passes axe', async ({ page }) => {
    await page.goto('/guide/bulletins/');
    await expect(page.getByRole('heading', { level: 1, name: '简报发布指南' })).toBeVisible();
    for (const step of ['第一步：生成新一期的骨架', '第二步：填写内容', '第三步：预览', '第四步：检查', '第五步：发布']) {
      await expect(page.getByRole('heading', { level: 2, name: step })).toBeVisible();
    }
    for (const command of ['npm run bulletin:new', 'npm run dev', 'npm run build']) {
      await expect(page.locator('pre code', { hasText: command }).first()).toBeVisible();
    }
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
});
