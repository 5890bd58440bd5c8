import type { Element, Root } from 'hast';
// Neither hast-util-from-html nor rehype-parse is installed; parse5 and hast-util-from-parse5 are,
// as the parser rehype-raw itself uses, so the output is read back by a real HTML parser.
import { fromParse5 } from 'hast-util-from-parse5';
import { parseFragment } from 'parse5';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { documentSanitizeSchema } from '../../src/lib/sanitize-schema';
import { render } from './support/render';

function parseHtml(html: string): Root {
  return fromParse5(parseFragment(html)) as Root;
}

function elements(tree: Root): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    found.push(node);
  });
  return found;
}

const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'data', 'poster', 'cite', 'background'];
const DANGEROUS_TAGS = ['script', 'iframe', 'frame', 'object', 'embed', 'style', 'base', 'meta', 'link', 'form', 'svg', 'math'];

/** Everything in the rendered tree that could run script or load a foreign page. */
function dangers(html: string): string[] {
  const found: string[] = [];
  for (const el of elements(parseHtml(html))) {
    if (DANGEROUS_TAGS.includes(el.tagName)) found.push(`<${el.tagName}>`);
    for (const [name, value] of Object.entries(el.properties)) {
      if (/^on/i.test(name)) found.push(`${el.tagName}.${name}`);
      if (name === 'style') found.push(`${el.tagName}.style`);
      if (URL_PROPERTIES.includes(name) && /^\s*(javascript|vbscript|data):/i.test(String(value))) {
        found.push(`${el.tagName}.${name}=${String(value)}`);
      }
    }
  }
  return found;
}

const ATTACKS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<iframe src="https://evil.example"></iframe>',
  '<div style="position:fixed;inset:0" onclick="alert(1)">点击</div>',
  '<svg onload=alert(1)><circle r="1"/></svg>',
  '<a href="JaVaScRiPt:alert(1)">大小写</a>',
  '<a href="  javascript:alert(1)">前导空格</a>',
  '<a href="vbscript:msgbox(1)">vb</a>',
  '<a href="data:text/html,<script>alert(1)</script>">data</a>',
  '<object data="https://evil.example/x.swf"></object>',
  '<embed src="https://evil.example/x.swf">',
  '<form action="https://evil.example"><button formaction="javascript:alert(1)">提交</button></form>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<style>body{display:none}</style>',
  '<p onmouseover="alert(1)">段落</p>',
];

describe('documentSanitizeSchema: a hostile Markdown body', () => {
  test('the test harness itself sees dangers in unsanitised HTML', () => {
    expect(dangers(ATTACKS.join('\n'))).toEqual(
      expect.arrayContaining(['<script>', 'img.onError', 'a.href=javascript:alert(1)', '<iframe>', 'div.style', 'div.onClick', '<svg>']),
    );
  });

  test.each(ATTACKS)('%s renders harmless', (attack) => {
    expect(dangers(render(`开头\n\n${attack}\n\n结尾`).html)).toEqual([]);
  });

  test('all attacks together, inline in a paragraph as well as on their own lines', () => {
    const markdown = `${ATTACKS.join('\n\n')}\n\n正文里夹着${ATTACKS.join('')}的段落。`;
    expect(dangers(render(markdown).html)).toEqual([]);
  });

  test('harmless text around and inside the removed markup survives', () => {
    const tree = parseHtml(
      render('<div style="color:red" onclick="alert(1)">点击</div>\n\n<a href="javascript:alert(1)">链接文字</a>\n\n<p onmouseover="alert(1)">段落</p>').html,
    );
    const div = elements(tree).find((el) => el.tagName === 'div');
    expect(div?.properties).toEqual({});
    const link = elements(tree).find((el) => el.tagName === 'a');
    expect(link?.properties).toEqual({});
    const text: string[] = [];
    visit(tree, 'text', (node) => {
      if (node.value.trim() !== '') text.push(node.value.trim());
    });
    expect(text).toEqual(['点击', '链接文字', '段落']);
  });

  test('script content is dropped, not shown as text', () => {
    expect(render('<script>alert("xss")</script>').html).not.toContain('alert');
  });
});

describe('documentSanitizeSchema: what the site’s own plugins need', () => {
  test('http(s), mailto, relative and fragment links are kept', () => {
    const { html } = render(
      '[政府网](https://www.gov.cn/) [邮件](mailto:bhlib@163.com) [本站](/documents/x/) [来源](#source-1)',
    );
    const hrefs = elements(parseHtml(html))
      .filter((el) => el.tagName === 'a')
      .map((el) => el.properties.href);
    expect(hrefs).toEqual(['https://www.gov.cn/', 'mailto:bhlib@163.com', '/documents/x/', '#source-1']);
  });

  test('ids are kept without the default user-content- prefix, so #ed-1 and #cite-1-1 work', () => {
    const { html } = render('正文:note[按语][@1]');
    const ids = elements(parseHtml(html)).map((el) => el.properties.id).filter((id) => id !== undefined);
    expect(ids).toEqual(['ed-1', 'cite-1-1']);
  });

  test('only the classes our plugins produce are allowed, element by element', () => {
    const { html } = render(
      '<span class="ed-note evil">a</span><ins class="ed-fix evil">b</ins><a href="/x" class="work-link evil">c</a><a href="/y" class="cite">d</a><em class="evil">e</em>',
    );
    const classes = elements(parseHtml(html)).map((el) => [el.tagName, el.properties.className]);
    expect(classes).toEqual([
      ['p', undefined],
      ['span', ['ed-note']],
      ['ins', ['ed-fix']],
      ['a', ['work-link']],
      ['a', ['cite']],
      ['em', undefined],
    ]);
  });

  test('the schema keeps GitHub’s list of forbidden-by-omission tags', () => {
    for (const tag of ['script', 'iframe', 'style', 'object', 'embed', 'form', 'svg']) {
      expect(documentSanitizeSchema.tagNames).not.toContain(tag);
    }
    expect(documentSanitizeSchema.protocols?.href).toEqual(expect.not.arrayContaining(['javascript', 'data', 'vbscript']));
  });
});
