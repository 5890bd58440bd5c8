import type { DocumentData } from '../schemas/document';
import type { Region } from '../schemas/region';
import { formatChineseDate } from './partial-date';

/** How a document's date reads on a page: 2023年1月15日, with （推定） when inferred. */
export function dateLabel(date: DocumentData['date']): string {
  return `${formatChineseDate(date.value)}${date.basis === 'inferred' ? '（推定）' : ''}`;
}

/** Who is responsible for a document, for bylines: authors, else issuer, else outlet. */
export function responsibleLabel(data: DocumentData): string | undefined {
  if (data.authors !== undefined && data.authors.length > 0) return data.authors.join('、');
  return data.issuer ?? data.outlet;
}

/** The short name of a region for chips and lists. */
export function regionShortName(region: Region): string {
  return region.shortName ?? region.name;
}
