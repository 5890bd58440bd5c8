// Builds the DOM of search results. Everything a reader typed or the index holds goes in as text
// (textContent, text nodes); no HTML string is ever parsed, so a query like
// <img src=x onerror=alert(1)> is shown as the characters it is.
import type { FacetCount, SearchHit } from '../lib/search/engine';
import type { HighlightSegment } from '../lib/search/snippet';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== undefined) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Appends text with its matches in <mark>. */
export function appendSegments(parent: HTMLElement, segments: readonly HighlightSegment[]): void {
  for (const segment of segments) {
    if (segment.match) parent.append(element('mark', undefined, segment.text));
    else parent.append(document.createTextNode(segment.text));
  }
}

/** One result as a list item: kind · regions · date, linked title, section, snippet, more sections. */
export function renderHit(hit: SearchHit): HTMLLIElement {
  const item = element('li', 'card search-hit');
  item.dataset.id = hit.id;
  const meta = element('p', 'search-hit-meta');
  meta.append(element('span', 'search-hit-kind', hit.kindLabel));
  const regions = hit.kind === 'region' ? [] : hit.regions.map((r) => r.name);
  if (regions.length > 0) meta.append(element('span', undefined, regions.length > 3 ? `${regions.slice(0, 3).join('、')} 等` : regions.join('、')));
  if (hit.date !== undefined) meta.append(element('span', undefined, hit.date));
  item.append(meta);

  const heading = element('h2', 'search-hit-title');
  const link = element('a');
  link.href = hit.url;
  appendSegments(link, hit.titleSegments);
  heading.append(link);
  item.append(heading);

  if (hit.section !== undefined) {
    const section = element('p', 'search-hit-section');
    section.append(element('span', 'visually-hidden', '章节：'), document.createTextNode(hit.section));
    item.append(section);
  }
  if (hit.snippet.length > 0) {
    const snippet = element('p', 'search-hit-snippet');
    appendSegments(snippet, hit.snippet);
    item.append(snippet);
  }
  if (hit.moreSections.length > 0) {
    const more = element('ul', 'search-hit-more');
    more.setAttribute('aria-label', '其他匹配的章节');
    for (const section of hit.moreSections) {
      const li = element('li');
      const a = element('a', undefined, section.heading);
      a.href = section.url;
      li.append(a);
      more.append(li);
    }
    item.append(more);
  }
  return item;
}

/**
 * Fills a facet <select> with the values of the current results, keeping the reader's choice.
 * At 10,000 documents the region select has up to 300 options, and new options cost the page a
 * style pass each: so its options are rewritten in place, and only what differs is written. A
 * select already showing these counts (the rest of an early answer nearly always has the same)
 * gets nothing written at all.
 */
export function fillFacetSelect(select: HTMLSelectElement, counts: readonly FacetCount[], selected: string): void {
  const wanted: [text: string, value: string][] = [['全部', ''], ...counts.map((c): [string, string] => [`${c.label}（${c.count}）`, c.value])];
  if (selected !== '' && !counts.some((c) => c.value === selected)) wanted.push([`${selected}（0）`, selected]);
  // Options already there are rewritten where they differ; only missing ones are made.
  wanted.forEach(([text, value], i) => {
    const option = select.options[i];
    if (option === undefined) {
      select.add(new Option(text, value));
      return;
    }
    if (option.value !== value) option.value = value;
    if (option.text !== text) option.text = text;
  });
  while (select.options.length > wanted.length) select.remove(select.options.length - 1);
  if (select.value !== selected) select.value = selected;
}
