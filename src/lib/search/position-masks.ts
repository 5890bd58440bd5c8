// Where a triple stands in a section, folded into a few bits. A phrase longer than three characters
// is looked up by its triples (see phraseTerms), and a section with every triple may still not have
// the phrase: 托育服务 in one sentence and 养老服务体系建设 in another have all of 托育服务体系建设's
// triples. Such sections used to be found out only by fetching their texts, ten a round; for a
// phrase of common parts most candidates were of this kind, and the answer took eight rounds.
//
// So each common triple has, per section, a mask with bit (p mod POSITION_MASK_BITS) set for
// every offset p where the triple starts (in mask shards, loaded when a phrase's checks disprove
// a match: most long phrases' candidates all hold, and need none). If the phrase starts at p, its triple at offset o starts
// at p + o, so every triple's mask, rotated back by its offset, has bit p mod BITS: when no bit is
// common to all, the phrase is certainly not there. When one is, the text is checked as before.

import { decodeGaps } from './index-format';
import { runsOf } from './tokenize';

/** Bits per mask: at 10,000 documents, 16 bits cut 托育服务体系建设's candidates from 2,149 to 673 (521 hold). */
export const POSITION_MASK_BITS = 16;

const ALL_BITS = (1 << POSITION_MASK_BITS) - 1;

/** The mask of where `triple` starts in `text`: bit (offset mod POSITION_MASK_BITS), in UTF-16 units. */
export function positionMask(text: string, triple: string): number {
  let mask = 0;
  for (let at = text.indexOf(triple); at >= 0; at = text.indexOf(triple, at + 1)) mask |= 1 << at % POSITION_MASK_BITS;
  return mask;
}

/** A triple of a phrase and where it starts in the phrase, in UTF-16 units. */
export interface PlacedTriple {
  triple: string;
  offset: number;
}

/**
 * The triples phraseTerms looks a phrase up by, each with its offset (a triple may occur at two
 * offsets: 养老养老养老养), for a phrase that is one Chinese run of more than three characters.
 * Undefined for any other phrase: its terms are not all triples of one run.
 */
export function placedTriples(phrase: string): PlacedTriple[] | undefined {
  const runs = runsOf(phrase);
  const run = runs[0];
  if (runs.length !== 1 || run === undefined || run.kind !== 'han' || run.chars.length <= 3) return undefined;
  const chars = run.chars;
  const starts: number[] = [];
  for (let i = 0; i + 3 < chars.length; i += 3) starts.push(i);
  starts.push(chars.length - 3);
  const unitOffset: number[] = [0];
  for (const char of chars) unitOffset.push((unitOffset[unitOffset.length - 1] as number) + char.length);
  return starts.map((i) => ({ triple: chars.slice(i, i + 3).join(''), offset: unitOffset[i] as number }));
}

/** `mask` rotated right by `by` bits, within POSITION_MASK_BITS. */
function rotateBack(mask: number, by: number): number {
  const shift = by % POSITION_MASK_BITS;
  return ((mask >>> shift) | (mask << (POSITION_MASK_BITS - shift))) & ALL_BITS;
}

/**
 * Whether triples with these masks (one per placed triple, in the same order; undefined where not
 * known) can start at the offsets of a phrase, all from one start. False proves the phrase is not
 * in the text.
 */
export function mayStandTogether(masks: readonly (number | undefined)[], triples: readonly PlacedTriple[]): boolean {
  let common = ALL_BITS;
  for (let i = 0; i < triples.length && common !== 0; i += 1) common &= rotateBack(masks[i] ?? ALL_BITS, (triples[i] as PlacedTriple).offset);
  return common !== 0;
}

/**
 * A triple's masks by section: `slots` are its postings as the shard lists them (ids as gaps, slot
 * by slot), `masks` its masks in the same order (MasksFile). Undefined when they do not match one
 * for one: its sections are then checked as before.
 */
export function masksByEntry(slots: readonly (readonly number[] | null)[], masks: readonly number[]): Map<number, number> | undefined {
  const byEntry = new Map<number, number>();
  let i = 0;
  for (const gaps of slots) for (const entry of decodeGaps(gaps ?? [])) byEntry.set(entry, masks[i++] as number);
  return i === masks.length ? byEntry : undefined;
}
