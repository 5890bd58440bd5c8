// The issue page's view of a bulletin: its articles in printed order with anchors that cannot
// collide, their rendered text and footnote sources, the cover lead and the preface. Pages only
// arrange what this module computes.
import type { PortalDocument } from './corpus';
import type { BulletinIssue } from '../schemas/bulletin';
import { formatFootnoteSource, issueTitle } from './citation';
import { prefixFragmentIds, shiftHeadings, splitBeforeFirstHeading } from './bulletin-html';
import { bulletinPdfUrl, bulletinUrl } from './bulletin-urls';
import { PLACEHOLDER } from './bulletin-skeleton';

/** What the issue page needs of a corpus document (so that tests can make one without Astro). */
export type BulletinDocument = Pick<PortalDocument, 'id' | 'filePath' | 'url' | 'data' | 'rendered'>;

/** A footnote source of an article, formatted, with its anchor on the issue page. */
export interface IssueSource {
  id: string;
  anchor: string;
  /** Anchor of the first marker citing it, for the ↩ link. */
  backAnchor: string;
  text: string;
}

/** One article as printed in the issue. */
export interface IssueArticle {
  /** Position in the whole issue, from 1 (the appears-in order). */
  order: number;
  /** Anchor of the article on the issue page: article-3. */
  anchor: string;
  doc: BulletinDocument;
  /** The article's body with prefixed ids and headings moved under the article title (h3). */
  html: string;
  sources: IssueSource[];
}

/** One section (栏目) with its articles. */
export interface IssueSection {
  title: string;
  anchor: string;
  articles: IssueArticle[];
}

/** Everything the issue page, the PDF and the feed need about one issue. */
export interface IssueView {
  id: string;
  doc: BulletinDocument;
  bulletin: BulletinIssue;
  /** 信息参考（2023年第1期）：聚焦养老托育, from the structured fields. */
  title: string;
  url: string;
  pdfUrl: string;
  /** Body text before the first heading: shown on the cover (cover notes, corrections). */
  coverHtml: string;
  /** The rest of the body: the preface, with its own heading (## 前言). */
  prefaceHtml: string;
  sections: IssueSection[];
  articleCount: number;
}

/** Anchor of the preface, the table of contents and the colophon on the issue page. */
export const ISSUE_ANCHORS = { preface: 'preface', contents: 'contents', colophon: 'colophon' } as const;

/**
 * The view of one issue. Articles the corpus check has not vouched for cannot reach here: the
 * check stops the build first, so a missing article is a programming error.
 */
export function issueView(issue: BulletinDocument, documentById: ReadonlyMap<string, BulletinDocument>): IssueView {
  const bulletin = issue.data.bulletin;
  if (bulletin === undefined) throw new Error(`${issue.filePath}: not a bulletin issue`);
  const { lead, rest } = splitBeforeFirstHeading(prefixFragmentIds(issue.rendered.html, 'preface-'));
  let order = 0;
  const sections = bulletin.sections.map((section, s) => ({
    title: section.title,
    anchor: `section-${s + 1}`,
    articles: section.articles.map((id) => {
      order += 1;
      const doc = documentById.get(id);
      if (doc === undefined) throw new Error(`${issue.filePath}: article ${id} is not in the corpus`);
      return issueArticle(doc, order);
    }),
  }));
  return {
    id: issue.id,
    doc: issue,
    bulletin,
    title: issueTitle(bulletin),
    url: bulletinUrl(issue.id),
    pdfUrl: bulletinPdfUrl(issue.id),
    coverHtml: lead,
    prefaceHtml: rest,
    sections,
    articleCount: order,
  };
}

function issueArticle(doc: BulletinDocument, order: number): IssueArticle {
  const prefix = `a${order}-`;
  const cited = new Set(doc.rendered.citedSourceIds);
  return {
    order,
    anchor: `article-${order}`,
    doc,
    // Article bodies start at ## (h2); on the issue page the article title is h3.
    html: shiftHeadings(prefixFragmentIds(doc.rendered.html, prefix), 2),
    sources: doc.data.sources.map((s) => ({
      id: s.id,
      anchor: `${prefix}source-${s.id}`,
      backAnchor: cited.has(s.id) ? `${prefix}cite-${s.id}-1` : '',
      text: formatFootnoteSource(s),
    })),
  };
}

/** Issues newest first: by year and number, then date, then id (so two series interleave by date). */
export function issuesNewestFirst<T extends BulletinDocument>(documents: readonly T[]): T[] {
  return documents
    .filter((d) => d.data.bulletin !== undefined)
    .sort((a, b) => {
      const x = a.data.bulletin;
      const y = b.data.bulletin;
      if (x === undefined || y === undefined) return 0;
      return (
        b.data.date.value.localeCompare(a.data.date.value) ||
        y.year - x.year ||
        y.number - x.number ||
        a.id.localeCompare(b.id)
      );
    });
}

const viewsByDocuments = new WeakMap<readonly BulletinDocument[], IssueView[]>();

/**
 * Every issue's view, newest first, worked out once per corpus: the list of issues and its later
 * pages, the feed and the PDF manifest all need them, and a view rewrites each article's HTML.
 */
export function issueViewsNewestFirst(documents: readonly BulletinDocument[], documentById: ReadonlyMap<string, BulletinDocument>): IssueView[] {
  let views = viewsByDocuments.get(documents);
  if (views === undefined) {
    views = issuesNewestFirst(documents).map((doc) => issueView(doc, documentById));
    viewsByDocuments.set(documents, views);
  }
  return views;
}

/** Chinese labels of the usual colophon keys; other keys are shown as written. */
export const COLOPHON_LABELS: Readonly<Record<string, string>> = {
  address: '地址',
  postcode: '邮编',
  phone: '电话',
  fax: '传真',
  email: '电子邮箱',
  website: '网址',
};

/** The colophon as label–value rows, in the order the editors wrote them. */
export function colophonRows(colophon: Readonly<Record<string, string>>): { label: string; value: string }[] {
  return Object.entries(colophon).map(([key, value]) => ({ label: COLOPHON_LABELS[key] ?? key, value }));
}

/** What scripts/build-pdf.ts needs to print one issue, published at /bulletins/issues.json. */
export interface IssueManifestEntry {
  id: string;
  title: string;
  url: string;
  pdfUrl: string;
  /** The issue's date (YYYY, YYYY-MM or YYYY-MM-DD): the PDF's creation date, for reproducible files. */
  date: string;
  publisher: string;
  theme: string;
  series: string;
  issueLabel: string;
  /** Anchors whose page numbers the printed table of contents shows, in order. */
  contentsTargets: string[];
  /** Files of the issue that still hold 【待填写】 placeholders from `npm run bulletin:new`. */
  placeholderFiles: string[];
}

/** The manifest entry of an issue. */
export function manifestEntry(view: IssueView): IssueManifestEntry {
  return {
    id: view.id,
    title: view.title,
    url: view.url,
    pdfUrl: view.pdfUrl,
    date: view.doc.data.date.value,
    publisher: view.bulletin.publisher,
    theme: view.bulletin.theme,
    series: view.bulletin.series,
    issueLabel: view.bulletin.issueLabel,
    contentsTargets: [
      ...(view.prefaceHtml !== '' ? [ISSUE_ANCHORS.preface] : []),
      ...view.sections.flatMap((s) => s.articles.map((a) => a.anchor)),
      ISSUE_ANCHORS.colophon,
    ],
    placeholderFiles: [view.doc, ...view.sections.flatMap((s) => s.articles.map((a) => a.doc))]
      .filter((d) => JSON.stringify(d.data).includes(PLACEHOLDER) || d.rendered.html.includes(PLACEHOLDER))
      .map((d) => d.filePath),
  };
}
