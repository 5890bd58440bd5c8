/**
 * Where a quoted sentence is on the site: its document's page, at an anchor named after the quote's
 * words (see source-quotes.ts, which marks the sentence there).
 */
import { createHash } from 'node:crypto';
import { normaliseWhitespace } from './quotable-text';

/** The anchor of a quote in its document: stable while the quote's wording stays the same. */
export function quoteAnchorId(quote: string): string {
  return `q-${createHash('sha256').update(normaliseWhitespace(quote)).digest('hex').slice(0, 10)}`;
}

/** The URL of a quote's sentence: the document's URL with the quote's anchor. */
export function quoteUrl(documentUrl: string, quote: string): string {
  return `${documentUrl}#${quoteAnchorId(quote)}`;
}
