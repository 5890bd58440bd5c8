import { z } from 'astro/zod';

/** What a figure is: a measured value, a planned value, an estimate or a norm. */
export const figureKind = z.enum(['actual', 'target', 'estimate', 'standard']);
export type FigureKind = z.infer<typeof figureKind>;

/** An indicator definition (data/indicators.yaml): what a column of figures measures. */
export const indicator = z
  .object({
    /** Lowercase English id used in CSV rows and URLs. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    /** Chinese name shown to readers. */
    name: z.string().min(2),
    /** English name for researchers. */
    nameEn: z.string().min(2),
    /** The unit figures of this indicator are compared in (a unit id from data/units.yaml). */
    unit: z.string().min(1),
    /** What the indicator measures, in one or two Chinese sentences. */
    measures: z.string().min(4),
    /** Whether a higher value is better, lower is better, or neither (context figures). */
    direction: z.enum(['higher-is-better', 'lower-is-better', 'neutral']),
    /** Which group of the portal's themes it belongs to. */
    domain: z.enum(['elderly-care', 'childcare', 'population', 'workforce', 'finance', 'health', 'social-security']),
    /** Why figures of this indicator may not be comparable across regions or years. */
    caveats: z.string().optional(),
    /** Whether the indicator gets a cross-region comparison chart. */
    compare: z.boolean().default(false),
  })
  .strict();

export type Indicator = z.infer<typeof indicator>;
