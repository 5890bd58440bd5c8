import type { Root, Element, ElementContent } from 'hast';
import type { Plugin } from 'unified';
import GithubSlugger from 'github-slugger';
import { visit } from 'unist-util-visit';
import { isPageId, PAGE_IDS } from '../lib/page-ids';
import { isTextAside } from '../lib/text-asides';

/** A section heading of a rendered document, for its table of contents. */
export interface DocumentHeading {
  depth: 2 | 3;
  /** Anchor id of the heading. */
  id: string;
  text: string;
}

declare module 'vfile' {
  interface DataMap {
    headings: DocumentHeading[];
  }
}

/** The heading's own words: without editorial notes 〔…〕 and source markers [1]. */
export function headingText(nodes: readonly ElementContent[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.value;
      if (node.type !== 'element' || isTextAside(node)) return '';
      return headingText(node.children);
    })
    .join('')
    .trim();
}

/** A heading's generated id: its words slugged, kept clear of the page's numbered ids (source-1 …). */
function headingSlug(slugger: GithubSlugger, text: string): string {
  const slug = slugger.slug(text === '' ? 'section' : text);
  return isPageId(slug) ? slugger.slug(`section-${slug}`) : slug;
}

/**
 * Gives every heading an id slugged from its own words (so adding an editorial note or a source
 * marker does not move an anchor) and collects h2/h3 into `file.data.headings` for the contents.
 * The page's own ids are taken first, so a heading called “Main” gets main-1, not the page's main;
 * a heading slugged like one of the page's numbered ids (“Source 1”) gets section-source-1.
 */
export const rehypeCollectHeadings: Plugin<[], Root> = () => (tree, file) => {
  const slugger = new GithubSlugger();
  for (const id of PAGE_IDS) slugger.slug(id);
  const headings: DocumentHeading[] = [];
  visit(tree, 'element', (node: Element) => {
    if (!/^h[1-6]$/.test(node.tagName)) return;
    const text = headingText(node.children);
    const id = typeof node.properties.id === 'string' ? node.properties.id : headingSlug(slugger, text);
    node.properties.id = id;
    if (node.tagName === 'h2' || node.tagName === 'h3') headings.push({ depth: node.tagName === 'h2' ? 2 : 3, id, text });
  });
  file.data.headings = headings;
};
