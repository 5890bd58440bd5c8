import type { APIRoute, GetStaticPaths } from 'astro';
import { rowsForPoints } from '../../../lib/chart-pages';
import { comparisonPaths, loadComparisons } from '../../../lib/dataset';

export const getStaticPaths = comparisonPaths satisfies GetStaticPaths;

/** Exactly the rows the comparison chart draws, as JSON, with the indicator definition. */
export const GET: APIRoute = async ({ params, site }) => {
  const { dataset, comparisons } = await loadComparisons();
  const comparison = comparisons.find((c) => c.indicator.id === params.indicator)!;
  const body = { indicator: comparison.indicator, summary: comparison.summary, notes: comparison.notes, rows: rowsForPoints(comparison.chartPoints, dataset, site) };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
