import { z } from 'astro/zod';
import { partialDateString } from './partial-date';

/** GB/T 7714 document type codes used for footnote sources. */
export const sourceTypeCode = z.enum(['EB/OL', 'N', 'J', 'M', 'Z']);

/** One footnote source (参考文献) of a document, cited in the text as `[@id]`. */
export const footnoteSource = z
  .object({
    /** The marker used in the text: `[@1]` refers to `id: "1"`. */
    id: z.string().regex(/^[A-Za-z0-9-]+$/, { error: '来源 id 只能用字母、数字和连字符，如 "1"' }),
    /** GB/T 7714 type: EB/OL online, N newspaper, J journal, M book, Z other. */
    type: sourceTypeCode,
    /** Personal authors as printed. */
    authors: z.array(z.string().min(1)).optional(),
    /** Title of the cited work. */
    title: z.string().min(1),
    /** Website, newspaper or journal. */
    outlet: z.string().min(1).optional(),
    /** Publication date. */
    published: partialDateString.optional(),
    /** Date the editors consulted it (引用日期). */
    accessed: partialDateString.optional(),
    /** Address of the online version. */
    url: z.url({ error: 'url 必须是完整网址，如 https://www.gov.cn/…' }).optional(),
    /** Page or 版次 (newspapers), page range (journals). */
    pages: z.string().optional(),
    /** Journal volume. */
    volume: z.string().optional(),
    /** Journal issue. */
    issue: z.string().optional(),
  })
  .strict();

export type FootnoteSource = z.infer<typeof footnoteSource>;
