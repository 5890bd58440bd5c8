import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine } from '../../src/lib/search/engine';
import { MAX_QUERY_LENGTH, parseQuery, QUERY_MESSAGES } from '../../src/lib/search/query';
import { memoryEngine, syntheticFiles } from '../search-relevance';

describe('parseQuery', () => {
  it('splits at spaces and punctuation, not at quotation marks', () => {
    expect(parseQuery('  杭州   托育 ').terms).toEqual(['杭州', '托育']);
    expect(parseQuery('托育，服务').terms).toEqual(['托育', '服务']);
    expect(parseQuery('“一老一小”整体解决方案').terms).toEqual(['一老一小整体解决方案']);
    expect(parseQuery('托位 托位').terms).toEqual(['托位']);
  });

  it('says when there is nothing to search', () => {
    expect(parseQuery('')).toMatchObject({ status: 'empty', terms: [] });
    expect(parseQuery(' \n\t ')).toMatchObject({ status: 'empty', terms: [] });
    expect(parseQuery('，。！？')).toMatchObject({ status: 'no-terms', terms: [] });
    expect(parseQuery('😀🎉👍')).toMatchObject({ status: 'no-terms', terms: [] });
  });

  it('cuts a very long query at the limit and says so', () => {
    const parsed = parseQuery('养'.repeat(5000));
    expect(parsed.truncated).toBe(true);
    expect([...parsed.text]).toHaveLength(MAX_QUERY_LENGTH);
    expect(parseQuery('托位').truncated).toBe(false);
  });
});

describe('bad input to the engine', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    engine = await memoryEngine(syntheticFiles());
  });

  it('answers every bad input with a message or an empty list, never an error', async () => {
    expect(await engine.search('')).toMatchObject({ status: 'empty', message: QUERY_MESSAGES.empty, hits: [] });
    expect(await engine.search('，。！')).toMatchObject({ status: 'no-terms', message: QUERY_MESSAGES.noTerms, hits: [] });
    expect(await engine.search('😀😀😀')).toMatchObject({ status: 'no-terms', message: QUERY_MESSAGES.noTerms, hits: [] });
    const markup = await engine.search('<img src=x onerror=alert(1)>');
    expect(markup).toMatchObject({ status: 'no-results', message: QUERY_MESSAGES.noResults, hits: [] });
    const script = await engine.search('<script>alert("x")</script>');
    expect(script.hits).toEqual([]);
    expect(script.status).toBe('no-results');
  });

  it('searches the first part of a very long query and says it was cut', async () => {
    const response = await engine.search(`托位${'的'.repeat(10_000)}`);
    expect(response.notices).toContain(QUERY_MESSAGES.truncated);
    expect(response.status).toBe('no-results');
    const long = await engine.search(`托位 ${'x'.repeat(10_000)}`);
    expect(long.notices).toContain(QUERY_MESSAGES.truncated);
  });

  it('handles lone surrogates, control characters and regex characters as text', async () => {
    for (const query of ['\ud800托位', '托位\u0000', '.*+?^${}()|[]\\', 'a'.repeat(64), '托'.repeat(64)]) {
      const response = await engine.search(query);
      expect(['ok', 'no-results', 'no-terms']).toContain(response.status);
    }
    expect((await engine.search('\ud800托位')).hits.map((h) => h.id)).toContain('plan');
  });
});
