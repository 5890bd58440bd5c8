// Reads the maintained synonym list (data/search-synonyms.yaml) and compiles it, with the region
// names of data/regions.yaml, into the normalised rules the query expansion applies. Build time
// only: readers get the compiled rules in core.json.

import { z } from 'astro/zod';
import { parse } from 'yaml';
import type { Region } from '../../schemas/region';
import type { SynonymRule } from './index-format';
import { normalise, type NormaliseTables } from './normalise';

const term = z.string({ error: '同义词必须是文字' }).trim().min(1, { error: '同义词不能为空' });

/** data/search-synonyms.yaml */
export const synonymList = z
  .object({
    /** Groups of words that mean the same; any one finds the others. */
    equivalents: z.array(z.array(term).min(2, { error: 'equivalents 的每一组至少要有两个词' })).default([]),
    /** What readers say → what the texts say; one way only. */
    rewrites: z
      .array(
        z
          .object({
            /** The readers' words. */
            from: z.array(term).min(1, { error: 'rewrites 的 from 至少要有一个词' }),
            /** The word the texts use. */
            to: term,
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export type SynonymList = z.infer<typeof synonymList>;

/** Parses and checks the list; a mistake stops the build with the file, the place and what to write. */
export function parseSynonymList(yamlText: string, path = 'data/search-synonyms.yaml'): SynonymList {
  let raw: unknown;
  try {
    raw = parse(yamlText) ?? {};
  } catch (error) {
    throw new Error(`${path}：YAML 写法有误：${(error as Error).message} (search.synonyms-yaml)`);
  }
  const result = synonymList.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `${path} › ${issue.path.join('.') || '(根)'}：${issue.message} (search.synonyms-schema)`);
    throw new Error(lines.join('\n'));
  }
  return result.data;
}

/**
 * Rules for query expansion: both directions within each group of equivalents, the rewrites, and
 * for every region its full name → short name and its pinyin and English name → short name.
 */
export function compileSynonymRules(list: SynonymList, regions: readonly Region[], tables: NormaliseTables): SynonymRule[] {
  const rules: SynonymRule[] = [];
  const seen = new Set<string>();
  const add = (fromText: string, toText: string, via: SynonymRule['via']): void => {
    const from = normalise(fromText, tables);
    const to = normalise(toText, tables);
    if (from === '' || to === '' || from === to || seen.has(`${from}→${to}`)) return;
    seen.add(`${from}→${to}`);
    rules.push({ from, to, via });
  };
  for (const group of list.equivalents) for (const a of group) for (const b of group) add(a, b, 'synonym');
  for (const rewrite of list.rewrites) for (const from of rewrite.from) add(from, rewrite.to, 'synonym');
  for (const region of regions) {
    const short = region.shortName ?? region.name;
    add(region.name, short, 'region');
    add(region.pinyin, short, 'region');
    add(region.nameEn, short, 'region');
    // "Ouhai District, Wenzhou" is also typed as just "Ouhai".
    const firstPart = region.nameEn.split(/[,(]/)[0]?.trim();
    if (firstPart !== undefined) add(firstPart, short, 'region');
  }
  // Longer `from` first, so that 老年食堂 is tried before a rule for 食堂 would be.
  return rules.sort((a, b) => [...b.from].length - [...a.from].length);
}
