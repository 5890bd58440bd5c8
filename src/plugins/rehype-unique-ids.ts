import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { isPageId } from '../lib/page-ids';

/**
 * Stops the build when an id is used twice in a document body, or is one the page around the body
 * sets (src/lib/page-ids.ts). Raw HTML may carry ids of its own, and headings, source markers and
 * editorial notes get generated ones; with two, a link to the anchor (a reader's, or a
 * citation's) lands on the first. Runs after every step that sets ids, and names the lines of both.
 */
export const rehypeUniqueIds: Plugin<[], Root> = () => (tree, file) => {
  const firstLine = new Map<string, number | undefined>();
  visit(tree, 'element', (node: Element) => {
    const { id } = node.properties;
    if (typeof id !== 'string' || id === '') return;
    const line = node.position?.start.line;
    if (isPageId(id)) {
      throw new Error(`${file.path ?? '文档'}:${line ?? 0}：id “${id}” 重复，页面本身已经用它（正文之外的标题、目录、参考来源或“跳到正文”）；链接到 #${id} 会跳到别处。请给 HTML 元素换一个 id，或删去 id 属性 (document.duplicate-id)`);
    }
    if (!firstLine.has(id)) {
      firstLine.set(id, line);
      return;
    }
    const first = firstLine.get(id);
    const where = first !== undefined ? `第 ${first} 行已经用过它` : '它已由标题、脚注标记或编者注生成';
    throw new Error(`${file.path ?? '文档'}:${line ?? 0}：id “${id}” 重复，${where}；链接到 #${id} 只会跳到第一处。请给 HTML 元素换一个不重复的 id，或删去 id 属性 (document.duplicate-id)`);
  });
};
