import { describe, expect, test } from 'vitest';
import { render } from './support/render';

const OPINIONS = '/documents/state-council-2020-opinions-digest/';
const TAIAN = '/documents/taian-yilao-yixiao-plan-draft/';

describe('remarkWorkLinks', () => {
  test('《title》 of a document in the corpus links to its page, 《》 included in the link text', () => {
    expect(render('印发《国务院办公厅关于促进养老托育服务健康发展的意见》。').html).toBe(
      `<p>印发<a href="${OPINIONS}" class="work-link">《国务院办公厅关于促进养老托育服务健康发展的意见》</a>。</p>`,
    );
  });

  test('a title written with other quotes or brackets still finds its document', () => {
    expect(render('《泰安市"一老一小"整体解决方案(征求意见稿)》').html).toBe(
      `<p><a href="${TAIAN}" class="work-link">《泰安市"一老一小"整体解决方案(征求意见稿)》</a></p>`,
    );
  });

  test('a title under which the document is cited (citedAs) links too', () => {
    expect(render('《泰安市“一老一小”整体解决方案》').html).toBe(
      `<p><a href="${TAIAN}" class="work-link">《泰安市“一老一小”整体解决方案》</a></p>`,
    );
  });

  test('an unknown work stays plain text', () => {
    expect(render('制定实施《国家积极应对人口老龄化中长期规划》。').html).toBe('<p>制定实施《国家积极应对人口老龄化中长期规划》。</p>');
  });

  test('known and unknown titles in one sentence: only the known one is linked', () => {
    expect(render('从《国家积极应对人口老龄化中长期规划》到《国务院办公厅关于促进养老托育服务健康发展的意见》……').html).toBe(
      `<p>从《国家积极应对人口老龄化中长期规划》到<a href="${OPINIONS}" class="work-link">《国务院办公厅关于促进养老托育服务健康发展的意见》</a>……</p>`,
    );
  });

  test('two known titles in one text both link', () => {
    const { html } = render('《国务院办公厅关于促进养老托育服务健康发展的意见》和《泰安市“一老一小”整体解决方案》');
    expect([...html.matchAll(/<a href="([^"]+)" class="work-link">/g)].map((m) => m[1])).toEqual([OPINIONS, TAIAN]);
  });

  test('a document does not link to itself', () => {
    expect(render('本《泰安市“一老一小”整体解决方案》', { selfUrl: TAIAN }).html).toBe('<p>本《泰安市“一老一小”整体解决方案》</p>');
  });

  test('a title that is already the text of a link is not linked again', () => {
    const { html } = render('[《国务院办公厅关于促进养老托育服务健康发展的意见》](http://www.gov.cn/zhengce/content/2020-12/31/content_5575804.htm)');
    expect(html).toBe(
      '<p><a href="http://www.gov.cn/zhengce/content/2020-12/31/content_5575804.htm">《国务院办公厅关于促进养老托育服务健康发展的意见》</a></p>',
    );
  });

  test('a title in a heading links', () => {
    expect(render('## 学习《国务院办公厅关于促进养老托育服务健康发展的意见》').html).toContain(
      `<a href="${OPINIONS}" class="work-link">《国务院办公厅关于促进养老托育服务健康发展的意见》</a></h2>`,
    );
  });

  test('snapshot: a paragraph with linked and unlinked titles', async () => {
    const markdown =
      '党的十八大以来，从制定实施《国家积极应对人口老龄化中长期规划》，再到印发《关于促进养老托育服务健康发展的意见》和' +
      '《国务院办公厅关于促进养老托育服务健康发展的意见》，泰安市也出台了《泰安市“一老一小”整体解决方案（征求意见稿）》。';
    await expect(render(markdown).html).toMatchFileSnapshot('./__snapshots__/remark-work-links/titles.html');
  });
});

describe('titles inside links', () => {
  test('a title nested in emphasis inside an external link is not linked again', () => {
    const { html } = render('[**《国务院办公厅关于促进养老托育服务健康发展的意见》**](https://www.gov.cn/x)');
    expect(html).toBe('<p><a href="https://www.gov.cn/x"><strong>《国务院办公厅关于促进养老托育服务健康发展的意见》</strong></a></p>');
  });

  test('a source marker inside a link stays text', () => {
    const { html, citedSourceIds } = render('[见[@1]](https://www.gov.cn/x)');
    expect(html).toBe('<p><a href="https://www.gov.cn/x">见[@1]</a></p>');
    expect(citedSourceIds).toEqual([]);
  });
});

