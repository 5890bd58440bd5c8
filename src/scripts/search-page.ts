// The search page (/search/?q=…): runs the engine in the browser as the reader types, keeps the
// query and filters in the URL so a result list can be shared, and lets the keyboard move from the
// box to the results. The engine and its index are loaded only once there is something to search
// (a query in the URL, or the first keystroke), in a Web Worker that Vite bundles separately.
import { extendsShownHits } from '../lib/search/early-answer';
import type { EarlyHitsCallback, SearchFilters, SearchHit, SearchOptions, SearchResponse } from '../lib/search/engine';
import type { CoreHandover, SearchRequest } from './search-worker';
import { fetchSource } from '../lib/search/fetch-source';
import { INDEX_OUTDATED_ERROR, searchFiles } from '../lib/search/index-format';
import { resultCountText } from '../lib/search/result-count';
import { fillFacetSelect, renderHit } from './search-render';

const FACETS = ['kind', 'region', 'topic', 'year'] as const;
const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 120;

interface PageElements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  app: HTMLElement;
  status: HTMLElement;
  notices: HTMLElement;
  filters: HTMLFormElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
  empty: HTMLElement;
}

function elements(): PageElements | undefined {
  const get = <T extends HTMLElement>(selector: string): T | null => document.querySelector<T>(selector);
  const found = {
    form: get<HTMLFormElement>('#search-form'),
    input: get<HTMLInputElement>('#search-q'),
    app: get('#search-app'),
    status: get('#search-status'),
    notices: get('#search-notices'),
    filters: get<HTMLFormElement>('#search-filters'),
    results: get<HTMLOListElement>('#search-results'),
    more: get<HTMLButtonElement>('#search-more'),
    empty: get('#search-empty'),
  };
  return Object.values(found).every((e) => e !== null) ? (found as PageElements) : undefined;
}

/** What the page needs of the engine: an answer to a query, and its first results early. */
interface SearchClient {
  search: (query: string, options: SearchOptions, onEarlyHits: EarlyHitsCallback) => Promise<SearchResponse>;
}

let clientPromise: Promise<SearchClient> | undefined;

/** The engine in a worker (see search-worker.ts), or on the page where workers are unavailable. */
function engine(dataPath: string): Promise<SearchClient> {
  clientPromise ??= typeof Worker === 'function' ? Promise.resolve(workerClient(dataPath)) : pageClient(dataPath);
  return clientPromise;
}

function workerClient(dataPath: string): SearchClient {
  // The engine opens with core.json. Fetched here, it comes while the worker's script loads and
  // starts, rather than after (on a phone's network, a round trip and 70 KB sooner); the worker
  // reads it (see CoreHandover). A failed fetch hands over nothing, and the worker fetches it itself.
  const core = fetch(`${dataPath}${searchFiles.core()}`)
    .then((response) => (response.ok ? response.arrayBuffer() : null))
    .catch(() => null);
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  void core.then((bytes) => worker.postMessage({ core: bytes } satisfies CoreHandover, bytes === null ? [] : [bytes]));
  const pending = new Map<number, { resolve: (r: SearchResponse) => void; reject: (e: Error) => void; onEarlyHits: EarlyHitsCallback }>();
  let next = 0;
  worker.addEventListener('message', (event: MessageEvent<{ id: number; early?: SearchResponse; response?: SearchResponse; error?: string; errorName?: string }>) => {
    const waiting = pending.get(event.data.id);
    if (waiting === undefined) return;
    if (event.data.early !== undefined) {
      waiting.onEarlyHits(event.data.early);
      return;
    }
    pending.delete(event.data.id);
    if (event.data.response !== undefined) waiting.resolve(event.data.response);
    else waiting.reject(Object.assign(new Error(event.data.error ?? 'search failed'), { name: event.data.errorName ?? 'Error' }));
  });
  return {
    search: (query, options, onEarlyHits) =>
      new Promise((resolve, reject) => {
        next += 1;
        pending.set(next, { resolve, reject, onEarlyHits });
        worker.postMessage({ id: next, query, options, dataPath } satisfies SearchRequest);
      }),
  };
}

async function pageClient(dataPath: string): Promise<SearchClient> {
  const { openSearchEngine } = await import('../lib/search/engine');
  return openSearchEngine(fetchSource(dataPath));
}

export function startSearchPage(): void {
  const page = elements();
  if (page === undefined) return;
  const { form, input, app, status, notices, filters, results, more, empty } = page;
  // Where this build's index is (the search page writes it; see src/lib/search-index.ts).
  const dataPath = app.dataset['index'] ?? '';
  app.hidden = false;
  let limit = PAGE_SIZE;
  let sequence = 0;
  let timer: number | undefined;

  const selects = new Map(FACETS.map((facet) => [facet, filters.elements.namedItem(facet) as HTMLSelectElement]));
  const currentFilters = (): SearchFilters => {
    const chosen: SearchFilters = {};
    for (const [facet, select] of selects) if (select.value !== '') chosen[facet] = select.value;
    return chosen;
  };

  const readUrl = (): void => {
    const params = new URLSearchParams(window.location.search);
    input.value = params.get('q') ?? '';
    for (const [facet, select] of selects) {
      const value = params.get(facet) ?? '';
      if (value !== '' && ![...select.options].some((o) => o.value === value)) select.add(new Option(value, value));
      select.value = value;
    }
  };

  // History: typing keeps rewriting the current entry; a search the reader committed (Enter, or
  // one opened from a link) keeps its entry, and the next query gets a new one, so Back returns
  // to it. Filters belong to the current entry.
  let committed = new URLSearchParams(window.location.search).has('q');
  /** The search as its URL keeps it: the query and the filters, as they are now. */
  const searchParams = (): URLSearchParams => {
    const params = new URLSearchParams();
    if (input.value.trim() !== '') params.set('q', input.value.trim());
    for (const [facet, value] of Object.entries(currentFilters())) params.set(facet, value);
    return params;
  };
  const writeUrl = (params: URLSearchParams): void => {
    const url = new URL(window.location.href);
    url.search = params.toString();
    if (url.href === window.location.href) return;
    const sameQuery = url.searchParams.get('q') === new URLSearchParams(window.location.search).get('q');
    if (committed && !sameQuery) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  };

  /** Shows an answer; `shown`: the hits of an early answer to the same search, on the page already. */
  const render = (response: SearchResponse, shown: readonly SearchHit[] = []): void => {
    // The list is busy while the rest of its page loads; 显示更多结果 waits for it.
    results.setAttribute('aria-busy', String(response.pendingHits > 0));
    more.hidden = response.pendingHits > 0 || response.hits.length >= response.total;
    const unfiltered = response.facets.kind.reduce((sum, c) => sum + c.count, 0);
    const filtered = Object.keys(currentFilters()).length > 0;
    const statusText = response.status === 'ok' ? resultCountText({ query: response.query, total: response.total, unfiltered, filtered, upperBound: response.totalIsUpperBound }) : (response.message ?? '');
    // Set only when it changes: the status is read out.
    if (status.textContent !== statusText) status.textContent = statusText;
    notices.replaceChildren(...response.notices.map((text) => Object.assign(document.createElement('li'), { textContent: text })));
    notices.hidden = response.notices.length === 0;
    // The rest of an early answer goes below it, so focus and scroll stay where they are.
    if (shown.length > 0 && extendsShownHits(shown, response.hits)) results.append(...response.hits.slice(shown.length).map(renderHit));
    else results.replaceChildren(...response.hits.map(renderHit));
    filters.hidden = unfiltered === 0 && !filtered;
    const reset = filters.querySelector<HTMLButtonElement>('button[type="reset"]');
    if (reset !== null) reset.hidden = !filtered;
    for (const facet of FACETS) {
      const select = selects.get(facet);
      if (select !== undefined) fillFacetSelect(select, response.facets[facet], select.value);
    }
    empty.hidden = response.status === 'ok' || response.status === 'empty';
    document.title = response.query !== '' ? `${response.query} · 搜索 · 养老托育政策知识门户` : '搜索 · 养老托育政策知识门户';
  };

  const run = async (): Promise<void> => {
    const mine = (sequence += 1);
    const query = input.value;
    if (query.trim() === '') {
      status.textContent = '';
      notices.replaceChildren();
      notices.hidden = true;
      results.replaceChildren();
      results.setAttribute('aria-busy', 'false');
      more.hidden = true;
      filters.hidden = true;
      empty.hidden = true;
      document.title = '搜索 · 养老托育政策知识门户';
      return;
    }
    const slow = window.setTimeout(() => {
      if (mine === sequence) status.textContent = '正在载入索引…';
    }, 200);
    try {
      let shown: SearchHit[] = [];
      const onEarlyHits = (early: SearchResponse): void => {
        if (mine !== sequence) return;
        window.clearTimeout(slow);
        render(early);
        shown = early.hits;
      };
      const response = await (await engine(dataPath)).search(query, { filters: currentFilters(), limit }, onEarlyHits);
      if (mine === sequence) render(response, shown);
    } catch (error) {
      clientPromise = undefined;
      if (mine === sequence) {
        results.setAttribute('aria-busy', 'false');
        // The site was deployed again since this page loaded: its index is of a newer format.
        status.textContent = error instanceof Error && error.name === INDEX_OUTDATED_ERROR ? '网站刚刚更新了搜索索引，请刷新页面后再搜索。' : '搜索索引没有载入成功，请稍后再试，或按文档、主题、地区浏览。';
        empty.hidden = false;
      }
      console.error(error);
    } finally {
      window.clearTimeout(slow);
    }
  };

  /**
   * Asks for the answer, then writes the search into the URL in a task of its own: the request
   * is posted first (run awaits before it posts, and the timer's task comes after those
   * microtasks), so the worker answers while the page writes the history entry, which takes
   * Chromium a few milliseconds. The URL is the search's as it was asked: on a busy page the
   * task can come after the reader typed on, and each search must keep its own entry.
   * `commit`: whether this search keeps its history entry (see writeUrl); left as it was when
   * not given.
   */
  const searchAndRecord = (commit?: boolean): void => {
    const params = searchParams();
    void run();
    window.setTimeout(() => {
      writeUrl(params);
      if (commit !== undefined) committed = commit;
    }, 0);
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    limit = PAGE_SIZE;
    timer = window.setTimeout(() => searchAndRecord(false), TYPING_DELAY_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    limit = PAGE_SIZE;
    searchAndRecord(true);
  });
  filters.addEventListener('change', () => {
    limit = PAGE_SIZE;
    searchAndRecord();
  });
  filters.addEventListener('reset', () => {
    window.setTimeout(() => {
      for (const select of selects.values()) select.value = '';
      limit = PAGE_SIZE;
      searchAndRecord();
    }, 0);
  });
  filters.addEventListener('submit', (event) => event.preventDefault());
  more.addEventListener('click', () => {
    const shown = results.children.length;
    limit += PAGE_SIZE;
    void run().then(() => results.querySelectorAll<HTMLAnchorElement>('.search-hit-title a')[shown]?.focus());
  });
  window.addEventListener('popstate', () => {
    readUrl();
    committed = true;
    void run();
  });

  // Keyboard: ↓ from the box into the results, ↑/↓ between results, Esc back to the box.
  const resultLinks = (): HTMLAnchorElement[] => [...results.querySelectorAll<HTMLAnchorElement>('.search-hit-title a')];
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' || event.isComposing) return;
    const first = resultLinks()[0];
    if (first === undefined) return;
    event.preventDefault();
    first.focus();
  });
  results.addEventListener('keydown', (event) => {
    const links = resultLinks();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      input.focus();
    } else if (event.key === 'ArrowDown' && at >= 0) {
      event.preventDefault();
      links[Math.min(at + 1, links.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      if (at === 0) input.focus();
      else links[at - 1]?.focus();
    }
  });

  readUrl();
  if (input.value.trim() !== '') void run();
  else input.focus();
}
