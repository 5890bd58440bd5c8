// Prints the reading lines of a document (what figure quotes are checked against), numbered.
// Usage: npx tsx scripts/quote-lines.ts <document-id> [search text]
import { readFileSync } from 'node:fs';
import { quotableLines } from '../src/lib/quotable-text';

const [id, needle] = process.argv.slice(2);
if (id === undefined) {
  console.error('usage: npx tsx scripts/quote-lines.ts <document-id> [search text]');
  process.exit(2);
}
const text = readFileSync(`content/documents/${id}.md`, 'utf8');
const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
quotableLines(body).forEach((line, i) => {
  if (needle === undefined || line.includes(needle)) console.log(`${i + 1}\t${line}`);
});
