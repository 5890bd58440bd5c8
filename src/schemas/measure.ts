import { z } from 'astro/zod';

/** A policy instrument of the measure-adoption matrix (data/measures.yaml). */
export const measure = z
  .object({
    /** Lowercase English id used in data/measures.csv. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    /** Chinese name shown as a column of the matrix. */
    name: z.string().min(2),
    /** One sentence on what counts as adopting it. */
    description: z.string().min(4),
  })
  .strict();

export type Measure = z.infer<typeof measure>;

/** One row of data/measures.csv: a region adopts a measure, shown by a sentence of a document. */
export const measureAdoption = z
  .object({
    /** Region id. */
    region: z.string().min(1),
    /** Measure id. */
    measure: z.string().min(1),
    /** Document id the quote comes from. */
    document: z.string().min(1),
    /** The exact sentence that shows the adoption. */
    quote: z.string().min(4),
    /** Anything a reader should know (e.g. planned rather than in place). */
    note: z.string().default(''),
  })
  .strict();

export type MeasureAdoption = z.infer<typeof measureAdoption>;
