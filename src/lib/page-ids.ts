// Ids a document's page sets around its body: the layout (src/layouts/BaseLayout.astro and its
// search box), the document template (src/pages/documents/[id].astro) and its components. A body
// is Markdown that may carry raw HTML with ids of its own; a second element with one of these ids
// would take the links to it (the skip link to #main, 参考来源, a source's entry in the list), so
// the build refuses a body that uses one (see rehype-unique-ids.ts), and headings are slugged
// around them. An end-to-end test checks that these lists cover every id the built pages set
// outside the body.

/** Ids the page sets once. */
export const PAGE_IDS: readonly string[] = [
  'main',
  'site-search-q',
  'doc-title',
  'summary-heading',
  'keypoints-heading',
  'fulltext-heading',
  'doc-data-heading',
  'notes-heading',
  'sources-heading',
  'toc-heading',
  'cite-heading',
  'bulletin-toc-heading',
];

/** Ids the page numbers: one per source in 参考来源 (`source-<id>`), one per editorial note in 编辑说明 (`ed-list-<n>`). */
export const PAGE_ID_PREFIXES: readonly string[] = ['source-', 'ed-list-'];

/** Whether the page around a document's body sets `id`. */
export function isPageId(id: string): boolean {
  return PAGE_IDS.includes(id) || PAGE_ID_PREFIXES.some((prefix) => id.startsWith(prefix));
}
