import type { APIRoute } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { loadDataset } from '../../lib/dataset';
import { quoteUrl } from '../../lib/quote-anchor';
import { documentUrl } from '../../lib/urls';

/** Every measure adoption with its quote, as CSV with a BOM. */
export const GET: APIRoute = async ({ site }) => {
  const dataset = await loadDataset();
  const names = new Map(dataset.measures.map((m) => [m.id, m.name]));
  const rows = dataset.adoptions.map((a) => ({
    region: a.region,
    regionName: dataset.corpus.regionById.get(a.region)?.name ?? a.region,
    measure: a.measure,
    measureName: names.get(a.measure) ?? a.measure,
    document: a.document,
    documentTitle: dataset.corpus.documentById.get(a.document)?.data.title ?? a.document,
    quote: a.quote,
    quoteUrl: quoteUrl(new URL(documentUrl(a.document), site).href, a.quote),
    note: a.note,
  }));
  return new Response(`\uFEFF${stringify(rows, { header: true })}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
