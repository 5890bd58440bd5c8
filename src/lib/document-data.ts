/**
 * What the site's data takes from one document: the figures and measure adoptions that quote it,
 * in the order their sentences come in the text, so that its page can list them beside the text.
 */
import type { CheckedFigure } from './figure-check';
import type { CheckedAdoption } from './measure-check';
import { normaliseWhitespace } from './quotable-text';

/** Where a quote starts in the reading lines: line index, then character; Infinity when not found. */
function position(lines: readonly string[], quote: string): [number, number] {
  const wanted = normaliseWhitespace(quote);
  for (const [index, line] of lines.entries()) {
    const at = line.indexOf(wanted);
    if (at !== -1) return [index, at];
  }
  return [Infinity, Infinity];
}

/** Rows in the order their quotes start in the text; rows of one sentence in table order. */
export function inReadingOrder<T extends { quote: string; line: number }>(rows: readonly T[], lines: readonly string[]): T[] {
  const at = new Map(rows.map((row) => [row, position(lines, row.quote)]));
  return [...rows].sort((a, b) => {
    const [lineA, charA] = at.get(a)!;
    const [lineB, charB] = at.get(b)!;
    return lineA - lineB || charA - charB || a.line - b.line;
  });
}

/** The figures and adoptions that quote each document, by document id, in table order. */
export interface QuotingData {
  figures: CheckedFigure[];
  adoptions: CheckedAdoption[];
}

/** Groups the rows that quote documents by document. */
export function quotingDataByDocument(figures: readonly CheckedFigure[], adoptions: readonly CheckedAdoption[]): Map<string, QuotingData> {
  const byDocument = new Map<string, QuotingData>();
  const entry = (id: string): QuotingData => {
    let data = byDocument.get(id);
    if (data === undefined) byDocument.set(id, (data = { figures: [], adoptions: [] }));
    return data;
  };
  for (const f of figures) entry(f.document).figures.push(f);
  for (const a of adoptions) entry(a.document).adoptions.push(a);
  return byDocument;
}

/** A document's quoting rows, each list in the order of their sentences in its reading lines. */
export function documentData(data: QuotingData | undefined, readingLines: readonly string[]): QuotingData {
  return { figures: inReadingOrder(data?.figures ?? [], readingLines), adoptions: inReadingOrder(data?.adoptions ?? [], readingLines) };
}
