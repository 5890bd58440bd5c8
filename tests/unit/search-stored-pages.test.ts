import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildSearchFiles, domainNames, type SearchFileSet } from '../../src/lib/search/build-index';
import { SearchEngine, STORED_PAGE_SIZE, type SearchResponse } from '../../src/lib/search/engine';
import { searchFiles, type SearchCoreFile, type StoredPagesFile } from '../../src/lib/search/index-format';
import { normaliseText, t2sTableFromPairs } from '../../src/lib/search/normalise';
import { addStoredPages, frequentTerms } from '../../src/lib/search/stored-pages';
import { filesOfKind, recordingEngine } from '../recording-engine';
import { buildInputForTests } from '../search-relevance';

// The real corpus's index twice: as the site builds it, with stored pages, and without them. The
// engine must answer every query the same over both; stored pages only spare it files.
const input = buildInputForTests();
let stored: SearchFileSet;
let plain: SearchFileSet;
let core: SearchCoreFile;
/** Each stored phrase, and the file its page is in. */
let fileOf: Map<string, string>;

beforeAll(async () => {
  plain = buildSearchFiles(input);
  stored = buildSearchFiles(input);
  await addStoredPages(stored, domainNames(input));
  core = stored.get(searchFiles.core()) as SearchCoreFile;
  fileOf = new Map([...stored].filter(([name]) => name.startsWith('pages-')).flatMap(([name, pages]) => Object.keys(pages as StoredPagesFile).map((phrase): [string, string] => [phrase, name])));
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

describe('frequent terms', () => {
  it('are the pairs and triples in the most sections, most first', () => {
    const { t2s } = plain.get(searchFiles.core()) as SearchCoreFile;
    const tables = t2sTableFromPairs(t2s);
    const texts = [...plain].filter(([name]) => name.startsWith('text-')).map(([, text]) => normaliseText(text as string, tables).text);
    const sectionsWith = (term: string): number => texts.filter((text) => text.includes(term)).length;
    const top = frequentTerms(plain, 40);
    expect(top).toHaveLength(40);
    for (const term of top) expect([...term].length === 2 || [...term].length >= 3, term).toBe(true);
    // Counted again from the texts: in how many sections each pair and triple of characters is,
    // and each phrase indexed whole (a term of the triples' family).
    const { wholePhrases } = plain.get(searchFiles.core()) as SearchCoreFile;
    const counted = new Map<string, number>();
    for (const text of texts) {
      const seen = new Set<string>(wholePhrases.filter((phrase) => text.includes(phrase)));
      for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
        const chars = [...run];
        for (const length of [2, 3]) for (let i = 0; i + length <= chars.length; i += 1) seen.add(chars.slice(i, i + length).join(''));
      }
      for (const term of seen) counted.set(term, (counted.get(term) ?? 0) + 1);
    }
    expect(top.map(sectionsWith)).toEqual([...counted.values()].sort((a, b) => b - a).slice(0, 40));
  });
});

describe('stored first pages', () => {
  it('are made for the domain’s names and the most frequent pairs and triples, beside their postings shards', () => {
    for (const phrase of ['托育', '长期护理保险', '家庭养老床位', '北海', '医养结合']) expect(fileOf.has(phrase), phrase).toBe(true);
    const frequent = frequentTerms(plain, Math.floor(core.records.entryCount.length / 4));
    expect(frequent.filter((term) => fileOf.has(term)).length).toBeGreaterThan(frequent.length * 0.8);
    for (const [phrase, file] of fileOf) {
      const page = (stored.get(file) as StoredPagesFile)[phrase];
      expect(page?.hits.length ?? 0).toBeGreaterThan(0);
      expect(page?.total ?? 0).toBeGreaterThanOrEqual(page?.hits.length ?? 0);
      expect(page?.hits.length ?? 0).toBeLessThanOrEqual(STORED_PAGE_SIZE);
    }
    // One file beside each postings shard of pairs and triples, and nothing else added.
    const added = [...stored.keys()].filter((name) => !plain.has(name));
    expect(added).toHaveLength(core.shards.g2 + core.shards.g3);
    expect(added.every((name) => /^pages-g[23]-\d+\.json$/.test(name))).toBe(true);
  });

  it('answer each of their phrases exactly as the engine does without them, from one file instead of a file per result', async () => {
    const queries = [...fileOf.keys()];
    const withPages = await answers(stored, queries);
    const without = await answers(plain, queries);
    expect(withPages.responses).toEqual(without.responses);
    queries.forEach((query, i) => {
      const loaded = withPages.loaded[i] ?? [];
      if (i === 0 || fileOf.get(queries[i - 1] ?? '') !== fileOf.get(query)) expect(loaded, query).toContain(fileOf.get(query));
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
      // Not indexed whole (in 2 sections only): looked up by its triples and checked against texts.
      '托育服务体系建设',
      '长期护理保险',
      ['长期护理保险', { filters: { kind: 'policy' } }],
      ' 长期护理保险 ',
    ];
    const withPages = await answers(stored, queries);
    expect(withPages.responses).toEqual((await answers(plain, queries)).responses);
    const pageFiles = withPages.loaded.map((loaded) => filesOfKind(loaded, 'pages').length);
    // Only the unfiltered first pages of 长期护理保险 load its stored pages file (the second time
    // from the engine's cache), as typed or with spaces around it.
    expect(pageFiles).toEqual([0, 0, 0, 0, 1, 0, 0]);
    expect(withPages.responses[6]?.hits).toEqual(withPages.responses[4]?.hits);
  }, 60_000);

  it('answer without waiting for the postings, which go into the caches for the next query', async () => {
    // Postings shards are held back until the stored answer has come.
    let release = (): void => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    const { engine, loaded } = await recordingEngine(stored, (name) => (/^g[123]-\d+\.json$/.test(name) ? released : undefined));
    const answer = await Promise.race([engine.search('长期护理保险'), new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the stored answer waited for the postings')), 5000))]);
    expect(answer).toEqual((await answers(plain, ['长期护理保险'])).responses[0]);
    // The postings were asked for with the stored pages, in the same round.
    expect(filesOfKind(loaded, 'g3')).toHaveLength(1);
    release();
    // A second page needs the postings, which are loaded by now.
    const before = loaded.length;
    const longer = await engine.search('长期护理保险', { limit: 20 });
    expect(longer.hits.slice(0, answer.hits.length)).toEqual(answer.hits);
    expect(filesOfKind(loaded.slice(before), 'g3')).toEqual([]);
  }, 60_000);

  it('answer before their postings are ranked to warm the ranking code, even when those are loaded already', async () => {
    // The stored pages come a little after the postings, as in a browser when the postings were
    // loaded by an earlier query.
    const { engine } = await recordingEngine(stored, (name) => (name.startsWith('pages-') ? new Promise((resolve) => setTimeout(resolve, 10)) : undefined));
    // A second page has no stored answer: it loads the postings and ranks them.
    await engine.search('长期护理保险', { limit: 20 });
    const rank = vi.spyOn(SearchEngine.prototype as unknown as { rank: () => unknown }, 'rank');
    // Warm-ups of the engines of the tests before may still be due: only this engine's count.
    const ranked = (): number => rank.mock.contexts.filter((context) => context === engine).length;
    try {
      const rankedBeforeAnswer = await engine.search('长期护理保险').then(ranked);
      expect(rankedBeforeAnswer).toBe(0);
      await vi.waitFor(() => expect(ranked()).toBe(1));
    } finally {
      rank.mockRestore();
    }
  }, 60_000);

  it('are shown as stored, and when their file fails to load the engine answers as for any query', async () => {
    const file = fileOf.get('托育') as string;
    const pages = stored.get(file) as StoredPagesFile;
    const page = pages['托育'];
    if (page === undefined) throw new Error('no stored page for 托育');
    const expected = (await answers(plain, ['托育'])).responses;
    // The engine does not rank a query with a stored page: it shows the page as the build stored
    // it (here, altered), and loads no result file.
    const altered = new Map(stored).set(file, { ...pages, 托育: { ...page, hits: [...page.hits].reverse(), total: 7 } });
    const fromAltered = await answers(altered, ['托育']);
    expect(fromAltered.responses[0]?.hits).toEqual([...(expected[0]?.hits ?? [])].reverse());
    expect(fromAltered.responses[0]?.total).toBe(7);
    expect(filesOfKind(fromAltered.loaded[0] ?? [], 'result')).toEqual([]);
    const missing = new Map(stored);
    missing.delete(file);
    const fromMissing = await answers(missing, ['托育']);
    expect(fromMissing.responses).toEqual(expected);
    expect(filesOfKind(fromMissing.loaded[0] ?? [], 'result').length).toBeGreaterThan(0);
  }, 60_000);

  it('are only added once', async () => {
    await expect(addStoredPages(stored, [])).rejects.toThrow(/added already/);
  });
});
