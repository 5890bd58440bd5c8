// Follows the staff guide (src/pages/guide/bulletins/_staff-guide.md) in a copy of the project:
// create a second issue with `npm run bulletin:new`, check and build it with `npm run build`, and
// find what the guide promises: the page, its PDF and its entry in the feed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyProject, PROJECT_ROOT, removeCopy, run, type CommandResult } from '../fixtures/bulletins/project-copy';

const GUIDE = readFileSync(join(PROJECT_ROOT, 'src/pages/guide/bulletins/_staff-guide.md'), 'utf8');
const ID = 'beihai-library-bulletin-2024-02';
const SITE = 'https://care-policy-atlas.example.org';

describe('the staff guide, followed in a copy of the project', { timeout: 600_000 }, () => {
  let dir = '';
  let created: CommandResult;
  let built: CommandResult;

  beforeAll(async () => {
    dir = copyProject();
    // Step 1 of the guide, with the flags it shows.
    created = await run(dir, 'npm', ['run', 'bulletin:new', '--', '--title', '普惠托育服务', '--issue', '2', '--date', '2024-03-15', '--sections', '热点聚焦', '--articles', '1']);
    // Step 4: check and build, PDFs included.
    built = await run(dir, 'npm', ['run', 'build']);
  }, 600_000);
  afterAll(() => removeCopy(dir));

  test('the guide shows the commands this test runs', () => {
    for (const command of ['npm run bulletin:new', 'npm run bulletin:new -- --title', '--issue', '--date', '--sections', '--articles', 'npm run dev', 'npm run build']) {
      expect(GUIDE).toContain(command);
    }
  });

  test('bulletin:new writes the issue and its article', () => {
    expect(created.code, created.output).toBe(0);
    expect(created.output).toContain(`content/documents/${ID}.md`);
    expect(created.output).toContain(`content/documents/${ID}-article-1.md`);
  });

  test('the build passes on the skeleton and reminds that placeholders are left', () => {
    expect(built.code, built.output).toBe(0);
    expect(built.output).toContain(`content/documents/${ID}.md 中还有“【待填写】”占位文字，发布前请补全 (bulletin.placeholder-left)`);
  });

  test('the issue has its page, first in the list of issues', () => {
    const page = readFileSync(join(dir, 'dist/bulletins', ID, 'index.html'), 'utf8');
    expect(page).toContain('普惠托育服务');
    expect(page).toContain('2024年第2期');
    expect(page).toContain(`href="/bulletins/${ID}/${ID}.pdf"`);
    const index = readFileSync(join(dir, 'dist/bulletins/index.html'), 'utf8');
    expect(index.indexOf(`/bulletins/${ID}/`)).toBeGreaterThan(-1);
    expect(index.indexOf(`/bulletins/${ID}/`)).toBeLessThan(index.indexOf('/bulletins/beihai-library-bulletin-2023-01/'));
  });

  test('the issue has its A4 PDF, with the title and date of the issue', async () => {
    const file = join(dir, 'dist/bulletins', ID, `${ID}.pdf`);
    expect(existsSync(file)).toBe(true);
    const pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
    expect(pdf.getTitle()).toBe('信息参考（2024年第2期）：普惠托育服务');
    expect(pdf.getCreationDate()?.toISOString()).toBe('2024-03-15T04:00:00.000Z');
    // Cover, contents, preface, one article, colophon.
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(5);
    const { width, height } = pdf.getPage(0).getSize();
    expect([Math.round(width / 2.835), Math.round(height / 2.835)]).toEqual([210, 297]);
  });

  test('the issue has its entry in the feed, first, with absolute links', () => {
    const feed = readFileSync(join(dir, 'dist/bulletins/rss.xml'), 'utf8');
    const firstItem = feed.slice(feed.indexOf('<item>'), feed.indexOf('</item>'));
    expect(firstItem).toContain('<title>信息参考（2024年第2期）：普惠托育服务</title>');
    expect(firstItem).toContain(`<link>${SITE}/bulletins/${ID}/</link>`);
    expect(firstItem).toContain('<pubDate>Fri, 15 Mar 2024 04:00:00 GMT</pubDate>');
  });
});
