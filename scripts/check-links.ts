// Checks every internal link and #anchor in the built site (dist/); lists external links in
// tests/output/external-links.txt without fetching them. Usage: npm run check:links
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { checkLinks, pathOfFile, type PageLinks } from '../src/lib/link-check';

const DIST = 'dist';
const ORIGIN = 'https://care-policy-atlas.example.org';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const files = walk(DIST).map((f) => relative(DIST, f));
const pages: PageLinks[] = files
  .filter((f) => f.endsWith('.html'))
  .map((f) => {
    const { document } = parseHTML(readFileSync(join(DIST, f), 'utf8'));
    const anchors = new Set<string>();
    for (const el of document.querySelectorAll('[id]')) anchors.add(el.getAttribute('id') ?? '');
    for (const el of document.querySelectorAll('a[name]')) anchors.add(el.getAttribute('name') ?? '');
    const links = [
      ...[...document.querySelectorAll('a[href], link[href]')].map((el) => el.getAttribute('href') ?? ''),
      ...[...document.querySelectorAll('img[src], script[src], source[src]')].map((el) => el.getAttribute('src') ?? ''),
    ];
    return { path: pathOfFile(f), anchors, links };
  });
// A canonical or Open Graph URL names the deployed origin: treat it as this site.
const { broken, external } = checkLinks(pages, new Set(files.map(pathOfFile)), ORIGIN);
mkdirSync('tests/output', { recursive: true });
const externalList = [...new Set(external.map((e) => e.href))].sort();
writeFileSync('tests/output/external-links.txt', `${externalList.join('\n')}\n`);
for (const b of broken) console.error(`${b.from} → ${b.href} (${b.problem})`);
const linkCount = pages.reduce((n, p) => n + p.links.length, 0);
console.log(`links: ${pages.length} pages, ${linkCount} links checked, ${broken.length} broken, ${externalList.length} external (listed in tests/output/external-links.txt, not fetched)`);
process.exit(broken.length > 0 ? 1 : 0);
