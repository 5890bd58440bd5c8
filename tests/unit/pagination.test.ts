import { describe, expect, test } from 'vitest';
import { FIGURE_TABLE_PAGE_SIZE, PAGE_SIZE, pageUrl, paginate } from '../../src/lib/pagination';

describe('paginate', () => {
  test('splits a table of figures into pages of FIGURE_TABLE_PAGE_SIZE, the last one shorter', () => {
    const rows = Array.from({ length: FIGURE_TABLE_PAGE_SIZE * 2 + 7 }, (_, i) => i);
    const pages = paginate(rows, FIGURE_TABLE_PAGE_SIZE);
    expect(pages.map((p) => p.items.length)).toEqual([FIGURE_TABLE_PAGE_SIZE, FIGURE_TABLE_PAGE_SIZE, 7]);
    expect(pages.map((p) => [p.number, p.pageCount, p.total])).toEqual([
      [1, 3, rows.length],
      [2, 3, rows.length],
      [3, 3, rows.length],
    ]);
    // Every row once, in order.
    expect(pages.flatMap((p) => p.items)).toEqual(rows);
  });

  test('an empty list is one empty page; a full page does not open a second', () => {
    expect(paginate([])).toEqual([{ items: [], number: 1, total: 0, pageCount: 1 }]);
    expect(paginate(Array.from({ length: PAGE_SIZE }, (_, i) => i))).toHaveLength(1);
  });
});

describe('pageUrl', () => {
  test('page 1 is the base; later pages are under page/N/', () => {
    expect(pageUrl('/compare/elderly-care-beds/', 1)).toBe('/compare/elderly-care-beds/');
    expect(pageUrl('/compare/elderly-care-beds/', 3)).toBe('/compare/elderly-care-beds/page/3/');
  });
});
