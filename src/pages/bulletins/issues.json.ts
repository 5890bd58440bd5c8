import type { APIRoute } from 'astro';
import { loadCorpus } from '../../lib/corpus';
import { issueView, issuesNewestFirst, manifestEntry } from '../../lib/bulletin-issue';

/** The list of issues that scripts/build-pdf.ts prints after `astro build`. */
export const GET: APIRoute = async () => {
  const corpus = await loadCorpus();
  const entries = issuesNewestFirst(corpus.documents).map((doc) => manifestEntry(issueView(doc, corpus.documentById)));
  return new Response(`${JSON.stringify({ issues: entries }, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
