import { z } from 'astro/zod';
import { precisionOf } from '../lib/partial-date';
import { partialDateString } from './partial-date';

/** How precisely a date is known. */
export const datePrecision = z.enum(['year', 'month', 'day']);

/** The issue or publication date of a document, with how it is known. */
export const dating = z
  .object({
    /** YYYY, YYYY-MM or YYYY-MM-DD. */
    value: partialDateString,
    /** Must agree with the form of `value`. */
    precision: datePrecision,
    /** `printed`: the date is printed in the source; `inferred`: worked out by the editors. */
    basis: z.enum(['printed', 'inferred']),
    /** What an inferred date was worked out from; required when `basis` is `inferred`. */
    inferredFrom: z.string().min(4).optional(),
  })
  .strict()
  // A value that does not parse is reported once, at `value`; precision is only compared with a readable value.
  .refine((d) => precisionOf(d.value) === undefined || precisionOf(d.value) === d.precision, {
    error: 'date.precision 与 date.value 的写法不一致：YYYY 对应 year，YYYY-MM 对应 month，YYYY-MM-DD 对应 day',
    path: ['precision'],
  })
  .refine((d) => d.basis !== 'inferred' || d.inferredFrom !== undefined, {
    error: 'date.basis 为 inferred 时必须填写 date.inferredFrom，说明日期是根据什么推定的',
    path: ['inferredFrom'],
  });

export type Dating = z.infer<typeof dating>;
