// What the home page shows of lists that grow with the corpus. With the real corpus every list is
// short and shown whole; a national corpus has hundreds of national documents, bulletin issues and
// regions, and the home page would list them all (at 10,000 documents it listed 26 national
// documents, 100 bulletin issues and 299 regions). Each list is cut to its first few, with a link
// to the page that lists them all.
import type { DocumentData } from '../schemas/document';
import type { Region } from '../schemas/region';

/** How many of each list the home page shows. */
export const HOME_LIMITS = { national: 6, bulletins: 3, regions: 24 } as const;

/** The part of a list the home page shows, and how many the whole list has. */
export interface HomeList<T> {
  shown: T[];
  total: number;
}

/** Whether the home page shows only part of the list (then it links to the whole one). */
export function isCut<T>(list: HomeList<T>): boolean {
  return list.shown.length < list.total;
}

/** The first `limit` items, in the order given (documents come newest first). */
export function firstOf<T>(items: readonly T[], limit: number): HomeList<T> {
  return { shown: items.slice(0, limit), total: items.length };
}

/**
 * Regions with a local case: every region but the nation that a document other than a bulletin
 * issue is about (a bulletin covers many regions and is no case of its own). Past `limit`, the
 * ones with the most such documents, in the site's order of regions (provinces before their
 * cities), so that the regions a reader can learn most about come first.
 */
export function caseRegions(regions: readonly Region[], documents: readonly { data: Pick<DocumentData, 'kind' | 'regions'> }[], limit: number): HomeList<Region> {
  const counts = new Map<string, number>();
  for (const doc of documents) {
    if (doc.data.kind === 'bulletin-issue') continue;
    for (const id of new Set(doc.data.regions)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const withCases = regions.filter((r) => r.id !== 'national' && (counts.get(r.id) ?? 0) > 0);
  if (withCases.length <= limit) return { shown: withCases, total: withCases.length };
  const order = new Map(withCases.map((r, i) => [r.id, i]));
  const most = [...withCases]
    .sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
    .slice(0, limit);
  const chosen = new Set(most.map((r) => r.id));
  return { shown: withCases.filter((r) => chosen.has(r.id)), total: withCases.length };
}
