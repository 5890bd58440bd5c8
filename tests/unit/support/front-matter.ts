import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** The project root, so tests can read content/ and data/ wherever Vitest is started from. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

// Same delimiters as Astro's front-matter reader (@astrojs/internal-helpers/frontmatter).
const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)---\r?\n?/;

/**
 * Splits a Markdown file into its parsed front matter and its body.
 *
 * Astro reads front matter with js-yaml, whose default schema turns an unquoted 2023-01-15 into a
 * Date. The `yaml` package does not unless asked, so the timestamp tag is added here: otherwise a
 * test would accept an unquoted date that the build rejects.
 */
export function splitFrontMatter(text: string): { data: unknown; body: string } {
  const match = FRONT_MATTER.exec(text);
  if (match === null) throw new Error('no front matter');
  return { data: parse(match[1] as string, { customTags: ['timestamp'] }), body: text.slice(match[0].length) };
}

/** Reads a file relative to the project root. */
export function readProjectFile(path: string): string {
  return readFileSync(`${ROOT}${path}`, 'utf8');
}

/** Every document of the real corpus: id (file name without .md), path and its two parts. */
export function realDocuments(): { id: string; filePath: string; data: unknown; body: string }[] {
  return readdirSync(`${ROOT}content/documents`)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const filePath = `content/documents/${name}`;
      return { id: name.replace(/\.md$/, ''), filePath, ...splitFrontMatter(readProjectFile(filePath)) };
    });
}
