import { defaultSchema } from 'rehype-sanitize';
import type { Options as SanitizeSchema } from 'rehype-sanitize';

/**
 * What HTML a document body may contain: GitHub's allow-list (no scripts, no event handlers, no
 * iframes, only http(s)/mailto/relative URLs) plus the classes and ids that our own remark plugins
 * produce. Ids are not prefixed, because our anchors (#source-1, #ed-3) are part of the page's API.
 */
type AttributeRule = NonNullable<SanitizeSchema['attributes']>[string][number];

function withoutClassName(rules: readonly AttributeRule[]): AttributeRule[] {
  return rules.filter((rule) => !(Array.isArray(rule) && rule[0] === 'className'));
}

export const documentSanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: '',
  clobber: [],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'id'],
    // The default list already allows one className value on <a>; ours replaces it, since
    // hast-util-sanitize only reads the first className rule of an element.
    a: [...withoutClassName(defaultSchema.attributes?.a ?? []), ['className', 'cite', 'work-link'], 'ariaLabel'],
    span: [['className', 'ed-note']],
    ins: [['className', 'ed-fix']],
    table: [['className', 'indicator-table']],
  },
};
