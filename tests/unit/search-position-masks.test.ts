import { describe, expect, it } from 'vitest';
import { POSITION_MASK_BITS, mayStandTogether, placedTriples, positionMask, type PlacedTriple } from '../../src/lib/search/position-masks';
import { MASKED_MIN_SECTIONS, decodeTermMap, searchFiles, type MasksFile, type PostingsFile, type SearchCoreFile } from '../../src/lib/search/index-format';
import { normalise } from '../../src/lib/search/normalise';
import { phraseTerms, shardOf } from '../../src/lib/search/tokenize';
import { recordingEngine } from '../recording-engine';
import { fixtureDocument, syntheticFiles } from '../search-relevance';

/** Whether the masks of `text` let `phrase` stand there (what the engine asks of a section). */
function mayHold(text: string, phrase: string): boolean {
  const triples = placedTriples(phrase) as PlacedTriple[];
  return mayStandTogether(
    triples.map(({ triple }) => positionMask(text, triple)),
    triples,
  );
}

describe('positionMask', () => {
  it('sets the bit of each offset where the triple starts, modulo the mask width', () => {
    expect(positionMask('托育服务', '托育服')).toBe(1);
    expect(positionMask('我们托育服务', '托育服')).toBe(1 << 2);
    // Overlapping occurrences both count: 养老养 at 0 and 2.
    expect(positionMask('养老养老养', '养老养')).toBe((1 << 0) | (1 << 2));
    // Offset POSITION_MASK_BITS + 1 folds onto bit 1.
    expect(positionMask(`${'一'.repeat(POSITION_MASK_BITS + 1)}托育服`, '托育服')).toBe(1 << 1);
    expect(positionMask('养老服务', '托育服')).toBe(0);
  });

  it('counts offsets in UTF-16 units, as the phrase offsets are', () => {
    // 𠀀 (U+20000) is two units: the triple after it starts at 2.
    expect(positionMask('𠀀托育服', '托育服')).toBe(1 << 2);
  });
});

describe('placedTriples', () => {
  it('places the triples phraseTerms looks a long phrase up by', () => {
    expect(placedTriples('托育服务体系建设')).toEqual([
      { triple: '托育服', offset: 0 },
      { triple: '务体系', offset: 3 },
      { triple: '系建设', offset: 5 },
    ]);
    for (const phrase of ['养老服务', '托育服务体系建设', '养老养老养老养', '每千人口托位数', '𠀀托育服务']) {
      expect(new Set(placedTriples(phrase)?.map((p) => p.triple)), phrase).toEqual(new Set(phraseTerms(phrase)));
    }
  });

  it('keeps a triple that occurs at two offsets twice', () => {
    expect(placedTriples('养老养老养老养')).toEqual([
      { triple: '养老养', offset: 0 },
      { triple: '老养老', offset: 3 },
      { triple: '养老养', offset: 4 },
    ]);
  });

  it('places nothing for phrases that are not one Chinese run of four or more', () => {
    for (const phrase of ['托育服', '养老', 'yanglao', '5g养老服务', '养老 服务']) expect(placedTriples(phrase), phrase).toBeUndefined();
  });

  it('counts offsets in UTF-16 units', () => {
    expect(placedTriples('𠀀托育服务')).toEqual([
      { triple: '𠀀托育', offset: 0 },
      { triple: '育服务', offset: 3 },
    ]);
  });
});

describe('mayStandTogether', () => {
  it('holds where the phrase is, wherever it starts', () => {
    const phrase = '托育服务体系建设';
    for (let start = 0; start < 2 * POSITION_MASK_BITS; start += 1) {
      expect(mayHold(`${'一'.repeat(start)}${phrase}。养老服务`, phrase), `at ${start}`).toBe(true);
    }
    expect(mayHold('𠀀托育服务', '托育服务')).toBe(true);
    expect(mayHold('养老养老养老养', '养老养老养老养')).toBe(true);
  });

  it('rules out a section with every triple apart', () => {
    // Every triple of 托育服务体系建设 is here, none where the phrase would put it.
    expect(mayHold('发展托育服务。完善养老服务体系建设。', '托育服务体系建设')).toBe(false);
    // A triple met at one of its two offsets only: 养老养 at 0 and 老养老 at 3, not 养老养 at 4.
    expect(mayHold('养老养老养老。', '养老养老养老养')).toBe(false);
  });

  it('rules out nothing a missing mask does not know about', () => {
    const triples = placedTriples('托育服务体系建设') as PlacedTriple[];
    expect(mayStandTogether([1, undefined, 1 << 5], triples)).toBe(true);
  });
});

describe('the engine, with position masks', () => {
  // More records than a page with every triple of 居家照护服务 in their text, but apart; as many as
  // a triple needs to have masks (MASKED_MIN_SECTIONS).
  const apartText = '居家照护和照护服务。';
  const apart = Array.from({ length: MASKED_MIN_SECTIONS }, (_, i) => fixtureDocument(`apart-${i}`, 'commentary', `社区养老说明${i}`, 2022, ['national'], [], [{ anchor: 'h', heading: '说明', text: apartText }]));
  const files = syntheticFiles(apart);
  const apartFiles = new Set([...files].filter(([name, value]) => name.startsWith('text-') && value === apartText).flatMap(([name]) => [name, name.replace('text-', 'result-')]));
  /** The same index with no masks. */
  const withoutMasks = new Map([...files].map(([name, value]) => [name, name.startsWith('masks-') ? {} : value]));

  it('has, for each triple in enough sections, one mask per section, in the order of its postings', () => {
    const core = files.get(searchFiles.core()) as SearchCoreFile;
    let checked = 0;
    for (const [name, value] of files) {
      if (!name.startsWith('g3-')) continue;
      for (const [, chunk] of (value as PostingsFile).body) {
        for (const [triple, slots] of decodeTermMap(chunk)) {
          const entries = slots.flatMap((ids) => ids ?? []);
          const masks = (files.get(searchFiles.masks(shardOf(triple, core.shards.masks))) as MasksFile)[triple];
          if (entries.length < MASKED_MIN_SECTIONS) {
            expect(masks, triple).toBeUndefined();
            continue;
          }
          const texts = entries.map((entry) => normalise(files.get(searchFiles.text(entry)) as string));
          expect(masks, triple).toEqual(texts.map((text) => positionMask(text, triple)));
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('rules out, once a check disproves a match, the other sections whose triples stand apart, without their texts', async () => {
    const masked = await recordingEngine(files);
    const unmasked = await recordingEngine(withoutMasks);
    const [a, b] = [await masked.engine.search('居家照护服务'), await unmasked.engine.search('居家照护服务')];
    expect(a.hits.map((h) => h.id)).toEqual(b.hits.map((h) => h.id));
    expect(a.hits.map((h) => h.id)).toContain('home-care');
    expect(a.hits.some((h) => h.id.startsWith('apart-'))).toBe(false);
    // Without masks every apart section is fetched, a page at a time, to find the phrase is not
    // there; with them only those checked in the first round.
    const fetchedApart = (loaded: string[]): number => new Set(loaded.filter((name) => apartFiles.has(name)).map((name) => name.replace('result-', 'text-'))).size;
    expect(fetchedApart(unmasked.loaded)).toBe(MASKED_MIN_SECTIONS);
    expect(fetchedApart(masked.loaded)).toBeLessThan(10);
    expect(masked.loaded.some((name) => name.startsWith('masks-'))).toBe(true);
  });

  it('loads no masks for a phrase whose checks all hold', async () => {
    const { engine, loaded } = await recordingEngine(files);
    expect((await engine.search('每千人口托位')).hits.length).toBeGreaterThan(0);
    expect(loaded.some((name) => name.startsWith('text-') || name.startsWith('result-'))).toBe(true);
    expect(loaded.some((name) => name.startsWith('masks-'))).toBe(false);
  });
});
