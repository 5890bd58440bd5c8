import { z } from 'astro/zod';

/** Administrative level of a region or of a document's scope. */
export const adminLevel = z.enum(['national', 'provincial', 'municipal', 'district']);

/** A region the portal covers (data/regions.yaml). */
export const region = z
  .object({
    /** Lowercase pinyin id used in URLs and front matter. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    /** Full Chinese name, e.g. 北海市. */
    name: z.string().min(1),
    /** Short Chinese name used in text and charts, e.g. 北海. */
    shortName: z.string().optional(),
    /** English name. */
    nameEn: z.string().min(1),
    /** Pinyin without tones. */
    pinyin: z.string().regex(/^[a-z' ]+$/),
    /** Administrative level. */
    level: adminLevel,
    /** Id of the enclosing region; only `national` has none. */
    parent: z.string().optional(),
  })
  .strict();

export type Region = z.infer<typeof region>;
