// The files `npm run bulletin:new` writes: one issue and its article skeletons, valid as they
// stand (the build passes, so staff can preview at once), with comments in Chinese on every
// field. Placeholder text is marked 【待填写】; the PDF step warns while any is left.
import { parse, stringify } from 'yaml';
import { issueTitle } from './citation';

/** Marks text the editors still have to write. */
export const PLACEHOLDER = '【待填写】';

/** A raw corpus file name that satisfies the schema for texts typed in by staff (no raw file). */
export const NO_CORPUS_FILE = '000_0000000000000000.txt';

/** Everything a new issue's skeleton is made from. */
export interface SkeletonOptions {
  issueId: string;
  series: string;
  issueLabel: string;
  year: number;
  number: number;
  theme: string;
  /** YYYY-MM-DD. */
  date: string;
  publisher: string;
  place?: string | undefined;
  editorialDepartment?: string | undefined;
  level: 'national' | 'provincial' | 'municipal' | 'district';
  regions: string[];
  topics: string[];
  board: { role: string; names: string[] }[];
  colophon: Record<string, string>;
  disclaimer?: string | undefined;
  /** Section titles in printed order. */
  sections: string[];
  /** Article skeletons per section. */
  articlesPerSection: number;
}

/** One file to write under content/documents. */
export interface SkeletonFile {
  id: string;
  fileName: string;
  text: string;
}

/** A YAML scalar, plain when that is safe and double-quoted otherwise. */
export function yamlScalar(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const plain = stringify(value, { lineWidth: 0 }).trimEnd();
  const roundTrip: unknown = parse(plain);
  if (!plain.includes('\n') && roundTrip === value && !/[[\]{},]/.test(plain)) return plain;
  return JSON.stringify(value);
}

/** A YAML flow list: [a, b]. */
export function yamlList(values: readonly string[]): string {
  return `[${values.map(yamlScalar).join(', ')}]`;
}

/** The id of the k-th article (from 1) of an issue. */
export function articleId(issueId: string, k: number): string {
  return `${issueId}-article-${k}`;
}

/** The issue file and its article files. */
export function skeletonFiles(o: SkeletonOptions): SkeletonFile[] {
  let k = 0;
  const sections = o.sections.map((title) => ({
    title,
    articles: Array.from({ length: o.articlesPerSection }, () => {
      k += 1;
      return { id: articleId(o.issueId, k), order: k };
    }),
  }));
  const issue = { id: o.issueId, fileName: `${o.issueId}.md`, text: issueText(o, sections) };
  const articles = sections.flatMap((section) =>
    section.articles.map((a) => ({ id: a.id, fileName: `${a.id}.md`, text: articleText(o, section.title, a.order) })),
  );
  return [issue, ...articles];
}

function issueText(o: SkeletonOptions, sections: { title: string; articles: { id: string }[] }[]): string {
  const board = o.board.length > 0 ? o.board : [{ role: '主编', names: [`${PLACEHOLDER}姓名`] }];
  const colophon = Object.entries(o.colophon);
  return `---
# ================= 简报一期：信息块（front matter） =================
# 以 # 开头的是说明，构建时忽略，可以保留也可以删去。
# 写法：冒号后空一格；缩进只用空格、不用 Tab；含冒号、# 或以引号开头的文字要整体加英文双引号。
# 改完后运行 npm run dev 预览，运行 npm run build 检查；出错时构建会用中文指出文件、字段和改法。

# 标题：按“刊名（期次）：专题”的格式，显示在页面标题、搜索结果和 RSS 中。
title: ${yamlScalar(issueTitle(o))}
# 文档类型：简报的一期固定写 bulletin-issue，不要改。
kind: bulletin-issue
# 本期内容所涉的层级：national（全国）| provincial（省级）| municipal（市级）| district（区县）。
level: ${o.level}
# 本期涉及的地区 id（见 data/regions.yaml），至少一个；全国写 national。请按本期实际内容修改。
regions: ${yamlList(o.regions)}
# 出版单位（主办），显示在文档信息中。
issuer: ${yamlScalar(o.publisher)}
# 本期的出版日期及其依据。
date:
  # 出版日期，写在引号里，格式 YYYY-MM-DD。不能晚于构建（发布）当天。
  value: ${JSON.stringify(o.date)}
  # 日期精确到：day（日）| month（月）| year（年），要与上一行的写法一致。
  precision: day
  # printed：刊物上印有这个日期。
  basis: printed
# 主题 id（见 content/topics.yaml），至少一个。请按本期实际内容修改。
topics: ${yamlList(o.topics)}
# 本期文本的来源。
source:
  # 原始文本的文件名。馆员直接录入本站、没有原始文本时，保留这个占位值。
  corpusFile: ${NO_CORPUS_FILE}
  # 一句话说明本期文本从哪里来、做过哪些机械整理（如去掉分栏断行）。
  description: ${yamlScalar(`${o.publisher}编印的《${o.series}》${o.issueLabel}，由馆员录入本站。`)}
# 本期作为简报的信息：刊名、期次、编委会、版权页和栏目。
bulletin:
  # 刊名。
  series: ${yamlScalar(o.series)}
  # 期次，按刊物上印的写。
  issueLabel: ${yamlScalar(o.issueLabel)}
  # 年份：四位数字，不加引号。
  year: ${o.year}
  # 期号：当年第几期，数字，不加引号。同一刊名同一年内不能重复。
  number: ${o.number}
  # 本期专题，印在封面上。
  theme: ${yamlScalar(o.theme)}
  # 主办单位。
  publisher: ${yamlScalar(o.publisher)}
  # 出版地（城市名），用于“引用本期”；不知道时删去这一行。
${o.place !== undefined ? `  place: ${yamlScalar(o.place)}` : `  # place: 北海`}
  # 编辑部门；没有时删去这一行。
${o.editorialDepartment !== undefined ? `  editorialDepartment: ${yamlScalar(o.editorialDepartment)}` : `  # editorialDepartment: 文献信息部`}
  # 编委会：每个职务一项，names 按刊物上印的顺序。
  board:
${board.map((b) => `    - role: ${yamlScalar(b.role)}\n      names: ${yamlList(b.names)}`).join('\n')}
  # 版权页上的联系方式：address 地址、postcode 邮编、phone 电话、fax 传真、email 电子邮箱、website 网址。
  # 邮编、电话等由数字组成的值要加引号。不需要的行删去。
${colophon.length > 0 ? `  colophon:\n${colophon.map(([key, value]) => `    ${key}: ${JSON.stringify(value)}`).join('\n')}` : '  colophon: {}'}
  # 免责声明，印在版权页；没有时删去这一行。
${o.disclaimer !== undefined ? `  disclaimer: ${yamlScalar(o.disclaimer)}` : `  # disclaimer: 本资料所有文章均摘自公开媒体，仅供参考。`}
  # 栏目，按刊印顺序。articles 列出栏目下各篇文章的文件名（不含 .md），顺序即刊印顺序。
  # 每篇文章的文件里要有 appears-in 关系，写明本期 id、栏目名和在全期中的序号（从 1 数起）。
  sections:
${sections.map((s) => `    - title: ${yamlScalar(s.title)}\n      articles: ${yamlList(s.articles.map((a) => a.id))}`).join('\n')}
# 摘要：用自己的话写 100–300 字，概括本期专题、栏目和主要内容，不要照抄原文。
summary: >-
  ${PLACEHOLDER}本期摘要：用自己的话写一百到三百字，说明本期的专题是什么、分几个栏目、每个栏目收了哪些文章、介绍了哪些地方的什么做法、对读者有什么参考价值。请不要照抄原文的句子，写好后删去这段提示文字和开头的待填写标记。
# 要点：3–8 条，每条一句话，用自己的话。
keyPoints:
  - ${PLACEHOLDER}第一条要点：本期的专题和编印单位
  - ${PLACEHOLDER}第二条要点：本期各栏目收录的文章
  - ${PLACEHOLDER}第三条要点：前言的主要观点
---

<!-- 下面是正文，即本期的前言，显示在网页和 PDF 的目录之后。“## 前言”是标题，保留它。
     写在第一个 ## 标题之前的文字会印在封面上（例如封面题字的校记），一般不需要。
     段与段之间空一行。改动原文要用 :fix[改后]{orig="原文" reason="据文意改"}，编者按语用 :note[按语]。 -->

## 前言

${PLACEHOLDER}在这里写本期前言：为什么编这一期、收了哪些文章、希望读者从中得到什么。
`;
}

function articleText(o: SkeletonOptions, sectionTitle: string, order: number): string {
  return `---
# ================= 简报文章：信息块（front matter） =================
# 文件名（不含 .md）就是文章 id，要与简报 ${o.issueId}.md 的 articles 中写的一致。
# 可以改成更好懂的名字（如 bulletin-${o.year}-${String(o.number).padStart(2, '0')}-hangzhou.md），改名后记得同时改简报里的 articles。

# 文章标题，按原文。
title: ${yamlScalar(`${PLACEHOLDER}${o.series}${o.issueLabel}第${order}篇文章标题`)}
# 文章类型：policy 政策文件 | plan 规划方案 | news-digest 新闻摘要 | news-report 新闻报道
#          | case-article 案例文章 | commentary 评论访谈
kind: case-article
# 文章内容所涉的层级：national | provincial | municipal | district。
level: ${o.level}
# 文章涉及的地区 id（见 data/regions.yaml）。
regions: ${yamlList(o.regions)}
# 作者，按原文；没有署名时删去这一行。
# authors: [姓名]
# 原载媒体（报纸、网站）；不知道时删去这一行。
# outlet: 人民日报
# 文章的日期及其依据。
date:
  # 文章日期。原文未印日期时，用本期出版日期并说明推定依据。
  value: ${JSON.stringify(o.date)}
  precision: day
  # printed：原文印有日期；inferred：编者推定，须写 inferredFrom。
  basis: inferred
  inferredFrom: ${yamlScalar(`原文未印日期，取所载《${o.series}》${o.issueLabel}的出版日期`)}
# 主题 id（见 content/topics.yaml），至少一个。
topics: ${yamlList(o.topics)}
# 文章文本的来源。
source:
  # 原始文本的文件名；馆员直接录入时保留占位值。
  corpusFile: ${NO_CORPUS_FILE}
  # 说明文本从哪里来、做过哪些机械整理。
  description: ${yamlScalar(`《${o.series}》${o.issueLabel}“${sectionTitle}”栏目第${order}篇，由馆员录入本站。`)}
# 与其他文档的关系。appears-in 说明本文刊于哪一期：target 是简报的文件名，section 是栏目名，
# order 是本文在全期中的序号（从 1 数起，跨栏目连续编号）。
relations:
  - type: appears-in
    target: ${o.issueId}
    section: ${yamlScalar(sectionTitle)}
    order: ${order}
# 摘要：用自己的话写 100–300 字。
summary: >-
  ${PLACEHOLDER}本文摘要：用自己的话写一百到三百字，说明文章介绍了哪个地方或部门的什么政策、做法和成效，有哪些数字和时间值得注意，对读者有什么参考价值。请不要照抄原文的句子，写好后删去这段提示文字和开头的待填写标记。
# 要点：3–8 条，每条一句话。
keyPoints:
  - ${PLACEHOLDER}第一条要点
  - ${PLACEHOLDER}第二条要点
  - ${PLACEHOLDER}第三条要点
# 参考来源（脚注）：正文中的 [@1] 指向 id 为 "1" 的来源。每条来源都要在正文中引用，每个标记都要有来源。
sources:
  - id: "1"
    # 类型：EB/OL 网页 | N 报纸 | J 期刊 | M 图书 | Z 其他。
    type: EB/OL
    # 来源标题，不加书名号。
    title: ${yamlScalar(`${PLACEHOLDER}来源标题`)}
    # 网站、报纸或期刊名。
    outlet: ${yamlScalar(`${PLACEHOLDER}网站名称`)}
    # 发表日期（引号里，YYYY-MM-DD），不能晚于构建当天。
    published: ${JSON.stringify(o.date)}
    # 引用日期：编者查阅的日期；网址：完整网址。不知道时删去这两行。
    # accessed: "${o.date}"
    # url: https://www.example.gov.cn/…
---

<!-- 下面是正文。段与段之间空一行；小标题用 “## 一、……”，再下一级用 “### （一）……”。
     原文的脚注标记（如 ①）改成 [@1]，并在上面的 sources 中写出对应来源。
     改动原文要用 :fix[改后]{orig="原文" reason="据文意改"}，编者按语用 :note[按语]。 -->

${PLACEHOLDER}把文章正文粘贴在这里。[@1]
`;
}

/** The front-matter fields of an existing issue that a new issue of the same series starts from. */
export interface IssueTemplate {
  id: string;
  series: string;
  year: number;
  number: number;
  date: string;
  publisher: string;
  place?: string | undefined;
  editorialDepartment?: string | undefined;
  level: SkeletonOptions['level'];
  regions: string[];
  topics: string[];
  board: { role: string; names: string[] }[];
  colophon: Record<string, string>;
  disclaimer?: string | undefined;
  sections: string[];
}

/** Reads the template fields from a document's parsed front matter, if it is a bulletin issue. */
export function issueTemplate(id: string, data: unknown): IssueTemplate | undefined {
  const d = data as Record<string, unknown> | null;
  const b = d?.['bulletin'] as Record<string, unknown> | undefined;
  if (d === null || d?.['kind'] !== 'bulletin-issue' || b === undefined) return undefined;
  const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  const texts = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const date = d['date'] as Record<string, unknown> | undefined;
  return {
    id,
    series: text(b['series']) ?? '',
    year: typeof b['year'] === 'number' ? b['year'] : 0,
    number: typeof b['number'] === 'number' ? b['number'] : 0,
    date: text(date?.['value']) ?? '',
    publisher: text(b['publisher']) ?? '',
    place: text(b['place']),
    editorialDepartment: text(b['editorialDepartment']),
    level: (['national', 'provincial', 'municipal', 'district'] as const).find((l) => l === d['level']) ?? 'national',
    regions: texts(d['regions']),
    topics: texts(d['topics']),
    board: Array.isArray(b['board'])
      ? (b['board'] as Record<string, unknown>[]).map((r) => ({ role: text(r['role']) ?? '', names: texts(r['names']) }))
      : [],
    colophon: Object.fromEntries(
      Object.entries((b['colophon'] as Record<string, unknown> | undefined) ?? {}).map(([k, v]) => [k, String(v)]),
    ),
    disclaimer: text(b['disclaimer']),
    sections: Array.isArray(b['sections']) ? (b['sections'] as Record<string, unknown>[]).map((s) => text(s['title']) ?? '') : [],
  };
}
