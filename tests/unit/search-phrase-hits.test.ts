import { describe, expect, it } from 'vitest';
import { PhraseHits, type PhraseHitsInput } from '../../src/lib/search/phrase-hits';
import { bodyScore, FIELD_WEIGHTS } from '../../src/lib/search/rank';

// Four records: 0 has entries 0–1, 1 has entries 2–4, 2 has entry 5, 3 has entry 6.
const ENTRY_RECORD = [0, 0, 1, 1, 1, 2, 3];

/** Body matches as the engine passes them: dense, 0 none, else slot + 1. */
function body(slots: Record<number, number>): Uint8Array {
  const dense = new Uint8Array(ENTRY_RECORD.length);
  for (const [entry, slot] of Object.entries(slots)) dense[Number(entry)] = slot + 1;
  return dense;
}

function hits(input: Partial<PhraseHitsInput>): PhraseHits {
  return new PhraseHits({ entryRecord: ENTRY_RECORD, recordCount: 4, body: body({}), bodyCertain: true, headings: [], names: [], tags: [], boost: ENTRY_RECORD.map(() => 1), ...input });
}

describe('PhraseHits', () => {
  it('lists the records with any match, and each record’s matching sections in order', () => {
    const phrase = hits({ body: body({ 1: 0, 4: 0, 3: 2 }), headings: [4], names: [2] });
    expect([...phrase.records]).toEqual([0, 1, 2]);
    expect(phrase.has(3)).toBe(false);
    expect(phrase.find(3)).toBe(-1);
    const one = phrase.find(1);
    expect(phrase.sections(one).map((s) => [s.entry, s.heading, s.body])).toEqual([
      [3, false, true],
      [4, true, true],
    ]);
    expect(phrase.sections(phrase.find(2))).toEqual([]);
    expect(phrase.title(phrase.find(2))).toBe(true);
    expect(phrase.title(one)).toBe(false);
  });

  it('scores the best section, adds name matches and rewards further sections', () => {
    const phrase = hits({ body: body({ 3: 2, 4: 0 }), headings: [4], names: [2], boost: [1, 1, 1, 1, 2, 1, 1] });
    const one = phrase.find(1);
    const best = FIELD_WEIGHTS.heading + bodyScore(0, 2);
    expect(phrase.score(one)).toBeCloseTo(best + FIELD_WEIGHTS.coverage * Math.log(2));
    expect(phrase.bestEntry(one)).toBe(4);
    expect(phrase.scoringEntries(one)).toEqual([3, 4]);
    // A name match alone scores the name's weight.
    expect(phrase.score(phrase.find(2))).toBe(FIELD_WEIGHTS.title);
    expect(phrase.bestEntry(phrase.find(2))).toBeUndefined();
  });

  it('links the earlier of two equally good sections', () => {
    const phrase = hits({ body: body({ 2: 1, 3: 1 }) });
    expect(phrase.bestEntry(phrase.find(1))).toBe(2);
  });

  it('adds each scoring section’s weighted score into a map', () => {
    const phrase = hits({ body: body({ 2: 0, 3: 3 }) });
    const into = new Map([[2, 1]]);
    phrase.addEntryScores(phrase.find(1), 0.5, into);
    expect(into).toEqual(
      new Map([
        [2, 1 + 0.5 * bodyScore(0, 1)],
        [3, 0.5 * bodyScore(3, 1)],
      ]),
    );
  });

  it('says which body matches are proved: by the postings, by a heading, or once confirmed', () => {
    const phrase = hits({ body: body({ 0: 0, 1: 0 }), bodyCertain: false, headings: [1, 3] });
    const sections = (record: number) => phrase.sections(phrase.find(record)).map((s) => [s.entry, s.certain]);
    // 3 matches by its heading only; 1 by its heading too, but its body still needs reading.
    expect(sections(0)).toEqual([
      [0, false],
      [1, false],
    ]);
    expect(sections(1)).toEqual([[3, true]]);
    const first = phrase.section(phrase.find(0), 0);
    phrase.confirmBody(first?.at ?? -1);
    expect(phrase.section(phrase.find(0), 0)?.certain).toBe(true);
  });

  it('drops a disproved match and scores the record again, but keeps the record listed', () => {
    const phrase = hits({ body: body({ 3: 2, 4: 0 }), headings: [4], names: [1, 2] });
    const one = phrase.find(1);
    const before = phrase.score(one);
    const four = phrase.section(one, 4);
    expect(phrase.disproved).toBe(false);
    phrase.clearHeading(one, four?.at ?? -1);
    expect(phrase.disproved).toBe(true);
    expect(phrase.section(one, 4)).toMatchObject({ heading: false, body: true });
    expect(phrase.score(one)).toBeLessThan(before);
    const three = phrase.section(one, 3);
    phrase.clearBody(one, three?.at ?? -1);
    expect(phrase.section(one, 3)).toBeUndefined();
    expect(phrase.scoringEntries(one)).toEqual([4]);
    const two = phrase.find(2);
    phrase.clearTitle(two);
    expect(phrase.score(two)).toBe(0);
    expect(phrase.has(2)).toBe(true);
  });

  it('keeps a heading match when only the body is disproved', () => {
    const phrase = hits({ body: body({ 5: 1 }), headings: [5], bodyCertain: false });
    const two = phrase.find(2);
    phrase.clearBody(two, phrase.section(two, 5)?.at ?? -1);
    expect(phrase.section(two, 5)).toMatchObject({ heading: true, body: false });
    expect(phrase.score(two)).toBe(FIELD_WEIGHTS.heading);
  });
});
