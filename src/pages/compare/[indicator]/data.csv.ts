import type { APIRoute, GetStaticPaths } from 'astro';
import { rowsForPoints } from '../../../lib/chart-pages';
import { comparisonPaths, loadComparisons } from '../../../lib/dataset';
import { toCsvWithBom } from '../../../lib/figure-export';

export const getStaticPaths = comparisonPaths satisfies GetStaticPaths;

/** Exactly the rows the comparison chart draws, as CSV. */
export const GET: APIRoute = async ({ params, site }) => {
  const { dataset, comparisons } = await loadComparisons();
  const comparison = comparisons.find((c) => c.indicator.id === params.indicator)!;
  return new Response(toCsvWithBom(rowsForPoints(comparison.chartPoints, dataset, site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
