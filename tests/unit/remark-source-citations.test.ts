import { describe, expect, test } from 'vitest';
import { TEST_PATH, errorMessage, render } from './support/render';

const cite = (id: string, n: number) => `<a href="#source-${id}" id="cite-${id}-${n}" class="cite" aria-label="来源 ${id}">[${id}]</a>`;

describe('remarkSourceCitations', () => {
  test('[@1] becomes a link to #source-1 with id cite-1-1', () => {
    expect(render('截至2021年5月底，全市有托育机构382个。[@1]').html).toBe(`<p>截至2021年5月底，全市有托育机构382个。${cite('1', 1)}</p>`);
  });

  test('a second occurrence of the same source gets cite-1-2, each source counting on its own', () => {
    const { html } = render('甲[@1]，乙[@2]。\n\n丙[@1][@2][@1]。');
    expect(html).toBe(`<p>甲${cite('1', 1)}，乙${cite('2', 1)}。</p>\n<p>丙${cite('1', 2)}${cite('2', 2)}${cite('1', 3)}。</p>`);
  });

  test('citedSourceIds lists each source once, in order of first citation', () => {
    expect(render('先引[@3]，再引[@1]，又引[@3]。').citedSourceIds).toEqual(['3', '1']);
    expect(render('没有引用。').citedSourceIds).toEqual([]);
  });

  test('markers in headings and table cells are linked too', () => {
    const { html, citedSourceIds } = render('## 一、推进养老服务体系建设[@2]\n\n| 项目 | 数量 |\n| --- | --- |\n| 托育机构 | 382个[@1] |');
    expect(html).toContain(`一、推进养老服务体系建设${cite('2', 1)}</h2>`);
    expect(html).toContain(`<td>382个${cite('1', 1)}</td>`);
    expect(citedSourceIds).toEqual(['2', '1']);
  });

  test('letters and hyphens are valid source ids', () => {
    expect(render('见[@gov-2020]。', { sourceIds: ['gov-2020'] }).html).toBe(`<p>见${cite('gov-2020', 1)}。</p>`);
  });

  test.each(['[1]', '[@]', '[@ 1]', '[＠1]', '@1'])('%j is not a marker', (markdown) => {
    const { html, citedSourceIds } = render(`文字${markdown}文字`);
    expect(html).toBe(`<p>文字${markdown}文字</p>`);
    expect(citedSourceIds).toEqual([]);
  });

  test('[@9] with no source stops with file, line and rule', () => {
    expect(errorMessage(() => render('第一段。\n\n第二段。[@9]'))).toBe(
      `${TEST_PATH}:3：脚注标记 [@9] 没有对应的来源。请在 sources 中加入 id: "9" 的条目，或改正标记 (citation.unknown-source)`,
    );
  });

  test('a document without sources refuses any marker', () => {
    expect(errorMessage(() => render('见[@1]。', { sourceIds: [] }))).toContain('(citation.unknown-source)');
  });

  test('snapshot: a paragraph with repeated markers', async () => {
    const markdown = '要求各有关单位认真执行。[@1]\n\n北海市社会福利院进一步推进养老服务体系建设[@2]，托育服务向高质量发展迈步[@3]；详见[@1]。';
    await expect(render(markdown).html).toMatchFileSnapshot('./__snapshots__/remark-source-citations/markers.html');
  });
});
