// The citation tags (Highwire Press, as Google Scholar documents them) in the head of a document's
// page and of a bulletin issue's. Reference managers read them: Zotero's connector saves the page
// with its title, authors, date and publisher filled in, instead of the page title and the day it
// was saved, and fetches a bulletin issue's PDF with it.
import { issueTitle, type IssueCitationInput } from './citation';
import { isValidPartialDate } from './partial-date';

type MetaTag = [name: string, content: string];

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

/** `<meta name content>` pairs for a document's page, in order; a field it does not have gives no tag. */
export function citationMetaTags(input: CitationMetaInput): MetaTag[] {
  return [
    ['citation_title', input.title],
    ...(input.authors ?? []).map((author): MetaTag => ['citation_author', author]),
    ...commonTags({ date: input.date, publisher: input.issuer ?? input.outlet, keywords: input.keywords, url: input.url }),
  ];
}

/** What the tags say about a bulletin issue, beyond its printed citation's fields. */
export interface IssueMetaInput extends IssueCitationInput {
  /** The issue's date: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** The issue page's and its PDF's absolute URLs. */
  url: string;
  pdfUrl: string;
}

/**
 * Tags for a bulletin issue's page: an issue of a serial, as its printed citation ([J]) has it:
 * the serial's title, the issue's number, the library as publisher, and the PDF.
 */
export function issueCitationMetaTags(input: IssueMetaInput): MetaTag[] {
  return [
    ['citation_title', issueTitle(input)],
    ['citation_journal_title', input.series],
    ['citation_issue', String(input.number)],
    ...commonTags({ date: input.date, publisher: input.publisher, keywords: [input.theme], url: input.url }),
    ['citation_pdf_url', input.pdfUrl],
  ];
}

function commonTags(input: { date: string; publisher: string | undefined; keywords: readonly string[]; url: string }): MetaTag[] {
  if (!isValidPartialDate(input.date)) throw new Error(`citation tags: date “${input.date}” is not YYYY, YYYY-MM or YYYY-MM-DD`);
  // Highwire dates are written with slashes, as far as they are known: 2025/01/07, 2023/01, 2026.
  const tags: MetaTag[] = [['citation_publication_date', input.date.replaceAll('-', '/')]];
  if (input.publisher !== undefined) tags.push(['citation_publisher', input.publisher]);
  tags.push(['citation_language', 'zh']);
  if (input.keywords.length > 0) tags.push(['citation_keywords', input.keywords.join('; ')]);
  tags.push(['citation_public_url', input.url]);
  return tags;
}
