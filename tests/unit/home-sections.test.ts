import { describe, expect, test } from 'vitest';
import { caseRegions, firstOf, isCut } from '../../src/lib/home-sections';
import type { DocumentData } from '../../src/schemas/document';
import type { Region } from '../../src/schemas/region';

function region(id: string, parent?: string): Region {
  return { id, name: `${id}市`, nameEn: id, pinyin: id, level: parent === undefined ? 'national' : 'municipal', ...(parent === undefined ? {} : { parent }) };
}

function doc(kind: DocumentData['kind'], regions: string[]): { data: Pick<DocumentData, 'kind' | 'regions'> } {
  return { data: { kind, regions } };
}

describe('firstOf', () => {
  test('keeps the first items in their order and counts the whole list', () => {
    const list = firstOf(['a', 'b', 'c', 'd'], 3);
    expect(list).toEqual({ shown: ['a', 'b', 'c'], total: 4 });
    expect(isCut(list)).toBe(true);
  });

  test('a list no longer than the limit is shown whole and not cut', () => {
    expect(firstOf(['a', 'b'], 3)).toEqual({ shown: ['a', 'b'], total: 2 });
    expect(isCut(firstOf(['a', 'b', 'c'], 3))).toBe(false);
  });
});

describe('caseRegions', () => {
  const regions = [region('national'), region('a', 'national'), region('b', 'national'), region('c', 'national'), region('d', 'national')];

  test('lists the regions a non-bulletin document is about, in the site order, without the nation', () => {
    const documents = [doc('plan', ['c', 'national']), doc('policy', ['a']), doc('bulletin-issue', ['b', 'd'])];
    expect(caseRegions(regions, documents, 10)).toEqual({ shown: [regions[1], regions[3]], total: 2 });
  });

  test('past the limit keeps the regions with most documents, still in the site order', () => {
    const documents = [doc('plan', ['d']), doc('policy', ['d']), doc('policy', ['b']), doc('news-report', ['b']), doc('plan', ['a']), doc('plan', ['c'])];
    const list = caseRegions(regions, documents, 2);
    expect(list.shown.map((r) => r.id)).toEqual(['b', 'd']);
    expect(list.total).toBe(4);
    expect(isCut(list)).toBe(true);
  });

  test('ties go to the region listed first, and a document naming a region twice counts once', () => {
    const documents = [doc('plan', ['c', 'c']), doc('plan', ['a']), doc('plan', ['b'])];
    expect(caseRegions(regions, documents, 2).shown.map((r) => r.id)).toEqual(['a', 'b']);
  });
});
