import { describe, expect, test } from 'vitest';
import { render } from './support/render';

const TABLE = '| 指标 | 数量 |\n| --- | --- |\n| 托位 | 5000 |';

describe('rehypeTableScroll', () => {
  test('a table is wrapped in a focusable, labelled scroll region', () => {
    const { html } = render(TABLE);
    expect(html.startsWith('<div class="table-scroll" role="region" tabindex="0" aria-label="表格 1（可横向滚动）"><table>')).toBe(true);
    expect(html.endsWith('</table></div>')).toBe(true);
  });

  test('tables are numbered in reading order, so each region has its own name', () => {
    const { html } = render(`## 一\n\n${TABLE}\n\n正文\n\n${TABLE}`);
    expect([...html.matchAll(/aria-label="(表格 \d+（可横向滚动）)"><table>/g)].map((m) => m[1])).toEqual([
      '表格 1（可横向滚动）',
      '表格 2（可横向滚动）',
    ]);
    expect(html.match(/<div class="table-scroll"/g)).toHaveLength(2);
  });

  test('a table written as raw HTML is wrapped too, once', () => {
    const { html } = render('<table><tr><td>1</td></tr></table>');
    expect(html).toBe(
      '<div class="table-scroll" role="region" tabindex="0" aria-label="表格 1（可横向滚动）"><table><tbody><tr><td>1</td></tr></tbody></table></div>',
    );
  });

  test('a body without tables has no scroll region', () => {
    expect(render('没有表格。').html).not.toContain('table-scroll');
  });
});
