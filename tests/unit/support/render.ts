import { renderMarkdown, type RenderOptions, type RenderedMarkdown } from '../../../src/lib/render-markdown';
import { titleKey } from '../../../src/lib/title-key';

/** Titles of a small made-up corpus, keyed as the site keys them, for 《》 links. */
export const URL_BY_TITLE_KEY: ReadonlyMap<string, string> = new Map([
  [titleKey('国务院办公厅关于促进养老托育服务健康发展的意见'), '/documents/state-council-2020-opinions-digest/'],
  [titleKey('泰安市“一老一小”整体解决方案（征求意见稿）'), '/documents/taian-yilao-yixiao-plan-draft/'],
  [titleKey('泰安市“一老一小”整体解决方案'), '/documents/taian-yilao-yixiao-plan-draft/'],
]);

export const TEST_PATH = 'content/documents/test-document.md';

/** Renders with the production pipeline and test defaults. */
export function render(markdown: string, options: Partial<RenderOptions> = {}): RenderedMarkdown {
  return renderMarkdown(markdown, {
    path: TEST_PATH,
    sourceIds: ['1', '2', '3'],
    urlByTitleKey: URL_BY_TITLE_KEY,
    selfUrl: '/documents/test-document/',
    ...options,
  });
}

/** The message of the error `run` throws, or a failure if it does not throw. */
export function errorMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error, but none was thrown');
}
