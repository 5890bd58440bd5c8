import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkDocumentFile, firstInvalidUtf8Byte, formatFileProblem } from '../../src/lib/bulletin-file-check';
import { ROOT } from './support/front-matter';

const FIXTURES = `${ROOT}tests/fixtures/bulletins/`;
const ISSUE = 'content/documents/fixture-bulletin-2024-01.md';
const ARTICLE = 'content/documents/fixture-bulletin-2024-01-article-1.md';

const check = (text: string | Uint8Array, path = ISSUE): string | undefined => {
  const problem = checkDocumentFile(path, typeof text === 'string' ? new TextEncoder().encode(text) : text);
  return problem === undefined ? undefined : formatFileProblem(problem);
};
const fixture = (name: string, path: string): Uint8Array => readFileSync(`${FIXTURES}${name}/${path}`);

describe('checkDocumentFile: files the build can read', () => {
  test('the real corpus and the valid fixtures', () => {
    const real = readdirSync(`${ROOT}content/documents`).filter((n) => n.endsWith('.md'));
    expect(real.length).toBeGreaterThan(0);
    for (const name of real) expect(check(readFileSync(`${ROOT}content/documents/${name}`), `content/documents/${name}`)).toBeUndefined();
    expect(check(fixture('valid', ISSUE))).toBeUndefined();
    expect(check(fixture('valid', ARTICLE), ARTICLE)).toBeUndefined();
  });

  test('a UTF-8 byte-order mark and Windows line ends are fine', () => {
    expect(check('\uFEFF---\r\ntitle: 标题\r\n---\r\n正文')).toBeUndefined();
  });
});

describe('checkDocumentFile: one message per way a file can be unreadable', () => {
  test('file.not-utf8: the GBK fixture, at the first line with non-ASCII text', () => {
    expect(check(fixture('wrong-encoding', ARTICLE), ARTICLE)).toBe(
      `${ARTICLE}:2：文件不是 UTF-8 编码（这一行有无法识别的字节，常见于用 GBK/GB2312 或 UTF-16 保存的文件）。请用编辑器把文件另存为 UTF-8 编码（VS Code：点右下角的编码名称 → “通过编码保存” → UTF-8），再重新构建 (file.not-utf8)`,
    );
  });

  test('file.not-utf8: UTF-16 with its byte-order mark', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'---\n'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(check(utf16)).toMatch(/^content\/documents\/fixture-bulletin-2024-01\.md:1：文件不是 UTF-8 编码.*\(file\.not-utf8\)$/);
  });

  test('file.invalid-yaml: the fixture’s unclosed quote, at its line in the file', () => {
    expect(check(fixture('invalid-yaml', ISSUE))).toBe(
      `${ISSUE}:20：信息块（front matter）不是有效的 YAML：引号或括号没有成对。问题在这一行或上一行，请检查：冒号后要有一个空格；引号要成对；同一层的字段缩进要对齐、只用空格不用 Tab；列表项以 “- ” 开头；含冒号或 # 的文字要加引号（解析器原文：Missing closing "quote） (file.invalid-yaml)`,
    );
  });

  test.each([
    ['a field written twice', '---\ntitle: 甲\ntitle: 乙\n---\n', 3, '同一个字段写了两次，请删去其中一处'],
    ['a tab in the indentation', '---\ntopics:\n\t- childcare\n---\n', 3, '缩进里有 Tab 字符，请全部改成空格'],
    ['no space after the colon', '---\ntitle: 标题\nkind:case-article\nlevel: national\n---\n', 3, '这一行不是 “字段: 值” 的写法，多半是冒号后缺了空格'],
    ['a colon inside an unquoted value', '---\ntitle: 北海: 托育\n---\n', 2, '一行里有两个 “字段: ”，含冒号的文字要整体加英文双引号'],
  ])('file.invalid-yaml: %s', (_what, text, line, hint) => {
    const message = check(text);
    expect(message?.startsWith(`${ISSUE}:${line}：信息块（front matter）不是有效的 YAML：${hint}。`)).toBe(true);
    expect(message?.endsWith('(file.invalid-yaml)')).toBe(true);
  });

  test('file.missing-front-matter', () => {
    expect(check('title: 标题\n正文')).toBe(
      `${ISSUE}:1：文件开头缺少信息块（front matter）：第一行应只有 ---，接着写 title、kind 等字段，再用单独一行 --- 结束。可以用 npm run bulletin:new 生成骨架文件 (file.missing-front-matter)`,
    );
  });

  test('file.unclosed-front-matter', () => {
    expect(check('---\ntitle: 标题\n正文')).toBe(`${ISSUE}:1：信息块（front matter）没有结束：请在最后一个字段之后、正文之前加单独一行 --- (file.unclosed-front-matter)`);
  });

  test('file.front-matter-not-fields', () => {
    expect(check('---\n- 一\n- 二\n---\n')).toBe(
      `${ISSUE}:2：信息块（front matter）应由 “字段: 值” 的行组成，如 title: 标题。请对照 content/README.md 中的示例改正 (file.front-matter-not-fields)`,
    );
    expect(check('---\n---\n正文')).toContain('(file.front-matter-not-fields)');
  });
});

describe('firstInvalidUtf8Byte', () => {
  test.each([
    ['ASCII and CJK', [...new TextEncoder().encode('abc养老')], -1],
    ['a four-byte character', [...new TextEncoder().encode('a😀')], -1],
    ['GBK 养', [0x61, 0xd1, 0xf8], 1],
    ['a truncated sequence', [0x61, 0xe5, 0x85], 1],
    ['an overlong slash', [0xc0, 0xaf], 0],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80], 0],
    ['a stray continuation byte', [0x61, 0x80], 1],
  ])('%s', (_what, bytes, expected) => {
    expect(firstInvalidUtf8Byte(new Uint8Array(bytes))).toBe(expected);
  });
});
