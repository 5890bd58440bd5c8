import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR } from '../../src/lib/search/normalise';
import { figureRecord, htmlSections, regionRecord, topicRecord } from '../../src/lib/search/records';
import { render } from './support/render';

const B = BLOCK_SEPARATOR;

describe('htmlSections', () => {
  it('splits a rendered body at h2, h3 and h4 headings, with their anchors', () => {
    const { html } = render('开头一段。\n\n## 一、目标\n\n目标正文。\n\n### （一）托位\n\n托位正文。\n\n#### 1.细目\n\n细目正文。\n');
    expect(htmlSections(html, '全文')).toEqual([
      { anchor: 'fulltext-heading', label: '全文', text: '开头一段。' },
      { anchor: '一目标', heading: '一、目标', text: '目标正文。' },
      { anchor: '一托位', heading: '（一）托位', text: '托位正文。' },
      { anchor: '1细目', heading: '1.细目', context: '（一）托位', text: '细目正文。' },
    ]);
  });

  it('leaves out editorial notes and source markers, keeps corrected text', () => {
    const { html } = render('不断提高:fix[全市]{orig="石家庄市" reason="据文意改"}托育机构质量。[@1]:note[此处有删节]\n');
    const [intro] = htmlSections(html, '全文');
    expect(intro?.text).toBe('不断提高全市托育机构质量。');
    expect(intro?.text).not.toContain('石家庄');
  });

  it('separates blocks (paragraphs, list items, table cells) so no phrase runs across them', () => {
    const { html } = render('段一\n\n- 项一\n- 项二\n\n| 指标 | 数值 |\n| --- | --- |\n| 托位 | 800 |\n');
    expect(htmlSections(html, '全文')[0]?.text).toBe(['段一', '项一', '项二', '指标', '数值', '托位', '800'].join(B));
  });
});

describe('topic and region records', () => {
  it('finds a topic by its name and description, at its page', () => {
    expect(topicRecord({ id: 'childcare', name: '托育服务', description: '三岁以下婴幼儿照护服务。' })).toMatchObject({
      id: 'topic:childcare',
      kind: 'topic',
      url: '/topics/childcare/',
      names: ['托育服务'],
      topics: ['childcare'],
      sections: [{ text: '三岁以下婴幼儿照护服务。' }],
    });
  });

  it('finds a region by its full, short, English and pinyin names', () => {
    const regions = [
      { id: 'national', name: '全国', nameEn: 'China (national)', pinyin: 'quanguo', level: 'national' as const },
      { id: 'guangxi', name: '广西壮族自治区', shortName: '广西', nameEn: 'Guangxi', pinyin: 'guangxi', level: 'provincial' as const, parent: 'national' },
      { id: 'beihai', name: '北海市', shortName: '北海', nameEn: 'Beihai', pinyin: 'beihai', level: 'municipal' as const, parent: 'guangxi' },
    ];
    expect(regionRecord(regions[2] as (typeof regions)[number], regions)).toMatchObject({
      id: 'region:beihai',
      kind: 'region',
      url: '/regions/beihai/',
      names: ['北海市', '北海', 'Beihai', 'beihai'],
      description: '广西壮族自治区 › 北海市 · Beihai',
      regions: ['beihai'],
    });
  });
});

describe('figure records (ready for data/figures.csv)', () => {
  it('make a figure findable by indicator, region, year and its source sentence', () => {
    const record = figureRecord({
      id: 'beihai-childcare-places-2022',
      indicator: '每千人口托位数',
      region: { id: 'beihai', name: '北海市' },
      year: 2022,
      valueLabel: '约2.65个',
      quote: '预计今年北海市每千人口拥有3岁以下婴幼儿托位数约2.65个左右。',
      source: { id: 'bulletin-2023-01-beihai', title: '北海：促进养老托育服务健康发展' },
      topics: ['childcare'],
      url: '/documents/bulletin-2023-01-beihai/',
    });
    expect(record).toMatchObject({
      id: 'figure:beihai-childcare-places-2022',
      kind: 'figure',
      title: '北海市 · 每千人口托位数（2022年）',
      names: ['每千人口托位数'],
      year: 2022,
      regions: ['beihai'],
      topics: ['childcare'],
      sections: [{ text: '预计今年北海市每千人口拥有3岁以下婴幼儿托位数约2.65个左右。' }],
    });
  });
});
