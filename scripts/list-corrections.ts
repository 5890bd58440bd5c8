// Lists every editorial correction (:fix) and note (:note) in the corpus, per document, so that
// editors and reviewers can read them in one place. Usage: npm run corrections [-- --json]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { noteListLine, remarkEditorialNotes, type EditorialNote } from '../src/plugins/remark-editorial-notes';

const DIR = 'content/documents';
const asJson = process.argv.includes('--json');
const result: { id: string; notes: EditorialNote[] }[] = [];

for (const name of readdirSync(DIR).filter((n) => n.endsWith('.md')).sort()) {
  const text = readFileSync(join(DIR, name), 'utf8');
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  const file = new VFile({ path: join(DIR, name), value: body });
  const processor = unified().use(remarkParse).use(remarkDirective).use(remarkEditorialNotes);
  processor.runSync(processor.parse(file), file);
  result.push({ id: name.replace(/\.md$/, ''), notes: file.data.editorialNotes ?? [] });
}

if (asJson) {
  console.log(JSON.stringify(result, null, 2));
} else {
  for (const doc of result) {
    const fixes = doc.notes.filter((n) => n.type === 'fix').length;
    console.log(`\n## ${doc.id} — ${fixes} 处校改，${doc.notes.length - fixes} 条按语`);
    for (const n of doc.notes) {
      console.log(`  ${noteListLine(n)}`);
    }
  }
  const all = result.flatMap((d) => d.notes);
  console.error(`\n${result.length} documents, ${all.filter((n) => n.type === 'fix').length} corrections, ${all.filter((n) => n.type === 'note').length} notes`);
}
