// The search index as static JSON files under /search/data/<id>/, written at build time (see
// src/lib/search-index.ts for why an endpoint, and why the id). One dynamic route emits every
// file; each route returns its piece. What the files are: src/lib/search/index-format.ts.
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchFileSet, searchIndexId } from '../../../../lib/search-index';

export const getStaticPaths = (async () => {
  const [files, index] = await Promise.all([searchFileSet(), searchIndexId()]);
  return [...files.keys()].map((name) => ({ params: { index, file: name.replace(/\.json$/, '') } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const data = params.index === (await searchIndexId()) ? (await searchFileSet()).get(`${params.file}.json`) : undefined;
  if (data === undefined) return new Response('not found', { status: 404 });
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
