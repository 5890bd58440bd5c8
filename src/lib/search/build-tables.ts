// Character tables for search, derived at build time from opencc-js and pinyin-pro. Neither
// library goes to the browser: opencc-js's traditional→simplified converter is about 52 kB
// gzipped and pinyin-pro's dictionaries several times that, while the tables cut to what this
// corpus needs are a few kilobytes. Node only.

import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import type { CharsFile } from './index-format';
import type { NormaliseTables } from './normalise';

const HAN = /\p{Script=Han}/u;

/**
 * Traditional and variant characters (Taiwan, Hong Kong and OpenCC's own traditional forms) whose
 * simplified form occurs in the corpus, as pairs "傳传…". A character the corpus itself uses is
 * never mapped, so normalising the corpus changes nothing and no simplified word is broken (著 stays
 * 著 in 显著). Characters whose simplified form the corpus lacks could never match anyway.
 */
export function traditionalPairs(corpusChars: ReadonlySet<string>): string {
  const converters = (['tw', 'hk', 't'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' }));
  let pairs = '';
  for (let codePoint = 0x3400; codePoint <= 0x9fff; codePoint += 1) {
    const char = String.fromCodePoint(codePoint);
    if (corpusChars.has(char)) continue;
    for (const convert of converters) {
      const simplified = convert(char);
      if (simplified !== char && [...simplified].length === 1 && corpusChars.has(simplified)) {
        pairs += char + simplified;
        break;
      }
    }
  }
  return pairs;
}

/** The 6,763 characters of GB 2312, the characters a reader's input method offers first. */
export function commonChars(): string[] {
  const decoder = new TextDecoder('gb2312');
  const chars: string[] = [];
  for (let high = 0xb0; high <= 0xf7; high += 1) {
    for (let low = 0xa1; low <= 0xfe; low += 1) {
      const char = decoder.decode(new Uint8Array([high, low]));
      if (HAN.test(char)) chars.push(char);
    }
  }
  return chars;
}

/** Every toneless reading of a character (ü written v, as typed on a keyboard). */
export function readingsOf(char: string): string[] {
  const readings = pinyin(char, { multiple: true, type: 'array', toneType: 'none', v: true });
  return [...new Set(readings.filter((r) => /^[a-z]+$/.test(r)))];
}

/** chars.json: syllable → characters read that way, for GB 2312 and every corpus character. */
export function charsBySyllable(corpusChars: ReadonlySet<string>): CharsFile {
  const bySyllable: Record<string, string> = {};
  for (const char of new Set([...commonChars(), ...corpusChars])) {
    for (const reading of readingsOf(char)) bySyllable[reading] = (bySyllable[reading] ?? '') + char;
  }
  return bySyllable;
}

/** The readings of a run of Chinese characters in context (长期 → chang qi, 银行 → yin hang). */
export function contextReadings(run: string): string[] {
  return pinyin(run, { type: 'array', toneType: 'none', v: true });
}

/** Normaliser tables for a corpus. */
export function normaliseTablesFor(corpusChars: ReadonlySet<string>): { tables: NormaliseTables; pairs: string } {
  const pairs = traditionalPairs(corpusChars);
  const t2s = new Map<string, string>();
  const chars = [...pairs];
  for (let i = 0; i + 1 < chars.length; i += 2) t2s.set(chars[i] as string, chars[i + 1] as string);
  return { tables: { t2s }, pairs };
}
