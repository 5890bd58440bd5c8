// The citation tags (Highwire Press, as Google Scholar documents them) in a document page's head.
// Reference managers read them: Zotero's connector saves the page with its title, authors, date
// and publisher filled in, instead of the page title and the day it was saved.

/** What the tags say about a document. */
export interface CitationMetaInput {
  title: string;
  /** Persons named as authors; an issuing body is the publisher, not an author. */
  authors?: readonly string[] | undefined;
  /** The issuing body (发文机关) … */
  issuer?: string | undefined;
  /** … or, without one, the outlet that published the text. */
  outlet?: string | undefined;
  /** The document's date: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** The page's absolute URL. */
  url: string;
  /** Topic names, as keywords. */
  keywords: readonly string[];
}

/** `<meta name content>` pairs, in order; a field the document does not have gives no tag. */
export function citationMetaTags(input: CitationMetaInput): [name: string, content: string][] {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(input.date)) throw new Error(`citationMetaTags: date “${input.date}” is not YYYY, YYYY-MM or YYYY-MM-DD`);
  const tags: [string, string][] = [['citation_title', input.title]];
  for (const author of input.authors ?? []) tags.push(['citation_author', author]);
  // Highwire dates are written with slashes, as far as they are known: 2025/01/07, 2023/01, 2026.
  tags.push(['citation_publication_date', input.date.replaceAll('-', '/')]);
  const publisher = input.issuer ?? input.outlet;
  if (publisher !== undefined) tags.push(['citation_publisher', publisher]);
  tags.push(['citation_language', 'zh']);
  if (input.keywords.length > 0) tags.push(['citation_keywords', input.keywords.join('; ')]);
  tags.push(['citation_public_url', input.url]);
  return tags;
}
