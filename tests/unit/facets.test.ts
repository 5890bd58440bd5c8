import { describe, expect, test } from 'vitest';
import { countFacet, matchesFacets, type FacetValues } from '../../src/lib/facets';

function doc(overrides: Partial<FacetValues>): FacetValues {
  return { kind: 'policy', level: 'national', regions: ['national'], topics: ['elderly-care'], year: 2020, ...overrides };
}

const docs: FacetValues[] = [
  doc({ kind: 'policy', regions: ['national'], topics: ['elderly-care', 'childcare'], year: 2020 }),
  doc({ kind: 'plan', level: 'municipal', regions: ['taian'], topics: ['elderly-care', 'childcare'], year: 2021 }),
  doc({ kind: 'case-article', level: 'municipal', regions: ['beihai'], topics: ['childcare'], year: 2023 }),
  doc({ kind: 'case-article', level: 'district', regions: ['ouhai'], topics: ['elderly-care', 'finance'], year: 2022 }),
  doc({ kind: 'bulletin-issue', level: 'municipal', regions: ['national', 'beihai', 'ouhai'], topics: ['elderly-care'], year: 2023 }),
];

describe('countFacet', () => {
  test('without an order: most documents first, ties alphabetical', () => {
    expect(countFacet(docs, 'kind')).toEqual([
      { value: 'case-article', count: 2 },
      { value: 'bulletin-issue', count: 1 },
      { value: 'plan', count: 1 },
      { value: 'policy', count: 1 },
    ]);
  });

  test('years come newest first whatever their counts', () => {
    expect(countFacet(docs, 'year')).toEqual([
      { value: '2023', count: 2 },
      { value: '2022', count: 1 },
      { value: '2021', count: 1 },
      { value: '2020', count: 1 },
    ]);
  });

  test('a multi-valued facet counts each document once per value', () => {
    expect(countFacet(docs, 'region')).toEqual([
      { value: 'beihai', count: 2 },
      { value: 'national', count: 2 },
      { value: 'ouhai', count: 2 },
      { value: 'taian', count: 1 },
    ]);
    expect(countFacet(docs, 'topic')).toEqual([
      { value: 'elderly-care', count: 4 },
      { value: 'childcare', count: 3 },
      { value: 'finance', count: 1 },
    ]);
  });

  test('a value listed twice in one document counts once', () => {
    expect(countFacet([doc({ topics: ['childcare', 'childcare'] })], 'topic')).toEqual([{ value: 'childcare', count: 1 }]);
  });

  test('with an order: the vocabulary order, not the counts; values outside it come last', () => {
    expect(countFacet(docs, 'level', ['national', 'provincial', 'municipal', 'district'])).toEqual([
      { value: 'national', count: 1 },
      { value: 'municipal', count: 3 },
      { value: 'district', count: 1 },
    ]);
    expect(countFacet(docs, 'topic', ['childcare', 'elderly-care'])).toEqual([
      { value: 'childcare', count: 3 },
      { value: 'elderly-care', count: 4 },
      { value: 'finance', count: 1 },
    ]);
  });

  test('no documents, no values', () => {
    expect(countFacet([], 'kind')).toEqual([]);
  });
});

describe('matchesFacets', () => {
  const beihaiCase = docs[2] as FacetValues;

  test('an empty selection matches every document', () => {
    expect(docs.every((d) => matchesFacets(d, {}))).toBe(true);
  });

  test('an empty value means the facet is not selected', () => {
    expect(matchesFacets(beihaiCase, { kind: '', region: '' })).toBe(true);
  });

  test('every selected facet must match', () => {
    expect(matchesFacets(beihaiCase, { kind: 'case-article', region: 'beihai', year: '2023' })).toBe(true);
    expect(matchesFacets(beihaiCase, { kind: 'case-article', region: 'ouhai' })).toBe(false);
    expect(matchesFacets(beihaiCase, { kind: 'policy', region: 'beihai' })).toBe(false);
  });

  test('a multi-valued facet matches when any of its values is the selected one', () => {
    expect(docs.filter((d) => matchesFacets(d, { region: 'ouhai' }))).toEqual([docs[3], docs[4]]);
    expect(docs.filter((d) => matchesFacets(d, { topic: 'childcare', level: 'municipal' }))).toEqual([docs[1], docs[2]]);
  });

  test('the year is compared as text', () => {
    expect(matchesFacets(beihaiCase, { year: '2023' })).toBe(true);
    expect(matchesFacets(beihaiCase, { year: '2022' })).toBe(false);
  });
});
