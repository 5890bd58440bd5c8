/** How many cards a listing page shows; more go to /page/2/, /page/3/ … */
export const PAGE_SIZE = 50;

/** One page of a paginated listing. */
export interface ListPage<T> {
  items: T[];
  /** 1-based page number. */
  number: number;
  total: number;
  pageCount: number;
}

/**
 * How many figures a page of an indicator's table of all its figures shows: the comparison page
 * has the first hundred, …/page/2/ the next. A row is a line or three, smaller than a listing's
 * card; at 300 regions an indicator has over a thousand figures, which on one page took the
 * comparison page to 94 KB gzipped, near the 100 KB a page may weigh.
 */
export const FIGURE_TABLE_PAGE_SIZE = 100;

/** Splits items into pages of `size` (at least one page, even when empty). */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): ListPage<T>[] {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pageCount }, (_, i) => ({ items: items.slice(i * size, (i + 1) * size), number: i + 1, total: items.length, pageCount }));
}

/** URL of page `n` of a listing whose first page is `base` (ending in /): base, base/page/2/ … */
export function pageUrl(base: string, n: number): string {
  return n === 1 ? base : `${base}page/${n}/`;
}

/** How many documents a topic or region page shows before linking to the full listing. */
export const RECENT_LIMIT = 20;
