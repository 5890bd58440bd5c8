import { z } from 'astro/zod';

/** One section (栏目) of a bulletin issue, listing its articles in order. */
export const bulletinSection = z
  .object({
    /** Section title chosen by the editors, e.g. 热点聚焦. */
    title: z.string().min(1),
    /** Ids of the article documents, in printed order. */
    articles: z.array(z.string()).min(1, { error: '栏目里至少要有一篇文章' }),
  })
  .strict();

/** A member of the editorial board with their role. */
export const boardRole = z
  .object({
    /** 主编, 副主编, 编委 … */
    role: z.string().min(1),
    /** Names as printed. */
    names: z.array(z.string().min(1)).min(1),
  })
  .strict();

/** The bulletin block of a `bulletin-issue` document: what makes it an issue of a series. */
export const bulletinIssue = z
  .object({
    /** Series title, e.g. 信息参考. */
    series: z.string().min(1),
    /** Issue label as printed, e.g. 2023年第1期. */
    issueLabel: z.string().min(1),
    /** Year of the issue. */
    year: z.number().int().min(1949).max(2100),
    /** Number of the issue within its year. */
    number: z.number().int().positive(),
    /** Theme of the issue. */
    theme: z.string().min(1),
    /** Publishing institution. */
    publisher: z.string().min(1),
    /** Editing department. */
    editorialDepartment: z.string().optional(),
    /** Editorial board. */
    board: z.array(boardRole).default([]),
    /** Contact details printed in the colophon. */
    colophon: z.record(z.string(), z.string()).default({}),
    /** Disclaimer printed with the issue. */
    disclaimer: z.string().optional(),
    /** Sections in printed order. */
    sections: z.array(bulletinSection).min(1),
  })
  .strict();

export type BulletinIssue = z.infer<typeof bulletinIssue>;
