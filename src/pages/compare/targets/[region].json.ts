import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDataset } from '../../../lib/dataset';
import { targetChartRows } from '../../../lib/target-downloads';

export const getStaticPaths = (async () => {
  const dataset = await loadDataset();
  return [...new Set(targetChartRows(dataset).keys())].map((region) => ({ params: { region } }));
}) satisfies GetStaticPaths;

/** Exactly the rows a region's target chart draws, as JSON. */
export const GET: APIRoute = async ({ params }) => {
  const rows = targetChartRows(await loadDataset()).get(params.region!) ?? [];
  return new Response(JSON.stringify({ region: params.region, rows }, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
