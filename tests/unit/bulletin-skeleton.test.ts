import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkCorpus } from '../../src/lib/corpus-check';
import { renderMarkdown } from '../../src/lib/render-markdown';
import { issueTemplate, PLACEHOLDER, skeletonFiles, yamlScalar, type SkeletonOptions } from '../../src/lib/bulletin-skeleton';
import { parseUniqueList } from '../../src/lib/unique-list';
import { documentData } from '../../src/schemas/document';
import { region } from '../../src/schemas/region';
import { topic } from '../../src/schemas/topic';
import { ROOT, readProjectFile, realDocuments, splitFrontMatter } from './support/front-matter';

const regions = parseUniqueList(readProjectFile('data/regions.yaml'), 'data/regions.yaml').map((r) => region.parse(r));
const topics = parseUniqueList(readProjectFile('content/topics.yaml'), 'content/topics.yaml').map((t) => topic.parse(t));
const realIssue = realDocuments().find((d) => d.id === 'beihai-library-bulletin-2023-01');
const template = issueTemplate('beihai-library-bulletin-2023-01', realIssue?.data);

const OPTIONS: SkeletonOptions = {
  issueId: 'beihai-library-bulletin-2024-02',
  series: '信息参考',
  issueLabel: '2024年第2期',
  year: 2024,
  number: 2,
  theme: '普惠托育: 从有到优',
  date: '2024-03-15',
  publisher: '北海市图书馆',
  place: '北海',
  editorialDepartment: template?.editorialDepartment,
  level: 'municipal',
  regions: ['beihai'],
  topics: ['childcare'],
  board: template?.board ?? [],
  colophon: template?.colophon ?? {},
  disclaimer: template?.disclaimer,
  sections: ['热点聚焦', '他山之石'],
  articlesPerSection: 2,
};

describe('issueTemplate', () => {
  test('reads what a new issue of the series starts from out of the real issue', () => {
    expect(template).toMatchObject({
      id: 'beihai-library-bulletin-2023-01',
      series: '信息参考',
      year: 2023,
      number: 1,
      date: '2023-01-15',
      publisher: '北海市图书馆',
      editorialDepartment: '北海市图书馆文献信息部',
      level: 'municipal',
      sections: ['热点聚焦', '他山之石', '延伸阅读'],
      colophon: { postcode: '536000', email: 'bhlib@163.com' },
    });
    expect(template?.board[0]).toEqual({ role: '主编', names: ['李道海'] });
  });

  test('a document that is not an issue gives none', () => {
    expect(issueTemplate('x', { kind: 'plan' })).toBeUndefined();
    expect(issueTemplate('x', null)).toBeUndefined();
  });
});

describe('skeletonFiles', () => {
  const files = skeletonFiles(OPTIONS);
  const parsed = files.map((f) => ({ ...f, ...splitFrontMatter(f.text) }));

  test('one issue file and its article files, named by id', () => {
    expect(files.map((f) => f.fileName)).toEqual([
      'beihai-library-bulletin-2024-02.md',
      'beihai-library-bulletin-2024-02-article-1.md',
      'beihai-library-bulletin-2024-02-article-2.md',
      'beihai-library-bulletin-2024-02-article-3.md',
      'beihai-library-bulletin-2024-02-article-4.md',
    ]);
  });

  test('every file passes the schema as written', () => {
    for (const f of parsed) {
      const result = documentData.safeParse(f.data);
      expect(result.success ? [] : result.error.issues).toEqual([]);
    }
  });

  test('with the real corpus, the skeleton passes every cross-file rule on its own date', () => {
    const documents = [
      ...realDocuments().map((d) => ({ id: d.id, filePath: d.filePath, data: documentData.parse(d.data) })),
      ...parsed.map((f) => ({ id: f.id, filePath: `content/documents/${f.fileName}`, data: documentData.parse(f.data) })),
    ];
    expect(checkCorpus({ documents, regions, topics, today: OPTIONS.date })).toEqual([]);
  });

  test('the bodies render, and every source is cited', () => {
    for (const f of parsed) {
      const data = documentData.parse(f.data);
      const rendered = renderMarkdown(f.body, { path: f.fileName, sourceIds: data.sources.map((s) => s.id), urlByTitleKey: new Map() });
      expect(rendered.citedSourceIds).toEqual(data.sources.map((s) => s.id));
      // Instructions in the body are HTML comments: they never reach the page.
      expect(rendered.html).not.toContain('段与段之间空一行');
    }
  });

  test('sections, order and appears-in agree', () => {
    const issue = documentData.parse(parsed[0]?.data);
    expect(issue.bulletin?.sections).toEqual([
      { title: '热点聚焦', articles: ['beihai-library-bulletin-2024-02-article-1', 'beihai-library-bulletin-2024-02-article-2'] },
      { title: '他山之石', articles: ['beihai-library-bulletin-2024-02-article-3', 'beihai-library-bulletin-2024-02-article-4'] },
    ]);
    expect(documentData.parse(parsed[3]?.data).relations).toEqual([
      { type: 'appears-in', target: 'beihai-library-bulletin-2024-02', section: '他山之石', order: 3 },
    ]);
    expect(issue.title).toBe('信息参考（2024年第2期）：普惠托育: 从有到优');
  });

  test('every field the editors fill in has a Chinese comment above it', () => {
    const issueFields = ['title', 'kind', 'level', 'regions', 'issuer', 'date', 'topics', 'source', 'bulletin', 'summary', 'keyPoints', '  series', '  issueLabel', '  year', '  number', '  theme', '  publisher', '  board', '  colophon', '  sections', '  value', '  precision', '  basis', '  corpusFile', '  description'];
    const articleFields = ['title', 'kind', 'level', 'regions', 'date', 'topics', 'source', 'relations', 'summary', 'keyPoints', 'sources', '    type', '    title', '    outlet', '    published'];
    const commented = (text: string, field: string): boolean => {
      const lines = text.split('\n');
      const at = lines.findIndex((l) => l.startsWith(`${field}:`));
      return at > 0 && /^\s*#.*[\u4e00-\u9fff]/.test(lines[at - 1] ?? '');
    };
    expect(issueFields.filter((f) => !commented(files[0]!.text, f))).toEqual([]);
    expect(articleFields.filter((f) => !commented(files[1]!.text, f))).toEqual([]);
  });

  test('what staff must still write is marked 【待填写】', () => {
    expect(files.every((f) => f.text.includes(PLACEHOLDER))).toBe(true);
  });
});

describe('yamlScalar', () => {
  test.each([
    ['信息参考', '信息参考'],
    ['2024年第2期', '2024年第2期'],
    ['2023', '"2023"'],
    ['true', '"true"'],
    ['普惠托育: 从有到优', '"普惠托育: 从有到优"'],
    ['# 专题', '"# 专题"'],
    ['[专题]', '"[专题]"'],
    ['甲,乙', '"甲,乙"'],
    ['“一老一小”', '“一老一小”'],
  ])('%s → %s', (value, yaml) => {
    expect(yamlScalar(value)).toBe(yaml);
  });
});

// Each case starts tsx (a few seconds): the default 5 s timeout is too short on a busy machine.
describe('npm run bulletin:new (scripts/new-bulletin.ts)', { timeout: 60_000 }, () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-bulletin-new-'));
  mkdirSync(join(root, 'content'), { recursive: true });
  cpSync(join(ROOT, 'content/documents'), join(root, 'content/documents'), { recursive: true });
  cpSync(join(ROOT, 'content/topics.yaml'), join(root, 'content/topics.yaml'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const bulletinNew = (...args: string[]) =>
    spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/new-bulletin.ts'), '--root', root, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ATLAS_BUILD_DATE: '2024-06-30' },
    });

  test('with flags it writes the skeleton, based on the latest issue of the series', () => {
    const result = bulletinNew('--title', '普惠托育', '--issue', '1', '--date', '2024-03-15', '--sections', '热点聚焦，他山之石');
    expect(result.stderr).toContain('已生成《信息参考》2024年第1期（普惠托育）');
    expect(result.status).toBe(0);
    const created = readdirSync(join(root, 'content/documents')).filter((n) => n.startsWith('beihai-library-bulletin-2024-01'));
    expect(created.sort()).toEqual(['beihai-library-bulletin-2024-01-article-1.md', 'beihai-library-bulletin-2024-01-article-2.md', 'beihai-library-bulletin-2024-01.md']);
    const issue = documentData.parse(splitFrontMatter(readFileSync(join(root, 'content/documents/beihai-library-bulletin-2024-01.md'), 'utf8')).data);
    expect(issue.bulletin).toMatchObject({ series: '信息参考', year: 2024, number: 1, theme: '普惠托育', publisher: '北海市图书馆', editorialDepartment: '北海市图书馆文献信息部' });
    expect(issue.bulletin?.sections.map((s) => s.title)).toEqual(['热点聚焦', '他山之石']);
  });

  test('a missing flag, without a terminal to ask in, is an error naming the flag', () => {
    const result = bulletinNew('--title', '普惠托育', '--date', '2024-03-15', '--sections', '热点聚焦');
    expect(result.status).toBe(1);
    expect(result.stderr.startsWith('缺少 --issue（期号（2024年第几期））。不在终端里运行时，请用参数给出，如 --issue …')).toBe(true);
    expect(result.stderr.trimEnd().endsWith('(bulletin-new.missing-flag)')).toBe(true);
  });

  test('a number already used in that year is refused, with the next free one', () => {
    const result = bulletinNew('--title', '又一期', '--issue', '1', '--date', '2024-05-15', '--sections', '热点聚焦');
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('期号重复：《信息参考》2024年第1期已由 content/documents/beihai-library-bulletin-2024-01.md 使用。2024年下一个可用的期号是 2 (bulletin.duplicate-number)');
  });

  test('a date after the build date is refused', () => {
    const result = bulletinNew('--title', '又一期', '--issue', '2', '--date', '2024-07-01', '--sections', '热点聚焦');
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('出版日期 2024-07-01 晚于今天 2024-06-30：构建会拒绝未来的日期。请到出版当天再运行，或改正日期 (bulletin.future-date)');
  });

  test('existing files are never overwritten', () => {
    writeFileSync(join(root, 'content/documents/taken-2024-02.md'), '---\ntitle: 已有\n---\n');
    const result = bulletinNew('--title', '又一期', '--issue', '2', '--date', '2024-05-15', '--sections', '热点聚焦', '--id', 'taken-2024-02');
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('这些文件已经存在，没有覆盖：content/documents/taken-2024-02.md。请用 --id 换一个文件名 (bulletin-new.file-exists)');
    expect(readFileSync(join(root, 'content/documents/taken-2024-02.md'), 'utf8')).toBe('---\ntitle: 已有\n---\n');
  });
});
