import type { Root, PhrasingContent } from 'mdast';
import type { Plugin } from 'unified';
import { visitParents, SKIP } from 'unist-util-visit-parents';

export interface SourceCitationOptions {
  /** Ids of the document's footnote sources. */
  sourceIds: readonly string[];
}

declare module 'vfile' {
  interface DataMap {
    /** Source ids in the order they are first cited. */
    citedSourceIds: string[];
  }
}

const MARKER = /\[@([A-Za-z0-9-]+)\]/g;

/**
 * Turns `[@1]` markers into superscript links to the document's footnote source `1`.
 * A marker with no source stops the build; the ids cited are left in `file.data.citedSourceIds`
 * so the caller can also reject sources that are never cited.
 */
export const remarkSourceCitations: Plugin<[SourceCitationOptions], Root> = (options) => (tree, file) => {
  const known = new Set(options.sourceIds);
  const cited: string[] = [];
  const occurrences = new Map<string, number>();
  visitParents(tree, 'text', (node, ancestors) => {
    const parent = ancestors[ancestors.length - 1];
    if (parent === undefined || !('children' in parent) || !MARKER.test(node.value)) return;
    // Inside a link a marker stays text: a link cannot hold another link.
    if (ancestors.some((a) => a.type === 'link' || a.type === 'linkReference')) return;
    const index = (parent.children as unknown[]).indexOf(node);
    MARKER.lastIndex = 0;
    const parts: PhrasingContent[] = [];
    let last = 0;
    for (const match of node.value.matchAll(MARKER)) {
      const id = match[1] as string;
      if (!known.has(id)) {
        const line = node.position?.start.line ?? 0;
        throw new Error(
          `${file.path ?? '文档'}:${line}：脚注标记 [@${id}] 没有对应的来源。请在 sources 中加入 id: "${id}" 的条目，或改正标记 (citation.unknown-source)`,
        );
      }
      if (!cited.includes(id)) cited.push(id);
      const n = (occurrences.get(id) ?? 0) + 1;
      occurrences.set(id, n);
      const start = match.index ?? 0;
      if (start > last) parts.push({ type: 'text', value: node.value.slice(last, start) });
      parts.push({
        type: 'link',
        url: `#source-${id}`,
        children: [{ type: 'text', value: `[${id}]` }],
        data: { hProperties: { id: `cite-${id}-${n}`, className: ['cite'], ariaLabel: `来源 ${id}` } },
      });
      last = start + match[0].length;
    }
    if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
    (parent.children as PhrasingContent[]).splice(index, 1, ...parts);
    return [SKIP, index + parts.length];
  });
  file.data.citedSourceIds = cited;
};
