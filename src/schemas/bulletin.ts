import { z } from 'astro/zod';

/** One section (栏目) of a bulletin issue, listing its articles in order. */
export const bulletinSection = z
  .object({
    /** Section title chosen by the editors, e.g. 热点聚焦. */
    title: z.string({ error: '栏目缺少 title（栏目名称），如 title: 热点聚焦 (bulletin.missing-section-title)' }).min(1),
    /**
     * Ids of the article documents, in printed order. An empty `articles:` line (YAML null) or a
     * missing key is read as an empty list, so that the editor gets the message below, which names
     * the section, instead of a bare type error.
     */
    articles: z.preprocess(
      (value) => value ?? [],
      z.array(z.string({ error: '文章 id 应为文件名（不含 .md），如 bulletin-2023-01-beihai (bulletin.article-id-not-text)' }), {
        error: 'articles 应为文章 id 的列表，如 articles: [bulletin-2023-01-beihai] (bulletin.articles-not-a-list)',
      }),
    ),
  })
  .strict()
  .superRefine((section, ctx) => {
    if (section.articles.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['articles'],
        message: `栏目 “${section.title}” 里没有文章。请在 articles 中列出至少一篇文章的 id（content/documents 中的文件名，不含 .md），或删去这个栏目 (bulletin.empty-section)`,
      });
    }
  });

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
    series: z.string({ error: '缺少 series（刊名），如 series: 信息参考 (bulletin.missing-series)' }).min(1),
    /** Issue label as printed, e.g. 2023年第1期. */
    issueLabel: z.string({ error: '缺少 issueLabel（期次，按刊物所印），如 issueLabel: 2023年第1期 (bulletin.missing-issue-label)' }).min(1),
    /** Year of the issue. */
    year: z
      .number({ error: '缺少 year（年份）或写法不对。请写四位数字，不加引号，如 year: 2023 (bulletin.missing-year)' })
      .int()
      .min(1949)
      .max(2100),
    /** Number of the issue within its year. */
    number: z
      .number({
        error: (issue) =>
          issue.input === undefined
            ? '缺少期号 number。请写本期是当年的第几期，用数字、不加引号，如 number: 1 (bulletin.missing-number)'
            : `期号 number 应为数字、不加引号，如 number: 1（现在写的是 ${JSON.stringify(issue.input)}） (bulletin.missing-number)`,
      })
      .int({ error: '期号 number 应为正整数，如 number: 1 (bulletin.missing-number)' })
      .positive({ error: '期号 number 应为正整数，如 number: 1 (bulletin.missing-number)' }),
    /** Theme of the issue. */
    theme: z.string({ error: '缺少 theme（本期专题），如 theme: 聚焦养老托育 (bulletin.missing-theme)' }).min(1),
    /** Publishing institution. */
    publisher: z.string({ error: '缺少 publisher（主办单位），如 publisher: 北海市图书馆 (bulletin.missing-publisher)' }).min(1),
    /** Place of publication (出版地) for the GB/T 7714 citation of the issue, e.g. 北海. */
    place: z.string().min(1).optional(),
    /** Editing department. */
    editorialDepartment: z.string().optional(),
    /** Editorial board. */
    board: z.array(boardRole).default([]),
    /** Contact details printed in the colophon. */
    colophon: z.record(z.string(), z.string()).default({}),
    /** Disclaimer printed with the issue. */
    disclaimer: z.string().optional(),
    /** Sections in printed order. */
    sections: z
      .array(bulletinSection, { error: 'sections 应为栏目列表，每项以 “- title: 栏目名” 开头 (bulletin.sections-not-a-list)' })
      .min(1, { error: 'sections 里至少要有一个栏目 (bulletin.no-sections)' }),
  })
  .strict();

export type BulletinIssue = z.infer<typeof bulletinIssue>;
export type BulletinSection = z.infer<typeof bulletinSection>;
