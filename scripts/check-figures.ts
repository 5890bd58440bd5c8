// Checks figure CSV files against the documents, indicators, units and regions, and prints every
// problem with its line. Editors run it while extracting figures; the build runs the same checks.
// Usage: npx tsx scripts/check-figures.ts [file.csv …]   (default: data/figures.csv)
// Files data/figures/*.proposals.yaml (indicators/units/regions not yet merged) are read too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { checkFigureRecords, formatFigureProblems } from '../src/lib/figure-check';
import { FIGURE_COLUMNS, readCsvRecords } from '../src/lib/csv-records';
import { internalTermSet } from '../src/lib/internal-terms';
import { quotableLines } from '../src/lib/quotable-text';
import { indicator as indicatorSchema, type Indicator } from '../src/schemas/indicator';
import { unit as unitSchema, type Unit } from '../src/schemas/unit';

const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['data/figures.csv'];

const proposals = existsSync('data/figures')
  ? readdirSync('data/figures').filter((f) => f.endsWith('.proposals.yaml')).map((f) => parse(readFileSync(`data/figures/${f}`, 'utf8')) ?? {})
  : [];
const listOf = (path: string): unknown[] => (existsSync(path) ? (parse(readFileSync(path, 'utf8')) as unknown[]) : []);
const indicators = new Map<string, Indicator>(
  [...listOf('data/indicators.yaml'), ...proposals.flatMap((p) => p.indicators ?? [])].map((i) => {
    const parsed = indicatorSchema.parse(i);
    return [parsed.id, parsed];
  }),
);
const units = new Map<string, Unit>(
  [...listOf('data/units.yaml'), ...proposals.flatMap((p) => p.units ?? [])].map((u) => {
    const parsed = unitSchema.parse(u);
    return [parsed.id, parsed];
  }),
);
const regionIds = new Set<string>([...listOf('data/regions.yaml'), ...proposals.flatMap((p) => p.regions ?? [])].map((r) => (r as { id: string }).id));
const documentLines = new Map<string, string[]>(
  readdirSync('content/documents')
    .filter((f) => f.endsWith('.md'))
    .map((f) => [f.replace(/\.md$/, ''), quotableLines(readFileSync(`content/documents/${f}`, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''))]),
);
const internalTerms = internalTermSet({
  regions: regionIds,
  indicators: indicators.keys(),
  measures: listOf('data/measures.yaml').map((m) => (m as { id: string }).id),
  documents: documentLines.keys(),
});

let total = 0;
let failed = false;
for (const file of files) {
  const records = readCsvRecords(readFileSync(file, 'utf8'), file, FIGURE_COLUMNS);
  const { figures, problems } = checkFigureRecords(records, { file, indicators, units, regionIds, documentLines, internalTerms });
  total += figures.length;
  if (problems.length > 0) {
    failed = true;
    console.error(formatFigureProblems(problems));
  }
}
console.error(`${total} figure rows checked in ${files.length} file(s); ${failed ? 'problems above' : 'no problems'}`);
process.exit(failed ? 1 : 0);
