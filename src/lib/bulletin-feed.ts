import type { IssueView } from './bulletin-issue';
import { formatChineseDate } from './partial-date';

/**
 * How many issues the feed carries, newest first. A feed is polled by readers' feed readers, often
 * hourly, and each item carries its table of contents (about 3.4 KB): with every issue of a
 * national corpus (100 in the 10,000-document benchmark) it was 340 KB a poll. The issues list
 * (/bulletins/) has them all.
 */
export const FEED_ITEM_LIMIT = 20;

/** One feed item as @astrojs/rss takes it. */
export interface BulletinFeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  content: string;
  categories: string[];
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/**
 * The moment an issue dated YYYY[-MM[-DD]] counts as published: noon of that day in China (UTC+8).
 * The time is not known; noon keeps the calendar date the same in China and in UTC, so that feed
 * readers and PDF viewers show the date the page prints.
 */
export function issuePubDate(value: string): Date {
  const [y, m = '01', d = '01'] = value.split('-');
  return new Date(`${y}-${m}-${d}T12:00:00+08:00`);
}

/** The feed item of an issue: absolute links to the page and the PDF, and the table of contents. */
export function bulletinFeedItem(issue: IssueView, site: URL): BulletinFeedItem {
  const pageUrl = new URL(issue.url, site).href;
  const pdfUrl = new URL(issue.pdfUrl, site).href;
  const contents = issue.sections
    .map((s) => `<h3>${escapeHtml(s.title)}</h3><ol>${s.articles.map((a) => `<li value="${a.order}"><a href="${pageUrl}#${a.anchor}">${escapeHtml(a.doc.data.title)}</a></li>`).join('')}</ol>`)
    .join('');
  return {
    title: issue.title,
    link: pageUrl,
    pubDate: issuePubDate(issue.doc.data.date.value),
    description: `${issue.bulletin.publisher}编，${formatChineseDate(issue.doc.data.date.value)}出版。${issue.doc.data.summary}`,
    content: `<p>${escapeHtml(issue.doc.data.summary)}</p>${contents}<p><a href="${pageUrl}">在线阅读全文</a> · <a href="${pdfUrl}">下载 PDF（A4）</a></p>`,
    categories: issue.sections.map((s) => s.title),
  };
}
