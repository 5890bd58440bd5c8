import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '../../src/lib/render-markdown';
import { titleKey } from '../../src/lib/title-key';
import { documentData } from '../../src/schemas/document';
import { realDocuments } from './support/front-matter';
import { render } from './support/render';

const ARTICLE = [
  ':note[本文由三篇材料汇编而成。]',
  '',
  '为深入贯彻落实中央和自治区关于促进养老托育健康发展的决策部署，北海制定了责任清单，',
  '主要有健全养老托育服务政策体系等方面的任务。[@1]',
  '',
  '## 一、推进养老服务体系建设',
  '',
  '### （一）运营居家和社区养老服务设施',
  '',
  '各地积极:fix[响应]{orig="相应" reason="据文意改"}《国务院办公厅关于促进养老托育服务健康发展的意见》。[@2]',
  '',
  '## 二、推动托育服务向高质量发展迈步',
  '',
  '| 指标 | 2021年 |',
  '| --- | ---: |',
  '| 托育机构（个） | 382 |',
  '| 托位（个） | 约5000 |',
  '',
  '联系方式：Email:bhlib@163.com。[@1]',
].join('\n');

describe('renderMarkdown', () => {
  test('snapshot: an article body using every feature', async () => {
    await expect(render(ARTICLE).html).toMatchFileSnapshot('./__snapshots__/render-markdown/article.html');
  });

  test('returns headings, notes and cited sources together', () => {
    const { headings, editorialNotes, citedSourceIds } = render(ARTICLE);
    expect(headings.map((h) => [h.depth, h.text])).toEqual([
      [2, '一、推进养老服务体系建设'],
      [3, '（一）运营居家和社区养老服务设施'],
      [2, '二、推动托育服务向高质量发展迈步'],
    ]);
    expect(editorialNotes.map((n) => n.text)).toEqual(['编者注：本文由三篇材料汇编而成。', '原文作“相应”，据文意改']);
    expect(citedSourceIds).toEqual(['1', '2']);
  });

  test('GFM tables render as <table> with header, body and alignment, inside the scroll region', () => {
    const { html } = render('| 指标 | 数量 |\n| --- | ---: |\n| 托育机构 | 382 |');
    expect(html).toBe(
      '<div class="table-scroll" role="region" tabindex="0" aria-label="表格 1（可横向滚动）">' +
        '<table>\n<thead>\n<tr>\n<th>指标</th>\n<th align="right">数量</th>\n</tr>\n</thead>\n' +
        '<tbody>\n<tr>\n<td>托育机构</td>\n<td align="right">382</td>\n</tr>\n</tbody>\n</table></div>',
    );
  });

  test('line breaks inside a paragraph are kept as soft breaks, not <br>', () => {
    expect(render('第一行\n第二行').html).toBe('<p>第一行\n第二行</p>');
  });

  test('the file path given is the one errors name', () => {
    expect(() => renderMarkdown('[@7]', { path: 'content/documents/other.md', sourceIds: [], urlByTitleKey: new Map() })).toThrow(
      /^content\/documents\/other\.md:1：/,
    );
  });
});

describe('renderMarkdown: the real corpus', () => {
  const documents = realDocuments().map((d) => ({ ...d, data: documentData.parse(d.data) }));
  const urlByTitleKey = new Map<string, string>();
  for (const d of documents) for (const title of [d.data.title, ...d.data.citedAs]) urlByTitleKey.set(titleKey(title), `/documents/${d.id}/`);

  test.each(documents.map((d) => [d.id, d] as const))('%s renders and cites every one of its sources', (id, d) => {
    const rendered = renderMarkdown(d.body, {
      path: d.filePath,
      sourceIds: d.data.sources.map((s) => s.id),
      urlByTitleKey,
      selfUrl: `/documents/${id}/`,
    });
    expect(rendered.html.length).toBeGreaterThan(0);
    expect([...rendered.citedSourceIds].sort()).toEqual(d.data.sources.map((s) => s.id).sort());
    expect(rendered.html).not.toContain(`href="/documents/${id}/"`);
  });
});

describe('renderMarkdown: ids', () => {
  const renderAt = (markdown: string) => () => renderMarkdown(markdown, { path: 'content/documents/x.md', sourceIds: ['1'], urlByTitleKey: new Map() });

  test('an id in raw HTML that a heading already has stops the build, naming both lines', () => {
    expect(renderAt('## 背景\n\n正文。\n\n<p id="背景">又一段。</p>')).toThrow(/^content\/documents\/x\.md:5：id “背景” 重复，第 1 行已经用过它.*\(document\.duplicate-id\)$/);
  });

  test('two raw HTML elements with one id stop the build', () => {
    expect(renderAt('<div id="table-1">表一</div>\n\n<div id="table-1">表二</div>')).toThrow(/x\.md:3：id “table-1” 重复，第 1 行已经用过它/);
  });

  test('an id a source marker generates cannot be taken by raw HTML', () => {
    expect(renderAt('<span id="cite-1-1">注</span>\n\n见来源。[@1]')).toThrow(/id “cite-1-1” 重复/);
  });

  test('an id the page around the body sets stops the build, fixed ones and numbered ones', () => {
    expect(renderAt('正文。\n\n<div id="main">另一块</div>')).toThrow(/^content\/documents\/x\.md:3：id “main” 重复，页面本身已经用它.*\(document\.duplicate-id\)$/);
    expect(renderAt('<p id="sources-heading">来源</p>')).toThrow(/id “sources-heading” 重复，页面本身已经用它/);
    expect(renderAt('<p id="source-1">来源一</p>')).toThrow(/id “source-1” 重复，页面本身已经用它/);
    expect(renderAt('<p id="ed-list-2">说明</p>')).toThrow(/id “ed-list-2” 重复，页面本身已经用它/);
  });

  test('a heading whose words slug to one of the page’s ids is slugged around it', () => {
    const rendered = renderAt('## Main\n\n## Doc title\n\n## Source 1\n\n正文。')();
    expect(rendered.headings.map((h) => h.id)).toEqual(['main-1', 'doc-title-1', 'section-source-1']);
  });

  test('distinct ids, and headings with the same words (slugged apart), render', () => {
    const { html } = renderAt('## 背景\n\n## 背景\n\n<p id="note-a">甲</p>\n\n<p id="note-b">乙</p>')();
    expect([...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1])).toEqual(['背景', '背景-1', 'note-a', 'note-b']);
  });
});
