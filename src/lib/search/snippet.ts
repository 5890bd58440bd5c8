// Highlighting: finds the query's phrases in a text (matching on normalised text, so that 托育 is
// found in 托 育 or in “托育”) and cuts the printed text into plain and marked pieces. Readers build
// DOM text nodes from the pieces; nothing here produces markup.

import { BLOCK_SEPARATOR, indexOfPhrase, normaliseText, originalRange, type NormaliseTables } from './normalise';

/** A piece of displayed text; `match` pieces are shown highlighted. */
export interface HighlightSegment {
  text: string;
  match: boolean;
}

/** Characters of context in a snippet. */
export const SNIPPET_LENGTH = 110;

const PAIRED_MARKS: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』', '《': '》', '〈': '〉', '"': '"' };

/**
 * Normalising drops quotation marks, so a match of 一老一小整体解决方案 in “一老一小”整体解决方案
 * starts after the opening mark but takes in the closing one; the opening mark is taken in too.
 */
function withOpeningMark(source: string, [start, end]: [number, number]): [number, number] {
  const before = source[start - 1] ?? '';
  const closing = PAIRED_MARKS[before];
  return closing !== undefined && source.slice(start, end).includes(closing) ? [start - 1, end] : [start, end];
}

/** Ranges [start, end) of the original text where any of `phrases` occurs, merged and sorted. */
export function matchRanges(source: string, phrases: readonly string[], tables?: NormaliseTables): [number, number][] {
  const normalised = normaliseText(source, tables);
  const ranges: [number, number][] = [];
  for (const phrase of phrases) {
    if (phrase === '') continue;
    for (let at = indexOfPhrase(normalised.text, phrase); at >= 0; at = indexOfPhrase(normalised.text, phrase, at + phrase.length)) {
      ranges.push(withOpeningMark(source, originalRange(source, normalised, at, at + phrase.length)));
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range[0] < last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

function segmentsOf(text: string, ranges: readonly [number, number][], from: number, to: number): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let cursor = from;
  const push = (s: string, match: boolean): void => {
    if (s !== '') segments.push({ text: s.replaceAll(BLOCK_SEPARATOR, ' '), match });
  };
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue;
    push(text.slice(cursor, Math.max(cursor, start)), false);
    push(text.slice(Math.max(cursor, start), Math.min(end, to)), true);
    cursor = Math.min(end, to);
  }
  push(text.slice(cursor, to), false);
  return segments;
}

/** The whole of a short text (a title) with its matches marked. */
export function highlightAll(text: string, phrases: readonly string[], tables?: NormaliseTables): HighlightSegment[] {
  return segmentsOf(text, matchRanges(text, phrases, tables), 0, text.length);
}

/**
 * A window of about SNIPPET_LENGTH characters around the first match of the most important phrase
 * (phrases come most important first), with every match inside it marked and … where cut.
 */
export function snippet(text: string, phrases: readonly string[], tables?: NormaliseTables, length = SNIPPET_LENGTH): HighlightSegment[] {
  const ranges = matchRanges(text, phrases, tables);
  let anchor = 0;
  for (const phrase of phrases) {
    const first = matchRanges(text, [phrase], tables)[0];
    if (first !== undefined) {
      anchor = first[0];
      break;
    }
  }
  // Start a little before the match, at a sentence or block start if one is near.
  let from = Math.max(0, anchor - Math.floor(length / 4));
  const lookBack = text.slice(from, anchor);
  const boundary = Math.max(lookBack.lastIndexOf('。'), lookBack.lastIndexOf(BLOCK_SEPARATOR), lookBack.lastIndexOf('；'));
  if (boundary >= 0) from += boundary + 1;
  let to = Math.min(text.length, from + length);
  if (to === text.length) from = Math.max(0, to - length);
  // Do not cut a surrogate pair or a match in half.
  if (/[\udc00-\udfff]/.test(text[from] ?? '')) from -= 1;
  for (const [start, end] of ranges) {
    if (start < from && end > from) from = start;
    if (start < to && end > to) to = end;
  }
  const segments = segmentsOf(text, ranges, from, to);
  const first = segments[0];
  if (first !== undefined) first.text = first.text.trimStart();
  if (from > 0) segments.unshift({ text: '…', match: false });
  if (to < text.length) segments.push({ text: '…', match: false });
  return segments;
}

/** Plain text of segments, with matches between 【】 (for the command line). */
export function segmentsToMarkedText(segments: readonly HighlightSegment[], open = '【', close = '】'): string {
  return segments.map((s) => (s.match ? `${open}${s.text}${close}` : s.text)).join('');
}
