import type { APIRoute, GetStaticPaths } from 'astro';
import { rowsForPoints } from '../../../lib/chart-pages';
import { buildComparisons } from '../../../lib/comparisons';
import { loadDataset } from '../../../lib/dataset';

export const getStaticPaths = (async () => {
  const dataset = await loadDataset();
  return buildComparisons(dataset.figures, dataset.indicators, dataset.units, dataset.corpus.regionById).map((c) => ({ params: { indicator: c.indicator.id } }));
}) satisfies GetStaticPaths;

/** Exactly the rows the comparison chart draws, as JSON, with the indicator definition. */
export const GET: APIRoute = async ({ params, site }) => {
  const dataset = await loadDataset();
  const comparison = buildComparisons(dataset.figures, dataset.indicators, dataset.units, dataset.corpus.regionById).find((c) => c.indicator.id === params.indicator)!;
  const body = { indicator: comparison.indicator, summary: comparison.summary, notes: comparison.notes, rows: rowsForPoints(comparison.chartPoints, dataset, site) };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
