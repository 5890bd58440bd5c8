import { z } from 'astro/zod';
import { isValidPartialDate } from '../lib/partial-date';

/** A date printed as YYYY, YYYY-MM or YYYY-MM-DD, checked to be a real calendar date. */
export const partialDateString = z
  .string({ error: '需要日期字符串，格式为 YYYY、YYYY-MM 或 YYYY-MM-DD（写在引号里）' })
  .refine(isValidPartialDate, {
    error: '日期无法解析：请写成 YYYY、YYYY-MM 或 YYYY-MM-DD，并确认是真实存在的日期（如 2023-01-15）',
  });
