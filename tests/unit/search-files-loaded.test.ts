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
