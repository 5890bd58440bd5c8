import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { readCsvRecords, FIGURE_COLUMNS, MEASURE_COLUMNS } from '../../src/lib/csv-records';
import { quoteAnchorId, quoteUrl } from '../../src/lib/quote-anchor';
import { markQuotedDocuments, markSourceQuotes, SOURCE_QUOTE_CLASS } from '../../src/lib/source-quotes';
import { realDocuments, readProjectFile } from './support/front-matter';
import { render, URL_BY_TITLE_KEY } from './support/render';
import { renderMarkdown } from '../../src/lib/render-markdown';

/** Every element of the tree that passes `test`, in document order. */
function selectAll(root: Root | Element, test: (e: Element) => boolean): Element[] {
  return root.children.flatMap((child) => (child.type === 'element' ? [...(test(child) ? [child] : []), ...selectAll(child, test)] : []));
}

/** The text of the marked element(s) of one quote, pieces joined in document order. */
function markedText(html: string, id: string): string {
  const tree = fromHtml(html, { fragment: true });
  const pieces = selectAll(tree, (e) => Array.isArray(e.properties.className) && e.properties.className.includes(SOURCE_QUOTE_CLASS));
  const start = pieces.findIndex((e) => e.properties.id === id);
  if (start === -1) return '';
  const group = [pieces[start]!];
  for (const piece of pieces.slice(start + 1)) {
    if (piece.properties.id !== undefined) break;
    group.push(piece);
  }
  return group.map((e) => textOf(e)).join('');
}

function textOf(node: { type: string; value?: string; children?: unknown[] }): string {
  if (node.type === 'text') return node.value ?? '';
  return ((node.children ?? []) as { type: string }[]).map((child) => textOf(child as never)).join('');
}

describe('quoteAnchorId', () => {
  test('is the same for the same words, whatever the whitespace, and differs for other words', () => {
    expect(quoteAnchorId('全市共有托育机构 382 个')).toBe(quoteAnchorId('全市共有托育机构  382\n个 '));
    expect(quoteAnchorId('全市共有托育机构 382 个')).not.toBe(quoteAnchorId('全市共有托育机构 383 个'));
    expect(quoteAnchorId('托位')).toMatch(/^q-[0-9a-f]{10}$/);
  });

  test('quoteUrl puts the anchor after the document URL', () => {
    expect(quoteUrl('/documents/a/', '托位')).toBe(`/documents/a/#${quoteAnchorId('托位')}`);
  });
});

describe('markSourceQuotes', () => {
  test('wraps a quote inside a paragraph in one span with the anchor, leaving the rest of the text', () => {
    const { html } = render('前文。全市共有托育机构382个，托位5000个。后文。');
    const quote = '全市共有托育机构382个';
    const marked = markSourceQuotes(html, [quote]);
    expect(marked.missing).toEqual([]);
    expect(marked.html).toBe(`<p>前文。<span class="source-quote" id="${quoteAnchorId(quote)}">${quote}</span>，托位5000个。后文。</p>`);
  });

  test('a quote with a correction reads as corrected, and is one span with the correction and its note inside', () => {
    const { html } = render('不断提高:fix[全市]{orig="石家庄市" reason="据文意改"}托育机构照护服务质量。[@1]');
    const quote = '不断提高全市托育机构照护服务质量。';
    const marked = markSourceQuotes(html, [quote]);
    expect(marked.missing).toEqual([]);
    expect(marked.html).toBe(
      `<p><span class="source-quote" id="${quoteAnchorId(quote)}">不断提高<ins class="ed-fix">全市</ins><span class="ed-note" id="ed-1">〔原文作“石家庄市”，据文意改〕</span>托育机构照护服务质量。</span>` +
        '<a href="#source-1" id="cite-1-1" class="cite" aria-label="来源 1">[1]</a></p>',
    );
  });

  test('a quote across a whole work link and a source marker is one span around them', () => {
    const { html } = render('前文依据《国务院办公厅关于促进养老托育服务健康发展的意见》[@2]，建设普惠托位。');
    const quote = '依据《国务院办公厅关于促进养老托育服务健康发展的意见》，建设普惠托位';
    const marked = markSourceQuotes(html, [quote]);
    expect(marked.missing).toEqual([]);
    expect(marked.html).toMatch(new RegExp(`^<p>前文<span class="source-quote" id="${quoteAnchorId(quote)}">依据<a [^>]+>[^<]+</a><a [^>]+>\\[2\\]</a>，建设普惠托位</span>。</p>$`));
  });

  test('a quote that starts inside a link is marked piece by piece, the first piece carrying the anchor', () => {
    const { html } = render('依据《国务院办公厅关于促进养老托育服务健康发展的意见》[@2]，建设普惠托位。');
    const quote = '健康发展的意见》，建设普惠托位';
    const marked = markSourceQuotes(html, [quote]);
    expect(marked.missing).toEqual([]);
    expect(markedText(marked.html, quoteAnchorId(quote))).toBe(quote);
    // The link is still whole, its first words outside the quote.
    expect(marked.html).toMatch(/<a href="\/documents\/state-council-2020-opinions-digest\/"[^>]*>《国务院办公厅关于促进养老托育服务<span class="source-quote" id="q-[0-9a-f]+">健康发展的意见》<\/span><\/a>/);
    expect(marked.html).toContain('>[2]</a><span class="source-quote">，建设普惠托位</span>。');
  });

  test('whitespace runs in the text read as one space, as in the dataset check', () => {
    const { html } = render('护理型床位占比\n达到 55%。');
    const quote = '护理型床位占比 达到 55%';
    const marked = markSourceQuotes(html, [quote]);
    expect(marked.missing).toEqual([]);
    expect(markedText(marked.html, quoteAnchorId(quote)).replace(/\s+/g, ' ')).toBe(quote);
  });

  test('a quote of table cells joined by " | " marks its row', () => {
    const { html } = render('| 指标 | 2021年 |\n| --- | ---: |\n| 托育机构（个） | 382 |\n| 托位（个） | 约5000 |');
    const quote = '托位（个） | 约5000';
    const marked = markSourceQuotes(html, [quote]);
    expect(marked.missing).toEqual([]);
    expect(marked.html).toContain(`<tr class="source-quote" id="${quoteAnchorId(quote)}">\n<td>托位（个）</td>`);
  });

  test('a quote inside one cell is marked in the cell', () => {
    const { html } = render('| 指标 | 说明 |\n| --- | --- |\n| 托位 | 到2025年每千人口拥有3个托位 |');
    const quote = '每千人口拥有3个托位';
    const marked = markSourceQuotes(html, [quote]);
    expect(marked.html).toContain(`<td>到2025年<span class="source-quote" id="${quoteAnchorId(quote)}">${quote}</span></td>`);
  });

  test('the same quote given twice is marked once; two quotes in one paragraph are both marked', () => {
    const { html } = render('养老床位达到3万张，护理型床位占比55%。');
    const marked = markSourceQuotes(html, ['养老床位达到3万张', '护理型床位占比55%', '养老床位达到3万张']);
    expect(marked.missing).toEqual([]);
    expect(marked.html.match(/class="source-quote"/g)).toHaveLength(2);
  });

  test('overlapping quotes are both marked, the second in pieces around the first', () => {
    const { html } = render('养老床位达到3万张，护理型床位占比55%。');
    const marked = markSourceQuotes(html, ['床位达到3万张，护理型', '3万张，护理型床位占比55%']);
    expect(marked.missing).toEqual([]);
    expect(markedText(marked.html, quoteAnchorId('床位达到3万张，护理型'))).toBe('床位达到3万张，护理型');
    expect(textOf(fromHtml(marked.html, { fragment: true }) as never)).toBe('养老床位达到3万张，护理型床位占比55%。');
  });

  test('a quote that spans two paragraphs, or is not in the text, is reported missing', () => {
    const { html } = render('第一段末句。\n\n第二段首句。');
    const marked = markSourceQuotes(html, ['末句。第二段', '没有这句话']);
    expect(marked.missing).toEqual(['末句。第二段', '没有这句话']);
    expect(marked.html).not.toContain('source-quote');
  });

  test('the text of an editorial note is not quotable', () => {
    const { html } = render('句子:note[编者的话]结束。');
    expect(markSourceQuotes(html, ['编者的话']).missing).toEqual(['编者的话']);
  });

  test('a body without quotes comes back as it was rendered', () => {
    const { html } = render('## 标题\n\n段落，带[@1]和《泰安市“一老一小”整体解决方案》。\n\n| a | b |\n| --- | --- |\n| 1 | 2 |');
    expect(markSourceQuotes(html, []).html).toBe(html);
  });
});

describe('markQuotedDocuments', () => {
  const documents = new Map([
    ['plan', { filePath: 'content/documents/plan.md', html: '<p>到2025年托位达到3万个。</p><p>护理型床位占比55%。</p>' }],
  ]);
  const row = (quote: string, line: number, file = 'data/figures.csv', rule = 'figure.quote-not-marked') => ({ document: 'plan', quote, file, line, rule });

  test('returns each quoted document marked, and nothing for documents no row quotes', () => {
    const { bodies, problems } = markQuotedDocuments(documents, [row('托位达到3万个', 2), row('护理型床位占比55%', 3, 'data/measures.csv', 'measure.quote-not-marked')]);
    expect(problems).toEqual([]);
    expect([...bodies.keys()]).toEqual(['plan']);
    expect(bodies.get('plan')!.match(/class="source-quote"/g)).toHaveLength(2);
  });

  test('a quote the page cannot mark is a problem naming the table, the line, the field and the rule', () => {
    const { problems } = markQuotedDocuments(documents, [row('托位达到3万个', 2), row('3万个。护理型', 7, 'data/measures.csv', 'measure.quote-not-marked')]);
    expect(problems).toEqual([
      { file: 'data/measures.csv', line: 7, field: 'quote', message: expect.stringContaining('跨越了段落、列表项或表格单元格'), rule: 'measure.quote-not-marked' },
    ]);
    expect(problems[0]!.message).toContain('“plan”');
  });

  test('an anchor the body already uses stops with the document’s file named', () => {
    const quote = '托位达到3万个';
    const taken = new Map([['plan', { filePath: 'content/documents/plan.md', html: `<h2 id="${quoteAnchorId(quote)}">标题</h2><p>${quote}</p>` }]]);
    expect(() => markQuotedDocuments(taken, [row(quote, 2)])).toThrow(/^content\/documents\/plan\.md：锚点 q-[0-9a-f]+ 已被正文使用.*\(quote\.anchor-taken\)$/);
  });
});

describe('the real data', () => {
  test('every figure and measure quote is marked in its rendered document', () => {
    const documents = new Map(
      realDocuments().map((d) => {
        const data = d.data as { sources?: { id: string }[] };
        return [d.id, renderMarkdown(d.body, { path: d.filePath, sourceIds: (data.sources ?? []).map((s) => s.id), urlByTitleKey: URL_BY_TITLE_KEY }).html];
      }),
    );
    const quotes = new Map<string, string[]>();
    for (const [file, columns] of [['data/figures.csv', FIGURE_COLUMNS], ['data/measures.csv', MEASURE_COLUMNS]] as const) {
      for (const { record } of readCsvRecords(readProjectFile(file), file, columns)) {
        const document = String(record.document);
        quotes.set(document, [...(quotes.get(document) ?? []), String(record.quote)]);
      }
    }
    expect(quotes.size).toBeGreaterThan(5);
    const missing = [...quotes].flatMap(([document, list]) => markSourceQuotes(documents.get(document) ?? '', list).missing.map((q) => `${document}: ${q}`));
    expect(missing).toEqual([]);
  });
});
