import type { Root, PhrasingContent, Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import type { Plugin } from 'unified';
import { visit, SKIP } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';

/** One editorial note, numbered in reading order within its document. */
export interface EditorialNote {
  /** 1-based number, also the anchor `ed-<n>`. */
  number: number;
  /** `fix`: a certain correction; `note`: a remark or an unsure reading. */
  type: 'fix' | 'note';
  /** The text as corrected (fix only; empty for a deletion). */
  corrected?: string;
  /** What the source printed (fix only; empty for an insertion). */
  original?: string;
  /** Why the correction was made (fix only). */
  reason?: string;
  /** The wording shown to the reader inside 〔〕. */
  text: string;
}

declare module 'vfile' {
  interface DataMap {
    editorialNotes: EditorialNote[];
  }
}

/** The wording of a correction, as the reader sees it. */
export function correctionWording(corrected: string, original: string, reason: string): string {
  if (original === '') return reason;
  if (corrected === '') return `原文此处有“${original}”，${reason}`;
  return `原文作“${original}”，${reason}`;
}

function noteNode(note: EditorialNote): PhrasingContent {
  // A wrapper with a text child (not a bare text node): later plugins split text nodes to insert
  // source links or work links, and the wrapper keeps the note's span and anchor around them.
  return {
    type: 'emphasis',
    children: [{ type: 'text', value: `〔${note.text}〕` } as Text],
    data: { hName: 'span', hProperties: { className: ['ed-note'], id: `ed-${note.number}` } },
  };
}

function literal(node: TextDirective, source: string): PhrasingContent {
  // A colon followed by letters in running text (e.g. "Email:bhlib") is not a directive we know:
  // give the reader back exactly what was written, attributes included.
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start !== undefined && end !== undefined && source !== '') return { type: 'text', value: source.slice(start, end) };
  const label = node.children.length > 0 ? `[${toString(node)}]` : '';
  return { type: 'text', value: `:${node.name}${label}` };
}

/**
 * Gives editorial notes one syntax and one look: `:fix[corrected]{orig="…" reason="…"}` and
 * `:note[…]`. Corrections render as the corrected text followed by 〔原文作“…”，reason〕; notes as
 * 〔编者注：…〕. The numbered list of notes is left in `file.data.editorialNotes` for the page.
 */
export const remarkEditorialNotes: Plugin<[], Root> = () => (tree, file) => {
  const notes: EditorialNote[] = [];
  const where = file.path ? `${file.path}` : '文档';
  const source = String(file.value ?? '');
  // Block directives (::note, :::note) are not part of our syntax; say so rather than drop text.
  visit(tree, (node) => {
    if (node.type === 'leafDirective' || node.type === 'containerDirective') {
      const line = node.position?.start.line ?? 0;
      throw new Error(`${where}:${line}：不支持以 :: 开头的块级指令。编者注请写在句中：:note[编者注的内容]；校改请写 :fix[改后文字]{orig="原文" reason="据文意改"} (editorial-note.block-directive)`);
    }
  });
  visit(tree, 'textDirective', (node: TextDirective, index, parent) => {
    if (parent === undefined || index === undefined) return;
    const line = node.position?.start.line ?? 0;
    if (node.name === 'fix') {
      const original = node.attributes?.orig;
      const reason = node.attributes?.reason;
      if (original === undefined || original === null || reason === undefined || reason === null || reason === '') {
        throw new Error(
          `${where}:${line}：:fix 校改缺少 orig 或 reason 属性。写法：:fix[改正后的文字]{orig="原文文字" reason="据文意改"}` +
            ' (editorial-note.fix-attributes)',
        );
      }
      const corrected = toString(node);
      const note: EditorialNote = {
        number: notes.length + 1,
        type: 'fix',
        corrected,
        original,
        reason,
        text: correctionWording(corrected, original, reason),
      };
      notes.push(note);
      const replacement: PhrasingContent[] = [];
      if (corrected !== '') {
        replacement.push({
          type: 'emphasis',
          children: node.children,
          data: { hName: 'ins', hProperties: { className: ['ed-fix'] } },
        });
      }
      replacement.push(noteNode(note));
      parent.children.splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    }
    if (node.name === 'note') {
      const text = toString(node).trim();
      if (text === '') {
        throw new Error(`${where}:${line}：:note 编者注内容为空。写法：:note[编者注的内容] (editorial-note.empty)`);
      }
      const note: EditorialNote = { number: notes.length + 1, type: 'note', text: `编者注：${text}` };
      notes.push(note);
      parent.children.splice(index, 1, noteNode(note));
      return [SKIP, index + 1];
    }
    parent.children.splice(index, 1, literal(node, source));
    return [SKIP, index + 1];
  });
  file.data.editorialNotes = notes;
};

/** One line of a document's list of editorial notes: 校改 3：“全市”——原文作“石家庄市”，据文意改. */
export function noteListLine(note: EditorialNote): string {
  if (note.type === 'note') return `按语 ${note.number}：${note.text.replace(/^编者注：/, '')}`;
  const corrected = note.corrected !== undefined && note.corrected !== '' ? `“${note.corrected}”——` : '';
  return `校改 ${note.number}：${corrected}${note.text}`;
}
