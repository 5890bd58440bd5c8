import { z } from 'astro/zod';
import { figureKind } from './indicator';

/** Qualifiers printed before or after a number, and what they mean for comparisons. */
export const QUALIFIERS = {
  '': 'exact',
  约: 'approximately',
  左右: 'approximately',
  近: 'nearly',
  超过: 'more-than',
  超: 'more-than',
  逾: 'more-than',
  余: 'more-than',
  多: 'more-than',
  以上: 'at-least',
  不低于: 'at-least',
  不少于: 'at-least',
  达到: 'at-least',
  '≥': 'at-least',
  以内: 'at-most',
  不超过: 'at-most',
  以下: 'at-most',
} as const;

export type Qualifier = keyof typeof QUALIFIERS;

const qualifierValues = Object.keys(QUALIFIERS) as [Qualifier, ...Qualifier[]];

/** One figure read from a document (one row of data/figures.csv), with its provenance. */
export const figureRow = z
  .object({
    /** Region id from data/regions.yaml. */
    region: z.string().min(1),
    /** Indicator id from data/indicators.yaml. */
    indicator: z.string().min(1),
    /** As-of year for an actual value, target year for a target. */
    year: z
      .string()
      .regex(/^\d{4}$/, { error: 'year 应为四位年份，如 2025' })
      .transform(Number)
      .pipe(z.number().min(1949, { error: 'year 应在 1949 至 2100 之间' }).max(2100, { error: 'year 应在 1949 至 2100 之间' })),
    /** The number as printed, without thousands separators. */
    value: z.string().regex(/^-?\d+(\.\d+)?$/, { error: 'value 应为照原文的数字，不带单位和千位分隔符，如 1.5；不能为空' }).transform(Number),
    /** Upper end when the text gives a range (15—20分钟). */
    valueMax: z
      .string()
      .regex(/^(-?\d+(\.\d+)?)?$/, { error: 'valueMax 应为数字或留空' })
      .transform((v) => (v === '' ? undefined : Number(v)))
      .optional(),
    /** Qualifier word as printed (约, 超过, 以上 …), empty when the number is exact. */
    qualifier: z.enum(qualifierValues, { error: `qualifier 只能是以下之一：${qualifierValues.map((q) => q || '（空）').join('、')}` }),
    /** Unit exactly as printed; must be in data/units.yaml. */
    unit: z.string().min(1, { error: '缺少 unit（单位）：请照原文填写，如 万张、个、%' }),
    /** actual, target, estimate or standard. */
    kind: figureKind,
    /** Id of the document the figure was read from. */
    document: z.string().min(1),
    /** The exact sentence (or table row) the figure was read from. */
    quote: z.string().min(4),
    /** Caveats: definitions, disagreements with other sources, inferred years. */
    note: z.string().default(''),
  })
  .strict();

export type FigureRow = z.infer<typeof figureRow>;
