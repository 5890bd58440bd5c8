import { z } from 'astro/zod';

/** A unit as printed in the sources (data/units.yaml), with how to convert it to its base unit. */
export const unit = z
  .object({
    /** The unit exactly as printed, e.g. 万张, 个/千人, %. */
    id: z.string().min(1),
    /** The base unit this one converts to, e.g. 张 for 万张. */
    base: z.string().min(1),
    /** Multiply a value in this unit by `factor` to get the base unit (万 = 10000). */
    factor: z.number().positive(),
  })
  .strict();

export type Unit = z.infer<typeof unit>;
