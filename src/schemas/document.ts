import { z } from 'astro/zod';
import { bulletinIssue } from './bulletin';
import { dating } from './dating';
import { footnoteSource } from './footnote-source';
import { adminLevel } from './region';
import { relation } from './relation';

/** What sort of text a document is. */
export const documentKind = z.enum(
  ['policy', 'plan', 'news-digest', 'news-report', 'case-article', 'commentary', 'bulletin-issue'],
  { error: 'kind 只能是 policy、plan、news-digest、news-report、case-article、commentary、bulletin-issue 之一' },
);

export type DocumentKind = z.infer<typeof documentKind>;

/** Where the edited text was taken from. */
export const corpusOrigin = z
  .object({
    /** File name of the raw source text the entry was edited from. */
    corpusFile: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, { error: 'source.corpusFile 应为原始文本的文件名，如 003_30ebf1be14aad809.txt' }),
    /** What the raw text was and what mechanical clean-up was done. */
    description: z.string().min(4),
    /** Address of the original, if printed. */
    url: z.url().optional(),
  })
  .strict();

const countChars = (s: string): number => [...s.replace(/\s/g, '')].length;

/** Names the unknown fields in Chinese, so an editor sees which key to delete or rename. */
const unknownKeyError = (issue: { code?: string; keys?: string[] }): string | undefined =>
  issue.code === 'unrecognized_keys' ? `不认识的字段 ${(issue.keys ?? []).join('、')}：请检查拼写，或删去它（可用字段见 content/README.md）` : undefined;

/** Front matter of one document in content/documents. */
export const documentData = z
  .object({
    /** Title as printed. */
    title: z.string({ error: '缺少 title（标题）' }).min(2),
    /** policy, plan, news-digest, news-report, case-article, commentary or bulletin-issue. */
    kind: documentKind,
    /** The administrative level the text is about. */
    level: adminLevel,
    /** Ids of regions in data/regions.yaml that the text is about. */
    regions: z.array(z.string()).min(1, { error: 'regions 至少要有一个地区 id（全国用 national）' }),
    /** Issuing body of a policy or plan (发文机关). */
    issuer: z.string().optional(),
    /** Personal authors as printed. */
    authors: z.array(z.string().min(1)).optional(),
    /** Newspaper, website or journal the text appeared in. */
    outlet: z.string().optional(),
    /** Document number (文号), only when known. */
    docNumber: z.string().optional(),
    /** Issue or publication date and how it is known. */
    date: dating,
    /** Ids of topics in content/topics.yaml. */
    topics: z.array(z.string()).min(1, { error: 'topics 至少要有一个主题 id（见 content/topics.yaml）' }),
    /** Titles (without 《》) under which other texts cite this document. */
    citedAs: z.array(z.string().min(2)).default([]),
    /** The raw text this entry was edited from. */
    source: corpusOrigin,
    /** Relations to other documents or works. */
    relations: z.array(relation).default([]),
    /** Our own plain-Chinese summary, 100–300 characters. */
    summary: z.string().refine((s) => countChars(s) >= 100 && countChars(s) <= 300, {
      error: 'summary（摘要）应为 100–300 个字符，用自己的话写',
    }),
    /** Key measures in our own words. */
    keyPoints: z.array(z.string().min(2)).min(3, { error: 'keyPoints（要点）至少 3 条' }).max(8, { error: 'keyPoints（要点）最多 8 条' }),
    /** Footnote sources cited in the text as [@id]. */
    sources: z.array(footnoteSource).default([]),
    /** Bulletin-issue only: series, number, board, sections. */
    bulletin: bulletinIssue.optional(),
  }, { error: unknownKeyError })
  .strict()
  .refine((d) => (d.kind === 'bulletin-issue') === (d.bulletin !== undefined), {
    error: 'kind 为 bulletin-issue 的文档必须有 bulletin 块，其他文档不能有',
    path: ['bulletin'],
  });

export type DocumentData = z.infer<typeof documentData>;
