/**
 * The instrument: the shape of the check's data (content/quiz/v<N>.json) and the cross-checks that a
 * schema of single fields cannot express. Plain TypeScript: no framework imports, so the build, the
 * islands and the unit tests all read the same rules.
 */
import type { CodeShape } from './result-code.ts';

export type Keying = 'mini-me' | 'adaptive';

export interface ScalePoint {
  readonly value: number;
  readonly label: string;
}

export interface Dimension {
  readonly id: string;
  /** Named by its mini-me (high-score) end, so a reader never wonders whether high is good. */
  readonly name: string;
  /** Chart label. */
  readonly short: string;
  readonly meaning: string;
  readonly low: string;
  readonly high: string;
  /** Slug of the guide chapter this dimension points to. */
  readonly chapter: string;
}

export interface Item {
  readonly id: string;
  readonly dimension: string;
  /** Which end agreeing points to: 'mini-me' items score up with agreement, 'adaptive' ones down. */
  readonly keying: Keying;
  /** First-person wording for the manager. */
  readonly self: string;
  /** Third-person wording for a rep rating their manager; items without one are not in the rater version. */
  readonly rater?: string | undefined;
  /**
   * The item of the same dimension and the other keying that describes the opposite response to the
   * same situation. Answering both toward the same end of the scale is a contradiction (see VerdictRules).
   */
  readonly mirror?: string | undefined;
}

/**
 * When a set of answers can carry a verdict (the frequency format, version 2 on). Thresholds are data,
 * so that a later version tunes them without code; scoring.ts applies them and says why a verdict is withheld.
 */
export interface VerdictRules {
  /** A dimension with fewer answered items (not "hasn't come up") reports "not enough answers". */
  readonly minAnsweredPerDimension: number;
  /** Below this share of items answered, no verdict at all. */
  readonly minAnsweredShare: number;
  /** Below this spread (population standard deviation of the raw answers, in scale points), no verdict. */
  readonly minSpread: number;
  /** More mirrored pairs than this answered toward the same end, no verdict. */
  readonly maxContradictions: number;
  /** Above this mean spread of the keyed item scores within a dimension (in scale points), no verdict. */
  readonly maxInconsistency: number;
}

export interface Band {
  readonly id: string;
  readonly min: number;
  readonly max: number;
  readonly name: string;
  readonly meaning: string;
}

export interface Advice {
  readonly dimension: string;
  readonly band: string;
  readonly text: string;
  /** Guide chapter slugs, most relevant first. */
  readonly chapters: readonly string[];
}

export interface Instrument {
  /** Part of every result code: a new version gets a new prefix and old codes keep their meaning. */
  readonly version: number;
  readonly minutes: number;
  readonly scale: readonly ScalePoint[];
  /** Order matters: a result code lists one level per dimension in this order. */
  readonly dimensions: readonly Dimension[];
  readonly items: readonly Item[];
  /** Contiguous integer ranges covering 0–100, lowest first; a band's index is a level. */
  readonly bands: readonly Band[];
  readonly advice: readonly Advice[];
  readonly selfReportNote: string;
  readonly raterIntro: string;
  /**
   * The frequency format (version 2 on): the time window the scale counts over, the label of the
   * choice for a situation that has not come up, and the rules for withholding a verdict. Together they
   * also mean: every item has a parallel rater wording, and the overall reading is shown as a band.
   */
  readonly window?: string | undefined;
  readonly notApplicable?: string | undefined;
  readonly verdict?: VerdictRules | undefined;
  /** Being written: checked, tested, but not built into the site. */
  readonly draft?: boolean | undefined;
}

/** True for the frequency format: answers may say "hasn't come up" and a verdict may be withheld. */
export function hasVerdictRules(inst: Instrument): inst is Instrument & { readonly verdict: VerdictRules; readonly notApplicable: string } {
  return inst.verdict !== undefined && inst.notApplicable !== undefined;
}

/** What a decoder must know of an instrument's codes (see result-code.ts): one home for the shape. */
export function codeShape(inst: Instrument): CodeShape {
  return { dimensions: inst.dimensions.length, levels: inst.bands.length, missing: hasVerdictRules(inst), tagged: hasVerdictRules(inst) };
}

/** The most result pages one instrument may prerender; past it the build fails and says so. */
export const MAX_RESULT_PAGES = 2000;

/** Words an item of the frequency format may not use: negations and absolutes. */
const BANNED_WORDS =
  /\b(not|no|never|none|nothing|nobody|without|every|everyone|everything|exactly|whole|always|any|anyone|anything|all)\b|n['’]t\b/i;
/** The longest an item of the frequency format may be, in words. */
export const MAX_ITEM_WORDS = 15;

/** How many result pages an instrument prerenders: one per combination of dimension levels. */
export function resultPageCount(inst: Instrument): number {
  const perDimension = inst.bands.length + (hasVerdictRules(inst) ? 1 : 0);
  return perDimension ** inst.dimensions.length;
}

/** Problems with the wording of one item's text, for the frequency format's item rules. */
export function wordingProblems(text: string): string[] {
  const problems: string[] = [];
  const words = text.trim().split(/\s+/).length;
  if (words > MAX_ITEM_WORDS) problems.push(`${words} words, more than ${MAX_ITEM_WORDS}`);
  const banned = BANNED_WORDS.exec(text);
  if (banned) problems.push(`uses "${banned[0]}" (no negations or absolutes)`);
  // Reported, not guessed at: an author reads it and splits the item or rewords it.
  if (/\b(and|or)\b/i.test(text)) problems.push('joins two things with "and" or "or" (one behavior per item)');
  return problems;
}

/** A result code stores one level per dimension as one digit. */
export const MAX_BANDS = 10;

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

/**
 * Everything wrong with an instrument that its field schema cannot see, as sentences an author can
 * act on. An empty list means the instrument is sound.
 *
 * @param chapters the guide's chapter slugs, to check that every link to a chapter resolves.
 */
export function instrumentProblems(inst: Instrument, chapters: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const dimIds = new Set(inst.dimensions.map((d) => d.id));
  const bandIds = new Set(inst.bands.map((b) => b.id));

  for (const id of duplicates(inst.dimensions.map((d) => d.id))) problems.push(`duplicate dimension id "${id}"`);
  for (const id of duplicates(inst.items.map((i) => i.id))) problems.push(`duplicate item id "${id}"`);
  for (const id of duplicates(inst.bands.map((b) => b.id))) problems.push(`duplicate band id "${id}"`);
  if (inst.dimensions.length === 0) problems.push('no dimensions');

  inst.scale.forEach((point, i) => {
    const first = inst.scale[0]?.value ?? 0;
    if (point.value !== first + i) problems.push(`scale values must be consecutive integers; "${point.label}" has ${point.value}`);
  });
  if (inst.scale.length < 3) problems.push('the scale needs at least three points');

  for (const item of inst.items) {
    if (!dimIds.has(item.dimension)) problems.push(`item "${item.id}" names unknown dimension "${item.dimension}"`);
  }
  for (const dim of inst.dimensions) {
    if (!chapters.has(dim.chapter)) problems.push(`dimension "${dim.id}" points to missing chapter "${dim.chapter}"`);
    for (const keying of ['mini-me', 'adaptive'] as const) {
      const own = inst.items.filter((i) => i.dimension === dim.id && i.keying === keying);
      if (own.length < 2) problems.push(`dimension "${dim.id}" has ${own.length} ${keying} item(s); it needs at least 2`);
      if (!own.some((i) => i.rater !== undefined)) {
        problems.push(`dimension "${dim.id}" has no ${keying} item with a rater wording; the rater version needs one`);
      }
    }
  }

  const byId = new Map(inst.items.map((i) => [i.id, i]));
  for (const item of inst.items) {
    if (item.mirror === undefined) continue;
    const twin = byId.get(item.mirror);
    if (!twin) problems.push(`item "${item.id}" mirrors unknown item "${item.mirror}"`);
    else if (twin.mirror !== item.id) problems.push(`item "${item.id}" mirrors "${twin.id}", which does not mirror it back`);
    else if (twin.dimension !== item.dimension || twin.keying === item.keying) {
      problems.push(`items "${item.id}" and "${twin.id}" mirror each other, so they need the same dimension and opposite keyings`);
    }
  }

  if (hasVerdictRules(inst)) {
    for (const item of inst.items) {
      if (item.rater === undefined)
        problems.push(`item "${item.id}" has no rater wording; the frequency format needs a parallel rater form`);
      for (const [form, text] of [
        ['self', item.self],
        ['rater', item.rater],
      ] as const) {
        if (text === undefined) continue;
        for (const p of wordingProblems(text)) problems.push(`item "${item.id}" (${form}): ${p}`);
      }
    }
    const v = inst.verdict;
    for (const dim of inst.dimensions) {
      const n = inst.items.filter((i) => i.dimension === dim.id).length;
      if (v.minAnsweredPerDimension < 2 || v.minAnsweredPerDimension > n) {
        problems.push(
          `dimension "${dim.id}" has ${n} items, so minAnsweredPerDimension must be 2–${n}; it is ${v.minAnsweredPerDimension}`,
        );
      }
    }
    if (!(v.minAnsweredShare > 0 && v.minAnsweredShare <= 1))
      problems.push(`minAnsweredShare must be above 0 and at most 1; it is ${v.minAnsweredShare}`);
  }

  const pages = resultPageCount(inst);
  if (pages > MAX_RESULT_PAGES) {
    problems.push(`this instrument would prerender ${pages} result pages, more than ${MAX_RESULT_PAGES}: use fewer levels or dimensions`);
  }

  if (inst.bands.length < 2) problems.push(`an instrument needs at least 2 bands; found ${inst.bands.length}`);
  if (inst.bands.length > MAX_BANDS) problems.push(`at most ${MAX_BANDS} bands fit a result code; found ${inst.bands.length}`);
  let expected = 0;
  for (const band of inst.bands) {
    if (!Number.isInteger(band.min) || !Number.isInteger(band.max) || band.max < band.min) {
      problems.push(`band "${band.id}" has an empty or non-integer range ${band.min}–${band.max}`);
    } else if (band.min > expected) {
      problems.push(`bands leave a gap: nothing covers ${expected}–${band.min - 1} (before band "${band.id}")`);
    } else if (band.min < expected) {
      problems.push(`bands overlap: band "${band.id}" starts at ${band.min}, inside the band before it`);
    }
    expected = band.max + 1;
  }
  if (inst.bands.length > 0 && expected !== 101) problems.push(`bands must end at 100; the last ends at ${expected - 1}`);

  for (const a of inst.advice) {
    const where = `advice for "${a.dimension}" / "${a.band}"`;
    if (!dimIds.has(a.dimension)) problems.push(`${where} names unknown dimension "${a.dimension}"`);
    if (!bandIds.has(a.band)) problems.push(`${where} names unknown band "${a.band}"`);
    for (const slug of a.chapters) {
      if (!chapters.has(slug)) problems.push(`${where} links to missing chapter "${slug}"`);
    }
  }
  for (const dim of inst.dimensions) {
    for (const band of inst.bands) {
      const n = inst.advice.filter((a) => a.dimension === dim.id && a.band === band.id).length;
      if (n !== 1) problems.push(`advice for "${dim.id}" / "${band.id}": expected exactly one entry, found ${n}`);
    }
  }
  return problems;
}
