import type { Element } from 'hast';

/**
 * Elements the renderer puts inside a sentence that are not the sentence's words: editorial notes
 * 〔…〕 (remark-editorial-notes.ts) and source markers [1] (remark-source-citations.ts). A heading's
 * slug and a quote's place in the text (source-quotes.ts) read the sentence without them.
 */
export function isTextAside(node: Element): boolean {
  const className = node.properties.className;
  return Array.isArray(className) && (className.includes('ed-note') || className.includes('cite'));
}
