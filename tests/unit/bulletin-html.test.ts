import { describe, expect, test } from 'vitest';
import { cssString, prefixFragmentIds, shiftHeadings, splitBeforeFirstHeading } from '../../src/lib/bulletin-html';
import { render } from './support/render';

describe('prefixFragmentIds', () => {
  test('ids, in-page links and aria references get the prefix; other links do not', () => {
    const html =
      '<h2 id="一总体要求">一、总体要求<a href="#source-1" id="cite-1-1" class="cite" aria-label="来源 1">[1]</a></h2>' +
      '<p aria-labelledby="x y"><a href="/documents/taian/">《泰安》</a> <a href="https://www.gov.cn/#top">gov</a></p>';
    expect(prefixFragmentIds(html, 'a3-')).toBe(
      '<h2 id="a3-一总体要求">一、总体要求<a href="#a3-source-1" id="a3-cite-1-1" class="cite" aria-label="来源 1">[1]</a></h2>' +
        '<p aria-labelledby="a3-x a3-y"><a href="/documents/taian/">《泰安》</a> <a href="https://www.gov.cn/#top">gov</a></p>',
    );
  });

  test('on real pipeline output every id is prefixed and every fragment link still has a target', () => {
    const { html } = render('## 一、标题\n\n正文:fix[改后]{orig="改前" reason="据文意改"}。[@1]\n\n:note[按语]\n');
    const prefixed = prefixFragmentIds(html, 'a2-');
    const ids = [...prefixed.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
    const targets = [...prefixed.matchAll(/\shref="#([^"]*)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(2);
    expect(ids.every((id) => id?.startsWith('a2-'))).toBe(true);
    expect(targets).toEqual(['a2-source-1']);
  });
});

describe('shiftHeadings', () => {
  test('moves opening and closing heading tags down, never below h6', () => {
    expect(shiftHeadings('<h2 id="a">A</h2><h3>B</h3><h5>C</h5><h6>D</h6><header>x</header><hr>', 2)).toBe(
      '<h4 id="a">A</h4><h5>B</h5><h6>C</h6><h6>D</h6><header>x</header><hr>',
    );
  });
});

describe('splitBeforeFirstHeading', () => {
  test('what comes before the first heading is the cover lead, the rest the preface', () => {
    expect(splitBeforeFirstHeading('<p>封面</p>\n<h2 id="前言">前言</h2><p>正文</p>')).toEqual({
      lead: '<p>封面</p>',
      rest: '<h2 id="前言">前言</h2><p>正文</p>',
    });
  });

  test('no heading: all of it is the preface', () => {
    expect(splitBeforeFirstHeading('<p>正文</p>')).toEqual({ lead: '', rest: '<p>正文</p>' });
  });
});

describe('cssString', () => {
  test('quotes and escapes for a CSS content value', () => {
    expect(cssString('信息参考 · 2023年第1期')).toBe('"信息参考 · 2023年第1期"');
    expect(cssString('a"b\\c\nd</style>')).toBe('"a\\"b\\\\c d\\3C /style>"');
  });
});
