import { z } from 'astro/zod';

/** A term of the controlled topic vocabulary (content/topics.yaml). */
export const topic = z
  .object({
    /** Lowercase English id used in URLs and front matter. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    /** Chinese name shown to readers. */
    name: z.string().min(1),
    /** One sentence on what the topic covers. */
    description: z.string().min(1),
  })
  .strict();

export type Topic = z.infer<typeof topic>;
