import type { APIRoute, GetStaticPaths } from 'astro';
import { cssString } from '../../../lib/bulletin-html';
import { loadCorpus } from '../../../lib/corpus';

export const getStaticPaths = (async () => {
  const corpus = await loadCorpus();
  return corpus.documents.filter((d) => d.data.bulletin !== undefined).map((d) => ({ params: { id: d.id } }));
}) satisfies GetStaticPaths;

/**
 * The issue's running head for print. CSS cannot read it from the page (Chromium has no
 * string-set), and an inline <style> would break the Content-Security-Policy, so each issue gets
 * a tiny stylesheet of its own.
 */
export const GET: APIRoute = async ({ params }) => {
  const corpus = await loadCorpus();
  const bulletin = corpus.documentById.get(params.id!)!.data.bulletin!;
  const css = `@media print { @page { @top-right { content: ${cssString(`${bulletin.series} · ${bulletin.issueLabel}`)}; } } }\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
