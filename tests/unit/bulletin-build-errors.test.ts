// Each bad-input fixture in a real `npm run build` of a copy of the project: the build stops, and
// its output carries the rule's message in Chinese, with the file and the English key. The same
// fixtures are checked in process, faster and more finely, in bulletin-rules.test.ts.
import { afterAll, describe, expect, test } from 'vitest';
import { copyProject, overlayFixture, removeCopy, run } from '../fixtures/bulletins/project-copy';

const ISSUE = 'content/documents/fixture-bulletin-2024-01.md';
const ARTICLE = 'content/documents/fixture-bulletin-2024-01-article-1.md';
/** The injected clock: the fixtures' dates are before it, future-date's is after. */
const ENV = { ATLAS_BUILD_DATE: '2024-06-30' };

const CASES: { fixture: string; expected: (string | RegExp)[] }[] = [
  {
    fixture: 'missing-number',
    expected: [`bulletin.number: 缺少期号 number。请写本期是当年的第几期，用数字、不加引号，如 number: 1 (bulletin.missing-number)`, ISSUE],
  },
  {
    fixture: 'duplicate-number',
    expected: [
      `${ISSUE} › bulletin.number：期号重复：《信息参考》2023年第1期（year: 2023，number: 1）已由 content/documents/beihai-library-bulletin-2023-01.md 使用。请改成本年度尚未使用的期号，或检查 series、year 是否写错 (bulletin.duplicate-number)`,
    ],
  },
  {
    fixture: 'empty-section',
    expected: [
      `bulletin.sections.1.articles: 栏目 “延伸阅读” 里没有文章。请在 articles 中列出至少一篇文章的 id（content/documents 中的文件名，不含 .md），或删去这个栏目 (bulletin.empty-section)`,
      ISSUE,
    ],
  },
  {
    fixture: 'unknown-article',
    expected: [`${ISSUE} › bulletin.sections[0].articles[1]：文章 “fixture-bulletin-2024-01-article-2” 不存在。请检查 content/documents 中的文件名 (bulletin.unknown-article)`],
  },
  {
    fixture: 'unknown-source-marker',
    // The line is counted from the start of the body, not the file: see bulletin-rules.test.ts.
    expected: [/content\/documents\/fixture-bulletin-2024-01-article-1\.md:\d+：脚注标记 \[@2\] 没有对应的来源。请在 sources 中加入 id: "2" 的条目，或改正标记 \(citation\.unknown-source\)/],
  },
  {
    fixture: 'uncited-source',
    expected: [`${ARTICLE} › sources：来源 “2” 在正文中没有被引用。请在正文相应位置加上 [@2]，或删去该来源 (citation.uncited-source)`],
  },
  {
    fixture: 'future-date',
    expected: [`${ISSUE} › date.value：日期 “2024-07-01” 晚于构建当天 2024-06-30。请改正日期；如果确实要在那天出版，请到那天再构建发布 (bulletin.future-date)`],
  },
  {
    fixture: 'invalid-yaml',
    expected: [
      `${ISSUE}:20：信息块（front matter）不是有效的 YAML：引号或括号没有成对。问题在这一行或上一行，请检查：冒号后要有一个空格；引号要成对；同一层的字段缩进要对齐、只用空格不用 Tab；列表项以 “- ” 开头；含冒号或 # 的文字要加引号（解析器原文：Missing closing "quote） (file.invalid-yaml)`,
    ],
  },
  {
    fixture: 'wrong-encoding',
    expected: [
      `${ARTICLE}:2：文件不是 UTF-8 编码（这一行有无法识别的字节，常见于用 GBK/GB2312 或 UTF-16 保存的文件）。请用编辑器把文件另存为 UTF-8 编码（VS Code：点右下角的编码名称 → “通过编码保存” → UTF-8），再重新构建 (file.not-utf8)`,
    ],
  },
];

const copies: string[] = [];
afterAll(() => copies.forEach(removeCopy));

// Two builds at a time: each takes a CPU core for several seconds.
describe.concurrent('npm run build stops on each bad-input fixture with the rule’s message', { timeout: 300_000 }, () => {
  let running = 0;
  const waiting: (() => void)[] = [];
  const slot = async (): Promise<() => void> => {
    if (running >= 2) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    return () => {
      running -= 1;
      waiting.shift()?.();
    };
  };

  test.each(CASES)('$fixture', async ({ fixture, expected }) => {
    const release = await slot();
    try {
      const dir = copyProject();
      copies.push(dir);
      overlayFixture(dir, 'valid');
      overlayFixture(dir, fixture);
      const { code, output } = await run(dir, 'npm', ['run', 'build'], ENV);
      expect(code, output).not.toBe(0);
      for (const text of expected) {
        if (typeof text === 'string') expect(output).toContain(text);
        else expect(output).toMatch(text);
      }
    } finally {
      release();
    }
  });
});
