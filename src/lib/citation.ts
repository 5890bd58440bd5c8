import type { FootnoteSource } from '../schemas/footnote-source';

/** GB/T 7714 lists at most three responsible persons, then 等. */
export function formatAuthors(authors: readonly string[]): string {
  if (authors.length <= 3) return authors.join(', ');
  return `${authors.slice(0, 3).join(', ')}, 等`;
}

function typeCode(source: FootnoteSource): string {
  if (source.type === 'EB/OL' || source.url === undefined) return source.type;
  return `${source.type}/OL`;
}

function journalLocation(source: FootnoteSource): string {
  const year = source.published?.slice(0, 4) ?? '';
  const volume = source.volume ?? '';
  const issue = source.issue !== undefined ? `(${source.issue})` : '';
  const pages = source.pages !== undefined ? `: ${source.pages}` : '';
  return [source.outlet, [year, volume].filter((p) => p !== '').join(', ') + issue + pages].filter((p) => p !== undefined && p !== '').join(', ');
}

/**
 * A footnote source as a GB/T 7714—2015 reference, from its structured fields:
 * online works carry (published)[accessed] and the URL, newspapers date(版次), journals
 * year, volume(issue): pages.
 */
export function formatFootnoteSource(source: FootnoteSource): string {
  const head = source.authors !== undefined && source.authors.length > 0 ? `${formatAuthors(source.authors)}. ` : '';
  const title = `${source.title}[${typeCode(source)}]`;
  let body: string;
  if (source.type === 'J') {
    body = journalLocation(source);
  } else if (source.type === 'N') {
    const date = source.published !== undefined ? `${source.published}${source.pages !== undefined ? `(${source.pages})` : ''}` : '';
    body = [source.outlet, date].filter((p) => p !== undefined && p !== '').join(', ');
  } else {
    body = source.outlet ?? '';
  }
  const online =
    source.type === 'EB/OL' || source.url !== undefined
      ? `${source.type === 'EB/OL' && source.published !== undefined ? `(${source.published})` : ''}${source.accessed !== undefined ? `[${source.accessed}]` : ''}`
      : '';
  const where = [body, online].filter((p) => p !== '').join(', ');
  const url = source.url !== undefined ? ` ${source.url}.` : '';
  return `${head}${title}${where !== '' ? `. ${where}` : ''}.${url}`;
}

/** What a page citation needs to know about the document and the site. */
export interface PageCitationInput {
  title: string;
  authors?: readonly string[] | undefined;
  issuer?: string | undefined;
  outlet?: string | undefined;
  /** The document's own date (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string;
  siteName: string;
  url: string;
  /** The reader's access date; a placeholder when unknown at build time. */
  accessed: string;
}

/** "引用本文": the portal's page for a document, as a GB/T 7714 [EB/OL] reference. */
export function formatPageCitation(input: PageCitationInput): string {
  const responsible =
    input.authors !== undefined && input.authors.length > 0 ? formatAuthors(input.authors) : (input.issuer ?? input.outlet);
  const head = responsible !== undefined ? `${responsible}. ` : '';
  return `${head}${input.title}[EB/OL]. ${input.siteName}, (${input.date})[${input.accessed}]. ${input.url}.`;
}
