import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../lib/corpus';
import { issueViewsNewestFirst } from '../../lib/bulletin-issue';
import { FEED_ITEM_LIMIT, bulletinFeedItem } from '../../lib/bulletin-feed';
import { BULLETIN_FEED_URL, BULLETIN_INDEX_URL } from '../../lib/bulletin-urls';
import { SITE_NAME } from '../../lib/site';

/** RSS 2.0 feed of the newest bulletin issues (FEED_ITEM_LIMIT), newest first, with absolute links. */
export const GET: APIRoute = async ({ site }) => {
  if (site === undefined) throw new Error('astro.config.mjs 缺少 site，RSS 需要绝对网址 (feed.missing-site)');
  const corpus = await loadCorpus();
  const issues = issueViewsNewestFirst(corpus.documents, corpus.documentById).slice(0, FEED_ITEM_LIMIT);
  return rss({
    title: `${SITE_NAME} · 图书馆简报`,
    description: '图书馆编辑出版的养老托育主题简报，每期一条，附在线全文与 PDF。',
    // The channel links to the list of issues; item links are absolute already.
    site: new URL(BULLETIN_INDEX_URL, site).href,
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>zh-cn</language><atom:link href="${new URL(BULLETIN_FEED_URL, site).href}" rel="self" type="application/rss+xml"/>`,
    items: issues.map((issue) => bulletinFeedItem(issue, site)),
  });
};
