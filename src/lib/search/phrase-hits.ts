// Where one phrase of a query occurs: the records whose names or tags have it, and the sections
// whose body or heading has it, with how strongly. Held in typed arrays rather than an object per
// section: a broad phrase (养老, 托育) occurs in most sections of a national corpus, and every
// query ranks every record that has it. A record's sections are consecutive (entry ids follow the
// records), so its matches are one slice of `entries`.

import { bodyScore, FIELD_WEIGHTS } from './rank';

/** Flags of a section's match. */
const HEADING = 1;
const BODY = 2;
/** The body match is proved: by the index alone, or by reading the text (see the engine's confirm). */
const CERTAIN = 4;
/** The body's score slot is kept in the bits above the flags. */
const SLOT_SHIFT = 3;

/** Flags of a record's match. */
const TITLE = 1;
const TAGS = 2;

/** What a phrase was found in, as the postings say. */
export interface PhraseHitsInput {
  /** Record of each entry (section); record r's entries are consecutive. */
  entryRecord: ArrayLike<number>;
  recordCount: number;
  /** Body matches, dense over all entries: 0 none, else the score slot + 1. */
  body: Uint8Array;
  /** Whether the postings prove the body matches (a phrase looked up whole, see isExactLookup). */
  bodyCertain: boolean;
  /** Entries whose heading has the phrase, records whose names have it, records whose tags have it. */
  headings: readonly number[];
  names: readonly number[];
  tags: readonly number[];
  /** Weight of each entry's body (from core.json's boosts). */
  boost: ArrayLike<number>;
}

/** One of a record's matching sections as seen by the confirm step: where it is and how it matched. */
export interface SectionMatch {
  /** Position in the phrase's section list (pass it back to the methods that change a match). */
  at: number;
  entry: number;
  heading: boolean;
  body: boolean;
  certain: boolean;
}

export class PhraseHits {
  /** Records with any match, ascending. */
  readonly records: Int32Array;
  /** Record id → index in `records`, or -1. */
  private readonly indexOf: Int32Array;
  private readonly recordFlags: Uint8Array;
  /** Index in `records` → first position of its sections in `entries` (one more than records, for the end). */
  private readonly entryStart: Int32Array;
  private readonly entries: Int32Array;
  private readonly flags: Uint8Array;
  private readonly boost: ArrayLike<number>;
  /** Score per record index; NaN until worked out, and again after a match changes. */
  private readonly scores: Float64Array;
  /** Best section per record index, -1 for none. */
  private readonly bestEntries: Int32Array;
  private disprovals = 0;

  constructor(input: PhraseHitsInput) {
    const { entryRecord, recordCount, body, headings, names, tags } = input;
    this.boost = input.boost;
    const entryFlags = new Uint8Array(body.length);
    const certain = input.bodyCertain ? CERTAIN : 0;
    for (let e = 0; e < body.length; e += 1) {
      const slot = body[e] as number;
      if (slot > 0) entryFlags[e] = BODY | certain | ((slot - 1) << SLOT_SHIFT);
    }
    // A heading match is proved by the record shard, not by reading the text: it counts as certain.
    for (const e of headings) if (e < entryFlags.length) entryFlags[e] = (entryFlags[e] as number) | HEADING | ((entryFlags[e] as number) & BODY ? 0 : CERTAIN);
    const recordFlags = new Uint8Array(recordCount);
    for (const r of names) if (r < recordCount) recordFlags[r] = (recordFlags[r] as number) | TITLE;
    for (const r of tags) if (r < recordCount) recordFlags[r] = (recordFlags[r] as number) | TAGS;
    const hasEntry = new Uint8Array(recordCount);
    let entryTotal = 0;
    for (let e = 0; e < entryFlags.length; e += 1) {
      if (entryFlags[e] === 0) continue;
      entryTotal += 1;
      const r = entryRecord[e];
      if (r !== undefined) hasEntry[r] = 1;
    }
    let recordTotal = 0;
    for (let r = 0; r < recordCount; r += 1) if (hasEntry[r] !== 0 || recordFlags[r] !== 0) recordTotal += 1;
    this.records = new Int32Array(recordTotal);
    this.indexOf = new Int32Array(recordCount).fill(-1);
    this.recordFlags = new Uint8Array(recordTotal);
    for (let r = 0, i = 0; r < recordCount; r += 1) {
      if (hasEntry[r] === 0 && recordFlags[r] === 0) continue;
      this.records[i] = r;
      this.indexOf[r] = i;
      this.recordFlags[i] = recordFlags[r] as number;
      i += 1;
    }
    this.entries = new Int32Array(entryTotal);
    this.flags = new Uint8Array(entryTotal);
    this.entryStart = new Int32Array(recordTotal + 1);
    let k = 0;
    let i = 0;
    for (let e = 0; e < entryFlags.length; e += 1) {
      if (entryFlags[e] === 0) continue;
      const index = this.indexOf[entryRecord[e] ?? -1] ?? -1;
      // Records before this entry's record (with no sections of their own) end here.
      while (i <= index) this.entryStart[i++] = k;
      this.entries[k] = e;
      this.flags[k] = entryFlags[e] as number;
      k += 1;
    }
    while (i <= recordTotal) this.entryStart[i++] = k;
    this.scores = new Float64Array(recordTotal).fill(Number.NaN);
    this.bestEntries = new Int32Array(recordTotal).fill(-1);
  }

  /** The record's index in this phrase's lists, or -1 when it has no match. */
  find(record: number): number {
    return this.indexOf[record] ?? -1;
  }

  has(record: number): boolean {
    return this.find(record) >= 0;
  }

  /** A name (the title or another name) has the phrase; for a long phrase, its terms until checked. */
  title(index: number): boolean {
    return ((this.recordFlags[index] ?? 0) & TITLE) !== 0;
  }

  tags(index: number): boolean {
    return ((this.recordFlags[index] ?? 0) & TAGS) !== 0;
  }

  /** Whether a section heading of the record has the phrase. */
  anyHeading(index: number): boolean {
    for (let k = this.entryStart[index] ?? 0; k < (this.entryStart[index + 1] ?? 0); k += 1) if (((this.flags[k] as number) & HEADING) !== 0) return true;
    return false;
  }

  /** The record's matching sections, in order. */
  sections(index: number): SectionMatch[] {
    const found: SectionMatch[] = [];
    for (let k = this.entryStart[index] ?? 0; k < (this.entryStart[index + 1] ?? 0); k += 1) {
      const flags = this.flags[k] as number;
      if (flags === 0) continue;
      found.push({ at: k, entry: this.entries[k] as number, heading: (flags & HEADING) !== 0, body: (flags & BODY) !== 0, certain: (flags & CERTAIN) !== 0 });
    }
    return found;
  }

  /** The match of one section of the record, if it has one. */
  section(index: number, entry: number): SectionMatch | undefined {
    const start = this.entryStart[index] ?? 0;
    const end = this.entryStart[index + 1] ?? 0;
    for (let k = start; k < end; k += 1) {
      if (this.entries[k] !== entry) continue;
      const flags = this.flags[k] as number;
      return flags === 0 ? undefined : { at: k, entry, heading: (flags & HEADING) !== 0, body: (flags & BODY) !== 0, certain: (flags & CERTAIN) !== 0 };
    }
    return undefined;
  }

  /** A section's score: a heading match, plus the body match weighted by its slot and the section's boost. */
  private entryScore(k: number): number {
    const flags = this.flags[k] as number;
    let score = (flags & HEADING) !== 0 ? FIELD_WEIGHTS.heading : 0;
    if ((flags & BODY) !== 0) score += bodyScore(flags >> SLOT_SHIFT, this.boost[this.entries[k] as number] ?? 1);
    return score;
  }

  /**
   * The phrase's score in the record: its best section, a name or tag match, and how many
   * sections have it (log-scaled). Cached until a match of the record changes.
   */
  score(index: number): number {
    const cached = this.scores[index] as number;
    if (!Number.isNaN(cached)) return cached;
    let best = 0;
    let bestEntry = -1;
    let matched = 0;
    for (let k = this.entryStart[index] ?? 0; k < (this.entryStart[index + 1] ?? 0); k += 1) {
      const score = this.entryScore(k);
      if (score <= 0) continue;
      matched += 1;
      if (score > best) {
        best = score;
        bestEntry = this.entries[k] as number;
      }
    }
    const recordLevel = Math.max(this.title(index) ? FIELD_WEIGHTS.title : 0, this.tags(index) ? FIELD_WEIGHTS.tags : 0);
    const score = recordLevel + best === 0 ? 0 : recordLevel + best + FIELD_WEIGHTS.coverage * Math.log(Math.max(1, matched));
    this.scores[index] = score;
    this.bestEntries[index] = score === 0 ? -1 : bestEntry;
    return score;
  }

  /** The record's best section for the phrase, if a section scores. */
  bestEntry(index: number): number | undefined {
    this.score(index);
    const entry = this.bestEntries[index] as number;
    return entry < 0 ? undefined : entry;
  }

  /** The sections where the phrase scores. */
  scoringEntries(index: number): number[] {
    const found: number[] = [];
    for (let k = this.entryStart[index] ?? 0; k < (this.entryStart[index + 1] ?? 0); k += 1) if (this.entryScore(k) > 0) found.push(this.entries[k] as number);
    return found;
  }

  /** Adds each scoring section's score, times `weight`, into `into`. */
  addEntryScores(index: number, weight: number, into: Map<number, number>): void {
    for (let k = this.entryStart[index] ?? 0; k < (this.entryStart[index + 1] ?? 0); k += 1) {
      const score = this.entryScore(k);
      if (score <= 0) continue;
      const entry = this.entries[k] as number;
      into.set(entry, (into.get(entry) ?? 0) + score * weight);
    }
  }

  /** Whether a check ever disproved a match of this phrase (one of the clear… methods ran). */
  get disproved(): boolean {
    return this.disprovals > 0;
  }

  /** The names do not have the phrase as written (a long phrase matched by its terms). */
  clearTitle(index: number): void {
    this.disprovals += 1;
    this.recordFlags[index] = (this.recordFlags[index] as number) & ~TITLE;
    this.scores[index] = Number.NaN;
  }

  clearTags(index: number): void {
    this.disprovals += 1;
    this.recordFlags[index] = (this.recordFlags[index] as number) & ~TAGS;
    this.scores[index] = Number.NaN;
  }

  /** The heading at `at` does not have the phrase as written; a section left with no match drops out. */
  clearHeading(index: number, at: number): void {
    this.disprovals += 1;
    const flags = (this.flags[at] as number) & ~HEADING;
    this.flags[at] = (flags & BODY) !== 0 ? flags : 0;
    this.scores[index] = Number.NaN;
  }

  /** The section's text has the phrase: its body match is proved. */
  confirmBody(at: number): void {
    this.flags[at] = (this.flags[at] as number) | CERTAIN;
  }

  /** The section's text does not have the phrase; a section left with no match drops out. */
  clearBody(index: number, at: number): void {
    this.disprovals += 1;
    const flags = this.flags[at] as number;
    this.flags[at] = (flags & HEADING) !== 0 ? flags & ~BODY & ~(3 << SLOT_SHIFT) : 0;
    this.scores[index] = Number.NaN;
  }

  /** Memory held, in bytes (the engine's cache of phrases is bounded by it). */
  get bytes(): number {
    return this.records.byteLength + this.indexOf.byteLength + this.recordFlags.byteLength + this.entryStart.byteLength + this.entries.byteLength + this.flags.byteLength + this.scores.byteLength + this.bestEntries.byteLength;
  }
}
