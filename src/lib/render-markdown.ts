import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { rehypeCollectHeadings, type DocumentHeading } from '../plugins/rehype-collect-headings';
import { rehypeTableScroll } from '../plugins/rehype-table-scroll';
import { rehypeUniqueIds } from '../plugins/rehype-unique-ids';
import { remarkEditorialNotes, type EditorialNote } from '../plugins/remark-editorial-notes';
import { remarkSourceCitations } from '../plugins/remark-source-citations';
import { remarkWorkLinks } from '../plugins/remark-work-links';
import { documentSanitizeSchema } from './sanitize-schema';

export interface RenderOptions {
  /** File path used in error messages. */
  path: string;
  /** Ids of the document's footnote sources. */
  sourceIds: readonly string[];
  /** titleKey → document URL, for 《title》 links. */
  urlByTitleKey: ReadonlyMap<string, string>;
  /** URL of the page being rendered. */
  selfUrl?: string | undefined;
}

export interface RenderedMarkdown {
  html: string;
  headings: DocumentHeading[];
  editorialNotes: EditorialNote[];
  citedSourceIds: string[];
}

/**
 * Renders a document body: GFM, editorial notes, source markers and work links, then raw HTML is
 * parsed and sanitised against an allow-list before headings get their anchors (ids set in the
 * sanitised tree, so raw HTML cannot choose them). An id used twice stops the build.
 */
export function renderMarkdown(markdown: string, options: RenderOptions): RenderedMarkdown {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkEditorialNotes)
    .use(remarkSourceCitations, { sourceIds: options.sourceIds })
    .use(remarkWorkLinks, { urlByTitleKey: options.urlByTitleKey, selfUrl: options.selfUrl })
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize, documentSanitizeSchema)
    .use(rehypeTableScroll)
    .use(rehypeCollectHeadings)
    .use(rehypeUniqueIds)
    .use(rehypeStringify);
  const file = new VFile({ path: options.path, value: markdown });
  const html = String(processor.processSync(file));
  return {
    html,
    headings: file.data.headings ?? [],
    editorialNotes: file.data.editorialNotes ?? [],
    citedSourceIds: file.data.citedSourceIds ?? [],
  };
}
