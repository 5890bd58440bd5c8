import type { APIRoute } from 'astro';
import { loadDataset } from '../../lib/dataset';
import { exportDatasetFigures } from '../../lib/dataset-export';
import { toCsvWithBom } from '../../lib/figure-export';

/** Every figure with its provenance, as CSV with a BOM. */
export const GET: APIRoute = async ({ site }) => {
  const dataset = await loadDataset();
  return new Response(toCsvWithBom(exportDatasetFigures(dataset.figures, dataset, site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
