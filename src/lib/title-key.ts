/**
 * A comparison key for work titles, so that 《“一老一小”整体解决方案》 and 《"一老一小"整体解决方案》
 * or a title with stray spaces or another dash (2021—2023 / 2021-2023) are recognised as the same work.
 */
export function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/[\s\u3000]/g, '')
    .replace(/[“”"‘’'「」『』《》〈〉]/g, '')
    .replace(/[—–－‐-]+/g, '-')
    .replace(/（/g, '(')
    .replace(/）/g, ')');
}
