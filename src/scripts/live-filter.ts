// Progressive enhancement of the document list: with JavaScript, the facets can be combined
// (for example 托育 + 2022) and the choice is kept in the URL so the view can be shared.
import { matchesFacets, type FacetName } from '../lib/facets';

const FACETS: FacetName[] = ['kind', 'level', 'region', 'topic', 'year'];

export function enhanceDocumentFilter(): void {
  const form = document.querySelector<HTMLFormElement>('#live-filter');
  const list = document.querySelector<HTMLElement>('#document-list');
  const empty = document.querySelector<HTMLElement>('#filter-empty');
  const status = document.querySelector<HTMLElement>('#filter-status');
  if (form === null || list === null) return;
  form.hidden = false;
  // The combined form replaces the one-facet links, which stay for readers without JavaScript.
  const staticNav = document.querySelector<HTMLElement>('nav.filters');
  if (staticNav !== null) staticNav.hidden = true;
  const cards = [...list.querySelectorAll<HTMLElement>(':scope > li')];
  const params = new URLSearchParams(window.location.search);
  for (const facet of FACETS) {
    const select = form.elements.namedItem(facet) as HTMLSelectElement | null;
    const wanted = params.get(facet);
    if (select !== null && wanted !== null && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
  }

  const apply = (): void => {
    const selected: Partial<Record<FacetName, string>> = {};
    for (const facet of FACETS) {
      const select = form.elements.namedItem(facet) as HTMLSelectElement | null;
      if (select !== null && select.value !== '') selected[facet] = select.value;
    }
    let shown = 0;
    for (const card of cards) {
      const match = matchesFacets(
        {
          kind: card.dataset.kind ?? '',
          level: card.dataset.level ?? '',
          regions: (card.dataset.regions ?? '').split(' '),
          topics: (card.dataset.topics ?? '').split(' '),
          year: Number(card.dataset.year),
        },
        selected,
      );
      card.hidden = !match;
      if (match) shown += 1;
    }
    if (empty !== null) empty.hidden = shown > 0;
    if (status !== null) status.textContent = `${form.dataset.scope === '本页' ? '本页' : ''}显示 ${shown} / ${cards.length} 篇`;
    const url = new URL(window.location.href);
    for (const facet of FACETS) {
      const value = selected[facet];
      if (value === undefined) url.searchParams.delete(facet);
      else url.searchParams.set(facet, value);
    }
    window.history.replaceState(null, '', url);
  };
  form.addEventListener('change', apply);
  form.addEventListener('reset', () => window.setTimeout(apply, 0));
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}
