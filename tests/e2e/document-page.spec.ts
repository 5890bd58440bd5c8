import { expect, test } from '@playwright/test';
import { isPageId } from '../../src/lib/page-ids';

test.describe('a document page', () => {
  test('shows summary, key points, metadata, full text, notes, sources and citation', async ({ page }) => {
    await page.goto('/documents/bulletin-2023-01-hangzhou/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('杭州');
    const summary = page.locator('.summary-box');
    await expect(summary.getByRole('heading', { name: /摘要/ })).toBeVisible();
    const summaryText = (await summary.locator('p').first().textContent()) ?? '';
    expect([...summaryText].length).toBeGreaterThanOrEqual(100);
    expect(await summary.getByRole('listitem').count()).toBeGreaterThanOrEqual(3);

    const meta = page.locator('table.meta-table').first();
    await expect(meta.getByRole('rowheader', { name: '日期' })).toBeVisible();
    await expect(meta.getByRole('link', { name: '杭州市' })).toHaveAttribute('href', '/regions/hangzhou/');
    await expect(meta.getByRole('rowheader', { name: '刊于' })).toBeVisible();
    await expect(meta.getByRole('link', { name: /信息参考/ })).toHaveAttribute('href', '/documents/beihai-library-bulletin-2023-01/');

    // The systematic place-name error (石家庄市 inside the Hangzhou article) is corrected
    // visibly, with the original reading next to it.
    const fix = page.locator('.doc-body ins.ed-fix', { hasText: /^全市$/ }).first();
    await expect(fix).toBeVisible();
    const note = fix.locator('xpath=following-sibling::span[1]');
    await expect(note).toHaveClass('ed-note');
    await expect(note).toHaveText(/^〔原文作“石家庄市”，.+〕$/);
    const noteId = (await note.getAttribute('id')) ?? '';
    expect(noteId).toMatch(/^ed-\d+$/);

    // Editorial notes are listed and link back into the text.
    const notes = page.getByRole('region', { name: '编辑说明' });
    await notes.getByRole('link', { name: `校改 ${noteId.slice(3)}`, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#${noteId}$`));

    // Footnote marker → source, in GB/T 7714 form.
    await page.locator('.doc-body a.cite').first().click();
    await expect(page).toHaveURL(/#source-1$/);
    await expect(page.locator('#source-1')).toContainText('[EB/OL]');

    // 引用本文: the access date is filled with today's date by the page script.
    const citation = page.getByRole('region', { name: '引用本文' }).locator('.citation-text');
    await expect(citation).toContainText('[EB/OL]. 养老托育政策知识门户');
    await expect(citation).toContainText('/documents/bulletin-2023-01-hangzhou/.');
    await expect(citation).toHaveText(/\[\d{4}-\d{2}-\d{2}\]/);
  });

  test('section anchors in the table of contents lead to the headings', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto('/documents/cpc-state-council-2025-elderly-care-reform-opinions/');
    const toc = page.getByRole('complementary', { name: '目录' });
    const first = toc.getByRole('link').first();
    const href = (await first.getAttribute('href')) ?? '';
    expect(href.startsWith('#')).toBe(true);
    await first.click();
    await expect(page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`)).toBeInViewport();
    // The page says plainly that the text starts at section 二.
    await expect(page.locator('.doc-body .ed-note').first()).toContainText('二');
  });

  test('《title》 mentions of corpus documents link to their pages', async ({ page }) => {
    await page.goto('/documents/taian-yilao-yixiao-plan-draft/');
    const link = page.locator('.doc-body a.work-link').first();
    await expect(link).toHaveText('《国务院办公厅关于促进养老托育服务健康发展的意见》');
    await link.click();
    await expect(page).toHaveURL(/\/documents\/state-council-2020-opinions-digest\/$/);
  });

  test('the Taian indicator table is a real table', async ({ page }) => {
    await page.goto('/documents/taian-yilao-yixiao-plan-draft/');
    const table = page.locator('.doc-body table').first();
    await expect(table.getByRole('columnheader')).toHaveText(['指标类别', '具体指标', '2020年实际值', '2025年预期值']);
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(20);
    await expect(table.getByRole('row', { name: /每千人口托位数/ })).toBeVisible();
  });

  test('the bulletin issue lists its articles in order under its sections', async ({ page }) => {
    await page.goto('/documents/beihai-library-bulletin-2023-01/');
    const contents = page.getByRole('region', { name: '本期目录' });
    await expect(contents.getByRole('heading', { level: 3 })).toHaveText(['热点聚焦', '他山之石', '延伸阅读', '编辑与出版']);
    await expect(contents.locator('ol li')).toHaveCount(9);
    await expect(contents.locator('ol li').nth(5)).toContainText('杭州');
  });

  test('the roundtable has one attributed section per expert, in reading order', async ({ page }) => {
    await page.goto('/documents/roundtable-2026-care-quality/');
    const sections = page.locator('.doc-body h2');
    await expect(sections).toHaveText([/^刘厚莲：/, /^张本波：/, /^冯文猛：/, /^郝晓宁：/]);
    // Each expert section opens with the expert's attribution line (name and affiliation).
    await expect(page.locator('.doc-body h2 + p').first()).toHaveText(/^刘厚莲（.+）$/);
  });

  test('the head carries citation tags a reference manager reads, agreeing with the page', async ({ page }) => {
    const tags = async (): Promise<[string, string][]> =>
      page.locator('head meta[name^="citation_"]').evaluateAll((metas) => metas.map((m) => [m.getAttribute('name') ?? '', m.getAttribute('content') ?? '']));
    const values = (all: [string, string][], name: string): string[] => all.filter(([n]) => n === name).map(([, v]) => v);

    // Authored: each expert an author, in the order the page's sections give them.
    await page.goto('/documents/roundtable-2026-care-quality/');
    let all = await tags();
    expect(values(all, 'citation_title')).toEqual([(await page.locator('h1').textContent()) ?? '']);
    const experts = (await page.locator('.doc-body h2').allTextContents()).map((h) => h.split('：')[0]);
    expect(values(all, 'citation_author')).toEqual(experts);
    expect(values(all, 'citation_public_url')).toEqual([(await page.locator('link[rel=canonical]').getAttribute('href')) ?? '']);

    // Issued: no author; the issuer publishes; the date as the page's metadata gives it.
    await page.goto('/documents/cpc-state-council-2025-elderly-care-reform-opinions/');
    all = await tags();
    expect(values(all, 'citation_author')).toEqual([]);
    const meta = page.locator('table.meta-table');
    await expect(meta).toContainText(values(all, 'citation_publisher')[0] ?? '(none)');
    const [year, month, day] = (values(all, 'citation_publication_date')[0] ?? '').split('/').map(Number);
    await expect(meta).toContainText(`${year}年${month}月${day}日`);
  });
});

test('every document page sets, outside its body, only ids a body is refused (src/lib/page-ids.ts)', async ({ page }) => {
  await page.goto('/documents/');
  const paths = await page.locator('main a[href^="/documents/"]').evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href') ?? ''))]);
  const documents = paths.filter((path) => /^\/documents\/[^/]+\/$/.test(path) && !/\/(page|kind|level|region|topic|year)\//.test(path));
  expect(documents.length).toBeGreaterThanOrEqual(10);
  const outside = new Map<string, string[]>();
  for (const path of documents) {
    await page.goto(path);
    const ids = await page.locator('[id]').evaluateAll((elements) => elements.filter((e) => e.closest('.doc-body') === null).map((e) => e.id));
    expect(ids, path).toContain('main');
    const unlisted = ids.filter((id) => !isPageId(id));
    if (unlisted.length > 0) outside.set(path, unlisted);
  }
  expect(Object.fromEntries(outside)).toEqual({});
});

test('no request leaves the site on any page type', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== baseURL && url.protocol !== 'data:') foreign.push(request.url());
  });
  for (const path of ['/', '/documents/', '/documents/kind/plan/', '/documents/taian-yilao-yixiao-plan-draft/', '/topics/', '/topics/childcare/', '/regions/', '/regions/beihai/', '/bulletins/', '/no-such-page/']) {
    await page.goto(path);
  }
  expect(foreign).toEqual([]);
});
