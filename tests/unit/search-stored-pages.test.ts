import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchFiles, domainNames, type SearchFileSet } from '../../src/lib/search/build-index';
import { STORED_PAGE_SIZE, type SearchResponse } from '../../src/lib/search/engine';
import { searchFiles, type SearchCoreFile, type StoredPageFile } from '../../src/lib/search/index-format';
import { addStoredPages } from '../../src/lib/search/stored-pages';
import { filesOfKind, recordingEngine } from '../recording-engine';
import { buildInputForTests } from '../search-relevance';

// The real corpus's index twice: as the site builds it, with stored pages, and without them. The
// engine must answer every query the same over both; stored pages only spare it files.
const input = buildInputForTests();
let stored: SearchFileSet;
let plain: SearchFileSet;
let core: SearchCoreFile;

beforeAll(async () => {
  plain = buildSearchFiles(input);
  stored = buildSearchFiles(input);
  await addStoredPages(stored, domainNames(input));
  core = stored.get(searchFiles.core()) as SearchCoreFile;
}, 120_000);

/** The answers of `queries`, asked in turn of one engine over `files`, and the files it loaded for each. */
async function answers(files: SearchFileSet, queries: readonly (string | [string, { limit?: number; filters?: Record<string, string> }])[]): Promise<{ responses: SearchResponse[]; loaded: string[][] }> {
  const { engine, loaded } = await recordingEngine(files);
  const responses: SearchResponse[] = [];
  const perQuery: string[][] = [];
  for (const query of queries) {
    const [text, options] = typeof query === 'string' ? [query, {}] : query;
    const before = loaded.length;
    responses.push(await engine.search(text, options));
    perQuery.push(loaded.slice(before));
  }
  return { responses, loaded: perQuery };
}

describe('stored first pages', () => {
  it('are made for the domain’s names: topics, regions, synonyms and the phrases indexed whole', () => {
    expect(core.storedPages).toEqual([...core.storedPages].sort());
    for (const phrase of ['托育', '长期护理保险', '家庭养老床位', '北海', '医养结合']) expect(core.storedPages).toContain(phrase);
    core.storedPages.forEach((phrase, i) => {
      const page = stored.get(searchFiles.storedPage(i)) as StoredPageFile;
      expect(page.phrase).toBe(phrase);
      expect(page.hits.length).toBe(page.ranked.length);
      expect(page.hits.length).toBeGreaterThan(0);
      expect(page.hits.length).toBeLessThanOrEqual(STORED_PAGE_SIZE);
    });
    // The plain index is the same but for them.
    expect([...stored.keys()].filter((name) => !plain.has(name))).toEqual(core.storedPages.map((_, i) => searchFiles.storedPage(i)));
  });

  it('answer each of their phrases exactly as the engine does without them, from one file instead of a file per result', async () => {
    const queries = core.storedPages;
    const withPages = await answers(stored, queries);
    const without = await answers(plain, queries);
    expect(withPages.responses).toEqual(without.responses);
    queries.forEach((query, i) => {
      const loaded = withPages.loaded[i] ?? [];
      expect(loaded, query).toContain(searchFiles.storedPage(i));
      expect([...filesOfKind(loaded, 'result'), ...filesOfKind(loaded, 'records'), ...filesOfKind(loaded, 'text')], query).toEqual([]);
    });
    // Without them, a search loads a result file for most results (a record shard for a region).
    for (const query of ['托育', '长期护理保险', '北海']) {
      const { loaded, responses } = await answers(plain, [query]);
      expect(filesOfKind(loaded[0] ?? [], 'result').length, query).toBeGreaterThanOrEqual((responses[0]?.hits.length ?? 0) - 1);
    }
  }, 120_000);

  it('are not used for other pages, filters, or queries of more than one phrase, which are answered as before', async () => {
    const queries: Parameters<typeof answers>[1] = [
      ['托育', { limit: 20 }],
      ['托育', { filters: { region: 'beihai' } }],
      '北海 托育',
      '托育服务',
      '长期护理保险',
      ['长期护理保险', { filters: { kind: 'policy' } }],
      ' 长期护理保险 ',
    ];
    const withPages = await answers(stored, queries);
    expect(withPages.responses).toEqual((await answers(plain, queries)).responses);
    const pageFiles = withPages.loaded.map((loaded) => filesOfKind(loaded, 'page').length);
    // Only the unfiltered first pages of 长期护理保险 load its stored page (the second time from
    // the engine's cache), as typed or with spaces around it.
    expect(pageFiles).toEqual([0, 0, 0, 0, 1, 0, 0]);
    expect(withPages.responses[6]?.hits).toEqual(withPages.responses[4]?.hits);
  }, 60_000);

  it('are not shown when the engine ranks the page otherwise, nor when one fails to load', async () => {
    const i = core.storedPages.indexOf('托育');
    const page = stored.get(searchFiles.storedPage(i)) as StoredPageFile;
    const expected = (await answers(plain, ['托育'])).responses;
    // A page stored for other records (an index out of step with its pages) is not shown.
    const reordered = new Map(stored).set(searchFiles.storedPage(i), { ...page, ranked: [...page.ranked].reverse(), hits: [...page.hits].reverse() });
    const fromReordered = await answers(reordered, ['托育']);
    expect(fromReordered.responses).toEqual(expected);
    expect(filesOfKind(fromReordered.loaded[0] ?? [], 'result').length).toBeGreaterThan(0);
    const missing = new Map(stored);
    missing.delete(searchFiles.storedPage(i));
    expect((await answers(missing, ['托育'])).responses).toEqual(expected);
  }, 60_000);

  it('are only added once', async () => {
    await expect(addStoredPages(stored, [])).rejects.toThrow(/stored pages already/);
  });
});
