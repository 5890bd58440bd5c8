// The search engine in a Web Worker: loading the index and ranking run off the main thread, so
// the page stays responsive while a query is answered (Lighthouse measured 90–260 ms of blocking
// when they ran on the main thread). The engine code is the same the CLI runs.
import { openSearchEngine, type SearchEngine, type SearchOptions, type SearchResponse } from '../lib/search/engine';
import { fetchSource } from '../lib/search/fetch-source';

/** A request from the page. */
export interface SearchRequest {
  id: number;
  /** Where the page's index is (see searchDataPath); the first request's is used. */
  dataPath: string;
  query: string;
  options: SearchOptions;
}

let enginePromise: Promise<SearchEngine> | undefined;

function engine(dataPath: string): Promise<SearchEngine> {
  enginePromise ??= openSearchEngine(fetchSource(dataPath));
  return enginePromise;
}

self.addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  const { id, query, options, dataPath } = event.data;
  let answered = false;
  // The first results, while the rest of the page loads. Posted after this task: when the rest
  // was loaded already, the whole answer is ready first and the early one is not sent.
  const onEarlyHits = (early: SearchResponse): void => {
    setTimeout(() => {
      if (!answered) self.postMessage({ id, early });
    }, 0);
  };
  engine(dataPath)
    .then((e) => e.search(query, options, onEarlyHits))
    .then(
      (response) => ({ id, response }),
      // The error's name goes with its message: the page tells an outdated index from other failures by it.
      (error: unknown) => ({ id, error: error instanceof Error ? error.message : String(error), errorName: error instanceof Error ? error.name : 'Error' }),
    )
    .then((message) => {
      answered = true;
      self.postMessage(message);
    });
});
