import type { Root, Element } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { toString } from 'hast-util-to-string';

/** A section heading of a rendered document, for its table of contents. */
export interface DocumentHeading {
  depth: 2 | 3;
  /** Anchor id set by rehype-slug. */
  id: string;
  text: string;
}

declare module 'vfile' {
  interface DataMap {
    headings: DocumentHeading[];
  }
}

/** Collects h2/h3 headings (after rehype-slug gave them ids) into `file.data.headings`. */
export const rehypeCollectHeadings: Plugin<[], Root> = () => (tree, file) => {
  const headings: DocumentHeading[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'h2' && node.tagName !== 'h3') return;
    const id = node.properties.id;
    if (typeof id !== 'string') return;
    headings.push({ depth: node.tagName === 'h2' ? 2 : 3, id, text: toString(node).replace(/〔[^〕]*〕/g, '').trim() });
  });
  file.data.headings = headings;
};
