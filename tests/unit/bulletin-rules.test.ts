// The bulletin rules, one bad-input fixture each (tests/fixtures/bulletins/<rule>/), checked in
// process in the order the build applies them: readable files, the schema, the cross-file corpus
// check, then rendering. tests/unit/bulletin-build-errors.test.ts runs the real build on the same
// fixtures.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkDocumentFile, formatFileProblem } from '../../src/lib/bulletin-file-check';
import { checkCorpus, formatProblems, type CheckedDocument } from '../../src/lib/corpus-check';
import { renderMarkdown } from '../../src/lib/render-markdown';
import { titleKey } from '../../src/lib/title-key';
import { parseUniqueList } from '../../src/lib/unique-list';
import { documentData, type DocumentData } from '../../src/schemas/document';
import { region } from '../../src/schemas/region';
import { topic } from '../../src/schemas/topic';
import { ROOT, readProjectFile, splitFrontMatter } from './support/front-matter';

const FIXTURES = `${ROOT}tests/fixtures/bulletins/`;
const DOCS = 'content/documents/';
const ISSUE = `${DOCS}fixture-bulletin-2024-01.md`;
const ARTICLE = `${DOCS}fixture-bulletin-2024-01-article-1.md`;
/** The build date the fixtures are checked against (ATLAS_BUILD_DATE in the build test). */
export const FIXTURE_BUILD_DATE = '2024-06-30';

const regions = parseUniqueList(readProjectFile('data/regions.yaml'), 'data/regions.yaml').map((r) => region.parse(r));
const topics = parseUniqueList(readProjectFile('content/topics.yaml'), 'content/topics.yaml').map((t) => topic.parse(t));

/** The real content/documents with valid/ and then the fixture laid over it: path → bytes. */
function filesWith(fixture: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const add = (dir: string): void => {
    if (!existsSync(`${dir}${DOCS}`)) return;
    for (const name of readdirSync(`${dir}${DOCS}`).filter((n) => n.endsWith('.md')).sort()) files.set(`${DOCS}${name}`, readFileSync(`${dir}${DOCS}${name}`));
  };
  add(ROOT);
  add(`${FIXTURES}valid/`);
  add(`${FIXTURES}${fixture}/`);
  return files;
}

/** What the build says about a fixture: the messages of the first stage that finds problems. */
function checkLikeTheBuild(fixture: string): { stage: string; messages: string[]; uncited: Record<string, string[]> } {
  const files = filesWith(fixture);
  const unreadable = [...files].flatMap(([path, bytes]) => checkDocumentFile(path, bytes) ?? []);
  if (unreadable.length > 0) return { stage: 'files', messages: unreadable.map(formatFileProblem), uncited: {} };

  const parsed = [...files].map(([path, bytes]) => ({ path, ...splitFrontMatter(new TextDecoder().decode(bytes)) }));
  const schemaMessages: string[] = [];
  const documents: (CheckedDocument & { body: string })[] = [];
  for (const p of parsed) {
    const result = documentData.safeParse(p.data);
    if (result.success) documents.push({ id: p.path.slice(DOCS.length, -3), filePath: p.path, data: result.data, body: p.body });
    else schemaMessages.push(...result.error.issues.map((i) => `${p.path} › ${i.path.join('.')}: ${i.message}`));
  }
  if (schemaMessages.length > 0) return { stage: 'schema', messages: schemaMessages, uncited: {} };

  const problems = checkCorpus({ documents, regions, topics, today: FIXTURE_BUILD_DATE });
  if (problems.length > 0) return { stage: 'corpus', messages: formatProblems(problems).split('\n'), uncited: {} };

  const urlByTitleKey = new Map(documents.flatMap((d) => [d.data.title, ...d.data.citedAs].map((t) => [titleKey(t), `/documents/${d.id}/`] as const)));
  const messages: string[] = [];
  const uncited: Record<string, string[]> = {};
  for (const d of documents) {
    try {
      const rendered = renderMarkdown(d.body, { path: d.filePath, sourceIds: d.data.sources.map((s) => s.id), urlByTitleKey });
      const never = d.data.sources.map((s) => s.id).filter((id) => !rendered.citedSourceIds.includes(id));
      if (never.length > 0) uncited[d.filePath] = never;
    } catch (error) {
      messages.push((error as Error).message);
    }
  }
  return { stage: messages.length > 0 ? 'render' : Object.keys(uncited).length > 0 ? 'uncited' : 'ok', messages, uncited };
}

describe('the valid fixture', () => {
  test('passes every stage, so that each bad fixture breaks exactly one rule', () => {
    expect(checkLikeTheBuild('valid')).toEqual({ stage: 'ok', messages: [], uncited: {} });
  });
});

describe('one bad-input fixture per bulletin rule', () => {
  test('missing-number → bulletin.missing-number (schema)', () => {
    expect(checkLikeTheBuild('missing-number')).toMatchObject({
      stage: 'schema',
      messages: [`${ISSUE} › bulletin.number: 缺少期号 number。请写本期是当年的第几期，用数字、不加引号，如 number: 1 (bulletin.missing-number)`],
    });
  });

  test('duplicate-number → bulletin.duplicate-number (same series, year and number as the real issue)', () => {
    expect(checkLikeTheBuild('duplicate-number')).toMatchObject({
      stage: 'corpus',
      messages: [
        `${ISSUE} › bulletin.number：期号重复：《信息参考》2023年第1期（year: 2023，number: 1）已由 content/documents/beihai-library-bulletin-2023-01.md 使用。请改成本年度尚未使用的期号，或检查 series、year 是否写错 (bulletin.duplicate-number)`,
      ],
    });
  });

  test('empty-section → bulletin.empty-section (schema), naming the section', () => {
    expect(checkLikeTheBuild('empty-section')).toMatchObject({
      stage: 'schema',
      messages: [
        `${ISSUE} › bulletin.sections.1.articles: 栏目 “延伸阅读” 里没有文章。请在 articles 中列出至少一篇文章的 id（content/documents 中的文件名，不含 .md），或删去这个栏目 (bulletin.empty-section)`,
      ],
    });
  });

  test('unknown-article → bulletin.unknown-article', () => {
    expect(checkLikeTheBuild('unknown-article')).toMatchObject({
      stage: 'corpus',
      messages: [
        `${ISSUE} › bulletin.sections[0].articles[1]：文章 “fixture-bulletin-2024-01-article-2” 不存在。请检查 content/documents 中的文件名 (bulletin.unknown-article)`,
      ],
    });
  });

  test('unknown-source-marker → citation.unknown-source', () => {
    const { stage, messages } = checkLikeTheBuild('unknown-source-marker');
    expect(stage).toBe('render');
    // The marker is on line 40 of the file, but the plugin counts lines from the start of the body
    // (src/lib/corpus.ts renders the body alone, and Astro's body drops the blank first line): not
    // a bulletin file, so the line number is not pinned here; see the report.
    expect(messages).toEqual([expect.stringMatching(/^content\/documents\/fixture-bulletin-2024-01-article-1\.md:\d+：脚注标记 \[@2\] 没有对应的来源。请在 sources 中加入 id: "2" 的条目，或改正标记 \(citation\.unknown-source\)$/)]);
  });

  test('uncited-source → the source the build reports as citation.uncited-source', () => {
    // The message itself is written by src/lib/corpus.ts, which needs Astro: the build test pins it.
    expect(checkLikeTheBuild('uncited-source')).toEqual({ stage: 'uncited', messages: [], uncited: { [ARTICLE]: ['2'] } });
  });

  test('future-date → bulletin.future-date, against the injected build date', () => {
    expect(checkLikeTheBuild('future-date')).toMatchObject({
      stage: 'corpus',
      messages: [`${ISSUE} › date.value：日期 “2024-07-01” 晚于构建当天 2024-06-30。请改正日期；如果确实要在那天出版，请到那天再构建发布 (bulletin.future-date)`],
    });
  });

  test('invalid-yaml → file.invalid-yaml, before Astro reads the file', () => {
    const { stage, messages } = checkLikeTheBuild('invalid-yaml');
    expect(stage).toBe('files');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^content\/documents\/fixture-bulletin-2024-01\.md:20：信息块（front matter）不是有效的 YAML：引号或括号没有成对。.*\(file\.invalid-yaml\)$/);
  });

  test('wrong-encoding → file.not-utf8', () => {
    const { stage, messages } = checkLikeTheBuild('wrong-encoding');
    expect(stage).toBe('files');
    expect(messages).toEqual([expect.stringMatching(/^content\/documents\/fixture-bulletin-2024-01-article-1\.md:2：文件不是 UTF-8 编码.*\(file\.not-utf8\)$/)]);
  });

  test('every fixture folder has a test here', () => {
    const folders = readdirSync(FIXTURES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    expect(folders).toEqual(['duplicate-number', 'empty-section', 'future-date', 'invalid-yaml', 'missing-number', 'uncited-source', 'unknown-article', 'unknown-source-marker', 'valid', 'wrong-encoding']);
  });
});

/** A minimal checked issue with one article, for rules that need finer cases than the fixtures. */
function corpusWith(change: (issue: DocumentData, article: DocumentData) => void, extra: CheckedDocument[] = []): CheckedDocument[] {
  const files = filesWith('valid');
  const docs = [ISSUE, ARTICLE].map((path) => ({
    id: path.slice(DOCS.length, -3),
    filePath: path,
    data: documentData.parse(splitFrontMatter(new TextDecoder().decode(files.get(path))).data),
  }));
  change(docs[0]!.data, docs[1]!.data);
  return [...docs, ...extra];
}

describe('bulletin rules in checkCorpus', () => {
  test('the real corpus with the valid fixture has no problems on the fixture’s build date', () => {
    expect(checkCorpus({ documents: corpusWith(() => {}), regions, topics, today: FIXTURE_BUILD_DATE })).toEqual([]);
  });

  test('bulletin.future-date: also for an article’s date and a source’s published and accessed dates', () => {
    const documents = corpusWith((_issue, article) => {
      article.date.value = '2024-07';
      article.date.precision = 'month';
      article.sources[0]!.published = '2024-07-02';
      article.sources[0]!.accessed = '2025';
    });
    expect(checkCorpus({ documents, regions, topics, today: FIXTURE_BUILD_DATE }).map((p) => [p.filePath, p.field, p.rule])).toEqual([
      [ARTICLE, 'date.value', 'bulletin.future-date'],
      [ARTICLE, 'sources[0].published', 'bulletin.future-date'],
      [ARTICLE, 'sources[0].accessed', 'bulletin.future-date'],
    ]);
  });

  test('bulletin.future-date: the build date itself is not in the future', () => {
    const documents = corpusWith((issue, article) => {
      issue.date.value = FIXTURE_BUILD_DATE;
      article.date.value = FIXTURE_BUILD_DATE;
    });
    expect(checkCorpus({ documents, regions, topics, today: FIXTURE_BUILD_DATE })).toEqual([]);
  });

  test('bulletin.duplicate-number: another series, or the same number in another year, is fine', () => {
    const otherSeries = corpusWith((issue) => {
      issue.bulletin!.series = '养老托育动态';
      issue.bulletin!.year = 2023;
    });
    expect(checkCorpus({ documents: otherSeries, regions, topics, today: FIXTURE_BUILD_DATE })).toEqual([]);
  });
});
