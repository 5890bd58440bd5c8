// PDF logic of the bulletin print step (scripts/build-pdf.ts), free of the browser so that it can
// be unit-tested: where each named destination landed, the table of contents' page numbers, and
// metadata that makes two builds of the same issue byte-identical.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString, PDFHexString, type PDFObject } from 'pdf-lib';
import { issuePubDate } from './bulletin-feed';

const TOC_PAGE_SPAN = /(<span class="toc-page" data-target=")([^"]+)(">)[^<]*(<\/span>)/g;

/**
 * Writes page numbers into the issue page's table of contents (the empty `.toc-page` spans that
 * BulletinToc.astro leaves). Targets without a number keep an empty span.
 */
export function fillContentsPageNumbers(html: string, pages: ReadonlyMap<string, number>): string {
  return html.replace(TOC_PAGE_SPAN, (_m, start: string, target: string, open: string, close: string) => {
    const page = pages.get(target);
    return `${start}${target}${open}${page ?? ''}${close}`;
  });
}

/** The `.toc-page` targets of an issue page, in order. */
export function contentsTargets(html: string): string[] {
  return [...html.matchAll(TOC_PAGE_SPAN)].map((m) => m[2] as string);
}

function nameText(key: PDFObject): string | undefined {
  if (key instanceof PDFName) return key.decodeText();
  if (key instanceof PDFString || key instanceof PDFHexString) return key.decodeText();
  return undefined;
}

/** Named destinations of a PDF: the catalog's /Dests dictionary (Skia writes this) or the /Names tree. */
function namedDestinations(doc: PDFDocument): Map<string, PDFObject> {
  const found = new Map<string, PDFObject>();
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  dests?.entries().forEach(([key, value]) => {
    const name = nameText(key);
    if (name !== undefined) found.set(name, value);
  });
  const walk = (node: PDFDict | undefined): void => {
    if (node === undefined) return;
    const names = node.lookupMaybe(PDFName.of('Names'), PDFArray);
    for (let i = 0; names !== undefined && i + 1 < names.size(); i += 2) {
      const key = names.lookup(i);
      const name = key === undefined ? undefined : nameText(key);
      if (name !== undefined) found.set(name, names.get(i + 1));
    }
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (let i = 0; kids !== undefined && i < kids.size(); i += 1) walk(kids.lookupMaybe(i, PDFDict));
  };
  walk(doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)?.lookupMaybe(PDFName.of('Dests'), PDFDict));
  return found;
}

/**
 * The page (from 1) on which each named destination lies. Chromium writes a named destination for
 * every element id that an in-page link points at, so the table of contents' own links tell where
 * each article begins.
 */
export async function destinationPages(pdf: Uint8Array, names: readonly string[]): Promise<Map<string, number>> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const pageByRef = new Map(doc.getPages().map((page, index) => [page.ref.toString(), index + 1]));
  const destinations = namedDestinations(doc);
  const pages = new Map<string, number>();
  for (const name of names) {
    let dest = destinations.get(name);
    if (dest instanceof PDFRef) dest = doc.context.lookup(dest);
    if (dest instanceof PDFDict) dest = dest.get(PDFName.of('D'));
    const pageRef = dest instanceof PDFArray ? dest.get(0) : undefined;
    const page = pageRef instanceof PDFRef ? pageByRef.get(pageRef.toString()) : undefined;
    if (page === undefined) {
      throw new Error(`PDF 中找不到目录项 #${name} 的位置：页面上需要有 id="${name}" 的元素，且目录中有指向它的链接 (pdf.missing-destination)`);
    }
    pages.set(name, page);
  }
  return pages;
}

/** The document information of an issue's PDF. */
export interface IssuePdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** The issue's date (YYYY, YYYY-MM or YYYY-MM-DD): creation and modification date of the file. */
  date: string;
}

/** Creator written into every bulletin PDF. */
export const PDF_CREATOR = '养老托育政策知识门户 scripts/build-pdf.ts';

/** An id Chromium gives an element of the tagged PDF's structure tree: its DOM node id. */
const STRUCTURE_ID = /^node(\d+)$/;

/** The string value of a PDF string object, or undefined for any other object. */
function stringValue(object: PDFObject | undefined): string | undefined {
  if (object instanceof PDFString) return object.asString();
  if (object instanceof PDFHexString) return object.decodeText();
  return undefined;
}

/** Calls `visit` with every object reachable inside `object` and a way to replace it. */
function eachNested(object: PDFObject, visit: (value: PDFObject, replace: (next: PDFObject) => void) => void): void {
  const dict = object instanceof PDFDict ? object : 'dict' in object && object.dict instanceof PDFDict ? object.dict : undefined;
  if (dict !== undefined) {
    for (const [key, value] of dict.entries()) {
      visit(value, (next) => dict.set(key, next));
      eachNested(value, visit);
    }
  } else if (object instanceof PDFArray) {
    for (let i = 0; i < object.size(); i += 1) {
      const value = object.get(i);
      visit(value, (next) => object.set(i, next));
      eachNested(value, visit);
    }
  }
}

/**
 * Numbers the structure tree's ids (node00001765 …) 1, 2, 3 … in their own order. Chromium takes
 * them from DOM node ids, a counter of its renderer: now and then a printing creates one node more
 * before the page's, every later id is one higher, and the file differs though nothing in it does.
 * The order is kept, so the ids' name tree (/IDTree) stays sorted.
 */
export function renumberStructureIds(doc: PDFDocument): void {
  const found: { id: number; replace: (next: PDFObject) => void }[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    eachNested(object, (value, replace) => {
      const match = STRUCTURE_ID.exec(stringValue(value) ?? '');
      if (match !== null) found.push({ id: Number(match[1]), replace });
    });
  }
  const rank = new Map([...new Set(found.map((f) => f.id))].sort((a, b) => a - b).map((id, i) => [id, i + 1]));
  for (const { id, replace } of found) replace(PDFString.of(`node${String(rank.get(id)).padStart(8, '0')}`));
}

/**
 * Replaces Chromium's document information (the page's <title>, the browser's user agent and the
 * clock) with the issue's own: its title, publisher and date. Chromium's output otherwise differs
 * between two printings in /CreationDate and /ModDate, and now and then in the structure tree's
 * ids (see renumberStructureIds); with the issue date and renumbered ids the file is the same byte
 * for byte on every build.
 */
export async function withIssueMetadata(pdf: Uint8Array, meta: IssuePdfMetadata): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  renumberStructureIds(doc);
  const date = issuePubDate(meta.date);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setCreator(PDF_CREATOR);
  doc.setProducer('Chromium (Skia/PDF), pdf-lib');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.setLanguage('zh-CN');
  return doc.save({ useObjectStreams: true });
}

/** Number of pages of a PDF. */
export async function pdfPageCount(pdf: Uint8Array): Promise<number> {
  return (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
}
