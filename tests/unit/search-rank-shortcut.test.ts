import { describe, expect, it } from 'vitest';
import { openSearchEngine, type SearchEngine } from '../../src/lib/search/engine';
import { syntheticFiles } from '../search-relevance';

const files = syntheticFiles();

async function engine(shortcut: boolean): Promise<SearchEngine> {
  const opened = await openSearchEngine({ load: async (name) => JSON.parse(JSON.stringify(files.get(name))) as unknown });
  // Without positive boosts the engine cannot take the shortcut (see rank): every record with any
  // phrase is scored, and the phrases' counts come from the scores.
  if (!shortcut) (opened as unknown as { positiveBoosts: boolean }).positiveBoosts = false;
  return opened;
}

describe('ranking only the records with every phrase', () => {
  // Phrases found together in several records (scores, and so the order, depend on each phrase's
  // weight); with no record having all of them (partial results); with a long phrase checked
  // against texts, whose checks disprove a match in a record that has the other phrase (服务
  // 居家照护服务: split-fields has its parts, not the phrase); with a phrase found nowhere.
  const queries = ['养老 服务', '照护 服务', '北海 托位', '托位 北海 养老', '服务 体系', '养老 托育', '养老 居家照护服务', '服务 居家照护服务', '照护 居家照护服务', '托位 zzzz'];

  it('gives the same answers as scoring every record with any phrase', async () => {
    const [fast, full] = await Promise.all([engine(true), engine(false)]);
    for (const query of queries) {
      for (const options of [{}, { limit: 3 }, { filters: { region: 'beihai' } }]) {
        expect(await fast.search(query, options), `${query} ${JSON.stringify(options)}`).toEqual(await full.search(query, options));
      }
    }
    expect((await fast.search('养老 服务')).hits.length).toBeGreaterThan(2);
  });
});
