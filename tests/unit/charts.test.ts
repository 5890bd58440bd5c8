import { mkdirSync, writeFileSync } from 'node:fs';
import * as Plot from '@observablehq/plot';
import { describe, expect, test } from 'vitest';
import { comparisonChart, regionNamesMargin } from '../../src/charts/comparison-chart';
import { renderPlotSvg, roundPositions } from '../../src/charts/plot-svg';
import { targetTrackingChart } from '../../src/charts/target-chart';
import type { CheckedFigure } from '../../src/lib/figure-check';
import { chartedRegions } from '../../src/lib/charted-regions';
import { latestPointsByRegion, type ComparablePoint } from '../../src/lib/indicator-math';

// Plot's snapshot harness, in small: render to tests/output/ for looking at, normalise what may
// differ between machines (long decimals), and compare with the committed snapshot.
function normalise(svg: string): string {
  return svg.replace(/(\d+\.\d{2})\d+/g, '$1').replace(/></g, '>\n<');
}

mkdirSync('tests/output/charts', { recursive: true });

function snapshotPath(name: string): string {
  return `./__snapshots__/charts/${name}.svg`;
}

const figure = { note: '', quote: '', document: 'x', line: 1 } as unknown as CheckedFigure;
const point = (region: string, regionLabel: string, year: number, kind: 'actual' | 'target', value: number, qualifier = ''): ComparablePoint => ({
  region,
  regionLabel,
  year,
  kind,
  value,
  qualifier,
  figure,
});

const childcarePoints: ComparablePoint[] = [
  point('taian', '泰安', 2021, 'actual', 2.9, '达到'),
  point('taian', '泰安', 2025, 'target', 4.5),
  point('guangxi', '广西', 2021, 'actual', 1.8),
  point('shijiazhuang', '石家庄', 2025, 'target', 4.6),
  point('national', '全国', 2025, 'actual', 4.73),
  point('national', '全国', 2025, 'target', 4.5),
];

/** The drawing's width, from its viewBox. */
const drawnWidth = (svg: string): number => Number(/viewBox="0 0 (\d+) /.exec(svg)?.[1]);

describe('comparisonChart', () => {
  const svgs = comparisonChart(childcarePoints, { title: '每千人口托位数：各地实际值与目标值', unitLabel: '个/千人' });
  const svg = svgs.wide;

  test('matches its snapshots, wide and narrow', async () => {
    writeFileSync('tests/output/charts/comparison-childcare.svg', svg);
    writeFileSync('tests/output/charts/comparison-childcare-narrow.svg', svgs.narrow);
    await expect(normalise(svg)).toMatchFileSnapshot(snapshotPath('comparison-childcare'));
    await expect(normalise(svgs.narrow)).toMatchFileSnapshot(snapshotPath('comparison-childcare-narrow'));
  });

  test('is drawn narrow for a phone with the same labels, and without tooltips', () => {
    expect([drawnWidth(svg), drawnWidth(svgs.narrow)]).toEqual([720, 360]);
    const labels = (s: string): string[] => [...s.matchAll(/<text[^>]*>([^<]*（[^<]*)<\/text>/g)].map((m) => m[1] as string).sort();
    expect(labels(svgs.narrow)).toEqual(labels(svg));
    expect(labels(svg)).toHaveLength(6);
    // Six marks with a tooltip wide (four regional, two national lines); a phone shows none.
    expect(svg.match(/<title>/g)).toHaveLength(6);
    expect(svgs.narrow).not.toContain('<title>');
    expect(svgs.narrow).toContain('aria-label="每千人口托位数：各地实际值与目标值"');
  });

  test('is an accessible SVG with a tooltip per mark and the year on every mark', () => {
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="每千人口托位数：各地实际值与目标值"');
    expect(svg).not.toContain('font-variant');
    expect(svg).not.toMatch(/<g aria-label="[^"]*"(?![^>]*role=)/);
    // Four regional marks, each with a <title>: 泰安 actual and target, 广西 actual, 石家庄 target.
    expect(svg.match(/<title>(泰安|广西|石家庄) /g)).toHaveLength(4);
    for (const label of ['2.9（2021）', '4.5（2025目标）', '1.8（2021）', '4.6（2025目标）']) expect(svg).toContain(label);
    // The national figures are reference lines with labels, not rows.
    expect(svg).toContain('全国 4.73（2025）');
    expect(svg).toContain('全国目标 4.5（2025）');
    expect(svg).not.toContain('>全国<');
  });

  test('draws actual values and targets differently', () => {
    expect(svg).toMatch(/<g[^>]*class="mark-actual"[^>]*aria-label="dot"/);
    expect(svg).toMatch(/<g[^>]*class="mark-target"[^>]*aria-label="dot"/);
  });
});

describe('regionNamesMargin', () => {
  test('keeps the layout margin for short names, and widens it for a long one', () => {
    expect(regionNamesMargin(['泰安', '石家庄'], 11.5, 56, 360).margin).toBe(56);
    const long = regionNamesMargin(['泰安', '黔南州', '西双版纳'], 11.5, 56, 360);
    expect(long.margin).toBeGreaterThanOrEqual(4 * 11.5 + 9);
    expect(long.shown('西双版纳')).toBe('西双版纳');
  });

  test('cuts a name longer than a third of the drawing with …, so what is drawn fits', () => {
    const { margin, shown } = regionNamesMargin(['黔东南苗族侗族自治州'], 11.5, 56, 360);
    expect(margin).toBe(120);
    const drawn = shown('黔东南苗族侗族自治州');
    expect(drawn.endsWith('…')).toBe(true);
    expect([...drawn].length * 11.5 + 9).toBeLessThanOrEqual(margin);
    expect(regionNamesMargin(['黔东南苗族侗族自治州'], 10, 96, 720).margin).toBeGreaterThanOrEqual(10 * 10 + 9);
  });

  test('draws a long region name whole where it fits, cut where it does not', () => {
    const points = [point('qdn', '黔东南苗族侗族自治州', 2021, 'actual', 2.2), point('taian', '泰安', 2021, 'actual', 2.9)];
    const { wide, narrow } = comparisonChart(points, { title: '长地名', unitLabel: '个/千人' });
    expect(wide).toContain('>黔东南苗族侗族自治州</text>');
    expect(narrow).not.toContain('>黔东南苗族侗族自治州</text>');
    expect(narrow).toMatch(/>黔东南苗族[^<]*…<\/text>/);
    // The tooltip still has the whole name.
    expect(wide).toContain('<title>黔东南苗族侗族自治州 2021年实际');
  });
});

describe('a comparison of many regions', () => {
  // 40 regions, values 1.0 … 4.9 (region r00 highest), each with a target; and national.
  const many: ComparablePoint[] = latestPointsByRegion([
    ...Array.from({ length: 40 }, (_, i) => [
      point(`r${String(i).padStart(2, '0')}`, `地区${i}`, 2021, 'actual', Number((4.9 - i / 10).toFixed(1))),
      point(`r${String(i).padStart(2, '0')}`, `地区${i}`, 2025, 'target', 5),
    ]).flat(),
    point('national', '全国', 2025, 'target', 4.5),
  ]);
  const charted = chartedRegions(many, 30, 15);
  const svgs = comparisonChart(charted.points, { title: '四十个地区', unitLabel: '个/千人', gap: { after: charted.gapAfter!, omitted: charted.omitted } });
  const regionLabels = (svg: string): string[] => [...svg.matchAll(/<text[^>]*>(地区\d+)<\/text>/g)].map((m) => m[1] as string);

  test('chartedRegions keeps the highest and lowest 15 and national, and says how many it leaves out', () => {
    const regions = [...new Set(charted.points.filter((p) => p.region !== 'national').map((p) => p.regionLabel))];
    expect(regions).toEqual([...Array.from({ length: 15 }, (_, i) => `地区${i}`), ...Array.from({ length: 15 }, (_, i) => `地区${i + 25}`)]);
    expect(charted.points.filter((p) => p.region === 'national')).toHaveLength(1);
    expect(charted.points.filter((p) => p.region === 'r00').map((p) => p.kind)).toEqual(['actual', 'target']);
    expect(charted).toMatchObject({ regionCount: 40, omitted: 10, gapAfter: '地区14' });
  });

  test('chartedRegions draws every region up to the limit', () => {
    const few = many.filter((p) => p.region === 'national' || Number(p.region.slice(1)) < 30);
    expect(chartedRegions(few, 30, 15)).toMatchObject({ points: few, regionCount: 30, omitted: 0, gapAfter: undefined });
  });

  test('the chart draws the top, a row that counts the regions left out, then the bottom', async () => {
    await expect(normalise(svgs.narrow)).toMatchFileSnapshot(snapshotPath('comparison-many-narrow'));
    for (const svg of [svgs.wide, svgs.narrow]) {
      expect(regionLabels(svg)).toEqual(regionLabels(svgs.wide));
      expect(regionLabels(svg)).toHaveLength(30);
      expect(svg).toContain('另有 10 个地区从略，见下表');
      // The gap row sits between 地区14 and 地区25, its words on the row of its ⋯ label.
      const y = (text: string): number => Number(new RegExp(`translate\\([\\d.]+,([\\d.]+)\\)"[^>]*>${text}`).exec(svg)?.[1]);
      expect(y('地区14')).toBeLessThan(y('⋯'));
      expect(y('⋯')).toBeLessThan(y('地区25'));
      expect(y('另有')).toBe(y('⋯'));
    }
  });
});

describe('targetTrackingChart', () => {
  const svgs = targetTrackingChart(
    [
      { label: '护理型养老床位占比', baseline: { year: 2020, value: 45.5 }, target: { year: 2025, value: 60, qualifier: '以上' } },
      { label: '居家社区养老服务覆盖率', baseline: { year: 2020, value: 76.8 }, latest: { year: 2022, value: 88 }, target: { year: 2025, value: 100, qualifier: '' } },
    ],
    { title: '泰安：比例类指标从基线到目标', unitLabel: '%' },
  );
  const svg = svgs.wide;

  test('matches its snapshots, wide and narrow', async () => {
    writeFileSync('tests/output/charts/target-taian.svg', svg);
    writeFileSync('tests/output/charts/target-taian-narrow.svg', svgs.narrow);
    await expect(normalise(svg)).toMatchFileSnapshot(snapshotPath('target-taian'));
    await expect(normalise(svgs.narrow)).toMatchFileSnapshot(snapshotPath('target-taian-narrow'));
  });

  test('narrow, names each line above it instead of in a left margin', () => {
    expect(drawnWidth(svgs.narrow)).toBe(360);
    // Wide: the names are the y axis's tick labels. Narrow: no y axis, and a text mark of the names.
    expect(svg).toMatch(/aria-label="y-axis tick label"/);
    expect(svgs.narrow).not.toMatch(/aria-label="y-axis/);
    for (const name of ['护理型养老床位占比', '居家社区养老服务覆盖率']) expect(svgs.narrow).toMatch(new RegExp(`<text[^>]*>${name}</text>`));
    for (const label of ['45.5（2020）', '60以上（2025目标）', '88（2022）', '100（2025目标）']) expect(svgs.narrow).toContain(label);
  });

  test("puts a target's label a line below the latest value's, where a line has both", () => {
    // Where a label is drawn: its text mark's translate plus its own.
    const labelAt = (drawn: string, label: string): { x: number; y: number } => {
      const translate = (tag: string): [number, number] => {
        const m = /transform="translate\(([-\d.]+),([-\d.]+)\)"/.exec(tag);
        return m === null ? [0, 0] : [Number(m[1]), Number(m[2])];
      };
      for (const group of drawn.matchAll(/(<g [^>]*aria-label="text">)(.*?)<\/g>/gs)) {
        for (const text of (group[2] as string).matchAll(/(<text [^>]*>)([^<]*)<\/text>/g)) {
          if (text[2] !== label) continue;
          const [gx, gy] = translate(group[1] as string);
          const [tx, ty] = translate(text[1] as string);
          return { x: gx + tx, y: gy + ty };
        }
      }
      throw new Error(`no label ${label}`);
    };
    for (const drawn of [svg, svgs.narrow]) {
      const latest = labelAt(drawn, '88（2022）');
      const target = labelAt(drawn, '100（2025目标）');
      // Font size 11: a line apart, so the two never overlap however close their values are.
      expect(target.y - latest.y).toBeGreaterThanOrEqual(11);
      // A line without a latest value keeps its target's label just below it.
      expect(labelAt(drawn, '60以上（2025目标）').y - labelAt(drawn, '45.5（2020）').y).toBe(28);
    }
  });

  test('labels baseline, latest and target with their years', () => {
    for (const label of ['45.5（2020）', '60以上（2025目标）', '76.8（2020）', '88（2022）', '100（2025目标）']) expect(svg).toContain(label);
    expect(svg).toContain('<title>居家社区养老服务覆盖率 2022年最新：88%</title>');
  });
});

describe('renderPlotSvg', () => {
  test('rounds positions to a tenth of a pixel, and leaves the text as written', () => {
    expect(roundPositions('translate(96,56.95791245791315)')).toBe('translate(96,57)');
    expect(roundPositions('M0,-4.949747468305833L4.949747468305833,0')).toBe('M0,-4.9L4.9,0');
    expect(roundPositions('M-0.04,3.5')).toBe('M0,3.5');
    expect(roundPositions('0.32em')).toBe('0.32em');
    expect(roundPositions('0.321em')).toBe('0.321em');
    const svg = renderPlotSvg({ width: 300, height: 100, x: { domain: [0, 7] }, marks: [Plot.dot([{ v: 45.4837 }], { x: 'v', title: () => '45.4837' }), Plot.text([{ v: 1 / 3 }], { x: 'v', text: () => '0.3333（2021）' })] }, '测试图');
    const positions = [...svg.matchAll(/ (?:d|transform|x|y|cx|cy)="([^"]*)"/g)].map((m) => m[1] as string);
    expect(positions.length).toBeGreaterThan(3);
    for (const value of positions) expect(value.replace(/[\d.]+em/, '')).not.toMatch(/\d\.\d{2}/);
    expect(svg).toContain('<title>45.4837</title>');
    expect(svg).toContain('>0.3333（2021）</text>');
  });

  test('drops the tooltips when asked, keeping the marks', () => {
    const spec = { marks: [Plot.dot([{ x: 1, y: 1 }], { x: 'x', y: 'y', title: () => '提示' })] };
    expect(renderPlotSvg(spec, '测试图')).toContain('<title>提示</title>');
    const bare = renderPlotSvg(spec, '测试图', { axisSize: 11.5, tooltips: false });
    expect(bare).not.toContain('<title>');
    expect(bare).toMatch(/<circle /);
    expect(bare).toMatch(/^<svg [^>]*font-size="11.5"/);
  });

  test('treats a Plot warning as an error naming the chart', () => {
    // Strings that look like dates on an ordinal scale make Plot warn.
    const render = () => renderPlotSvg({ marks: [Plot.barY([{ d: '2020-01-01', v: 1 }, { d: '2021-01-01', v: 2 }], { x: 'd', y: 'v' })] }, '测试图');
    expect(render).toThrow(/图表 “测试图” 生成时出现 Plot 警告.*\(chart\.plot-warning\)/s);
  });

  test('refuses Plot options that wrap the SVG in a figure', () => {
    const render = () => renderPlotSvg({ caption: '标题', marks: [Plot.dot([{ x: 1, y: 1 }], { x: 'x', y: 'y' })] }, '测试图');
    expect(render).toThrow(/\(chart\.not-svg\)/);
  });
});
