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

function publication(source: FootnoteSource): string {
  const join = (...parts: (string | undefined)[]): string => parts.filter((p) => p !== undefined && p !== '').join(', ');
  switch (source.type) {
    case 'J': {
      // 刊名, 年, 卷(期): 页码
      const year = source.published?.slice(0, 4) ?? '';
      const volume = source.volume !== undefined ? `${year !== '' ? ', ' : ''}${source.volume}` : '';
      const issue = source.issue !== undefined ? `(${source.issue})` : '';
      const pages = source.pages !== undefined ? `: ${source.pages}` : '';
      return join(source.outlet, `${year}${volume}${issue}${pages}`);
    }
    case 'N':
      // 报纸名, 出版日期(版次)
      return join(source.outlet, source.published !== undefined ? `${source.published}${source.pages !== undefined ? `(${source.pages})` : ''}` : undefined);
    case 'EB/OL':
      // 出版者, (发布日期)
      return join(source.outlet, source.published !== undefined ? `(${source.published})` : undefined);
    case 'M':
      // 出版者, 出版年: 页码 (the place of publication is not recorded by our schema)
      return `${join(source.outlet, source.published?.slice(0, 4))}${source.pages !== undefined ? `: ${source.pages}` : ''}`;
    case 'Z':
      return join(source.outlet, source.published);
  }
}

/**
 * A footnote source as a GB/T 7714—2015 reference, from its structured fields:
 * 作者. 题名[类型]. 出版项[引用日期]. 网址.  Online versions of print types get /OL
 * ([N/OL], [J/OL]); the access date follows the publication part directly, as in the standard.
 */
export function formatFootnoteSource(source: FootnoteSource): string {
  const head = source.authors !== undefined && source.authors.length > 0 ? `${formatAuthors(source.authors)}. ` : '';
  const title = `${source.title}[${typeCode(source)}]`;
  const online = source.type === 'EB/OL' || source.url !== undefined;
  const accessed = online && source.accessed !== undefined ? `[${source.accessed}]` : '';
  const pub = publication(source);
  const url = source.url !== undefined ? ` ${source.url}.` : '';
  // With no publication part the access date stands on its own: 题名[EB/OL]. [2023-01-09]. 网址.
  const where = pub !== '' ? `. ${pub}${accessed}` : accessed !== '' ? `. ${accessed}` : '';
  return `${head}${title}${where}.${url}`;
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

/** What "引用本期" needs: the structured fields of a bulletin issue. */
export interface IssueCitationInput {
  /** 刊名, e.g. 信息参考. */
  series: string;
  /** 期次 as printed, e.g. 2023年第1期. */
  issueLabel: string;
  year: number;
  number: number;
  /** 本期专题, e.g. 聚焦养老托育. */
  theme: string;
  /** 主办单位: the responsible body and the publisher. */
  publisher: string;
  /** 出版地; GB/T 7714 writes [出版地不详] when it is not known. */
  place?: string | undefined;
}

/** GB/T 7714—2015 8.4.1.3: an unknown place of publication of a Chinese work. */
export const UNKNOWN_PLACE = '[出版地不详]';

/** The title of an issue as the site and the web citation write it: 信息参考（2023年第1期）：聚焦养老托育. */
export function issueTitle(input: Pick<IssueCitationInput, 'series' | 'issueLabel' | 'theme'>): string {
  return `${input.series}（${input.issueLabel}）：${input.theme}`;
}

/**
 * "引用本期": one issue of a serial as a GB/T 7714—2015 (4.3) reference, from structured fields:
 * 主要责任者. 题名: 其他题名信息[J]. 年(期). 出版地: 出版者, 出版年.
 * The theme is the issue's other title information; the publisher is both the responsible body
 * (as in the standard's own serial examples) and the publisher.
 */
export function formatIssueCitation(input: IssueCitationInput): string {
  return `${input.publisher}. ${input.series}: ${input.theme}[J]. ${input.year}(${input.number}). ${input.place ?? UNKNOWN_PLACE}: ${input.publisher}, ${input.year}.`;
}

/** The portal's page of an issue as a GB/T 7714 [EB/OL] reference, like "引用本文" for documents. */
export function formatIssueWebCitation(
  input: IssueCitationInput & { date: string; siteName: string; url: string; accessed: string },
): string {
  return formatPageCitation({
    title: issueTitle(input),
    issuer: input.publisher,
    date: input.date,
    siteName: input.siteName,
    url: input.url,
    accessed: input.accessed,
  });
}
