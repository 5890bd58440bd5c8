import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchSource, withEarlyFile } from '../../src/lib/search/fetch-source';
import { INDEX_OUTDATED_ERROR } from '../../src/lib/search/index-format';

describe('fetchSource', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  const serve = (status: number, body: unknown): string[] => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      return new Response(JSON.stringify(body), { status });
    });
    return asked;
  };

  it('loads a file of the index from its directory', async () => {
    const asked = serve(200, { format: 7 });
    await expect(fetchSource('/search/data/abc/').load('core.json')).resolves.toEqual({ format: 7 });
    expect(asked).toEqual(['/search/data/abc/core.json']);
  });

  it('calls a file that is gone an outdated index (a deploy since the page loaded)', async () => {
    serve(404, 'not found');
    await expect(fetchSource('/search/data/abc/').load('g2-1.json')).rejects.toMatchObject({ name: INDEX_OUTDATED_ERROR, message: '/search/data/abc/g2-1.json: HTTP 404' });
  });

  it('calls any other failure just that', async () => {
    serve(503, 'busy');
    await expect(fetchSource('/search/data/abc/').load('g2-1.json')).rejects.toMatchObject({ name: 'Error', message: '/search/data/abc/g2-1.json: HTTP 503' });
  });
});

describe('withEarlyFile', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  const serveFrom404 = (): void => {
    vi.stubGlobal('fetch', async () => new Response('not found', { status: 404 }));
  };
  /** A source that records what it was asked for. */
  const recording = (): { asked: string[]; load: (name: string) => Promise<unknown> } => {
    const asked: string[] = [];
    return { asked, load: async (name) => (asked.push(name), { from: 'source', name }) };
  };

  it('answers the early file from what was fetched early, and nothing else from it', async () => {
    const source = recording();
    const early = withEarlyFile(source, 'core.json', Promise.resolve({ from: 'page' }));
    await expect(early.load('core.json')).resolves.toEqual({ from: 'page' });
    await expect(early.load('g2-1.json')).resolves.toEqual({ from: 'source', name: 'g2-1.json' });
    expect(source.asked).toEqual(['g2-1.json']);
  });

  it('loads the file from the source when the early fetch failed, so its error is the usual one', async () => {
    const source = recording();
    const early = withEarlyFile(source, 'core.json', Promise.resolve(undefined));
    await expect(early.load('core.json')).resolves.toEqual({ from: 'source', name: 'core.json' });
    expect(source.asked).toEqual(['core.json']);
    serveFrom404();
    await expect(withEarlyFile(fetchSource('/search/data/abc/'), 'core.json', Promise.resolve(undefined)).load('core.json')).rejects.toMatchObject({ name: INDEX_OUTDATED_ERROR });
  });
});
