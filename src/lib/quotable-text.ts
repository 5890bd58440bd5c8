/**
 * The reading text of a document body that figure quotes are checked against: what a reader sees,
 * one line per paragraph, list item or table row. Corrections read as corrected (`:fix[全市]{…}` →
 * 全市), editorial notes and source markers are dropped, Markdown syntax is removed, table rows read
 * as their cells joined by " | ", and whitespace runs become one space.
 */
export function quotableLines(markdownBody: string): string[] {
  return markdownBody
    .split('\n')
    // GFM table separator rows (| --- | :-: |) are layout, not text.
    .filter((line) => !/^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/.test(line))
    .map((line) => {
      let text = line
        .replace(/:fix\[([^\]]*)\]\{[^}]*\}/g, '$1')
        .replace(/:note\[(?:[^\][]|\[[^\]]*\])*\]/g, '')
        .replace(/\[@[A-Za-z0-9-]+\]/g, '')
        .replace(/^\s*#{1,6}\s+/, '')
        .replace(/^\s*>\s?/, '')
        .replace(/^\s*(?:[-*+]|\d+\.)\s+/, '')
        .replace(/\*\*|__/g, '');
      if (/^\s*\|/.test(text)) {
        text = text
          .trim()
          .replace(/^\||\|$/g, '')
          .split('|')
          .map((cell) => cell.trim())
          .join(' | ');
      }
      return normaliseWhitespace(text);
    })
    .filter((line) => line !== '');
}

/** Collapses whitespace runs to one space and trims. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Whether `quote` appears within one reading line of the body (after whitespace normalisation). */
export function containsQuote(lines: readonly string[], quote: string): boolean {
  const wanted = normaliseWhitespace(quote);
  return wanted !== '' && lines.some((line) => line.includes(wanted));
}
