import { describe, expect, test } from 'vitest';
import { correctionWording, noteListLine } from '../../src/plugins/remark-editorial-notes';
import { TEST_PATH, errorMessage, render } from './support/render';

describe('correctionWording', () => {
  test('a replacement quotes what the source printed', () => {
    expect(correctionWording('响应', '相应', '据文意改')).toBe('原文作“相应”，据文意改');
  });

  test('a deletion says what the source had here', () => {
    expect(correctionWording('', '的的', '衍文，据文意删')).toBe('原文此处有“的的”，衍文，据文意删');
  });

  test('an insertion gives only the reason', () => {
    expect(correctionWording('上', '', '原文脱漏，据文意补')).toBe('原文脱漏，据文意补');
  });
});

describe('noteListLine', () => {
  test('a replacement: number, corrected text, then the wording', () => {
    expect(
      noteListLine({ number: 3, type: 'fix', corrected: '全市', original: '石家庄市', reason: '据文意改', text: '原文作“石家庄市”，据文意改' }),
    ).toBe('校改 3：“全市”——原文作“石家庄市”，据文意改');
  });

  test('a deletion has no corrected text to show', () => {
    expect(
      noteListLine({ number: 2, type: 'fix', corrected: '', original: '的的', reason: '衍文，据文意删', text: '原文此处有“的的”，衍文，据文意删' }),
    ).toBe('校改 2：原文此处有“的的”，衍文，据文意删');
  });

  test('an insertion shows the inserted text and the reason', () => {
    expect(
      noteListLine({ number: 1, type: 'fix', corrected: '服务', original: '', reason: '原文脱漏，据文意补', text: '原文脱漏，据文意补' }),
    ).toBe('校改 1：“服务”——原文脱漏，据文意补');
  });

  test('a note drops its 编者注： prefix, the list already says 按语', () => {
    expect(noteListLine({ number: 4, type: 'note', text: '编者注：疑为“五年”之误' })).toBe('按语 4：疑为“五年”之误');
  });
});

describe('remarkEditorialNotes: :fix', () => {
  test('the corrected text in ins.ed-fix, then 〔原文作“…”，reason〕 in span.ed-note#ed-1', () => {
    const { html, editorialNotes } = render('各地积极:fix[响应]{orig="相应" reason="据文意改"}国家政策。');
    expect(html).toBe(
      '<p>各地积极<ins class="ed-fix">响应</ins><span class="ed-note" id="ed-1">〔原文作“相应”，据文意改〕</span>国家政策。</p>',
    );
    expect(editorialNotes).toEqual([
      { number: 1, type: 'fix', corrected: '响应', original: '相应', reason: '据文意改', text: '原文作“相应”，据文意改' },
    ]);
  });

  test('a deletion shows no ins, only the note', () => {
    const { html } = render('养老:fix[]{orig="服务服务" reason="衍文，据文意删"}服务体系');
    expect(html).toBe('<p>养老<span class="ed-note" id="ed-1">〔原文此处有“服务服务”，衍文，据文意删〕</span>服务体系</p>');
  });

  test('an insertion shows the inserted text and the reason', () => {
    const { html } = render('托育:fix[服务]{orig="" reason="原文脱漏，据文意补"}体系');
    expect(html).toBe(
      '<p>托育<ins class="ed-fix">服务</ins><span class="ed-note" id="ed-1">〔原文脱漏，据文意补〕</span>体系</p>',
    );
  });

  test('a correction inside emphasis keeps the emphasis around it', () => {
    const { html } = render('*聚焦:fix[养老]{orig="养考" reason="据目录改"}托育*');
    expect(html).toBe(
      '<p><em>聚焦<ins class="ed-fix">养老</ins><span class="ed-note" id="ed-1">〔原文作“养考”，据目录改〕</span>托育</em></p>',
    );
  });

  test.each([
    [':fix[响应]{orig="相应"}', 1],
    ['第一段。\n\n第二段，:fix[响应]{reason="据文意改"}。', 3],
    ['标题\n\n正文\n\n再:fix[响应]{orig="相应" reason=""}', 5],
  ])('a :fix without orig or reason stops with file, line and rule: %j', (markdown, line) => {
    expect(errorMessage(() => render(markdown))).toBe(
      `${TEST_PATH}:${line}：:fix 校改缺少 orig 或 reason 属性。写法：:fix[改正后的文字]{orig="原文文字" reason="据文意改"} (editorial-note.fix-attributes)`,
    );
  });
});

describe('remarkEditorialNotes: :note', () => {
  test('renders 〔编者注：…〕 in span.ed-note', () => {
    const { html, editorialNotes } = render('原文作“三年”:note[疑为“五年”之误，暂不改]。');
    expect(html).toBe('<p>原文作“三年”<span class="ed-note" id="ed-1">〔编者注：疑为“五年”之误，暂不改〕</span>。</p>');
    expect(editorialNotes).toEqual([{ number: 1, type: 'note', text: '编者注：疑为“五年”之误，暂不改' }]);
  });

  test('an empty note stops with file, line and rule', () => {
    expect(errorMessage(() => render('\n正文:note[ ]'))).toBe(
      `${TEST_PATH}:2：:note 编者注内容为空。写法：:note[编者注的内容] (editorial-note.empty)`,
    );
  });
});

describe('remarkEditorialNotes: numbering', () => {
  test('fixes and notes share one sequence in reading order, across paragraphs and headings', () => {
    const markdown = [
      ':note[本文标题据目录统一。]',
      '',
      '## 一、:fix[背景]{orig="北景" reason="据文意改"}',
      '',
      '正文:fix[]{orig="的" reason="衍文，据文意删"}一段，:note[此处原文不清]。',
    ].join('\n');
    const { html, editorialNotes } = render(markdown);
    expect(editorialNotes.map((n) => [n.number, n.type])).toEqual([
      [1, 'note'],
      [2, 'fix'],
      [3, 'fix'],
      [4, 'note'],
    ]);
    expect([...html.matchAll(/<span class="ed-note" id="(ed-\d+)">/g)].map((m) => m[1])).toEqual(['ed-1', 'ed-2', 'ed-3', 'ed-4']);
  });

  test('a document without notes has an empty list', () => {
    expect(render('没有编者注的段落。').editorialNotes).toEqual([]);
  });
});

describe('remarkEditorialNotes: colons that are not our directives', () => {
  test.each([
    ['Email:bhlib@163.com', '<p>Email:bhlib@163.com</p>'],
    ['时间为10:30至11:00', '<p>时间为10:30至11:00</p>'],
    ['比例为1:2', '<p>比例为1:2</p>'],
    ['见附件:annex[一]', '<p>见附件:annex[一]</p>'],
  ])('%j survives as literal text', (markdown, html) => {
    const result = render(markdown);
    expect(result.html).toBe(html);
    expect(result.editorialNotes).toEqual([]);
  });
});

describe('remarkEditorialNotes: snapshot', () => {
  test('a passage with every kind of note', async () => {
    const markdown = [
      ':note[本页把分栏中被隔断的两段按阅读顺序接回。]',
      '',
      '各地积极:fix[响应]{orig="相应" reason="据文意改"}国家政策，推进养老:fix[]{orig="服务" reason="衍文，据文意删"}服务体系建设，',
      '完善托育:fix[服务]{orig="" reason="原文脱漏，据文意补"}供给。联系方式：Email:bhlib@163.com，10:30前。',
    ].join('\n');
    await expect(render(markdown).html).toMatchFileSnapshot('./__snapshots__/remark-editorial-notes/all-notes.html');
  });
});

describe('notes that hold links', () => {
  test('a note citing a source or a known title keeps its span and anchor', () => {
    const { html } = render('正文:note[出处同[@1]，参见《泰安市“一老一小”整体解决方案》]。');
    expect(html).toMatch(/<span class="ed-note" id="ed-1">〔编者注：出处同<a href="#source-1"[^>]*>\[1\]<\/a>，参见<a href="\/documents\/taian-yilao-yixiao-plan-draft\/" class="work-link">《泰安市“一老一小”整体解决方案》<\/a>〕<\/span>/);
  });

  test('block directives are refused with a message naming file and line', () => {
    const message = errorMessage(() => render('第一段\n\n::note[块级写法]'));
    expect(message).toContain(`${TEST_PATH}:3`);
    expect(message).toContain('(editorial-note.block-directive)');
  });

  test('an unknown text directive comes back exactly as written, attributes included', () => {
    expect(render('时间:foo[bar]{x="1"}结束').html).toContain('时间:foo[bar]{x="1"}结束');
  });
});

