import type { APIRoute, GetStaticPaths } from 'astro';
import { rowsForPoints } from '../../../lib/chart-pages';
import { buildComparisons } from '../../../lib/comparisons';
import { loadDataset } from '../../../lib/dataset';
import { toCsvWithBom } from '../../../lib/figure-export';

export const getStaticPaths = (async () => {
  const dataset = await loadDataset();
  return buildComparisons(dataset.figures, dataset.indicators, dataset.units, dataset.corpus.regionById).map((c) => ({ params: { indicator: c.indicator.id } }));
}) satisfies GetStaticPaths;

/** Exactly the rows the comparison chart draws, as CSV. */
export const GET: APIRoute = async ({ params, site }) => {
  const dataset = await loadDataset();
  const comparison = buildComparisons(dataset.figures, dataset.indicators, dataset.units, dataset.corpus.regionById).find((c) => c.indicator.id === params.indicator)!;
  return new Response(toCsvWithBom(rowsForPoints(comparison.chartPoints, dataset, site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
