import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDataset } from '../../../lib/dataset';
import { targetChartRows } from '../../../lib/target-downloads';
import { toCsvWithBom } from '../../../lib/figure-export';

export const getStaticPaths = (async () => {
  const dataset = await loadDataset();
  return [...new Set(targetChartRows(dataset).keys())].map((region) => ({ params: { region } }));
}) satisfies GetStaticPaths;

/** Exactly the rows a region's target chart draws, as CSV. */
export const GET: APIRoute = async ({ params }) => {
  const rows = targetChartRows(await loadDataset()).get(params.region!) ?? [];
  return new Response(toCsvWithBom(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
