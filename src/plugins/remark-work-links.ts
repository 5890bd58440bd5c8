import type { Root, PhrasingContent } from 'mdast';
import type { Plugin } from 'unified';
import { visitParents, SKIP } from 'unist-util-visit-parents';
import { titleKey } from '../lib/title-key';

export interface WorkLinkOptions {
  /** titleKey(title) → URL of the document page, for every title and `citedAs` in the corpus. */
  urlByTitleKey: ReadonlyMap<string, string>;
  /** URL of the page being rendered: a document does not link to itself. */
  selfUrl?: string | undefined;
}

const WORK_TITLE = /《([^《》]+)》/g;

/**
 * Links every 《title》 mention of a document that exists in the corpus to its page; titles of
 * works that are not in the corpus stay plain text.
 */
export const remarkWorkLinks: Plugin<[WorkLinkOptions], Root> = (options) => (tree) => {
  visitParents(tree, 'text', (node, ancestors) => {
    const parent = ancestors[ancestors.length - 1];
    // Inside a link (at any depth) a title stays text: a link cannot hold another link.
    if (parent === undefined || !('children' in parent) || ancestors.some((a) => a.type === 'link' || a.type === 'linkReference')) return;
    const index = (parent.children as unknown[]).indexOf(node);
    const parts: PhrasingContent[] = [];
    let last = 0;
    for (const match of node.value.matchAll(WORK_TITLE)) {
      const url = options.urlByTitleKey.get(titleKey(match[1] as string));
      if (url === undefined || url === options.selfUrl) continue;
      const start = match.index ?? 0;
      if (start > last) parts.push({ type: 'text', value: node.value.slice(last, start) });
      parts.push({ type: 'link', url, children: [{ type: 'text', value: match[0] }], data: { hProperties: { className: ['work-link'] } } });
      last = start + match[0].length;
    }
    if (parts.length === 0) return;
    if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
    (parent.children as PhrasingContent[]).splice(index, 1, ...parts);
    return [SKIP, index + parts.length];
  });
};
