// Validates every built HTML page with the Nu Html Checker (npm vnu-jar, Java 17+).
// Prints the errors and one summary line. Usage: npm run check:html
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const vnuJar: string = require('vnu-jar');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? htmlFiles(full) : full.endsWith('.html') ? [full] : [];
  });
}

const files = htmlFiles('dist');
const result = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (result.error !== undefined) {
  console.error(`check:html: could not run Java (${result.error.message}). The Nu Html Checker needs Java 17 or later: apt-get install -y default-jre-headless`);
  process.exit(2);
}
const messages = (JSON.parse(result.stderr || '{"messages":[]}') as { messages: { type: string; url: string; lastLine?: number; message: string }[] }).messages.filter(
  (m) => m.type === 'error',
);
for (const m of messages) console.error(`${m.url.replace(/^file:.*?\/dist\//, 'dist/')}:${m.lastLine ?? 0}: ${m.message}`);
console.log(`html: ${files.length} pages checked with the Nu Html Checker, ${messages.length} errors`);
process.exit(messages.length > 0 ? 1 : 0);
