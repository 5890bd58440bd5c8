import { z } from 'astro/zod';

/** A point of a case summary with the documents it is drawn from. */
export const casePoint = z
  .object({
    /** One sentence in plain Chinese, written by us. */
    text: z.string().min(6),
    /** Ids of the documents that support it. */
    documents: z.array(z.string()).min(1, { error: '每一条都要注明依据的文档 id（documents）' }),
  })
  .strict();

/** Our structured case summary of a region (content/case-summaries/<region>.yaml): 问题—做法—成效—可借鉴之处. */
export const caseSummary = z
  .object({
    /** Region id; also the file name. */
    region: z.string(),
    /** One-line headline of the region's approach. */
    headline: z.string().min(6).max(60),
    /** 问题: the situation and problems the region faced. */
    problems: z.array(casePoint).min(1).max(5),
    /** 做法: what the region did. */
    approaches: z.array(casePoint).min(2).max(8),
    /** 成效: results, with figures where the texts give them. */
    results: z.array(casePoint).min(1).max(6),
    /** 可借鉴之处: what other places can learn. */
    lessons: z.array(casePoint).min(1).max(5),
  })
  .strict();

export type CaseSummary = z.infer<typeof caseSummary>;
