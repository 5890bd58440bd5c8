import { describe, expect, test } from 'vitest';
import { colophonRows, type BulletinDocument, issueView, issuesNewestFirst, manifestEntry } from '../../src/lib/bulletin-issue';
import { bulletinFeedItem, issuePubDate } from '../../src/lib/bulletin-feed';
import type { DocumentData } from '../../src/schemas/document';
import { render } from './support/render';

function doc(id: string, data: Partial<DocumentData>, body: string, sourceIds: string[] = []): BulletinDocument {
  const full: DocumentData = {
    title: id,
    kind: 'case-article',
    level: 'municipal',
    regions: ['beihai'],
    date: { value: '2024-03-15', precision: 'day', basis: 'printed' },
    topics: ['childcare'],
    citedAs: [],
    source: { corpusFile: '000_0000000000000000.txt', description: '测试文本。' },
    relations: [],
    summary: '摘要'.repeat(60),
    keyPoints: ['一', '二', '三'],
    sources: sourceIds.map((s) => ({ id: s, type: 'EB/OL', title: `来源${s}`, outlet: '网站' })),
    ...data,
  };
  return {
    id,
    filePath: `content/documents/${id}.md`,
    url: `/documents/${id}/`,
    data: full,
    rendered: render(body, { sourceIds, path: `content/documents/${id}.md` }),
  };
}

function issue(id: string, number: number, date: string, sections: { title: string; articles: string[] }[], body = '## 前言\n\n前言正文。'): BulletinDocument {
  return doc(
    id,
    {
      title: `信息参考（第${number}期）`,
      kind: 'bulletin-issue',
      date: { value: date, precision: 'day', basis: 'printed' },
      bulletin: {
        series: '信息参考',
        issueLabel: `${date.slice(0, 4)}年第${number}期`,
        year: Number(date.slice(0, 4)),
        number,
        theme: '普惠托育',
        publisher: '北海市图书馆',
        board: [],
        colophon: { postcode: '536000', phone: '0779-2020461', 微信: 'bhlib' },
        sections,
      },
    },
    body,
  );
}

const a1 = doc('a1', { title: '第一篇' }, '## 一、标题\n\n正文[@1]。\n\n### （一）小标题\n\n再引[@1]。', ['1']);
const a2 = doc('a2', { title: '第二篇' }, '正文:fix[改后]{orig="改前" reason="据文意改"}。', []);
const a3 = doc('a3', { title: '第三篇' }, '正文[@2]。', ['1', '2']);
const byId = new Map([a1, a2, a3].map((d) => [d.id, d]));

describe('issueView', () => {
  const view = issueView(issue('issue-2024-01', 1, '2024-03-15', [{ title: '热点聚焦', articles: ['a1', 'a2'] }, { title: '他山之石', articles: ['a3'] }], ':fix[封面]{orig="封而" reason="据文意改"}\n\n## 前言\n\n正文。'), byId);

  test('articles in printed order, numbered across sections, under their sections', () => {
    expect(view.sections.map((s) => [s.title, s.anchor, s.articles.map((a) => [a.order, a.anchor, a.doc.id])])).toEqual([
      ['热点聚焦', 'section-1', [[1, 'article-1', 'a1'], [2, 'article-2', 'a2']]],
      ['他山之石', 'section-2', [[3, 'article-3', 'a3']]],
    ]);
    expect(view.articleCount).toBe(3);
    expect(view.title).toBe('信息参考（2024年第1期）：普惠托育');
    expect(view.url).toBe('/bulletins/issue-2024-01/');
    expect(view.pdfUrl).toBe('/bulletins/issue-2024-01/issue-2024-01.pdf');
  });

  test('each article’s anchors carry its number, and its headings sit under the article title (h3)', () => {
    const first = view.sections[0]?.articles[0];
    expect(first?.html).toContain('<h4 id="a1-一标题">');
    expect(first?.html).toContain('<h5 id="a1-一小标题">');
    expect(first?.html).toContain('href="#a1-source-1"');
    expect(first?.html).not.toMatch(/\sid="(?!a1-)/);
  });

  test('footnote sources stay with their article, formatted, with a way back to the first marker', () => {
    expect(view.sections[0]?.articles[0]?.sources).toEqual([
      { id: '1', anchor: 'a1-source-1', backAnchor: 'a1-cite-1-1', text: '来源1[EB/OL]. 网站.' },
    ]);
    // Source 1 of the third article is listed but not cited: no way back.
    expect(view.sections[1]?.articles[0]?.sources.map((s) => [s.anchor, s.backAnchor])).toEqual([
      ['a3-source-1', ''],
      ['a3-source-2', 'a3-cite-2-1'],
    ]);
  });

  test('the body before the first heading goes on the cover, the rest is the preface', () => {
    expect(view.coverHtml).toContain('封面');
    expect(view.coverHtml).toContain('id="preface-ed-1"');
    expect(view.prefaceHtml.startsWith('<h2 id="preface-前言">前言</h2>')).toBe(true);
  });

  test('a missing article is a programming error (the corpus check stops the build before)', () => {
    expect(() => issueView(issue('x', 1, '2024-03-15', [{ title: '栏目', articles: ['nope'] }]), byId)).toThrow('article nope is not in the corpus');
  });

  test('the manifest for the PDF step lists the contents’ targets in order and the issue date', () => {
    expect(manifestEntry(view)).toMatchObject({
      id: 'issue-2024-01',
      date: '2024-03-15',
      pdfUrl: '/bulletins/issue-2024-01/issue-2024-01.pdf',
      contentsTargets: ['preface', 'article-1', 'article-2', 'article-3', 'colophon'],
      placeholderFiles: [],
    });
  });

  test('the manifest names files that still hold 【待填写】', () => {
    const draft = doc('a4', { title: '【待填写】标题' }, '正文。');
    const v = issueView(issue('d', 1, '2024-03-15', [{ title: '栏目', articles: ['a4', 'a2'] }]), new Map([...byId, ['a4', draft]]));
    expect(manifestEntry(v).placeholderFiles).toEqual(['content/documents/a4.md']);
  });
});

describe('issuesNewestFirst', () => {
  test('only issues, newest date first; the same date falls back to year and number', () => {
    const sorted = issuesNewestFirst([
      a1,
      issue('i-2023-01', 1, '2023-01-15', [{ title: 's', articles: ['a1'] }]),
      issue('i-2024-02', 2, '2024-06-01', [{ title: 's', articles: ['a1'] }]),
      issue('i-2024-01', 1, '2024-03-15', [{ title: 's', articles: ['a1'] }]),
      issue('i-2024-03', 3, '2024-06-01', [{ title: 's', articles: ['a1'] }]),
    ]);
    expect(sorted.map((d) => d.id)).toEqual(['i-2024-03', 'i-2024-02', 'i-2024-01', 'i-2023-01']);
  });
});

describe('colophonRows', () => {
  test('known keys get Chinese labels, other keys are shown as written, in order', () => {
    expect(colophonRows({ postcode: '536000', phone: '0779-2020461', 微信: 'bhlib' })).toEqual([
      { label: '邮编', value: '536000' },
      { label: '电话', value: '0779-2020461' },
      { label: '微信', value: 'bhlib' },
    ]);
  });
});

describe('the feed item of an issue', () => {
  const view = issueView(issue('issue-2024-01', 1, '2024-03-15', [{ title: '热点聚焦', articles: ['a1'] }]), byId);
  const item = bulletinFeedItem(view, new URL('https://care-policy-atlas.example.org'));

  test('absolute links, the issue date, the sections as categories', () => {
    expect(item.link).toBe('https://care-policy-atlas.example.org/bulletins/issue-2024-01/');
    expect(item.pubDate.toISOString()).toBe('2024-03-15T04:00:00.000Z');
    expect(item.categories).toEqual(['热点聚焦']);
    expect(item.content).toContain('<a href="https://care-policy-atlas.example.org/bulletins/issue-2024-01/#article-1">第一篇</a>');
    expect(item.content).toContain('https://care-policy-atlas.example.org/bulletins/issue-2024-01/issue-2024-01.pdf');
    expect(item.description.startsWith('北海市图书馆编，2024年3月15日出版。')).toBe(true);
  });

  test('an issue dated to the month or year is published on its first day, at noon in China', () => {
    expect(issuePubDate('2024-03').toISOString()).toBe('2024-03-01T04:00:00.000Z');
    expect(issuePubDate('2024').toISOString()).toBe('2024-01-01T04:00:00.000Z');
  });
});
