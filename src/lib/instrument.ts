/**
 * The instrument: the shape of the check's data (content/quiz/v<N>.json) and the cross-checks that a
 * schema of single fields cannot express. Plain TypeScript: no framework imports, so the build, the
 * islands and the unit tests all read the same rules.
 */

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
