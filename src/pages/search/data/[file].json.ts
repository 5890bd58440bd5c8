// The search index as static JSON files under /search/data/, written at build time.
//
// Why an endpoint and not a separate build step: the index is built from the same checked and
// rendered corpus the pages are built from (loadCorpus), in the same build, so it can never
// describe other texts than the pages readers land on, and `astro build` alone produces it.
// One dynamic route emits every file; the files are built once per build (the promise is shared)
// and each route returns its piece. What the files are: src/lib/search/index-format.ts.
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDataset } from '../../../lib/dataset';
import { figureSearchInputs } from '../../../lib/figure-search';
import { buildSearchFiles, type SearchFileSet } from '../../../lib/search/build-index';
import { figureRecord, searchRecords } from '../../../lib/search/records';
import { parseSynonymList } from '../../../lib/search/synonyms';

const SYNONYMS_PATH = 'data/search-synonyms.yaml';

let filesPromise: Promise<SearchFileSet> | undefined;

function searchFileSet(): Promise<SearchFileSet> {
  filesPromise ??= loadDataset().then(({ corpus, ...dataset }) =>
    buildSearchFiles({
      // Documents, topics and regions, then every figure with the sentence it was read from.
      records: [...searchRecords(corpus), ...figureSearchInputs({ corpus, ...dataset }).map(figureRecord)],
      regions: corpus.regions,
      topics: corpus.topics,
      synonyms: parseSynonymList(readFileSync(SYNONYMS_PATH, 'utf8'), SYNONYMS_PATH),
    }),
  );
  return filesPromise;
}

export const getStaticPaths = (async () => {
  const files = await searchFileSet();
  return [...files.keys()].map((name) => ({ params: { file: name.replace(/\.json$/, '') } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const data = (await searchFileSet()).get(`${params.file}.json`);
  if (data === undefined) return new Response('not found', { status: 404 });
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
