// Checks that run before `astro build` reads content/documents: a file that is not UTF-8 or whose
// front matter is not YAML makes Astro stop with an English parser message (or, for a GBK file,
// with a schema error about garbled text), before any of our checks run. This module finds those
// files first and says, in the editors' language, which line is wrong and how to fix it.
import { parseDocument } from 'yaml';

/** A file the build cannot read, with the line to look at. */
export interface FileProblem {
  filePath: string;
  /** 1-based line in the file. */
  line: number;
  message: string;
  /** Stable English key of the rule. */
  rule: string;
}

/** One line per problem: file:line：message (rule), like the other content checks. */
export function formatFileProblem(p: FileProblem): string {
  return `${p.filePath}:${p.line}：${p.message} (${p.rule})`;
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let length: number;
    let min: number;
    if (b < 0x80) {
      i += 1;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      length = 2;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + length > bytes.length) return i;
    let codePoint = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k += 1) {
      const next = bytes[i + k] as number;
      if ((next & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points beyond U+10FFFF are not UTF-8 either.
    if (codePoint < min || (codePoint >= 0xd800 && codePoint <= 0xdfff) || codePoint > 0x10ffff) return i;
    i += length;
  }
  return -1;
}

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/** What the YAML parser's error codes mean for someone editing front matter by hand. */
const YAML_HINTS: Readonly<Record<string, string>> = {
  MISSING_CHAR: '引号或括号没有成对',
  DUPLICATE_KEY: '同一个字段写了两次，请删去其中一处',
  TAB_AS_INDENT: '缩进里有 Tab 字符，请全部改成空格',
  BAD_INDENT: '缩进没有对齐，或方括号没有成对：同一层的字段要从同一列开始',
  MULTILINE_IMPLICIT_KEY: '这一行不是 “字段: 值” 的写法，多半是冒号后缺了空格',
  BLOCK_AS_IMPLICIT_KEY: '一行里有两个 “字段: ”，含冒号的文字要整体加英文双引号',
  UNEXPECTED_TOKEN: '这一行的缩进或写法与上下文不一致',
};

// Astro's own front-matter delimiters (@astrojs/internal-helpers/frontmatter).
const OPENING = /^\uFEFF?---\r?\n/;
const CLOSING = /^---\s*$/m;

/**
 * Why a document file cannot be read, or undefined if it can: not UTF-8 (file.not-utf8), no front
 * matter (file.missing-front-matter), front matter never closed (file.unclosed-front-matter), not
 * YAML (file.invalid-yaml) or not a list of fields (file.front-matter-not-fields).
 */
export function checkDocumentFile(filePath: string, bytes: Uint8Array): FileProblem | undefined {
  const invalid = firstInvalidUtf8Byte(bytes);
  if (invalid >= 0) {
    return {
      filePath,
      line: lineAtByte(bytes, invalid),
      message:
        '文件不是 UTF-8 编码（这一行有无法识别的字节，常见于用 GBK/GB2312 或 UTF-16 保存的文件）。请用编辑器把文件另存为 UTF-8 编码（VS Code：点右下角的编码名称 → “通过编码保存” → UTF-8），再重新构建',
      rule: 'file.not-utf8',
    };
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  const opening = OPENING.exec(text);
  if (opening === null) {
    return {
      filePath,
      line: 1,
      message: '文件开头缺少信息块（front matter）：第一行应只有 ---，接着写 title、kind 等字段，再用单独一行 --- 结束。可以用 npm run bulletin:new 生成骨架文件',
      rule: 'file.missing-front-matter',
    };
  }
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (closing === null) {
    return {
      filePath,
      line: 1,
      message: '信息块（front matter）没有结束：请在最后一个字段之后、正文之前加单独一行 ---',
      rule: 'file.unclosed-front-matter',
    };
  }
  const yamlText = rest.slice(0, closing.index);
  const document = parseDocument(yamlText, { prettyErrors: true });
  const error = document.errors[0];
  if (error !== undefined) {
    // The YAML starts on the file's second line.
    const line = (error.linePos?.[0].line ?? 1) + 1;
    // The parser counts lines from the start of the front matter; the message gives the file's line.
    const detail = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    const hint = YAML_HINTS[error.code] ?? '格式不对';
    return {
      filePath,
      line,
      message: `信息块（front matter）不是有效的 YAML：${hint}。问题在这一行或上一行，请检查：冒号后要有一个空格；引号要成对；同一层的字段缩进要对齐、只用空格不用 Tab；列表项以 “- ” 开头；含冒号或 # 的文字要加引号（解析器原文：${detail}）`,
      rule: 'file.invalid-yaml',
    };
  }
  const data: unknown = document.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      filePath,
      line: 2,
      message: '信息块（front matter）应由 “字段: 值” 的行组成，如 title: 标题。请对照 content/README.md 中的示例改正',
      rule: 'file.front-matter-not-fields',
    };
  }
  return undefined;
}
