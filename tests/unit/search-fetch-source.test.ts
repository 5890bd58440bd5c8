import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchSource } from '../../src/lib/search/fetch-source';
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
