// `npm run bulletin:new`: writes the skeleton of a new bulletin issue and its articles into
// content/documents, valid as it stands, with comments in Chinese on every field.
//
//   npm run bulletin:new                                   asks for what it needs
//   npm run bulletin:new -- --title 普惠托育 --issue 2 --date 2024-03-15 --sections 热点聚焦,他山之石
//
// Flags: --title 本期专题  --issue 期号  --date 出版日期 YYYY-MM-DD  --sections 栏目1,栏目2
//        --articles 每个栏目几篇（默认 1）  --series 刊名  --label 期次（默认 “2024年第2期”）
//        --publisher 主办单位  --id 文件名（不含 .md）  --root 项目目录（默认当前目录）
// Fields not asked for (board, colophon, regions, topics …) are copied from the latest issue of
// the same series. Messages go to stderr; the exit code is 1 when nothing was written.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { buildDate, isAfterDay } from '../src/lib/bulletin-clock';
import { checkDocumentFile, formatFileProblem } from '../src/lib/bulletin-file-check';
import { BULLETIN_INDEX_URL, bulletinUrl } from '../src/lib/bulletin-urls';
import { issueTemplate, skeletonFiles, type IssueTemplate, type SkeletonOptions } from '../src/lib/bulletin-skeleton';
import { isValidPartialDate } from '../src/lib/partial-date';

const log = (line = ''): void => {
  process.stderr.write(`${line}\n`);
};

class UsageError extends Error {}

const HELP = `用法：npm run bulletin:new [-- 选项]
  --title 本期专题（如 聚焦养老托育）      --issue 期号（当年第几期，如 2）
  --date 出版日期（YYYY-MM-DD）            --sections 栏目，用逗号分隔（如 热点聚焦,他山之石）
  --articles 每个栏目的文章数（默认 1）    --series 刊名（默认沿用最近一期）
  --label 期次（默认 “年份年第N期”）        --publisher 主办单位（默认沿用最近一期）
  --id 简报文件名，不含 .md               --root 项目目录（默认当前目录）
缺少的项目会逐项询问（在终端里运行时）。`;

try {
  await main();
} catch (error) {
  if (error instanceof UsageError) {
    log(error.message);
    process.exitCode = 1;
  } else {
    throw error;
  }
}

async function main(): Promise<void> {
  const { values: flags } = parseArgs({
    options: {
      title: { type: 'string' },
      issue: { type: 'string' },
      date: { type: 'string' },
      sections: { type: 'string' },
      articles: { type: 'string' },
      series: { type: 'string' },
      label: { type: 'string' },
      publisher: { type: 'string' },
      id: { type: 'string' },
      root: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (flags.help === true) {
    log(HELP);
    return;
  }
  const root = resolve(flags.root ?? process.cwd());
  const documentsDir = join(root, 'content/documents');
  if (!existsSync(documentsDir)) throw new UsageError(`找不到 ${documentsDir}：请在项目目录中运行，或用 --root 指定项目目录 (bulletin-new.no-project)`);

  const existing = readIssues(documentsDir);
  const today = buildDate();
  const prompt = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stderr }) : undefined;
  const ask = async (flag: string, question: string, fallback: string | undefined): Promise<string> => {
    if (prompt === undefined) {
      if (fallback !== undefined) return fallback;
      throw new UsageError(`缺少 --${flag}（${question}）。不在终端里运行时，请用参数给出，如 --${flag} …\n\n${HELP} (bulletin-new.missing-flag)`);
    }
    const answer = (await prompt.question(`${question}${fallback !== undefined ? `（直接回车用 “${fallback}”）` : ''}：`)).trim();
    if (answer !== '') return answer;
    if (fallback !== undefined) return fallback;
    return ask(flag, question, fallback);
  };

  try {
    const latest = [...existing].sort((a, b) => b.date.localeCompare(a.date))[0];
    const series = flags.series ?? (await ask('series', '刊名', latest?.series));
    const template = [...existing].filter((t) => t.series === series).sort((a, b) => b.date.localeCompare(a.date))[0] ?? latest;
    const theme = flags.title ?? (await ask('title', '本期专题（印在封面上，如 聚焦养老托育）', undefined));
    const date = flags.date ?? (await ask('date', '出版日期（YYYY-MM-DD）', today));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isValidPartialDate(date)) {
      throw new UsageError(`出版日期 “${date}” 不是有效日期，请写成 YYYY-MM-DD，如 2024-03-15 (bulletin-new.bad-date)`);
    }
    if (isAfterDay(date, today)) {
      throw new UsageError(`出版日期 ${date} 晚于今天 ${today}：构建会拒绝未来的日期。请到出版当天再运行，或改正日期 (bulletin.future-date)`);
    }
    const year = Number(date.slice(0, 4));
    const used = existing.filter((t) => t.series === series && t.year === year).map((t) => t.number);
    const nextFree = String(Math.max(0, ...used) + 1);
    const numberText = flags.issue ?? (await ask('issue', `期号（${year}年第几期）`, prompt !== undefined ? nextFree : undefined));
    const number = Number(numberText);
    if (!Number.isInteger(number) || number < 1) throw new UsageError(`期号 “${numberText}” 应为正整数，如 2 (bulletin.missing-number)`);
    const clash = existing.find((t) => t.series === series && t.year === year && t.number === number);
    if (clash !== undefined) {
      throw new UsageError(`期号重复：《${series}》${year}年第${number}期已由 content/documents/${clash.id}.md 使用。${year}年下一个可用的期号是 ${nextFree} (bulletin.duplicate-number)`);
    }
    const sectionsText = flags.sections ?? (await ask('sections', '栏目（用逗号分隔，如 热点聚焦,他山之石）', template?.sections.join(',')));
    const sections = sectionsText.split(/[,，、]/).map((s) => s.trim()).filter((s) => s !== '');
    if (sections.length === 0) throw new UsageError('至少要有一个栏目，如 --sections 热点聚焦 (bulletin.no-sections)');
    if (new Set(sections).size !== sections.length) throw new UsageError(`栏目名重复：${sectionsText}。每个栏目只写一次 (bulletin-new.duplicate-section)`);
    const articlesText = flags.articles ?? '1';
    const articlesPerSection = Number(articlesText);
    if (!Number.isInteger(articlesPerSection) || articlesPerSection < 1 || articlesPerSection > 30) {
      throw new UsageError(`--articles “${articlesText}” 应为 1 到 30 的整数 (bulletin-new.bad-articles)`);
    }
    const publisher = flags.publisher ?? (await ask('publisher', '主办单位（如 北海市图书馆）', template?.publisher));
    const issueLabel = flags.label ?? `${year}年第${number}期`;
    const issueId = flags.id ?? defaultIssueId(template, year, number);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(issueId)) {
      throw new UsageError(`文件名 “${issueId}” 不能作 id：只用小写英文字母、数字和连字符，如 beihai-library-bulletin-2024-02 (document.id-format)`);
    }

    const options: SkeletonOptions = {
      issueId,
      series,
      issueLabel,
      year,
      number,
      theme,
      date,
      publisher,
      place: template?.place,
      editorialDepartment: template?.editorialDepartment,
      level: template?.level ?? 'national',
      regions: template !== undefined && template.regions.length > 0 ? template.regions : ['national'],
      topics: template !== undefined && template.topics.length > 0 ? template.topics : [firstTopic(root)],
      board: template?.board ?? [],
      colophon: template?.colophon ?? {},
      disclaimer: template?.disclaimer,
      sections,
      articlesPerSection,
    };
    const files = skeletonFiles(options);
    const taken = files.filter((f) => existsSync(join(documentsDir, f.fileName)));
    if (taken.length > 0) {
      throw new UsageError(`这些文件已经存在，没有覆盖：${taken.map((f) => `content/documents/${f.fileName}`).join('、')}。请用 --id 换一个文件名 (bulletin-new.file-exists)`);
    }
    mkdirSync(documentsDir, { recursive: true });
    for (const f of files) writeFileSync(join(documentsDir, f.fileName), f.text, 'utf8');

    log(`已生成《${series}》${issueLabel}（${theme}）：`);
    for (const f of files) log(`  content/documents/${f.fileName}`);
    log();
    log('下一步：');
    log(`  1. 打开上面的文件，把所有 “【待填写】” 换成本期内容（每个字段上方的 # 注释说明了写法）。`);
    log(`  2. npm run dev，在浏览器打开 http://localhost:4321${bulletinUrl(issueId)} 预览。`);
    log(`  3. npm run build 检查并生成网站和 PDF；有错误时会用中文指出文件、字段和改法。`);
    log(`  指南：npm run dev 后打开 http://localhost:4321/guide/bulletins/ ；全部简报：${BULLETIN_INDEX_URL}`);
  } finally {
    prompt?.close();
  }
}

/** The issues already in content/documents, with the fields a new issue is based on. */
function readIssues(documentsDir: string): IssueTemplate[] {
  const issues: IssueTemplate[] = [];
  for (const name of readdirSync(documentsDir).filter((n) => n.endsWith('.md')).sort()) {
    const bytes = readFileSync(join(documentsDir, name));
    const problem = checkDocumentFile(`content/documents/${name}`, bytes);
    if (problem !== undefined) {
      log(`注意：读不了这个文件，生成骨架时不考虑它：${formatFileProblem(problem)}`);
      continue;
    }
    const text = new TextDecoder().decode(bytes);
    const frontMatter = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*$/m.exec(text)?.[1] ?? '';
    const template = issueTemplate(name.replace(/\.md$/, ''), parse(frontMatter));
    if (template !== undefined) issues.push(template);
  }
  return issues;
}

/** beihai-library-bulletin-2023-01 → beihai-library-bulletin-2024-02; else bulletin-2024-02. */
function defaultIssueId(template: IssueTemplate | undefined, year: number, number: number): string {
  const suffix = `${year}-${String(number).padStart(2, '0')}`;
  const prefix = template !== undefined ? /^(.*)-\d{4}-\d{2}$/.exec(template.id)?.[1] : undefined;
  return `${prefix ?? 'bulletin'}-${suffix}`;
}

/** The first topic id of content/topics.yaml, for a series' very first issue. */
function firstTopic(root: string): string {
  const topics = parse(readFileSync(join(root, 'content/topics.yaml'), 'utf8')) as { id?: string }[] | null;
  return topics?.[0]?.id ?? 'elderly-care';
}
