// An early answer shows the first results of a page while the rest load (SearchEngine.search).
// The whole answer usually extends it; when checks of the rest changed the ranking, it does not,
// and the page replaces what it showed.
import type { SearchHit } from './engine';

/** Whether `hits` begin with the results `shown`, the same records at the same links. */
export function extendsShownHits(shown: readonly SearchHit[], hits: readonly SearchHit[]): boolean {
  return shown.length <= hits.length && shown.every((hit, i) => hits[i]?.id === hit.id && hits[i]?.url === hit.url);
}
