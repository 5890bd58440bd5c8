// The search engine in a Web Worker: loading the index and ranking run off the main thread, so
// the page stays responsive while a query is answered (Lighthouse measured 90–260 ms of blocking
// when they ran on the main thread). The engine code is the same the CLI runs.
import { openSearchEngine, type SearchEngine, type SearchOptions, type SearchResponse } from '../lib/search/engine';
import { fetchSource, withEarlyFile } from '../lib/search/fetch-source';
import { searchFiles } from '../lib/search/index-format';

/** A request from the page. */
export interface SearchRequest {
  id: number;
  /** Where the page's index is (see searchDataPath); the first request's is used. */
  dataPath: string;
  query: string;
  options: SearchOptions;
}

/**
 * core.json, as the page fetched it while this worker's script loaded and started (see
 * search-page.ts), or null when that fetch failed: the engine then fetches it itself. The page
 * sends one, before or after its first request.
 */
export interface CoreHandover {
  core: ArrayBuffer | null;
}

let handOver: (bytes: ArrayBuffer | null) => void = () => undefined;
const handedOver = new Promise<ArrayBuffer | null>((resolve) => {
  handOver = resolve;
});

let enginePromise: Promise<SearchEngine> | undefined;

function engine(dataPath: string): Promise<SearchEngine> {
  enginePromise ??= openSearchEngine(
    withEarlyFile(
      fetchSource(dataPath),
      searchFiles.core(),
      handedOver.then((bytes) => (bytes === null ? undefined : (JSON.parse(new TextDecoder().decode(bytes)) as unknown))),
    ),
  );
  return enginePromise;
}

self.addEventListener('message', (event: MessageEvent<SearchRequest | CoreHandover>) => {
  if ('core' in event.data) {
    handOver(event.data.core);
    return;
  }
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
