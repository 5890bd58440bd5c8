// Builds the site twice from clean and compares every file of dist/ byte for byte, so that no
// timestamp or random id leaks into the output. Usage: npm run check:reproducible
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

function buildAndHash(): Map<string, string> {
  rmSync('dist', { recursive: true, force: true });
  const run = spawnSync('npm', ['run', '-s', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error('build failed');
  return new Map(walk('dist').map((f) => [relative('dist', f), createHash('sha256').update(readFileSync(f)).digest('hex')]));
}

const first = buildAndHash();
const second = buildAndHash();
const differing = [...new Set([...first.keys(), ...second.keys()])].filter((f) => first.get(f) !== second.get(f)).sort();
for (const f of differing) console.error(`differs: ${f}`);
console.log(`reproducible: ${first.size} files compared across two clean builds, ${differing.length} differ`);
process.exit(differing.length > 0 ? 1 : 0);
