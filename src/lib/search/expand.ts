// Query-time expansion of one phrase into the alternatives looked up for it: the phrase as typed,
// then synonyms and region names from the rules the build compiled (data/search-synonyms.yaml and
// data/regions.yaml). Pinyin and homophone alternatives need vocabulary shards and are added by
// the engine. Each alternative carries a weight below 1, so that what the reader typed ranks first.

import type { MatchVia, SynonymRule } from './index-format';

/** One way to look up a phrase: every part must be found in the record. */
export interface Alternative {
  parts: string[];
  via: MatchVia;
  weight: number;
  /** What the reader is told, e.g. 长期护理 for 长照. */
  label: string;
}

/** How much a match through each kind of expansion counts, relative to the phrase as typed. */
export const VIA_WEIGHTS: Record<MatchVia, number> = {
  exact: 1,
  region: 0.95,
  pinyin: 0.9,
  synonym: 0.75,
  homophone: 0.65,
};

const isLatin = (s: string): boolean => /^[a-z0-9 ]+$/.test(s);

/**
 * The phrase itself and what the rules make of it. A Chinese rule applies where its `from` occurs
 * inside the phrase (老年食堂建设 → 助餐建设, and 助餐 + 建设 as separate parts); a rule written in
 * letters (beihai, guangxi zhuang autonomous region) only when it is the whole phrase.
 */
export function expandPhrase(phrase: string, rules: readonly SynonymRule[]): Alternative[] {
  const alternatives: Alternative[] = [{ parts: [phrase], via: 'exact', weight: VIA_WEIGHTS.exact, label: phrase }];
  const seen = new Set([phrase]);
  const add = (parts: string[], via: MatchVia, weight: number, label: string): void => {
    const key = parts.join('|');
    if (parts.length === 0 || seen.has(key)) return;
    seen.add(key);
    alternatives.push({ parts, via, weight, label });
  };
  for (const rule of rules) {
    if (isLatin(rule.from)) {
      if (rule.from === phrase) add([rule.to], rule.via, VIA_WEIGHTS[rule.via], rule.to);
      continue;
    }
    const at = phrase.indexOf(rule.from);
    if (at < 0) continue;
    const before = phrase.slice(0, at);
    const after = phrase.slice(at + rule.from.length);
    const replaced = `${before}${rule.to}${after}`;
    add([replaced], rule.via, VIA_WEIGHTS[rule.via], replaced);
    if (before !== '' || after !== '') {
      add([before, rule.to, after].filter((p) => p !== ''), rule.via, VIA_WEIGHTS[rule.via] * 0.85, rule.to);
    }
  }
  return alternatives;
}
