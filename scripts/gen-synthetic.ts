// Writes a seeded synthetic corpus of N documents and R regions, with figures, measure adoptions
// and bulletins, to a temporary content root, for the scale benchmark. Its Chinese text is
// recombined from sentences of the real corpus, so segmentation and search behave as on real text.
// It never touches the project's content/ or data/.
// Usage: npx tsx scripts/gen-synthetic.ts --docs 1000 --regions 100 --seed 1 --out /tmp/atlas-synthetic
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify as csvStringify } from 'csv-stringify/sync';
import { pinyin } from 'pinyin-pro';
import { stringify as yamlStringify } from 'yaml';
import { quotableLines } from '../src/lib/quotable-text';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '100' },
    regions: { type: 'string', default: '30' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: '/tmp/atlas-synthetic' },
  },
});
const N = Number(values.docs);
const R = Number(values.regions);
const OUT = values.out;

// mulberry32: a small seeded generator, so the same seed always gives the same corpus.
let state = Number(values.seed) >>> 0;
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));

// Sentences of the real corpus, without figures' digits-only table rows.
const sentences = readdirSync('content/documents')
  .filter((f) => f.endsWith('.md'))
  .flatMap((f) => quotableLines(readFileSync(join('content/documents', f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')))
  .filter((line) => !line.includes(' | '))
  .flatMap((line) => line.split(/(?<=[。；！？])/))
  .map((s) => s.trim())
  .filter((s) => [...s].length >= 12 && [...s].length <= 120 && !/[[\]{}<>]/.test(s));
if (sentences.length < 100) throw new Error('too few sentences in content/documents to recombine');

const paragraph = (n: number): string => Array.from({ length: n }, () => pick(sentences)).join('');
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const PLACE_CHARS = [...'安宁平阳华山江河东西南北新兴长宝昌德庆丰泰和清源临海州城岭溪湖云林武定远文通永嘉康乐'];

// Regions: national, then provinces, then cities and districts under them.
interface SyntheticRegion { id: string; name: string; shortName: string; nameEn: string; pinyin: string; level: string; parent?: string }
const regions: SyntheticRegion[] = [{ id: 'national', name: '全国', shortName: '全国', nameEn: 'China (national)', pinyin: 'quanguo', level: 'national' }];
const usedNames = new Set<string>();
function placeName(): string {
  for (;;) {
    const name = pick(PLACE_CHARS) + pick(PLACE_CHARS);
    if (!usedNames.has(name)) {
      usedNames.add(name);
      return name;
    }
  }
}
const provinceCount = Math.max(1, Math.round(R / 10));
for (let i = 0; regions.length < R; i += 1) {
  const level = i < provinceCount ? 'provincial' : i % 4 === 3 ? 'district' : 'municipal';
  const short = placeName();
  const suffix = level === 'provincial' ? '省' : level === 'district' ? '区' : '市';
  const py = pinyin(short, { toneType: 'none', type: 'array' }).join('');
  const candidates = regions.filter((r) => (level === 'provincial' ? r.level === 'national' : level === 'district' ? r.level === 'municipal' : r.level === 'provincial'));
  const parent = candidates.length > 0 ? pick(candidates).id : 'national';
  regions.push({ id: `${py}-${i}`, name: `${short}${suffix}`, shortName: short, nameEn: `${py[0]!.toUpperCase()}${py.slice(1)} ${i}`, pinyin: py, level, parent });
}

const TOPICS = readFileSync('content/topics.yaml', 'utf8').match(/^- id: ([a-z-]+)$/gm)!.map((l) => l.slice(6));
const KINDS = ['policy', 'plan', 'news-digest', 'news-report', 'case-article', 'commentary'] as const;
const TITLES = ['关于推进养老托育服务健康发展的实施意见', '“一老一小”整体解决方案', '关于加快发展普惠托育服务的通知', '养老服务体系建设工作情况', '推进医养结合的做法与成效', '社区居家养老服务改革经验', '婴幼儿照护服务发展报告', '关于完善基本养老服务体系的措施'];
const INDICATORS = [
  { id: 'childcare-places-per-1000', unit: '个/千人', sentence: (v: number, y: number) => `截至${y}年底，每千人口拥有3岁以下婴幼儿托位数${v}个。`, value: () => Number((1 + random() * 4).toFixed(1)) },
  { id: 'nursing-bed-share', unit: '%', sentence: (v: number, y: number) => `到${y}年，养老机构护理型床位占比达到${v}%。`, value: () => between(30, 70) },
  { id: 'elderly-care-beds', unit: '张', sentence: (v: number, y: number) => `截至${y}年底，全市共有各类养老床位${v}张。`, value: () => between(2000, 60000) },
];
const MEASURES = readFileSync('data/measures.yaml', 'utf8').match(/id: ([a-z-]+), name: ([^,]+),/g)!.map((m) => {
  const [, id, name] = /id: ([a-z-]+), name: ([^,]+),/.exec(m)!;
  return { id: id!, name: name! };
});

rmSync(OUT, { recursive: true, force: true });
mkdirSync(join(OUT, 'content/documents'), { recursive: true });
mkdirSync(join(OUT, 'content/case-summaries'), { recursive: true });
mkdirSync(join(OUT, 'data'), { recursive: true });
copyFileSync('content/topics.yaml', join(OUT, 'content/topics.yaml'));
for (const f of ['indicators.yaml', 'units.yaml', 'measures.yaml', 'search-synonyms.yaml']) if (existsSync(join('data', f))) copyFileSync(join('data', f), join(OUT, 'data', f));
writeFileSync(join(OUT, 'data/regions.yaml'), yamlStringify(regions));

interface Doc { id: string; front: Record<string, unknown>; body: string }
const figures: Record<string, string | number>[] = [];
const adoptions: Record<string, string>[] = [];
const docs: Doc[] = [];
for (let i = 0; i < N; i += 1) {
  const region = pick(regions);
  const kind = pick(KINDS);
  const year = between(2019, 2025);
  const id = `syn-${String(i).padStart(5, '0')}`;
  const sections = between(2, 6);
  const extra: string[] = [];
  if (random() < 0.4) {
    const ind = pick(INDICATORS);
    const value = ind.value();
    const targetYear = random() < 0.5 ? year : 2025;
    const sentence = ind.sentence(value, targetYear);
    extra.push(sentence);
    figures.push({ region: region.id, indicator: ind.id, year: targetYear, value, valueMax: '', qualifier: '', unit: ind.unit, kind: targetYear > year ? 'target' : 'actual', document: id, quote: sentence, note: '合成数据' });
  }
  if (random() < 0.3) {
    const measure = pick(MEASURES);
    const sentence = `${region.shortName}积极推行${measure.name}。`;
    extra.push(sentence);
    adoptions.push({ region: region.id, measure: measure.id, document: id, quote: sentence, note: '合成数据' });
  }
  const body = Array.from({ length: sections }, (_, s) => `## ${NUMERALS[s]}、${pick(sentences).slice(0, 14).replace(/[，。；、]$/, '')}\n\n${paragraph(between(2, 4))}${s === 0 ? extra.join('') : ''}\n\n${paragraph(between(1, 3))}`).join('\n\n');
  let summary = '';
  while ([...summary].length < 110) summary += pick(sentences);
  summary = [...summary].slice(0, 280).join('');
  docs.push({
    id,
    front: {
      title: `${region.name}${pick(TITLES)}（${year}年第${i + 1}号）`,
      kind,
      level: region.level,
      regions: [region.id],
      date: { value: `${year}-${String(between(1, 12)).padStart(2, '0')}`, precision: 'month', basis: 'printed' },
      topics: [...new Set([pick(TOPICS), pick(TOPICS)])],
      source: { corpusFile: '999_0000000000000000.txt', description: '合成语料：由真实语料的句子随机重组，仅供规模基准测试使用。' },
      summary,
      keyPoints: [pick(sentences).slice(0, 40), pick(sentences).slice(0, 40), pick(sentences).slice(0, 40)],
    },
    body,
  });
}

// Bulletins: one issue per 100 documents, collecting case articles and news reports.
const articles = docs.filter((d) => d.front.kind === 'case-article' || d.front.kind === 'news-report');
const issueCount = Math.floor(N / 100);
for (let b = 0; b < issueCount; b += 1) {
  const id = `syn-bulletin-${b + 1}`;
  const chosen = articles.splice(0, between(5, 9));
  if (chosen.length === 0) break;
  const sectionTitles = ['热点聚焦', '他山之石', '延伸阅读'];
  const sections = sectionTitles.map((title, s) => ({ title, articles: chosen.filter((_, i) => i % 3 === s).map((d) => d.id) })).filter((s) => s.articles.length > 0);
  let order = 0;
  for (const section of sections) {
    for (const articleId of section.articles) {
      order += 1;
      const article = docs.find((d) => d.id === articleId)!;
      article.front.relations = [{ type: 'appears-in', target: id, section: section.title, order }];
    }
  }
  const year = 2020 + (b % 6);
  let summary = '';
  while ([...summary].length < 110) summary += pick(sentences);
  docs.push({
    id,
    front: {
      title: `信息参考（${year}年第${b + 1}期）：合成简报`,
      kind: 'bulletin-issue',
      level: 'municipal',
      regions: ['national'],
      date: { value: `${year}-01-15`, precision: 'day', basis: 'printed' },
      topics: ['elderly-care', 'childcare'],
      source: { corpusFile: '999_0000000000000000.txt', description: '合成语料：仅供规模基准测试使用。' },
      summary: [...summary].slice(0, 280).join(''),
      keyPoints: ['合成简报一', '合成简报二', '合成简报三'],
      bulletin: { series: '信息参考', issueLabel: `${year}年第${b + 1}期`, year, number: b + 1, theme: '合成专题', publisher: '合成图书馆', sections },
    },
    body: `## 前言\n\n${paragraph(3)}`,
  });
}

for (const d of docs) writeFileSync(join(OUT, 'content/documents', `${d.id}.md`), `---\n${yamlStringify(d.front, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}---\n\n${d.body}\n`);
writeFileSync(join(OUT, 'data/figures.csv'), csvStringify(figures, { header: true, columns: ['region', 'indicator', 'year', 'value', 'valueMax', 'qualifier', 'unit', 'kind', 'document', 'quote', 'note'] }));
writeFileSync(join(OUT, 'data/measures.csv'), csvStringify(adoptions, { header: true, columns: ['region', 'measure', 'document', 'quote', 'note'] }));
console.error(`gen-synthetic: ${docs.length} documents (${issueCount} bulletins), ${regions.length} regions, ${figures.length} figures, ${adoptions.length} adoptions → ${OUT}`);
