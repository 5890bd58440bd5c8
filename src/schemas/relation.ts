import { z } from 'astro/zod';

/** How one document relates to another. */
export const relationType = z.enum(['summarises', 'implements', 'appears-in', 'responds-to']);

/** A relation to a document in the corpus (`target`) or to a work outside it (`work`). */
export const relation = z
  .object({
    /** summarises: a digest of; implements: a local plan carrying out; appears-in: an article in a bulletin. */
    type: relationType,
    /** Id of a document in content/documents. */
    target: z.string().optional(),
    /** Title (without 《》) of a work that is not in the corpus. */
    work: z.string().optional(),
    /** appears-in only: the bulletin section the article is printed under. */
    section: z.string().optional(),
    /** appears-in only: position of the article in the whole issue, from 1. */
    order: z.number().int().positive().optional(),
  })
  .strict()
  .refine((r) => (r.target === undefined) !== (r.work === undefined), {
    error: 'relations 中每一项必须且只能填写 target（本站文档 id）或 work（站外文献标题）之一',
  })
  .refine((r) => r.type !== 'appears-in' || (r.target !== undefined && r.section !== undefined && r.order !== undefined), {
    error: 'appears-in 关系需要 target（所在简报的 id）、section（栏目）和 order（在本期中的顺序）',
  });

export type Relation = z.infer<typeof relation>;
