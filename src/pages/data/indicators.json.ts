import type { APIRoute } from 'astro';
import { loadDataset } from '../../lib/dataset';
import { exportDatasetFigures } from '../../lib/dataset-export';
import { EXPORT_COLUMNS } from '../../lib/figure-export';

/** Every figure with its provenance, plus the column meanings and indicator definitions. */
export const GET: APIRoute = async ({ site }) => {
  const dataset = await loadDataset();
  const body = { columns: EXPORT_COLUMNS, indicators: dataset.indicators, figures: exportDatasetFigures(dataset.figures, dataset, site) };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
