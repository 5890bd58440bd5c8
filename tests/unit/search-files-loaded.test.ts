import { describe, expect, it } from 'vitest';
import { searchFiles, type RecordsFile, type ResultFile, type SearchCoreFile } from '../../src/lib/search/index-format';
import { filesOfKind, recordingEngine } from '../recording-engine';
import { fixtureDocument, syntheticFiles } from '../search-relevance';

const files = syntheticFiles();

describe('result files', () => {
  const core = files.get(searchFiles.core()) as SearchCoreFile;
  const displays = [...files].filter(([name]) => name.startsWith('records-')).flatMap(([, value]) => value as RecordsFile);

  it('exist for each section with text, holding that text and its record display', () => {
    let entry = 0;
    let checked = 0;
    core.records.entryCount.forEach((count, record) => {
      for (let e = entry; e < entry + count; e += 1) {
        const result = files.get(searchFiles.result(e)) as ResultFile | undefined;
        const text = files.get(searchFiles.text(e)) as string;
        if (text.trim() === '') {
          expect(result, `section ${e} has no text`).toBeUndefined();
          continue;
        }
        expect(result?.text).toBe(text);
        expect(result?.display).toEqual(displays[record]);
        checked += 1;
      }
      entry += count;
    });
    expect(checked).toBeGreaterThan(10);
  });
});

describe('the files a page of results waits for', () => {
  it('is one result file per result, when nothing of the results was loaded before', async () => {
    const { engine, loaded } = await recordingEngine(files);
    const response = await engine.search('托位');
    expect(response.hits.length).toBeGreaterThan(2);
    expect(filesOfKind(loaded, 'records')).toEqual([]);
    expect(filesOfKind(loaded, 'text')).toEqual([]);
    expect(filesOfKind(loaded, 'result')).toHaveLength(response.hits.length);
  });

  it('for a long phrase checked in the first round, is the result file, which brings the text checked', async () => {
    const { engine, loaded } = await recordingEngine(files);
    // 颐养老服装 is found by its triples; one section's text proves it.
    const response = await engine.search('颐养老服装');
    expect(response.hits.map((h) => h.id)).toEqual(['news']);
    expect(filesOfKind(loaded, 'result')).toHaveLength(1);
    expect(filesOfKind(loaded, 'text')).toEqual([]);
    expect(filesOfKind(loaded, 'records')).toEqual([]);
    expect(response.hits[0]?.snippet.some((s) => s.match)).toBe(true);
  });

  it('after a round disproved a match, is the text checked and then the display alone', async () => {
    const { engine, loaded } = await recordingEngine(files);
    // The first round disproves 居家照护服务 in split-fields' title and heading (every triple, not
    // the phrase); the second checks home-care's text, which has it.
    const response = await engine.search('居家照护服务', { limit: 1 });
    expect(response.hits.map((h) => h.id)).toEqual(['home-care']);
    expect(filesOfKind(loaded, 'result')).toHaveLength(1);
    expect(filesOfKind(loaded, 'text')).toHaveLength(1);
    expect(filesOfKind(loaded, 'records')).toHaveLength(1);
    expect(response.hits[0]?.snippet.some((s) => s.match)).toBe(true);
  });

  it('in a later round, is one result file for a record with both a field and a body to check', async () => {
    // Like split-fields, every triple of 居家照护服务 but not the phrase, in its title and its text.
    const index = syntheticFiles([fixtureDocument('split-both', 'commentary', '居家照护与照护服务', 2022, ['national'], [], [{ anchor: 'h', heading: '说明', text: '居家照护和照护服务。' }])]);
    const { engine, loaded } = await recordingEngine(index);
    // Round one disproves split-fields or split-both, round two the other (its title and its
    // text, from one file), round three proves home-care's text.
    const response = await engine.search('居家照护服务', { limit: 1 });
    expect(response.hits.map((h) => h.id)).toEqual(['home-care']);
    expect(filesOfKind(loaded, 'result')).toHaveLength(2);
    expect(filesOfKind(loaded, 'text')).toHaveLength(1);
    expect(filesOfKind(loaded, 'records')).toHaveLength(1);
  });
});

describe('the pinyin vocabulary a query reads', () => {
  /**
   * Searches with every pinyin vocabulary shard held back until the engine has waited a while:
   * the shards it asked for by then, and all it asked for.
   */
  async function pinyinShardsAsked(query: string): Promise<{ atOnce: string[]; all: string[]; total: number }> {
    let release = (): void => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    const { engine, loaded } = await recordingEngine(files, (name) => (name.startsWith('pinyin-') ? released : undefined));
    const answer = engine.search(query);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const atOnce = filesOfKind(loaded, 'pinyin');
    release();
    const { total } = await answer;
    return { atOnce, all: filesOfKind(loaded, 'pinyin'), total };
  }

  it('is every shard of every reading of a pinyin query, asked for at once', async () => {
    // yanglao reads as yang lao and as other syllables: their pairs fall in several shards.
    const { atOnce, all, total } = await pinyinShardsAsked('yanglao');
    expect(total).toBeGreaterThan(0);
    expect(all.length).toBeGreaterThan(2);
    expect(atOnce).toEqual(all);
  });

  it('is every shard of every reading of a phrase found nowhere (homophones), asked for at once', async () => {
    // 长期护里 is in no text; read aloud it is 长期护理, which is. 长 reads chang and zhang: two
    // combinations of readings, whose pairs fall in different shards.
    const { atOnce, all, total } = await pinyinShardsAsked('长期护里');
    expect(total).toBeGreaterThan(0);
    expect(all.length).toBeGreaterThan(2);
    expect(atOnce).toEqual(all);
  });
});

describe('a phrase the index has whole', () => {
  // 家庭养老床位 is a measure's name. One record has it; the other has both its triples (家庭养,
  // 老床位), apart, and looked up by them would be a candidate until its text was checked.
  const extra = [
    fixtureDocument('whole-has', 'plan', '居家服务方案', 2023, ['beihai'], [], [{ anchor: 'a', heading: '说明', text: '推进家庭养老床位建设。' }]),
    fixtureDocument('whole-apart', 'plan', '家庭支持方案', 2023, ['beihai'], [], [{ anchor: 'a', heading: '说明', text: '支持家庭养育，增加养老床位。' }]),
  ];
  const index = syntheticFiles(extra);
  const core = index.get(searchFiles.core()) as SearchCoreFile;
  /** The same index with no phrase listed whole: the engine then looks each up by its triples and checks them. */
  const byTriples = new Map([...index, [searchFiles.core(), { ...core, wholePhrases: [] }]]);

  it('is answered from its postings: no text to check, and an exact count', async () => {
    expect(core.wholePhrases).toContain('家庭养老床位');
    const { engine, loaded } = await recordingEngine(index);
    const response = await engine.search('家庭养老床位');
    const ids = response.hits.map((h) => h.id);
    expect(ids).toContain('whole-has');
    expect(ids).not.toContain('whole-apart');
    expect(response.totalIsUpperBound).toBe(false);
    expect(filesOfKind(loaded, 'text')).toEqual([]);
    expect(filesOfKind(loaded, 'result')).toHaveLength(response.hits.length);
    // Looked up by its triples, the same index reads whole-apart's text to rule it out.
    const triples = await recordingEngine(byTriples);
    expect((await triples.engine.search('家庭养老床位')).hits.map((h) => h.id)).not.toContain('whole-apart');
    expect(triples.loaded.length).toBeGreaterThan(loaded.length);
  });

  it('finds the same records as its triples and checks find, for every whole phrase in the corpus', async () => {
    const whole = await recordingEngine(index);
    const triples = await recordingEngine(byTriples);
    let found = 0;
    for (const phrase of core.wholePhrases) {
      const [a, b] = await Promise.all([whole.engine.search(phrase, { limit: 200 }), triples.engine.search(phrase, { limit: 200 })]);
      expect(new Set(a.hits.map((h) => h.id)), phrase).toEqual(new Set(b.hits.map((h) => h.id)));
      if (a.hits.length > 0) found += 1;
    }
    expect(found).toBeGreaterThan(5);
  });
});
