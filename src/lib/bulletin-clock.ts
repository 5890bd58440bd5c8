import { isValidPartialDate } from './partial-date';

/** Environment variable that fixes the build date (tests, reproducible builds): YYYY-MM-DD. */
export const BUILD_DATE_VARIABLE = 'ATLAS_BUILD_DATE';

/** Today's date in China (YYYY-MM-DD), where the library staff publish, whatever the machine's zone. */
export function todayInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * The date the build counts as "today" for the rule that no bulletin date lies in the future:
 * ATLAS_BUILD_DATE when set, so that tests and rebuilds of old releases give the same answer, else
 * today in China. The clock is a parameter so that unit tests never read the real one.
 */
export function buildDate(env: Readonly<Record<string, string | undefined>> = process.env, now: Date = new Date()): string {
  const fixed = env[BUILD_DATE_VARIABLE];
  if (fixed === undefined || fixed === '') return todayInChina(now);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || !isValidPartialDate(fixed)) {
    throw new Error(`环境变量 ${BUILD_DATE_VARIABLE}=“${fixed}” 不是日期。请写成 YYYY-MM-DD，如 2023-01-15，或不设置它 (build.bad-build-date)`);
  }
  return fixed;
}

/** Whether a YYYY, YYYY-MM or YYYY-MM-DD date begins after `today` (YYYY-MM-DD). */
export function isAfterDay(value: string, today: string): boolean {
  return value > today.slice(0, value.length);
}
