// The search engine in a Web Worker: loading the index and ranking run off the main thread, so
// the page stays responsive while a query is answered (Lighthouse measured 90–260 ms of blocking
// when they ran on the main thread). The engine code is the same the CLI runs.
import { openSearchEngine, SearchIndexFormatError, type SearchEngine, type SearchOptions, type SearchResponse } from '../lib/search/engine';
import { SEARCH_DATA_PATH } from '../lib/search/index-format';

/** A request from the page. */
export interface SearchRequest {
  id: number;
  query: string;
  options: SearchOptions;
}

let enginePromise: Promise<SearchEngine> | undefined;

function engine(): Promise<SearchEngine> {
  enginePromise ??= openSearchEngine({
    load: async (name) => {
      const response = await fetch(`${SEARCH_DATA_PATH}${name}`);
      if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
      return (await response.json()) as unknown;
    },
  });
  return enginePromise;
}

self.addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  const { id, query, options } = event.data;
  let answered = false;
  // The first results, while the rest of the page loads. Posted after this task: when the rest
  // was loaded already, the whole answer is ready first and the early one is not sent.
  const onEarlyHits = (early: SearchResponse): void => {
    setTimeout(() => {
      if (!answered) self.postMessage({ id, early });
    }, 0);
  };
  engine()
    .then((e) => e.search(query, options, onEarlyHits))
    .then(
      (response) => ({ id, response }),
      (error: unknown) => ({ id, error: error instanceof Error ? error.message : String(error), outdated: error instanceof SearchIndexFormatError }),
    )
    .then((message) => {
      answered = true;
      self.postMessage(message);
    });
});
