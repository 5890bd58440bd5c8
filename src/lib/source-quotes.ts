/**
 * Marks the sentences that figures and measures quote in a rendered document, so that every number
 * on the site links to its sentence in context (`/documents/<id>/#q-…`), highlighted when targeted.
 *
 * A quote is found the way the dataset check reads the body (quotable-text.ts): within one block
 * (a paragraph, list item, heading or table cell), editorial notes and source markers left out,
 * whitespace runs read as one space; a quote of table cells joined by " | " is found in a row.
 * The quoted text is wrapped in `<span class="source-quote" id="q-…">`, with any correction or note
 * inside it; a quote that covers an element only in part (some words of a link) is wrapped piece by
 * piece, the first piece carrying the id. A row quote marks its `<tr>`.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { EXIT, visitParents } from 'unist-util-visit-parents';
import type { FigureProblem } from './figure-check';
import { normaliseWhitespace } from './quotable-text';
import { quoteAnchorId } from './quote-anchor';
import { isTextAside } from './text-asides';

/** Class of the element that holds a quoted sentence. */
export const SOURCE_QUOTE_CLASS = 'source-quote';

/** Separator of cells in a quote taken from a table row (see quotableLines). */
const CELL_SEPARATOR = ' | ';

const BLOCK_TAGS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'dt', 'dd', 'figcaption', 'caption', 'blockquote']);

interface Piece {
  node: Text;
  parent: Element;
}

/** The text nodes a block reads as, in order, without nested blocks or skipped elements. */
function blockPieces(block: Element): Piece[] {
  const pieces: Piece[] = [];
  const walk = (parent: Element): void => {
    for (const child of parent.children) {
      if (child.type === 'text') pieces.push({ node: child, parent });
      else if (child.type === 'element' && !BLOCK_TAGS.has(child.tagName) && !isTextAside(child)) walk(child);
    }
  };
  walk(block);
  return pieces;
}

/** A block's reading text (whitespace runs as one space) and, for each of its characters, where it is. */
interface ReadingText {
  text: string;
  at: { piece: number; offset: number }[];
}

function readingText(pieces: readonly Piece[]): ReadingText {
  let text = '';
  const at: ReadingText['at'] = [];
  pieces.forEach((piece, index) => {
    for (let offset = 0; offset < piece.node.value.length; offset += 1) {
      const char = piece.node.value[offset] as string;
      if (/\s/.test(char)) {
        if (text === '' || text.endsWith(' ')) continue;
        text += ' ';
      } else {
        text += char;
      }
      at.push({ piece: index, offset });
    }
  });
  return { text, at };
}

function span(id: string | undefined, children: ElementContent[]): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: id !== undefined ? { className: [SOURCE_QUOTE_CLASS], id } : { className: [SOURCE_QUOTE_CLASS] },
    children,
  };
}

/** The elements from `root` down to the parent of `target`, or undefined when it is not inside. */
function pathTo(root: Element, target: Text): Element[] | undefined {
  let path: Element[] | undefined;
  visitParents(root, (node) => node === target, (_, ancestors) => {
    path = ancestors as Element[];
    return EXIT;
  });
  return path;
}

function textDescendants(node: ElementContent): Text[] {
  if (node.type === 'text') return [node];
  return node.type === 'element' ? node.children.flatMap(textDescendants) : [];
}

/**
 * Wraps a quote that starts in one text node and ends in another in one span, when the elements
 * between them are whole inside it: `全<ins>市</ins>〔note〕托育` becomes one span around all of it.
 * Returns false, changing nothing, when the quote covers an element only in part (a link of which it
 * quotes some words).
 */
function wrapWhole(block: Element, start: Piece, from: number, end: Piece, to: number, id: string): boolean {
  const startPath = pathTo(block, start.node);
  const endPath = pathTo(block, end.node);
  if (startPath === undefined || endPath === undefined) return false;
  let depth = 0;
  while (depth + 1 < startPath.length && depth + 1 < endPath.length && startPath[depth + 1] === endPath[depth + 1]) depth += 1;
  const common = startPath[depth]!;
  const first: ElementContent = startPath[depth + 1] ?? start.node;
  const last: ElementContent = endPath[depth + 1] ?? end.node;
  if (first !== start.node && (from > 0 || textDescendants(first)[0] !== start.node)) return false;
  if (last !== end.node && (to < end.node.value.length || textDescendants(last).at(-1) !== end.node)) return false;
  // Split the quoted text off its neighbours, the end first so that the start's offsets stay valid.
  if (to < end.node.value.length) {
    common.children.splice(common.children.indexOf(last) + 1, 0, { type: 'text', value: end.node.value.slice(to) });
    end.node.value = end.node.value.slice(0, to);
  }
  let firstIndex = common.children.indexOf(first);
  if (from > 0) {
    const rest: Text = { type: 'text', value: start.node.value.slice(from) };
    start.node.value = start.node.value.slice(0, from);
    firstIndex += 1;
    common.children.splice(firstIndex, 0, rest);
  }
  const lastIndex = common.children.indexOf(last);
  const wrapped = common.children.slice(firstIndex, lastIndex + 1);
  common.children.splice(firstIndex, wrapped.length, span(id, wrapped));
  return true;
}

/**
 * Wraps characters [start, end) of a block's reading text: in one span when it can (see wrapWhole),
 * else piece by piece, the first piece carrying the id.
 */
function wrapRange(block: Element, pieces: readonly Piece[], reading: ReadingText, start: number, end: number, id: string): void {
  const first = reading.at[start]!;
  const last = reading.at[end - 1]!;
  if (first.piece !== last.piece && wrapWhole(block, pieces[first.piece]!, first.offset, pieces[last.piece]!, last.offset + 1, id)) return;
  const ranges: { piece: Piece; from: number; to: number }[] = [];
  for (let index = first.piece; index <= last.piece; index += 1) {
    const piece = pieces[index]!;
    const from = index === first.piece ? first.offset : 0;
    const to = index === last.piece ? last.offset + 1 : piece.node.value.length;
    if (piece.node.value.slice(from, to).trim() !== '') ranges.push({ piece, from, to });
  }
  // Split from the last piece back, so that the positions of earlier pieces stay valid.
  for (let index = ranges.length - 1; index >= 0; index -= 1) {
    const { piece, from, to } = ranges[index]!;
    const { value } = piece.node;
    const replacement: ElementContent[] = [];
    if (from > 0) replacement.push({ type: 'text', value: value.slice(0, from) });
    replacement.push(span(index === 0 ? id : undefined, [{ type: 'text', value: value.slice(from, to) }]));
    if (to < value.length) replacement.push({ type: 'text', value: value.slice(to) });
    const position = piece.parent.children.indexOf(piece.node);
    piece.parent.children.splice(position, 1, ...replacement);
  }
}

/** The elements of the tree that pass `test`, in document order. */
function elements(tree: Root, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (element) => {
    if (test(element)) found.push(element);
  });
  return found;
}

function rowText(row: Element): string {
  return row.children
    .filter((cell): cell is Element => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'))
    .map((cell) => readingText(blockPieces(cell)).text.trim())
    .join(CELL_SEPARATOR);
}

/** Marks one quote; false when the tree has no block that reads as containing it. */
function markQuote(tree: Root, quote: string, id: string): boolean {
  const wanted = normaliseWhitespace(quote);
  if (wanted.includes(CELL_SEPARATOR)) {
    const row = elements(tree, (e) => e.tagName === 'tr').find((r) => rowText(r).includes(wanted));
    if (row === undefined) return false;
    const classes = Array.isArray(row.properties.className) ? row.properties.className : [];
    row.properties = { ...row.properties, className: [...classes, SOURCE_QUOTE_CLASS], id };
    return true;
  }
  for (const block of elements(tree, (e) => BLOCK_TAGS.has(e.tagName))) {
    const pieces = blockPieces(block);
    const reading = readingText(pieces);
    const start = reading.text.indexOf(wanted);
    if (start === -1) continue;
    wrapRange(block, pieces, reading, start, start + wanted.length, id);
    return true;
  }
  return false;
}

/** The result of marking a document's quotes: its HTML, and the quotes it could not find. */
export interface MarkedQuotes {
  html: string;
  missing: string[];
}

/**
 * Marks each quote (once, however many figures quote it) in a rendered document body. An anchor
 * id the body already uses is reported as an error: the id would point at the wrong place.
 */
export function markSourceQuotes(html: string, quotes: Iterable<string>): MarkedQuotes {
  const tree = fromHtml(html, { fragment: true });
  const taken = new Set(elements(tree, (e) => typeof e.properties.id === 'string').map((e) => String(e.properties.id)));
  const missing: string[] = [];
  const done = new Map<string, string>();
  for (const quote of quotes) {
    const id = quoteAnchorId(quote);
    const normalised = normaliseWhitespace(quote);
    const earlier = done.get(id);
    if (earlier !== undefined) {
      if (earlier !== normalised) throw new Error(`两段引文得到相同的锚点 ${id}：“${earlier}” 与 “${normalised}”。请把其中一段引文多引或少引一个字 (quote.anchor-collision)`);
      continue;
    }
    if (taken.has(id)) throw new Error(`锚点 ${id} 已被正文使用，无法标出引文 “${normalised}” (quote.anchor-taken)`);
    done.set(id, normalised);
    if (!markQuote(tree, quote, id)) missing.push(quote);
  }
  return { html: toHtml(tree), missing };
}

/** A row of a data table that quotes a document: a figure or a measure adoption. */
export interface QuotingRow {
  document: string;
  quote: string;
  /** The table and line the row is on, for messages. */
  file: string;
  line: number;
  /** The rule a quote that cannot be marked breaks, named in the message. */
  rule: string;
}

/**
 * Marks every quoted sentence in the documents the rows quote. Returns the marked bodies by
 * document id, and a problem for each row whose quote the page cannot mark: the dataset check reads
 * it within one line of the Markdown, but on the page it crosses blocks (a paragraph, a list
 * item, a table cell).
 */
export function markQuotedDocuments(
  documents: ReadonlyMap<string, { filePath: string; html: string }>,
  rows: readonly QuotingRow[],
): { bodies: Map<string, string>; problems: FigureProblem[] } {
  const byDocument = new Map<string, QuotingRow[]>();
  for (const row of rows) byDocument.set(row.document, [...(byDocument.get(row.document) ?? []), row]);
  const bodies = new Map<string, string>();
  const problems: FigureProblem[] = [];
  for (const [id, quoting] of byDocument) {
    const document = documents.get(id);
    if (document === undefined) continue; // an unknown document is the row check's problem
    let marked: MarkedQuotes;
    try {
      marked = markSourceQuotes(document.html, quoting.map((r) => r.quote));
    } catch (error) {
      throw new Error(`${document.filePath}：${(error as Error).message}`);
    }
    bodies.set(id, marked.html);
    const missing = new Set(marked.missing);
    for (const row of quoting.filter((r) => missing.has(r.quote))) {
      problems.push({
        file: row.file,
        line: row.line,
        field: 'quote',
        message: `引文在文档 “${id}” 的正文里能读到，却无法在网页上标出：网页上它跨越了段落、列表项或表格单元格。请只引一段（或一个单元格）之内的文字；引表格的一整行时，单元格之间写 “ | ”`,
        rule: row.rule,
      });
    }
  }
  return { bodies, problems };
}
