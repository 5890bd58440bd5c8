import type { APIRoute } from 'astro';
import { loadCorpus } from '../../lib/corpus';
import { issueViewsNewestFirst, manifestEntry } from '../../lib/bulletin-issue';

/** The list of issues that scripts/build-pdf.ts prints after `astro build`. */
export const GET: APIRoute = async () => {
  const corpus = await loadCorpus();
  const entries = issueViewsNewestFirst(corpus.documents, corpus.documentById).map(manifestEntry);
  return new Response(`${JSON.stringify({ issues: entries }, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
