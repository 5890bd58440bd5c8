import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFString } from 'pdf-lib';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { contentsTargets, destinationPages, fillContentsPageNumbers, pdfPageCount, PDF_CREATOR, withIssueMetadata } from '../../src/lib/bulletin-pdf';

const TOC =
  '<li><a href="#preface"><span class="toc-title">前言</span><span class="toc-leader" aria-hidden="true"></span><span class="toc-page" data-target="preface"></span></a></li>' +
  '<li><a href="#article-1"><span class="toc-title">第一篇</span><span class="toc-leader" aria-hidden="true"></span><span class="toc-page" data-target="article-1"></span></a></li>';

describe('fillContentsPageNumbers', () => {
  test('writes each target’s page into its span, and can do so again', () => {
    const once = fillContentsPageNumbers(TOC, new Map([['preface', 3], ['article-1', 4]]));
    expect(once).toContain('<span class="toc-page" data-target="preface">3</span>');
    expect(once).toContain('<span class="toc-page" data-target="article-1">4</span>');
    const twice = fillContentsPageNumbers(once, new Map([['preface', 3], ['article-1', 5]]));
    expect(twice).toContain('data-target="article-1">5</span>');
    expect(contentsTargets(twice)).toEqual(['preface', 'article-1']);
  });

  test('a target without a number keeps an empty span', () => {
    expect(fillContentsPageNumbers(TOC, new Map([['preface', 3]]))).toContain('data-target="article-1"></span>');
  });
});

/** A PDF of `pages` pages with named destinations, written the way Skia (Chromium) writes them. */
async function pdfWithDestinations(pages: number, dests: Record<string, number>, style: 'dests' | 'names'): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const refs = Array.from({ length: pages }, () => doc.addPage([595, 842]).ref);
  const entries = Object.entries(dests).map(([name, page]) => [name, doc.context.obj([refs[page - 1], PDFName.of('XYZ'), PDFNumber.of(0), PDFNumber.of(800), PDFNumber.of(0)])] as const);
  if (style === 'dests') {
    doc.catalog.set(PDFName.of('Dests'), doc.context.obj(Object.fromEntries(entries)));
  } else {
    const names = PDFArray.withContext(doc.context);
    for (const [name, dest] of [...entries].sort(([a], [b]) => a.localeCompare(b))) {
      names.push(PDFString.of(name));
      names.push(dest);
    }
    const leaf = doc.context.obj({ Names: names });
    doc.catalog.set(PDFName.of('Names'), doc.context.obj({ Dests: doc.context.obj({ Kids: [doc.context.register(leaf)] }) }));
  }
  return doc.save();
}

describe('destinationPages', () => {
  test.each(['dests', 'names'] as const)('reads the page of each named destination (%s)', async (style) => {
    const pdf = await pdfWithDestinations(6, { preface: 3, 'article-1': 4, 'article-2': 6, 'a1-source-1': 5 }, style);
    expect(await destinationPages(pdf, ['preface', 'article-1', 'article-2'])).toEqual(
      new Map([['preface', 3], ['article-1', 4], ['article-2', 6]]),
    );
  });

  test('a contents entry without a destination is an error naming it', async () => {
    const pdf = await pdfWithDestinations(2, { preface: 2 }, 'dests');
    await expect(destinationPages(pdf, ['preface', 'colophon'])).rejects.toThrow(
      'PDF 中找不到目录项 #colophon 的位置：页面上需要有 id="colophon" 的元素，且目录中有指向它的链接 (pdf.missing-destination)',
    );
  });
});

describe('withIssueMetadata', () => {
  const meta = { title: '信息参考（2023年第1期）：聚焦养老托育', author: '北海市图书馆', subject: '聚焦养老托育', keywords: ['信息参考', '2023年第1期'], date: '2023-01-15' };

  test('title, author, subject, language and the issue’s date instead of the clock', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    doc.setCreationDate(new Date());
    const out = await PDFDocument.load(await withIssueMetadata(await doc.save(), meta), { updateMetadata: false });
    expect(out.getTitle()).toBe(meta.title);
    expect(out.getAuthor()).toBe('北海市图书馆');
    expect(out.getSubject()).toBe('聚焦养老托育');
    expect(out.getKeywords()).toBe('信息参考 2023年第1期');
    expect(out.getCreator()).toBe(PDF_CREATOR);
    expect(out.getCreationDate()?.toISOString()).toBe('2023-01-15T04:00:00.000Z');
    expect(out.getModificationDate()?.toISOString()).toBe('2023-01-15T04:00:00.000Z');
    expect(out.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(zh-CN)');
    expect(await pdfPageCount(await out.save())).toBe(1);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  test('the same input gives the same bytes, whenever it runs', async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.addPage();
    const input = await doc.save();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-06-30T08:00:00Z'));
    const first = await withIssueMetadata(input, meta);
    vi.setSystemTime(new Date('2031-01-01T00:00:00Z'));
    const second = await withIssueMetadata(input, meta);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });
});

describe('renumberStructureIds', () => {
  const meta = { title: '信息参考', author: '北海市图书馆', subject: '', keywords: [], date: '2023-01-15' };
  /** A one-page PDF with a tagged structure whose ids start at `first`, as Chromium writes them. */
  async function tagged(first: number): Promise<Uint8Array> {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.addPage();
    const id = (n: number) => PDFString.of(`node${String(n).padStart(8, '0')}`);
    const { context } = doc;
    const header = context.register(context.obj({ S: 'TH', ID: id(first) }));
    const cell = context.register(context.obj({ S: 'TD', ID: id(first + 2), Headers: [id(first)] }));
    const idTree = context.obj({ Names: [id(first), header, id(first + 2), cell], Limits: [id(first), id(first + 2)] });
    doc.catalog.set(PDFName.of('StructTreeRoot'), context.register(context.obj({ Type: 'StructTreeRoot', K: [header, cell], IDTree: idTree })));
    return doc.save();
  }

  test('numbers the ids in their order, so a printing whose node ids are shifted gives the same file', async () => {
    const [first, second] = await Promise.all([withIssueMetadata(await tagged(1765), meta), withIssueMetadata(await tagged(1766), meta)]);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const doc = await PDFDocument.load(first, { updateMetadata: false });
    const root = doc.context.lookup(doc.catalog.get(PDFName.of('StructTreeRoot')), PDFDict);
    const idTree = root.lookup(PDFName.of('IDTree'), PDFDict);
    expect(idTree.lookup(PDFName.of('Names'), PDFArray).asArray().filter((o) => o instanceof PDFString).map((o) => (o as PDFString).asString())).toEqual(['node00000001', 'node00000002']);
    const cell = root.lookup(PDFName.of('K'), PDFArray).lookup(1, PDFDict);
    expect((cell.lookup(PDFName.of('Headers'), PDFArray).get(0) as PDFString).asString()).toBe('node00000001');
    expect((cell.get(PDFName.of('ID')) as PDFString).asString()).toBe('node00000002');
  });
});
