/** What the document list can be filtered by. */
export type FacetName = 'kind' | 'level' | 'region' | 'topic' | 'year';

/** The facet values of one document. */
export interface FacetValues {
  kind: string;
  level: string;
  regions: readonly string[];
  topics: readonly string[];
  year: number;
}

/** One value of a facet with how many documents have it. */
export interface FacetCount {
  value: string;
  count: number;
}

function valuesOf(doc: FacetValues, facet: FacetName): string[] {
  switch (facet) {
    case 'kind':
      return [doc.kind];
    case 'level':
      return [doc.level];
    case 'region':
      return [...doc.regions];
    case 'topic':
      return [...doc.topics];
    case 'year':
      return [String(doc.year)];
  }
}

/**
 * Counts documents per value of a facet. Values come out in `order` when given (the vocabulary's
 * order), otherwise years newest first and other values by count.
 */
export function countFacet(docs: readonly FacetValues[], facet: FacetName, order?: readonly string[]): FacetCount[] {
  const counts = new Map<string, number>();
  for (const doc of docs) for (const v of new Set(valuesOf(doc, facet))) counts.set(v, (counts.get(v) ?? 0) + 1);
  const entries = [...counts].map(([value, count]) => ({ value, count }));
  if (order !== undefined) {
    const rank = new Map(order.map((v, i) => [v, i]));
    return entries.sort((a, b) => (rank.get(a.value) ?? Infinity) - (rank.get(b.value) ?? Infinity));
  }
  if (facet === 'year') return entries.sort((a, b) => b.value.localeCompare(a.value));
  return entries.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** Whether a document matches every selected facet value (an absent facet matches all). */
export function matchesFacets(doc: FacetValues, selected: Partial<Record<FacetName, string>>): boolean {
  return (Object.entries(selected) as [FacetName, string | undefined][]).every(
    ([facet, value]) => value === undefined || value === '' || valuesOf(doc, facet).includes(value),
  );
}
