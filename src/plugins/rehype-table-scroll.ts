import type { Root, Element } from 'hast';
import type { Plugin } from 'unified';
import { visit, SKIP } from 'unist-util-visit';

/**
 * Wraps each table in a focusable scroll region, so a wide indicator table scrolls sideways on a
 * phone instead of squeezing its columns; keyboard users can scroll it too (WCAG 2.1.1).
 */
export const rehypeTableScroll: Plugin<[], Root> = () => (tree) => {
  let count = 0;
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'table' || parent === undefined || index === undefined) return;
    count += 1;
    const wrapper: Element = {
      type: 'element',
      tagName: 'div',
      properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: `表格 ${count}（可横向滚动）` },
      children: [node],
    };
    parent.children.splice(index, 1, wrapper);
    return [SKIP, index + 1];
  });
};
