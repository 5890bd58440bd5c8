// The printed issue, read from the PDF that `npm run build` wrote into dist/.
import { existsSync, readFileSync } from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, type PDFObject } from 'pdf-lib';
import { expect, test } from '@playwright/test';
import { destinationPages } from '../../src/lib/bulletin-pdf';

const ID = 'beihai-library-bulletin-2023-01';
const FILE = `dist/bulletins/${ID}/${ID}.pdf`;
const ARTICLES = Array.from({ length: 9 }, (_, i) => `article-${i + 1}`);

test.describe('the PDF of 2023年第1期', () => {
  let bytes: Buffer;
  let pdf: PDFDocument;
  test.beforeAll(async () => {
    if (!existsSync(FILE)) throw new Error(`${FILE} is missing: build with \`npm run build\` (astro build, then scripts/build-pdf.ts), not \`astro build\` alone`);
    bytes = readFileSync(FILE);
    pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  });

  test('A4 pages, with the issue’s title, publisher and date as metadata', () => {
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(12);
    for (const page of pdf.getPages()) {
      const { width, height } = page.getSize();
      expect([Math.round(width / 2.835), Math.round(height / 2.835)]).toEqual([210, 297]);
    }
    expect(pdf.getTitle()).toBe('信息参考（2023年第1期）：聚焦养老托育');
    expect(pdf.getAuthor()).toBe('北海市图书馆');
    expect(pdf.getCreationDate()?.toISOString()).toBe('2023-01-15T04:00:00.000Z');
    expect(pdf.getModificationDate()?.toISOString()).toBe('2023-01-15T04:00:00.000Z');
  });

  test('cover, contents, then the preface, the articles in order and the colophon last', async () => {
    const pages = await destinationPages(bytes, ['preface', ...ARTICLES, 'colophon']);
    // Page 1 is the cover, page 2 the contents (nothing links to them, so they have no destination).
    expect(pages.get('preface')).toBe(3);
    const order = ['preface', ...ARTICLES, 'colophon'].map((name) => pages.get(name) ?? 0);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(order.length);
    expect(pages.get('colophon')).toBe(pdf.getPageCount());
  });

  test('each article starts a page, and its footnote sources come before the next article', async () => {
    // Every source is cited (the build checks it), so every source's anchor is a link target and
    // has a named destination in the PDF.
    const html = readFileSync(`dist/bulletins/${ID}/index.html`, 'utf8');
    const sourceNames = (n: number): string[] => [...html.matchAll(new RegExp(`id="(a${n}-source-[^"]+)"`, 'g'))].map((m) => m[1] as string);
    let checked = 0;
    const starts = await destinationPages(bytes, [...ARTICLES, 'colophon']);
    for (let n = 1; n <= 9; n += 1) {
      const start = starts.get(`article-${n}`) ?? 0;
      const next = starts.get(n < 9 ? `article-${n + 1}` : 'colophon') ?? 0;
      const sourcePages = await destinationPages(bytes, sourceNames(n));
      for (const [name, page] of sourcePages) {
        expect(page, name).toBeGreaterThanOrEqual(start);
        expect(page, name).toBeLessThan(next);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  test('fonts are embedded and map to Unicode, so Chinese text shows everywhere and can be selected', () => {
    const fonts = fontDicts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.has(PDFName.of('ToUnicode'))).toBe(true);
      const subtype = font.lookup(PDFName.of('Subtype'), PDFName).decodeText();
      if (subtype === 'Type3') {
        // Skia draws CFF fonts (Noto CJK) as Type 3: the glyph outlines are in the file.
        expect(font.has(PDFName.of('CharProcs'))).toBe(true);
      } else {
        const descendant = subtype === 'Type0' ? font.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict) : font;
        const descriptor = descendant.lookup(PDFName.of('FontDescriptor'), PDFDict);
        expect(['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor.has(PDFName.of(key)))).toBe(true);
      }
    }
  });

  test('tagged, with the document’s language and an outline for navigation', () => {
    expect(pdf.catalog.has(PDFName.of('StructTreeRoot'))).toBe(true);
    expect(pdf.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(zh-CN)');
    expect(pdf.catalog.has(PDFName.of('Outlines'))).toBe(true);
  });
});

/** Every font dictionary used by a page of the PDF. */
function fontDicts(pdf: PDFDocument): PDFDict[] {
  const seen = new Map<string, PDFDict>();
  for (const page of pdf.getPages()) {
    const fonts = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
    fonts?.entries().forEach(([, value]: [PDFName, PDFObject]) => {
      const dict = value instanceof PDFRef ? pdf.context.lookup(value, PDFDict) : value;
      if (dict instanceof PDFDict) seen.set(value.toString(), dict);
    });
  }
  return [...seen.values()];
}
