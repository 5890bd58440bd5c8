import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDataset } from '../../../lib/dataset';
import type { ExportedFigure } from '../../../lib/figure-export';
import { targetChartRows } from '../../../lib/target-downloads';

// The rows of every region are worked out once, here, and handed to each route.
export const getStaticPaths = (async () => [...targetChartRows(await loadDataset())].map(([region, rows]) => ({ params: { region }, props: { rows } }))) satisfies GetStaticPaths;

/** Exactly the rows a region's target chart draws, as JSON. */
export const GET: APIRoute<{ rows: ExportedFigure[] }> = ({ params, props }) => {
  return new Response(JSON.stringify({ region: params.region, rows: props.rows }, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
