// URLs of the bulletin pages, the PDFs and the feed, in one place so that links, routes and the
// PDF step agree.

export const BULLETIN_INDEX_URL = '/bulletins/';
export const BULLETIN_FEED_URL = '/bulletins/rss.xml';
/** The list of issues the PDF step reads after `astro build` (see scripts/build-pdf.ts). */
export const BULLETIN_MANIFEST_URL = '/bulletins/issues.json';
export const STAFF_GUIDE_URL = '/guide/bulletins/';

export const bulletinUrl = (id: string): string => `/bulletins/${id}/`;
export const bulletinPdfUrl = (id: string): string => `/bulletins/${id}/${id}.pdf`;
