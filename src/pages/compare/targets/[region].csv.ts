import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDataset } from '../../../lib/dataset';
import { toCsvWithBom, type ExportedFigure } from '../../../lib/figure-export';
import { targetChartRows } from '../../../lib/target-downloads';

// The rows of every region are worked out once, here, and handed to each route.
export const getStaticPaths = (async () => [...targetChartRows(await loadDataset())].map(([region, rows]) => ({ params: { region }, props: { rows } }))) satisfies GetStaticPaths;

/** Exactly the rows a region's target chart draws, as CSV. */
export const GET: APIRoute<{ rows: ExportedFigure[] }> = ({ props }) => {
  return new Response(toCsvWithBom(props.rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
