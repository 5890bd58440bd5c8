// Rewrites of a document's rendered HTML for the issue page, where nine documents share one page.
// The input is our own sanitised rehype-stringify output (double-quoted attributes, no raw
// user HTML), so plain string rewrites are exact here; they are not meant for HTML in general.

const ID_ATTRIBUTE = /(\s(?:id|aria-labelledby|aria-describedby)=")([^"]*)(")/g;
const FRAGMENT_HREF = /(\shref="#)([^"]*)(")/g;
const HEADING_TAG = /<(\/?)h([1-6])(?=[\s>])/g;
const FIRST_HEADING = /<h[1-6][\s>]/;

/**
 * Prefixes every id and every in-page link with `prefix`, so that `#source-1` of the third article
 * becomes `#a3-source-1` and no two articles on the issue page share an anchor.
 */
export function prefixFragmentIds(html: string, prefix: string): string {
  return html
    .replace(ID_ATTRIBUTE, (_m, start: string, ids: string, end: string) => `${start}${ids.split(/\s+/).filter((id) => id !== '').map((id) => `${prefix}${id}`).join(' ')}${end}`)
    .replace(FRAGMENT_HREF, (_m, start: string, id: string, end: string) => `${start}${prefix}${id}${end}`);
}

/** Moves every heading `by` levels down (h2 → h4 for by = 2), never below h6. */
export function shiftHeadings(html: string, by: number): string {
  return html.replace(HEADING_TAG, (_m, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + by)}`);
}

/**
 * Splits an issue's body before its first heading: what comes before (for the 2023 issue, the
 * corrected cover theme with its editorial note) belongs to the cover; the rest is the preface.
 */
export function splitBeforeFirstHeading(html: string): { lead: string; rest: string } {
  const match = FIRST_HEADING.exec(html);
  if (match === null) return { lead: '', rest: html };
  return { lead: html.slice(0, match.index).trim(), rest: html.slice(match.index) };
}

/** A CSS string literal, for generated `content: "…"` in print styles. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r]+/g, ' ').replace(/</g, '\\3C ')}"`;
}
