import { describe, expect, test } from 'vitest';
import { render } from './support/render';

describe('rehypeCollectHeadings', () => {
  test('h2 and h3 are collected in order with their ids; h4 is not', () => {
    const { html, headings } = render('## 一、实施背景\n\n正文\n\n### （一）建设县级综合养老服务管理平台\n\n#### 1. 细目\n\n## 二、主要任务');
    expect(headings).toEqual([
      { depth: 2, id: '一实施背景', text: '一、实施背景' },
      { depth: 3, id: '一建设县级综合养老服务管理平台', text: '（一）建设县级综合养老服务管理平台' },
      { depth: 2, id: '二主要任务', text: '二、主要任务' },
    ]);
    for (const h of headings) expect(html).toContain(`<h${h.depth} id="${h.id}">`);
    expect(html).toContain('<h4 id="1-细目">1. 细目</h4>');
  });

  test('the collected text leaves out editorial notes but keeps the corrected text', () => {
    const { headings } = render('## 二、:fix[主要任务]{orig="主要仟务" reason="据目录改"}:note[标题据目录统一]');
    expect(headings).toHaveLength(1);
    expect(headings[0]?.text).toBe('二、主要任务');
  });

  test('two headings with the same text get distinct ids', () => {
    const { headings } = render('## 工作目标\n\n## 工作目标');
    expect(headings.map((h) => h.id)).toEqual(['工作目标', '工作目标-1']);
  });

  test('a body without headings has none', () => {
    expect(render('只有一段。').headings).toEqual([]);
  });

  test('anchors and contents ignore notes and source markers, but keep 〔〕 of document numbers', () => {
    const { headings } = render('## 附件（国办发〔2020〕52号）:note[附件名据目录补][@1]');
    expect(headings).toEqual([{ depth: 2, id: '附件国办发202052号', text: '附件（国办发〔2020〕52号）' }]);
    // Adding a note does not move the anchor.
    expect(render('## 附件（国办发〔2020〕52号）').headings[0]?.id).toBe('附件国办发202052号');
  });
});
